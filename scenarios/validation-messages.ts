/**
 * The message catalogue of validation errors in English and Chinese. An error keeps its
 * machine-readable `path` and `rule` in every language; its `message` is written for a person,
 * from the rule and the values it names (`params`: the limit, the allowed values, the value got).
 * English messages stay as the checks wrote them; a Chinese one is built here from the rule and
 * its params, and a rule the catalogue does not know keeps its English message.
 */
/** The languages validation messages are written in. */
export type MessageLocale = 'en' | 'zh-CN';

/** The values a rule's message names, as text ready to print (numbers as written, strings quoted). */
export interface RuleParams {
  /** A bound or count: `minimum`, `maximum`, `minLength`, `maxItems`, `maxDepth`, ... */
  readonly limit?: string;
  /** The allowed values, quoted and joined (`"cabinet", "nurse-station", "shop"`). */
  readonly allowed?: string;
  /** The value found, as short JSON. */
  readonly got?: string;
  /** The JSON type expected (`number`, `integer`, `string`, `object`, `array`, `boolean`, `null`). */
  readonly type?: string;
  /** The regular expression a string must match. */
  readonly pattern?: string;
  /** The format a string must have (`date-time`, ...). */
  readonly format?: string;
  /** The thing referred to or repeated (an id, a SKU). */
  readonly name?: string;
}

/** What {@link localizedMessage} reads of an error (a scenario's `ValidationError`, a server's `ErrorDetail`). */
export interface LocalizableError {
  readonly rule: string;
  readonly message: string;
  readonly params?: RuleParams;
}

const ZH_TYPES: Readonly<Record<string, string>> = {
  number: '数字', integer: '整数', string: '字符串', object: '对象', array: '数组', boolean: '布尔值', null: 'null',
};

const zhType = (type: string | undefined): string => (type === undefined ? '正确的类型' : type.split(',').map((t) => ZH_TYPES[t.trim()] ?? t.trim()).join('或'));

