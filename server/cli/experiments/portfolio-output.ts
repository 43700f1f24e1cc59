// Human output of `wardtwin portfolio`: a header with the prices and values (all assumptions
// unless given), the ranking with each hospital's plan, cost and effects (mean and 95 %
// interval, per year), the rows refused with line, column and rule, and what each answer
// assumed.
import { assumptionSentence, rowErrorZh } from '../../../engine/index.js';
import type { PortfolioResult, RowError } from '../../../engine/index.js';
import type { Summary } from '../../../engine/index.js';
import { formatNumber } from '../output/format-number.js';
import { formatTable } from '../output/table.js';
import { displayName } from '../../../scenarios/index.js';
import { fill } from '../output/header-messages.js';
import type { CliLang } from '../output/messages.js';
import { portfolioWords } from './portfolio-words.js';

/** A mean with its interval: `12,345 [10,100, 14,590]`. */
function withCi(s: Summary | undefined): string {
  if (s === undefined) return '-';
  return s.ci95 === null ? formatNumber(s.mean) : `${formatNumber(s.mean)} [${formatNumber(s.ci95[0])}, ${formatNumber(s.ci95[1])}]`;
}

function hhmm(hour: number): string {
  const m = Math.round(hour * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** One refused row as a line of text in `lang`. */
export function formatRowError(e: RowError, lang: CliLang = 'en'): string {
  const w = portfolioWords(lang);
  return fill(w.rowError, { line: e.line, column: e.column, name: e.columnName === '' ? '' : ` (${e.columnName})`, rule: e.rule, message: lang === 'en' ? e.message : rowErrorZh(e) });
}

/**
 * The header printed before the run, in `lang`.
 * @param o.days - days simulated per replication; null: each preset's year
 */
export function portfolioHeader(o: { file: string; hospitals: number; refused: number; replications: number; days: number | null; result: Pick<PortfolioResult, 'costs' | 'values'> }, lang: CliLang = 'en'): string {
  const { costs, values } = o.result;
  const w = portfolioWords(lang);
  const plural = (n: number): string => (n === 1 ? '' : 's');
  return [
    fill(w.header, {
      file: o.file,
      hospitals: fill(w.hospitals, { n: o.hospitals, s: plural(o.hospitals) }),
      refused: o.refused > 0 ? fill(w.refused, { n: o.refused, s: plural(o.refused) }) : '',
      reps: o.replications,
      days: o.days === null ? w.presetsYear : fill(w.days, { n: o.days }),
    }),
    w.prices,
    fill(w.costs, { cabinet: formatNumber(costs.cabinetPerYear), labour: formatNumber(costs.restockLaborPerHour), holding: formatNumber(costs.holdingPerUnitYear) }),
    fill(w.values, { nurse: formatNumber(values.nurseMinute), crossing: formatNumber(values.boundaryCrossing), infection: formatNumber(values.infection) }),
    '',
  ].join('\n');
}

/** Columns whose cells are text, aligned left. */
const LEFT = new Set([2, 4, 6, 8, 9, 10, 11, 14]);

/** The ranking and the notes as text, in `lang` (ids and the engine's assumption texts as they are). */
export function formatPortfolio(r: PortfolioResult, lang: CliLang = 'en'): string {
  const w = portfolioWords(lang);
  const word = (id: string): string => w.status[id] ?? id;
  const preset = (id: string): string => (lang === 'en' ? id : displayName('preset', id, lang));
  const table = formatTable(
    w.columns.map((header, i) => (LEFT.has(i) ? { header, align: 'left' as const } : { header })),
    r.hospitals.map((h) => [
      h.rank === null ? '-' : String(h.rank), String(h.line), h.name, String(h.annualDeliveries), preset(h.preset),
      h.plan === null ? '-' : String(h.plan.cabinets), h.plan === null ? '-' : h.plan.roundHours.map(hhmm).join(' '), h.plan === null ? '-' : formatNumber(h.plan.costPerYear),
      withCi(h.effects?.nurseSupplyMinutesFreedPerYear), withCi(h.effects?.boundaryCrossingsAvoidedPerYear), withCi(h.effects?.expectedInfectionsAvoidedPerYear),
      withCi(h.effects?.benefitCnyPerYear), formatNumber(h.benefitPerCost), formatNumber(h.nurseMinutesPer10kCny),
      [h.status, ...h.flags].map(word).join(' '),
    ]),
  );
  // An assumption read from an older result file has no key: its English text is all there is.
  const sentence = (a: PortfolioResult['hospitals'][number]['assumptions'][number]): string => (a.key === undefined ? a.text : assumptionSentence(a.key, a.params ?? {}, lang));
  const notes = r.hospitals.flatMap((h) => [
    ...(h.reason !== null ? [fill(w.note, { line: h.line, name: h.name, text: `${word(h.status)}: ${w.reasons[h.reason] ?? h.reason}` })] : []),
    ...h.assumptions.map((a) => fill(w.note, { line: h.line, name: h.name, text: `${w.fields[a.field] ?? a.field} (${a.basis}): ${sentence(a)}` })),
  ]);
  return [
    ...w.rankedBy,
    '',
    table,
    '',
    ...(r.rowErrors.length > 0 ? [w.refusedRows, ...r.rowErrors.map((e) => `  ${formatRowError(e, lang)}`), ''] : []),
    w.assumes,
    ...notes.map((n) => `  ${n}`),
    '',
  ].join('\n');
}
