/**
 * A cabinet-log error as a person reads it, in English (the reader's own sentence) or Chinese
 * (written again from its rule and params): where it is (CSV line and column, or JSON pointer)
 * and what is wrong. The rule stays as the reader named it; scripts read rules, people this.
 */
import type { LogRowError } from './cabinet-log.js';

/** Languages of the log errors. */
export type LogErrorLang = 'en' | 'zh-CN';

const ROW_TYPES_ZH: Readonly<Record<string, string>> = {
  admit: '入院', discharge: '出院', login: '登录', dispense: '发放', refuse: '拒绝', logout: '退出',
  'restock-start': '开始补货', restock: '补货', 'restock-end': '结束补货', jam: '卡住', clear: '排除卡住', offline: '离线', online: '上线',
};

const WHAT_ZH: Readonly<Record<string, string>> = {
  log: '记录应为行的数组，或 { "rows": [...] }',
  row: '每一行应为对象',
  value: '值应为字符串',
};

type Params = Readonly<Record<string, string>>;

const ZH: Readonly<Record<string, (p: Params) => string>> = {
  required: (p) => (p.type !== undefined ? `${ROW_TYPES_ZH[p.type] ?? p.type}（${p.type}）行需要 ${p.field ?? ''}` : p.field === 'time' ? '缺少 time（带时区的 ISO 8601，例如 2026-01-05T21:15:00+08:00）' : `缺少 ${p.field ?? ''}`),
  enum: (p) => `${p.field ?? ''} 为 "${p.got ?? ''}"，应为以下之一：${p.allowed ?? ''}`,
  'iso-8601': (p) => `"${p.got ?? ''}" 不是有效的 ISO 8601 日期时间，例如 2026-12-04T21:15:00+08:00`,
  'zone-required': (p) => `"${p.got ?? ''}" 没有时区；请写上偏移量，例如 ${p.got ?? ''}+08:00，或用 Z 表示 UTC`,
  maxLength: (p) => `${p.field ?? ''} 至多 ${p.limit ?? ''} 个字符（实际为 ${p.got ?? ''}）`,
  integer: (p) => `${p.field ?? ''} 为 "${p.got ?? ''}"，应为 ${p.limit ?? ''} 的整数`,
  reference: (p) => `物品 "${p.got ?? ''}" 不在场景的目录中（${p.allowed ?? ''}）`,
  columns: (p) => (p.missing !== undefined ? `表头缺少 ${p.missing} 列（可用的列：${p.allowed ?? ''}）` : '记录为空（需要一行表头）'),
  maxRows: (p) => `记录有 ${p.got ?? ''} 行；一次至多读取 ${p.limit ?? ''} 行（请按月拆分记录）`,
  type: (p) => WHAT_ZH[p.what ?? ''] ?? '类型不对',
  quote: () => '右引号后还有文字；引号字段内的引号要写成两个（""）',
  'unterminated-quote': () => '引号字段没有结束（文件其余部分都在引号内）',
};

function whereZh(e: LogRowError): string {
  if (e.pointer !== undefined) return e.pointer;
  const position = e.params?.position;
  const column = e.column === undefined ? '' : position !== undefined ? `，${e.column} 列（第 ${position} 列）` : e.params?.field !== undefined ? `，${e.column} 列（表头中没有）` : `，第 ${e.column} 列`;
  return `第 ${e.line ?? 1} 行${column}`;
}

/** The error's sentence in `lang`; a rule without a Chinese sentence keeps the English one. */
export function logErrorText(e: LogRowError, lang: LogErrorLang): string {
  const zh = lang === 'en' ? undefined : ZH[e.rule];
  return zh === undefined ? e.message : `${whereZh(e)}：${zh(e.params ?? {})}`;
}

/** The rules with a Chinese sentence (for tests). */
export const LOG_RULES_IN_CHINESE: readonly string[] = Object.keys(ZH);
