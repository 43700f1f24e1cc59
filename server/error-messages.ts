/**
 * The language of an error answer's messages: read from the request's `Accept-Language`
 * (Chinese for any `zh*` the client prefers over English, else English), and the details'
 * messages written in it from the scenarios' message catalogue. Ajv's issues (the request
 * schemas) are turned into the catalogue's params here.
 */
import { localizedMessage } from '../scenarios/index.js';
import type { MessageLocale, RuleParams } from '../scenarios/index.js';

/**
 * The language an `Accept-Language` header prefers: the first `zh*` or `en*` range by quality
 * (`q`, default 1; ties keep the header's order) decides; `zh`, `zh-CN`, `zh-Hans` all give
 * `zh-CN`. No header, or no range for either language, gives English.
 */
export function requestLocale(header: string | string[] | undefined): MessageLocale {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranges = text
    .split(',')
    .map((part, order) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.map((r) => /^\s*q=([0-9.]+)\s*$/.exec(r)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.q > 0 && (r.tag === 'zh' || r.tag.startsWith('zh-') || r.tag === 'en' || r.tag.startsWith('en-')))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranges[0]?.tag.startsWith('zh') === true ? 'zh-CN' : 'en';
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** The catalogue's params for one of Ajv's issues (`keyword` and its `params`), or undefined when it names none. */
export function ajvParams(keyword: string | undefined, params: Readonly<Record<string, unknown>> | undefined): RuleParams | undefined {
  if (params === undefined) return undefined;
  const p = params;
  const text = (v: unknown): string | undefined => (typeof v === 'number' || typeof v === 'string' ? String(v) : undefined);
  switch (keyword) {
    case 'type':
      return { type: Array.isArray(p.type) ? p.type.join(',') : text(p.type) };
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': case 'multipleOf':
    case 'minLength': case 'maxLength': case 'minItems': case 'maxItems': case 'minProperties': case 'maxProperties':
      return { limit: text(p.limit) };
    case 'enum': case 'anyOf':
      return Array.isArray(p.allowedValues) ? { allowed: quoted(p.allowedValues) } : undefined;
    case 'const':
      return 'allowedValue' in p ? { allowed: JSON.stringify(p.allowedValue) } : undefined;
    case 'pattern':
      return { pattern: text(p.pattern) };
    case 'format':
      return { format: text(p.format) };
    default:
      return undefined;
  }
}

/** One of Ajv's issues, as Fastify hands them to the error handler. */
export interface AjvIssue {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/**
 * Ajv reports a value outside a union of literals as one `const` issue per member ("must be
 * equal to constant") and then `anyOf` ("must match a schema in anyOf"); this folds them into
 * the one `anyOf` issue that names the allowed values (`must be one of "fixed", "scaled"`).
 * Other issues pass unchanged.
 */
export function foldLiteralUnions(issues: readonly AjvIssue[]): AjvIssue[] {
  const out: AjvIssue[] = [];
  let consts: AjvIssue[] = [];
  const flush = (): void => {
    out.push(...consts);
    consts = [];
  };
  for (const issue of issues) {
    if (issue.keyword === 'const' && issue.params !== undefined && 'allowedValue' in issue.params) {
      if (consts.length > 0 && consts[0].instancePath !== issue.instancePath) flush();
      consts.push(issue);
    } else if (issue.keyword === 'anyOf' && consts.length > 0 && consts[0].instancePath === issue.instancePath) {
      const allowedValues = consts.map((c) => c.params?.allowedValue);
      out.push({ instancePath: issue.instancePath, keyword: 'anyOf', message: `must be one of ${quoted(allowedValues)}`, params: { allowedValues } });
      consts = [];
    } else {
      flush();
      out.push(issue);
    }
  }
  flush();
  return out;
}

const limitOf = (p: RuleParams): string => (p.limit === undefined ? '' : ` ${p.limit}`);

/** Chinese messages of the server's own rules (limits of this server, the twin's log); the scenario rules are in the scenarios' catalogue. */
const SERVER_ZH: Readonly<Record<string, (p: RuleParams) => string>> = {
  'max-replications': (p) => `重复次数超出本服务器的上限${p.limit === undefined ? '' : `：应不大于 ${p.limit}`}`,
  'max-horizon': (p) => `时长超出本服务器的上限${p.limit === undefined ? '' : `：应不大于 ${p.limit}`}`,
  'max-batch': (p) => `一批事件过多：至多${limitOf(p)} 个`,
  'max-patients': (p) => `在院患者已满：至多${limitOf(p)} 人`,
  exists: () => '不存在',
  duplicate: (p) => `事件${p.name === undefined ? '' : ` ${p.name}`} 已收到过`,
  'out-of-order': () => '时间早于孪生体的时钟或本批中的上一个事件；事件须按时间顺序发送',
  'zone-required': () => '时间没有时区；请写上偏移量，例如 +08:00，或用 Z 表示 UTC',
  'known-model': (p) => `不是所选情景的药柜型号，也不在型号目录中${p.allowed === undefined ? '' : `：应为以下之一：${p.allowed}`}`,
  'has-baseline-channel': () => '要与无药柜病区比较，情景的 channels.order 须含 nurse-station 或 shop',
  'max-cost': (p) => `估算的模拟分娩数超出本服务器的预算${p.limit === undefined ? '' : `：应不大于 ${p.limit}`}`,
  'max-sweep-jobs': (p) => `点数 x 重复次数超出本服务器的上限${p.limit === undefined ? '' : `：应不大于 ${p.limit}`}`,
  'max-volumes': (p) => `分娩量点数超出本服务器的上限${p.limit === undefined ? '' : `：至多 ${p.limit} 个`}`,
  'curve-format': (p) => `应写作 起点:终点:步长，且 1 ≤ 起点 ≤ 终点 ≤ 100000、步长 ≥ 1${p.got === undefined ? '' : `（实际为 ${p.got}）`}`,
  'one-of': () => '这两项互斥，只能给出其中一项',
  oneOf: () => '只能给出其中恰好一项',
  eligible: () => '应为 true 才能测算（该医院没有放置智能柜的场地）',
  scenario: () => '该医院的病区不是有效的场景',
  'has-cabinet-models': () => '场景中没有智能柜型号',
  'after-start': () => '时间早于场景的开始时间',
  agree: () => 'timeMin 与 time 所指的分钟不一致',
  'merge-patch': () => '不是可用于该场景的 JSON 合并补丁',
  'cabinet-exists': () => '不是该病区的智能柜',
  succeeded: () => '任务尚未成功完成',
  'allowed-host': () => 'Host 应为本机名称、绑定的地址或允许的主机（用 --allowed-hosts 添加）',
  'allowed-origin': () => '只有来自本机名称、绑定的地址或允许的主机的页面才能更改本服务器的状态',
  'max-replication-hours': (p) => `重复次数 x 预测小时数超出本服务器的上限${p.limit === undefined ? '' : `：应不大于 ${p.limit}`}`,
  sum: () => '各批次发放的数量之和应等于 quantity',
  'iso-8601': () => '不是有效的带时区 ISO 8601 日期时间，例如 2026-12-04T21:15:00+08:00',
  maxRows: (p) => `记录行数超出一次可读取的上限${p.limit === undefined ? '' : `：至多 ${p.limit} 行`}（请按月拆分记录）`,
  columns: () => '表头应含 time 和 type 两列（记录不能为空）',
  'clock-skew': (p) => `事件时间超前孪生体的时钟太多${p.limit === undefined ? '' : `：至多超前 ${p.limit} 分钟`}（本服务器的孪生体时钟偏差上限）`,
  'ward-full': (p) => `在院患者已满${p.limit === undefined ? '' : `：至多 ${p.limit} 人`}`,
  'same-sku': () => '该货位存放的不是此物品',
  'not-expired': () => '该批次在发放时已过期',
  'in-stock': () => '发放数量超出该批次的库存',
  'cabinet-offline': () => '孪生体拒绝：智能柜离线',
  'unknown-sku': () => '孪生体拒绝：物品不在目录中',
  'unknown-patient': () => '孪生体拒绝：患者未入院',
  'not-entitled': () => '孪生体拒绝：该患者无权领取此物品',
  'quota-exceeded': () => '孪生体拒绝：超出该患者的领取配额',
  'slot-jammed': () => '孪生体拒绝：货位卡住',
  'expired-only': () => '孪生体拒绝：只剩过期的批次',
  'out-of-stock': () => '孪生体拒绝：缺货',
  reportable: () => '此类任务不生成报告（报告只针对运行和对比）',
};

/** `details` with each message in `locale` (the same objects for English). */
export function localizeDetails<D extends { rule: string; message: string; params?: RuleParams }>(details: readonly D[], locale: MessageLocale): D[] {
  if (locale === 'en') return [...details];
  return details.map((d) => {
    const server = SERVER_ZH[d.rule];
    return { ...d, message: server === undefined ? localizedMessage(d, locale) : server(d.params ?? {}) };
  });
}

/** The server's rules with a Chinese message of their own (for tests and the README). */
export const SERVER_LOCALIZED_RULES: readonly string[] = Object.keys(SERVER_ZH);
