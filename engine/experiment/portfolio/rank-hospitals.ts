/**
 * The programme office's order of the hospitals: planned hospitals by benefit per yuan
 * (highest first), then hospitals whose targets could not be met within the limits, then
 * those not eligible. Ties keep the order of the rows (by line), so the ranking never depends
 * on the order in which the runs finished.
 */
import type { PortfolioEntry } from './run-portfolio.js';

const GROUP: Record<PortfolioEntry['status'], number> = { planned: 0, 'no-plan': 1, 'not-eligible': 2 };

/** Sorts entries and numbers the planned ones 1, 2, … (others get rank null). */
export function rankHospitals(entries: readonly PortfolioEntry[]): PortfolioEntry[] {
  const score = (e: PortfolioEntry): number => (e.benefitPerCost === null ? -Infinity : e.benefitPerCost);
  const sorted = [...entries].sort((a, b) => GROUP[a.status] - GROUP[b.status] || score(b) - score(a) || a.line - b.line);
  let rank = 0;
  return sorted.map((e) => ({ ...e, rank: e.status === 'planned' ? ++rank : null }));
}