/** Chinese messages by rule; each takes the rule's params (missing ones give a shorter sentence). */
const ZH: Readonly<Record<string, (p: RuleParams) => string>> = {
  type: (p) => `应为${zhType(p.type)}`,
  minimum: (p) => `应不小于 ${p.limit ?? '下限'}`,
  maximum: (p) => `应不大于 ${p.limit ?? '上限'}`,
  exclusiveMinimum: (p) => `应大于 ${p.limit ?? '下限'}`,
  exclusiveMaximum: (p) => `应小于 ${p.limit ?? '上限'}`,
  multipleOf: (p) => `应为 ${p.limit ?? '给定值'} 的整数倍`,
  minLength: (p) => `长度应不少于 ${p.limit ?? '下限'} 个字符`,
  maxLength: (p) => `长度应不超过 ${p.limit ?? '上限'} 个字符`,
  minItems: (p) => `应至少有 ${p.limit ?? '规定数量的'} 项`,
  maxItems: (p) => `应至多有 ${p.limit ?? '规定数量的'} 项`,
  uniqueItems: () => '各项不得重复',
  minProperties: (p) => `应至少有 ${p.limit ?? '规定数量的'} 个字段`,
  maxProperties: (p) => `应至多有 ${p.limit ?? '规定数量的'} 个字段`,
  pattern: (p) => (p.pattern === undefined ? '格式不符合要求' : `应匹配模式 ${p.pattern}`),
  format: (p) => (p.format === undefined ? '格式不符合要求' : `应为 ${p.format} 格式`),
  required: () => '缺少必填字段',
  additionalProperties: () => '不允许的字段：该位置没有这个字段',
  anyOf: (p) => (p.allowed === undefined ? '不符合任何允许的形式' : `应为以下值之一：${p.allowed}`),
  enum: (p) => (p.allowed === undefined ? '不是允许的值' : `应为以下值之一：${p.allowed}`),
  const: (p) => (p.allowed === undefined ? '不是允许的值' : `应为 ${p.allowed}`),
  // wardtwin's own rules
  json: () => '不是合法的 JSON 值',
  cycle: () => '该值引用了它自己的上级',
  maxDepth: (p) => `嵌套超过 ${p.limit ?? '允许的'} 层`,
  maxNodes: (p) => `文档中的值超过 ${p.limit ?? '允许的'} 个`,
  forbiddenKey: () => '不允许的字段名',
  unique: (p) => (p.name === undefined ? '标识已被使用' : `标识 ${p.name} 已被使用`),
  reference: (p) => (p.name === undefined ? '引用的对象不存在' : `引用的对象 ${p.name} 不存在`),
  order: () => '顺序不对：各步应从第 0 天开始并逐步递增',
  shift: (p) => `补货轮次不在补货员的班次内${p.limit === undefined ? '' : `（班次 ${p.limit}）`}`,
  maxErrors: (p) => `错误超过 ${p.limit ?? '上限'} 个；请先改正这些再重新校验`,
  preset: (p) => `没有预设场景${p.name === undefined ? '' : ` ${p.name}`}${p.allowed === undefined ? '' : `（可用：${p.allowed}）`}`,
  'unknown-preset': (p) => `没有预设场景${p.name === undefined ? '' : ` ${p.name}`}${p.allowed === undefined ? '' : `（可用：${p.allowed}）`}`,
  // rules of the experiment documents (sweeps, sensitivity requests) and the scenario's calendar
  range: (p) => (p.limit !== undefined ? `应在 ${p.limit} 之内${p.allowed === undefined ? '' : `，或为 ${p.allowed}`}` : p.got !== undefined ? '范围的下限应小于上限' : '不在允许的范围内'),
  pointer: (p) => `${p.name ?? '该路径'} 不是场景中的有效位置（JSON 指针）`,
  unknownParameter: (p) => `${p.name ?? '该路径'} 不是场景中的参数`,
  numericParameter: (p) => `${p.name ?? '该参数'} 不是有上下限的数值（只有在 schema 中有上下限的数值参数才能作为因素）`,
  unknownKpi: (p) => `${p.name ?? '该键'} 不是指标键${p.allowed === undefined ? '' : `（可用：${p.allowed}）`}`,
  syntax: (p) => `${p.name ?? '该项'}：应为 路径 或 路径=下限:上限（下限和上限为数字）`,
  maxJobs: (p) => `任务数（点数 x 重复次数）应不大于 ${p.limit ?? '上限'}`,
  maxPoints: (p) => `网格点数应不大于 ${p.limit ?? '上限'}`,
  'time-zone': () => '不是 IANA 时区名（例如 Asia/Shanghai）',
  date: () => '不是有效的日历日期',
  weekday: (p) => `该日期是星期序号 ${p.name ?? '?'}（0 = 星期一），与 run.startWeekday = ${p.limit ?? '?'} 不符`,
  month: (p) => `该日期在月份序号 ${p.name ?? '?'}（0 = 一月），与 run.startMonth = ${p.limit ?? '?'} 不符`,
  'not-found': (p) => `${p.name ?? '该参数'} 既不是预设场景也不是可读取的文件${p.allowed === undefined ? '' : `（预设场景：${p.allowed}）`}`,
};

/** The message of `error` in `locale`: English as written; Chinese from the catalogue, or the English one for a rule it does not know. */
export function localizedMessage(error: LocalizableError, locale: MessageLocale): string {
  if (locale === 'en') return error.message;
  const zh = ZH[error.rule];
  if (zh === undefined) return error.message;
  const params = error.params ?? {};
  const got = params.got === undefined || error.rule === 'required' ? '' : `（实际为 ${params.got}）`;
  return `${zh(params)}${got}`;
}

/** The rules with a Chinese message (for tests and the README). */
export const LOCALIZED_RULES: readonly string[] = Object.keys(ZH);

/** A value as short JSON for a message (`"kiosk"`, `1.7`, `nothing`), at most 60 characters. */
export function shortJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return 'nothing';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
