// Human output of `wardtwin portfolio`: a header with the prices and values (all assumptions
// unless given), the ranking with each hospital's plan, cost and effects (mean and 95 %
// interval, per year), the rows refused with line, column and rule, and what each answer
// assumed.
import type { PortfolioResult, RowError } from '../../../engine/index.js';
import type { Summary } from '../../../engine/index.js';
import { formatNumber } from '../output/format-number.js';
import { formatTable } from '../output/table.js';

/** A mean with its interval: `12,345 [10,100, 14,590]`. */
function withCi(s: Summary | undefined): string {
  if (s === undefined) return '-';
  return s.ci95 === null ? formatNumber(s.mean) : `${formatNumber(s.mean)} [${formatNumber(s.ci95[0])}, ${formatNumber(s.ci95[1])}]`;
}

function hhmm(hour: number): string {
  const m = Math.round(hour * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** One refused row as a line of text. */
export function formatRowError(e: RowError): string {
  return `line ${e.line}, column ${e.column}${e.columnName === '' ? '' : ` (${e.columnName})`}: ${e.rule}: ${e.message}`;
}

/** The header printed before the run. */
export function portfolioHeader(o: { file: string; hospitals: number; refused: number; replications: number; days: string; result: Pick<PortfolioResult, 'costs' | 'values'> }): string {
  const { costs, values } = o.result;
  return [
    `portfolio ${o.file}: ${o.hospitals} hospital${o.hospitals === 1 ? '' : 's'}${o.refused > 0 ? ` (${o.refused} row${o.refused === 1 ? '' : 's'} refused, listed below)` : ''}; ${o.replications} replications per plan and per effect, ${o.days}`,
    'prices and values (A: assumptions; set with --cabinet-cost, --labour-cost, --holding-cost, --nurse-minute-value, --crossing-value, --infection-value):',
    `  cabinet CNY ${formatNumber(costs.cabinetPerYear)}/yr, restock labour CNY ${formatNumber(costs.restockLaborPerHour)}/h, holding CNY ${formatNumber(costs.holdingPerUnitYear)}/unit-yr`,
    `  nurse minute CNY ${formatNumber(values.nurseMinute)}, crossing avoided CNY ${formatNumber(values.boundaryCrossing)}, infection avoided CNY ${formatNumber(values.infection)}`,
    '',
  ].join('\n');
}

/** The ranking and the notes as text. */
export function formatPortfolio(r: PortfolioResult): string {
  const table = formatTable(
    [
      { header: 'rank' }, { header: 'line' }, { header: 'hospital', align: 'left' }, { header: 'deliveries' }, { header: 'preset', align: 'left' },
      { header: 'cabinets' }, { header: 'rounds at', align: 'left' }, { header: 'CNY/yr' },
      { header: 'nurse min freed/yr [95% CI]', align: 'left' }, { header: 'crossings avoided/yr', align: 'left' }, { header: 'infections avoided/yr', align: 'left' },
      { header: 'benefit CNY/yr', align: 'left' }, { header: 'benefit/cost' }, { header: 'nurse min/10k CNY' }, { header: 'status', align: 'left' },
    ],
    r.hospitals.map((h) => [
      h.rank === null ? '-' : String(h.rank), String(h.line), h.name, String(h.annualDeliveries), h.preset,
      h.plan === null ? '-' : String(h.plan.cabinets), h.plan === null ? '-' : h.plan.roundHours.map(hhmm).join(' '), h.plan === null ? '-' : formatNumber(h.plan.costPerYear),
      withCi(h.effects?.nurseSupplyMinutesFreedPerYear), withCi(h.effects?.boundaryCrossingsAvoidedPerYear), withCi(h.effects?.expectedInfectionsAvoidedPerYear),
      withCi(h.effects?.benefitCnyPerYear), formatNumber(h.benefitPerCost), formatNumber(h.nurseMinutesPer10kCny),
      [h.status, ...h.flags].join(' '),
    ]),
  );
  const notes = r.hospitals.flatMap((h) => [
    ...(h.reason !== null ? [`line ${h.line} ${h.name}: ${h.status}: ${h.reason}`] : []),
    ...h.assumptions.map((a) => `line ${h.line} ${h.name}: ${a.field} (${a.basis}): ${a.text}`),
  ]);
  return [
    'ranked by benefit per cost: the effects valued in CNY a year (nurse minutes freed, boundary crossings and expected infections avoided, each against the',
    'no-cabinet baseline twin with common random numbers) divided by the plan\'s yearly cost (cabinet lease, restock labour, stock held)',
    '',
    table,
    '',
    ...(r.rowErrors.length > 0 ? ['rows refused (the other rows ran):', ...r.rowErrors.map((e) => `  ${formatRowError(e)}`), ''] : []),
    'what each answer assumes (basis A):',
    ...notes.map((n) => `  ${n}`),
    '',
  ].join('\n');
}
