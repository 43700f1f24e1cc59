// What the CLI says about a bad flag value, in the language of the command line (`--lang`, else
// LC_ALL / LANG, read from argv since a flag is parsed before the command knows its options):
// the flag, the value given and what it must be.
import { argvLang } from './messages.js';
import type { CliLang } from './messages.js';
import { fill } from './header-messages.js';

/** The messages by kind; `{name}` is filled from the params. */
const MESSAGES = {
  integer: { en: '{flag}: "{raw}" must be an integer from {min} to {max}', 'zh-CN': '{flag}："{raw}" 应为 {min} 到 {max} 之间的整数' },
  number: { en: '{flag}: "{raw}" must be a number from {min} to {max}', 'zh-CN': '{flag}："{raw}" 应为 {min} 到 {max} 之间的数' },
  oneOf: { en: '{flag}: "{raw}" must be {allowed}', 'zh-CN': '{flag}："{raw}" 应为 {allowed}' },
  precision: {
    en: '--precision: "{raw}" must be <kpi>:<halfWidth> or <kpi>:<percent>% with halfWidth > 0 and percent in (0, 100), e.g. fillRate:0.002 or boundaryCrossings:2%',
    'zh-CN': '--precision："{raw}" 应为 <指标>:<半宽> 或 <指标>:<百分比>%，半宽 > 0，百分比在 (0, 100) 之内，例如 fillRate:0.002 或 boundaryCrossings:2%',
  },
  maxReplications: { en: '--max-replications: {raw} must be at least the starting replications ({min})', 'zh-CN': '--max-replications：{raw} 应不小于起始的重复次数（{min}）' },
  curve: { en: '--curve: "{raw}" must be from:to:step with 1 <= from <= to, step >= 1, at most 501 points', 'zh-CN': '--curve："{raw}" 应为 起:止:步长，1 <= 起 <= 止，步长 >= 1，至多 501 个点' },
  precisionOnly: { en: '--max-replications: only meaningful with --precision', 'zh-CN': '--max-replications：只在使用 --precision 时有意义' },
  invalidScenario: { en: '{what}: invalid scenario\n{errors}', 'zh-CN': '{what}：场景无效\n{errors}' },
  withDays: { en: '{arg} with --days {days}', 'zh-CN': '{arg}（--days {days}）' },
  notResult: { en: '{file}: not a run or comparison result (expected "kind": "run" or "comparison" with its scenario)', 'zh-CN': '{file}：不是运行或比较的结果（应有 "kind": "run" 或 "comparison" 及其场景）' },
  notKind: { en: '{file}: not a {kind} result (expected "kind": "{kind}")', 'zh-CN': '{file}：不是 {kind} 结果（应有 "kind": "{kind}"）' },
  validScenario: { en: '{file}: valid scenario {id} ({name})', 'zh-CN': '{file}：场景有效 {id}（{name}）' },
  spread: { en: '--spread: "{raw}" must be a number in (0, 10] or "schema"', 'zh-CN': '--spread："{raw}" 应为 (0, 10] 之内的数或 "schema"' },
} as const satisfies Readonly<Record<string, Readonly<Record<CliLang, string>>>>;

/** A bad flag value's message in `lang` (default: the command line's language). */
export function flagMessage(kind: keyof typeof MESSAGES, params: Readonly<Record<string, string | number>>, lang: CliLang = argvLang()): string {
  const words = lang === 'zh-CN' ? { or: '或' } : { or: 'or' };
  const allowed = typeof params.allowed === 'string' ? params.allowed.replace(/\|/g, ` ${words.or} `) : params.allowed;
  return fill(MESSAGES[kind][lang], { ...params, ...(allowed === undefined ? {} : { allowed }) });
}
