// The words of the CLI's human tables in English and Chinese: column headers, section titles
// and legends, and the language a command prints in (`--lang`, else LC_ALL / LANG).
import { badInput } from '../cli-error.js';
import { kpiDefinition } from '../../../engine/index.js';
import type { KpiLocale } from '../../../engine/index.js';

/** The languages of the CLI's human output (the KPI catalogue's locales). */
export type CliLang = KpiLocale;

/** The texts of the run and compare tables. */
export interface TableMessages {
  kpi: string;
  unit: string;
  mean: string;
  ci: string;
  sd: string;
  n: string;
  rolePair: string;
  contacts: string;
  contactMin: string;
  contactsTitle: string;
  shiftTitle: string;
  shift: string;
  runLegend: string;
  comparisonLegend: string;
  clippedNote: string;
  definitions: string;
}

const MESSAGES: Readonly<Record<CliLang, TableMessages>> = {
  en: {
    kpi: 'KPI', unit: 'unit', mean: 'mean', ci: '95% CI', sd: 'sd', n: 'n',
    rolePair: 'role pair', contacts: 'contacts', contactMin: 'contact-min',
    contactsTitle: 'Contacts by role pair (mean over replications)',
    shiftTitle: 'Nurse supply minutes by shift (per shift worked)', shift: 'shift',
    runLegend: 'Legend: 95% CI = the range that holds the true mean with 95% confidence (Student t over the replications); sd = standard deviation across replications; n = replications.',
    comparisonLegend: 'Legend: a ± h = mean a over the replications, h the half-width of its 95% confidence interval (the interval is a - h to a + h); 95% CI = the range that holds the true mean, or the true paired difference, with 95% confidence; * = that interval excludes 0 (a significant difference at the 5% level).',
    clippedNote: '^ = the 95% CI runs past the values the KPI can take (a share stays within 0-100%, a count at or above 0): an interval [lo, hi] is clipped there; for a mean ± half-width, read the bound past the limit as the limit.',
    definitions: 'What each KPI means',
  },
  'zh-CN': {
    kpi: '指标', unit: '单位', mean: '均值', ci: '95%置信区间', sd: '标准差', n: '次数',
    rolePair: '角色对', contacts: '接触次数', contactMin: '接触分钟',
    contactsTitle: '按角色对的接触（各次重复的均值）',
    shiftTitle: '按班次的护士取物分钟（每个已上班次）', shift: '班次',
    runLegend: '图例：95%置信区间 = 以 95% 置信度包含真实均值的范围（按各次重复的 Student t 分布）；标准差 = 各次重复之间的标准差；次数 = 重复次数。',
    comparisonLegend: '图例：a ± h = 各次重复的均值 a，h 为其 95% 置信区间的半宽（区间为 a - h 至 a + h）；95%置信区间 = 以 95% 置信度包含真实均值或真实配对差值的范围；* = 该区间不含 0（在 5% 水平上差异显著）。',
    clippedNote: '^ = 95%置信区间超出该指标可取的范围（比例在 0-100% 之内，计数不小于 0）：区间 [lo, hi] 已截断到该范围；均值 ± 半宽中超出的端点按该界限理解。',
    definitions: '各指标的含义',
  },
};

/** The table texts in `lang`. */
export function tableMessages(lang: CliLang): TableMessages {
  return MESSAGES[lang];
}

/** The language asked for by `--lang`, else LC_ALL, else LANG (`zh*` gives zh-CN), else English. */
export function cliLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): CliLang {
  if (flag !== undefined) {
    // Locale spellings a user types (zh, zh_CN, zh-cn, en-GB) name the two catalogues.
    const tag = flag.toLowerCase().replace('_', '-');
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    throw badInput(`--lang: "${flag}" must be one of zh-CN (or zh), en`);
  }
  const fromEnv = env.LC_ALL !== undefined && env.LC_ALL !== '' ? env.LC_ALL : (env.LANG ?? '');
  return fromEnv.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The language of a command line before commander reads it (help and bad flag values are
 * answered before any action): a `--lang` among `args`, else LC_ALL / LANG; a value it does not
 * speak leaves the choice to the environment (the command then refuses the flag itself).
 */
export function argvLang(args: readonly string[] = process.argv.slice(2), env: Readonly<Record<string, string | undefined>> = process.env): CliLang {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = at < 0 ? undefined : args[at].startsWith('--lang=') ? args[at].slice('--lang='.length) : args[at + 1];
  try {
    return cliLang(flag, env);
  } catch {
    return cliLang(undefined, env);
  }
}

/** The KPI's name in a table: its catalogue label in Chinese; its key in English (as scripts and the JSON name it). */
export function kpiName(key: string, lang: CliLang): string {
  return lang === 'en' ? key : (kpiDefinition(key)?.label[lang] ?? key);
}

/** The KPI's unit from the catalogue in `lang` (empty for a key it does not know); `%` for a share, which tables print as a percentage. */
export function kpiUnit(key: string, lang: CliLang): string {
  const d = kpiDefinition(key);
  if (d?.format === 'share') return '%';
  return d?.unit[lang] ?? '';
}

/** One `name: definition` line per KPI in `keys`, for `--explain`. */
export function kpiDefinitions(keys: readonly string[], lang: CliLang): string {
  const lines = keys.flatMap((key) => {
    const d = kpiDefinition(key);
    return d === undefined ? [] : [`${kpiName(key, lang)}${lang === 'en' ? ` (${d.label.en})` : ''}: ${d.definition[lang]}`];
  });
  return `${MESSAGES[lang].definitions}\n${lines.join('\n')}`;
}
