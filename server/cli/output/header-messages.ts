// The words around the CLI's run and compare tables (headers, section titles, notes, timing)
// in English and Chinese, and the display names of presets and contact roles in them. English
// keeps the ids scripts grep for; Chinese adds the names beside the ids.
import { displayName } from '../../../scenarios/index.js';
import type { CliLang } from './messages.js';

/** The texts around the tables; `{name}` marks a parameter filled by {@link fill}. */
export interface HeaderMessages {
  runLine: string;
  compareTitle: string;
  compareLine: string;
  pairedNote: string;
  restsOnTitle: string;
  pairContactsTitle: string;
  pairShiftTitle: string;
  contactsDiff: string;
  contactMinDiff: string;
  diff: string;
  oneReplication: string;
  timing: string;
  timingNone: string;
  /** The warm-up line under a run's tables, its advice and the note when MSER stopped at its limit. */
  warmup: string; warmupLonger: string; warmupEnough: string; warmupAtLimit: string;
  /** The headline study's lines: its title, one KPI line and the mark of a non-significant difference. */
  headlineTitle: string; headlineLine: string; notSignificant: string;
}

const MESSAGES: Readonly<Record<CliLang, HeaderMessages>> = {
  en: {
    runLine: 'seed {seed}, {reps} {replications}, {horizon} days after {warmup} days warm-up, engine {engine}',
    compareTitle: 'Comparison of {ids} with common random numbers',
    compareLine: 'seed {seed}, {reps} replications per scenario, {horizon} days after {warmup} days warm-up, engine {engine}',
    pairedNote: 'Differences are paired by replication (same seed and replication index).',
    restsOnTitle: 'These results rest on assumptions (value per scenario, basis; A = no published figure):',
    pairContactsTitle: 'Contacts by role pair, {a} − {b} (paired)',
    pairShiftTitle: 'Nurse supply minutes by shift, {a} − {b} (paired)',
    contactsDiff: 'contacts diff', contactMinDiff: 'contact-min diff', diff: 'diff',
    oneReplication: '(one replication: no confidence intervals; use --replications 2 or more)',
    timing: 'wall time {seconds} s, {eps} events/s ({executor})',
    timingNone: 'timing: not measured ({executor})',
    warmup: 'warm-up: scenario {used} days; MSER-5 suggests {suggested} days{limit} on {series}, {advice}\n  how: {basis}\n',
    warmupLonger: 'longer than the setting: consider raising run.warmupDays', warmupEnough: 'the setting is long enough',
    warmupAtLimit: ' (at MSER\'s half-way limit: may be too short)',
    headlineTitle: '{a} against {b}, paired over {reps} replications:',
    headlineLine: '  {kpi}: {diff}{relative}, 95% CI {ci}{mark}',
    notSignificant: ' (not significant)',
  },
  'zh-CN': {
    runLine: '种子 {seed}，{reps} 次重复，预热 {warmup} 天后模拟 {horizon} 天，引擎 {engine}',
    compareTitle: '{ids} 的对比（共同随机数）',
    compareLine: '种子 {seed}，每个场景 {reps} 次重复，预热 {warmup} 天后模拟 {horizon} 天，引擎 {engine}',
    pairedNote: '差值按重复配对（相同的种子与重复序号）。',
    restsOnTitle: '以下结果取决于这些假设（各场景取值、依据；A = 没有公开数据）：',
    pairContactsTitle: '按角色对的接触，{a} − {b}（配对）',
    pairShiftTitle: '按班次的护士取物分钟，{a} − {b}（配对）',
    contactsDiff: '接触次数差', contactMinDiff: '接触分钟差', diff: '差值',
    oneReplication: '（仅一次重复：没有置信区间；请使用 --replications 2 或更多）',
    timing: '耗时 {seconds} 秒，每秒 {eps} 个事件（{executor}）',
    timingNone: '耗时：未测量（{executor}）',
    warmup: '预热：场景设置 {used} 天；MSER-5 基于 {series} 建议 {suggested} 天{limit}，{advice}\n  依据：{basis}\n',
    warmupLonger: '长于当前设置：可考虑增大 run.warmupDays', warmupEnough: '当前设置已足够长',
    warmupAtLimit: '（已到 MSER 的半程上限：可能偏短）',
    headlineTitle: '{a} 相对 {b}，按 {reps} 次重复配对：',
    headlineLine: '  {kpi}（{unit}）：{diff}{relative}，95% 置信区间 {ci}{mark}',
    notSignificant: '（不显著）',
  },
};

/** The texts around the tables in `lang`. */
export function headerMessages(lang: CliLang): HeaderMessages {
  return MESSAGES[lang];
}

/** `text` with each `{name}` replaced by `params.name`. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A scenario as a header names it: in English `id: <the scenario's own name>`; in Chinese the
 * preset's Chinese name when it has one, else the scenario's own name.
 */
export function scenarioTitle(id: string, ownName: string, lang: CliLang): string {
  const name = lang === 'en' ? ownName : displayName('preset', id, lang);
  return `${id}: ${name === id ? ownName : name}`;
}

/** A preset id as a line names it: the id in English, the preset's Chinese name (or the id) in Chinese. */
export function presetName(id: string, lang: CliLang): string {
  return lang === 'en' ? id : displayName('preset', id, lang);
}

/** A role pair key (`mother-nurse`) with each role in `lang` (`产妇-护士`); English keeps the key. */
export function rolePairName(pair: string, lang: CliLang): string {
  if (lang === 'en') return pair;
  return pair.split('-').map((role) => displayName('role', role, lang)).join('-');
}
