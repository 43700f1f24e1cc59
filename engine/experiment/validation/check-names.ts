/**
 * What a person reads for the validation report's rows: each check and verdict in English and
 * Chinese. The report keeps the English check and verdict as its ids (scripts and tests read
 * them from the JSON); the CLI, the report generator and the API's localized answer show these
 * names. A cabinet-effect row (`cabinets vs baseline: <kpi> lower`) takes the KPI's catalogue
 * label. A check without an entry is shown as itself.
 */
import { kpiDefinition } from '../../ward/index.js';
import type { KpiLocale } from '../../ward/index.js';
import type { ValidationRow, ValidationVerdict } from './validation-rows.js';

/** Chinese names of the checks, keyed by the report's English check. */
const CHECKS_ZH: Readonly<Record<string, string>> = {
  'births volume [deliveries in window]': '分娩量 [窗口内分娩数]',
  'caesarean share': '剖宫产比例',
  'twin share of deliveries': '双胎分娩比例',
  'hour-of-day shape of births (chi-squared)': '分娩的小时分布（卡方检验）',
  'weekday shape of births (chi-squared)': '分娩的星期分布（卡方检验）',
  "Little's law on the census: L / (lambda W)": '在院人数的 Little 定律：L / (lambda W)',
  'mean stay after vaginal delivery [d]': '顺产后平均住院天数 [天]',
  'mean stay after caesarean [d]': '剖宫产后平均住院天数 [天]',
  'nurse-station wait [min]': '护士站等待 [分钟]',
  'cabinet queue wait [min]': '智能柜排队等待 [分钟]',
  'shop queue wait [min]': '商店排队等待 [分钟]',
  'night stock-outs [per replication]': '夜间缺货 [每次重复]',
  'units used per delivery': '每例分娩的用量',
  'weekend dip of births': '周末分娩下降',
  'contact episodes per mother per day': '每位产妇每日接触次数',
  'contact-minutes per mother per day [min]': '每位产妇每日接触分钟 [分钟]',
  'contacts per mother per day (proximity)': '每位产妇每日接触人数（近距离）',
  'room entries per patient-hour': '每患者小时进房次数',
  'share of room entries by nurses': '护士进房次数占比',
  'share of room entries by visitors and companions': '探视者和陪护者进房次数占比',
  "visitor-ban effect on patients' expected infections [reduction]": '禁止探视对患者（产妇和新生儿）预期感染的效果 [降幅]',
  // The row of reports stored when it counted every ward person's infections.
  'visitor-ban effect on expected infections [reduction]': '禁止探视对预期感染的效果 [降幅]',
};

const VERDICTS: Readonly<Record<ValidationVerdict, Readonly<Record<KpiLocale, string>>>> = {
  pass: { en: 'pass', 'zh-CN': '通过' },
  fail: { en: 'fail', 'zh-CN': '未通过' },
  'inside band': { en: 'inside band', 'zh-CN': '在区间内' },
  'outside band': { en: 'outside band', 'zh-CN': '在区间外' },
  'not measured': { en: 'not measured', 'zh-CN': '未测量' },
};

const CABINET_EFFECT = /^cabinets vs baseline: (\w+) lower$/;

/** The name of a report row's check in `lang`; English is the check itself. */
export function validationCheckName(check: string, lang: KpiLocale): string {
  if (lang === 'en') return check;
  const effect = CABINET_EFFECT.exec(check);
  if (effect !== null) return `智能柜对比基线：${kpiDefinition(effect[1])?.label[lang] ?? effect[1]}更低`;
  return Object.hasOwn(CHECKS_ZH, check) ? CHECKS_ZH[check] : check;
}

/** A verdict of the report in `lang`; one it does not know as given. */
export function validationVerdictName(verdict: string, lang: KpiLocale): string {
  return Object.hasOwn(VERDICTS, verdict) ? VERDICTS[verdict as ValidationVerdict][lang] : verdict;
}

/**
 * A row's source and note in `lang`; a report stored before rows carried Chinese (no `zh`) keeps
 * its English ones.
 */
export function validationRowText(row: Pick<ValidationRow, 'source' | 'note'> & { readonly zh?: ValidationRow['zh'] }, lang: KpiLocale): { source: string; note: string } {
  return lang === 'en' || row.zh === undefined ? { source: row.source, note: row.note } : row.zh;
}

/** The checks with a Chinese name (the cabinet-effect rows are named from the KPI catalogue). */
export const NAMED_VALIDATION_CHECKS: readonly string[] = Object.keys(CHECKS_ZH);
