/**
 * A refused portfolio row, header or file in Chinese: the sentence written again from its rule
 * and params (the field's Chinese name and what it holds, the value got, the bound), so the CLI,
 * the result's rows and the Portfolio page read alike. A rule without a sentence keeps the
 * engine's English message.
 */
import type { RowError } from './hospital-row.js';

/** The application form's fields in Chinese: name and what the column holds. */
const FIELDS_ZH: Readonly<Record<string, { name: string; holds: string }>> = {
  name: { name: '医院名称', holds: '医院名称，1–200 个字符' },
  annualDeliveries: { name: '年分娩量', holds: '每年分娩量，整数 1–100000' },
  hospitalType: { name: '医院类型', holds: '1 综合医院、2 专科医院、3 妇幼保健院（也可写名称）' },
  has24hConvenience: { name: '24 小时便利服务', holds: '是否已有 24 小时便利服务：是/否' },
  floorSpace: { name: '放置空间', holds: '是否有放置智能柜的场地：是/否' },
  separateObstetrics: { name: '独立产科', holds: '是否有独立产科：是/否' },
  beds: { name: '床位数', holds: '产后床位数，整数 1–5000（可选）' },
  nurses: { name: '护士数', holds: '产后病区护士人数，1–5000（可选）' },
};

function requiredZh(p: Readonly<Record<string, string>>): string {
  if (p.what === 'empty-file') return '文件为空：需要一行表头，每家医院一行';
  if (p.what === 'no-rows') return '文件只有表头，没有医院行';
  const field = p.field === undefined ? undefined : FIELDS_ZH[p.field];
  if (field !== undefined) return `缺少“${field.name}”列（${field.holds}；可用的表头：${p.headers ?? ''}）`;
  return '必填，不能为空';
}

const ZH: Readonly<Record<string, (p: Readonly<Record<string, string>>) => string>> = {
  required: requiredZh,
  unique: (p) => `“${FIELDS_ZH[p.field ?? '']?.name ?? p.field ?? ''}”列重复（第 ${p.first ?? '?'} 列已是该字段）`,
  separator: (p) => `表头中没有逗号，而是${p.separator === 'semicolons' ? '分号' : '制表符'}；请将表格另存为逗号分隔的 CSV（UTF-8）`,
  quote: () => '右引号后还有文字；引号字段内的引号要写成两个（""）',
  'unterminated-quote': () => '引号字段没有结束（文件其余部分都在引号内）',
  integer: (p) => `应为整数（实际为 "${p.got ?? ''}"）`,
  minimum: (p) => `应不小于 ${p.limit ?? '下限'}（实际为 ${p.got ?? ''}）`,
  maximum: (p) => `应不大于 ${p.limit ?? '上限'}（实际为 ${p.got ?? ''}）`,
  'yes-no': (p) => `应为 是 或 否（也可写 yes/no、y/n、true/false、1/0、有/无）（实际为 "${p.got ?? ''}"）`,
  enum: (p) => `应为 1（综合医院）、2（专科医院）或 3（妇幼保健院）（实际为 "${p.got ?? ''}"）`,
  maxLength: (p) => `长度应不超过 ${p.limit ?? '上限'} 个字符`,
  columns: (p) => `该行有 ${p.got ?? '?'} 个字段，表头只有 ${p.limit ?? '?'} 个`,
};

/** The error's message in Chinese (its English message when the rule has no sentence). */
export function rowErrorZh(e: RowError): string {
  if (e.rule === 'scenario') return `该医院的病区不是有效的场景：${e.message}`;
  return ZH[e.rule]?.(e.params ?? {}) ?? e.message;
}
