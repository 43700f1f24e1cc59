/**
 * The portfolio as a spreadsheet for the programme office: one row per hospital of the form
 * in rank order (refused rows last, with the reason), each effect with its 95 % interval, and
 * what the answer assumed (basis A). UTF-8 with a byte-order mark and CRLF line ends, so Excel
 * opens Chinese names as text rather than as mojibake; a cell that Excel would read as a
 * formula is prefixed with `'`.
 */
import type { PortfolioResult } from './run-portfolio.js';
import type { Summary } from '../summary.js';

/** The columns of {@link portfolioCsv}, in order. */
export const PORTFOLIO_CSV_COLUMNS = [
  'rank', 'line', 'name', 'annualDeliveries', 'hospitalType', 'preset', 'status',
  'cabinets', 'roundsPerDay', 'roundTimes', 'costPerYearCny',
  'nurseMinutesFreedPerYear', 'nurseMinutesFreedPerYear_ci_lo', 'nurseMinutesFreedPerYear_ci_hi',
  'crossingsAvoidedPerYear', 'crossingsAvoidedPerYear_ci_lo', 'crossingsAvoidedPerYear_ci_hi',
  'infectionsAvoidedPerYear', 'infectionsAvoidedPerYear_ci_lo', 'infectionsAvoidedPerYear_ci_hi',
  'benefitCnyPerYear', 'benefitCnyPerYear_ci_lo', 'benefitCnyPerYear_ci_hi',
  'benefitPerCost', 'nurseMinutesPer10kCny', 'flags', 'reason', 'assumptions',
] as const;

/** A cell as RFC 4180 text; text starting like a formula is made inert. */
function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function hhmm(hour: number): string {
  const m = Math.round(hour * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const withCi = (s: Summary | undefined): (number | null)[] => (s === undefined ? [null, null, null] : [s.mean, s.ci95?.[0] ?? null, s.ci95?.[1] ?? null]);

/** The result as CSV text, starting with the UTF-8 byte-order mark. */
export function portfolioCsv(r: PortfolioResult): string {
  const rows = r.hospitals.map((h) => [
    h.rank, h.line, h.name, h.annualDeliveries, h.hospitalType, h.preset, h.status,
    h.plan?.cabinets ?? null, h.plan?.roundsPerDay ?? null, h.plan === null ? null : h.plan.roundHours.map(hhmm).join(' '), h.plan?.costPerYear ?? null,
    ...withCi(h.effects?.nurseSupplyMinutesFreedPerYear), ...withCi(h.effects?.boundaryCrossingsAvoidedPerYear),
    ...withCi(h.effects?.expectedInfectionsAvoidedPerYear), ...withCi(h.effects?.benefitCnyPerYear),
    h.benefitPerCost, h.nurseMinutesPer10kCny, h.flags.join(' '), h.reason,
    h.assumptions.map((a) => `${a.field} (${a.basis}): ${a.text}`).join('; '),
  ]);
  // One row per refused line, its errors joined.
  const byLine = new Map<number, string[]>();
  for (const e of r.rowErrors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), `column ${e.column}${e.columnName === '' ? '' : ` (${e.columnName})`}: ${e.rule}: ${e.message}`]);
  const refused = [...byLine].map(([line, reasons]) => {
    const out: (string | number | null)[] = PORTFOLIO_CSV_COLUMNS.map(() => null);
    out[1] = line;
    out[6] = 'refused';
    out[PORTFOLIO_CSV_COLUMNS.indexOf('reason')] = reasons.join('; ');
    return out;
  });
  return `\uFEFF${[[...PORTFOLIO_CSV_COLUMNS], ...rows, ...refused].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
