// Human and CSV output of sizing: the chosen configuration with each target's mean and
// one-sided bound, the cost side, and for `--curve` one row per delivery volume.
import type { SizingCurve, WardSizing } from '../../../engine/index.js';
import { formatNumber } from '../output/format-number.js';
import { formatTable } from '../output/table.js';
import { wrapText } from '../output/display-width.js';

/** Under the sizing answer: what the bound and verdicts mean. */
export const SIZING_LEGEND = 'Legend: one-sided 95% bound = the side of the mean\'s 95% confidence interval that the rule is checked against; pass = the bound meets the rule, undecided = only the mean does, fail = neither does.';

/** The sizing answer as text. */
export function formatSizing(s: WardSizing): string {
  const checks = formatTable(
    [{ header: 'target', align: 'left' }, { header: 'rule', align: 'left' }, { header: 'mean' }, { header: 'one-sided 95% bound' }, { header: 'verdict', align: 'left' }],
    s.verdict.checks.map((c) => [c.metric, `${c.sense} ${formatNumber(c.target)}`, formatNumber(c.mean), formatNumber(c.bound), c.verdict]),
  );
  const slots = Object.entries(s.slotAllocation).map(([sku, n]) => `${sku} ${n}`).join(', ');
  return [
    `${s.annualDeliveries} deliveries/yr: ${s.cabinets} cabinet${s.cabinets === 1 ? '' : 's'} (${s.modelId}), ${s.roundsPerDay} restock round${s.roundsPerDay === 1 ? '' : 's'}/day at ${s.roundHours.join(', ')} h`,
    `slots per cabinet (planogram): ${slots}`,
    `cost: restock labour ${formatNumber(s.verdict.restockLaborHoursPerDay)} h/day, ${formatNumber(s.verdict.restockRoundsPerDay)} rounds/day walked, inventory ${formatNumber(s.verdict.inventoryUnitsMean)} units in cabinets`,
    `${s.verdict.replications} replications per candidate (common random numbers, seed ${s.seed}); ${s.evaluations.length} candidates evaluated`,
    '',
    checks,
    '',
    wrapText(SIZING_LEGEND),
    '',
  ].join('\n');
}

/** The curve as text. */
export function formatCurve(c: SizingCurve): string {
  return `${formatTable(
    [{ header: 'deliveries' }, { header: 'cabinets' }, { header: 'rounds/day' }, { header: 'labour h/day' }, { header: 'inventory' }, { header: 'fillRate' }, { header: 'waitP95 min' }, { header: 'stock-out h/1000pd' }],
    c.curve.map((p) => [String(p.deliveries), String(p.cabinets), String(p.roundsPerDay), formatNumber(p.restockLaborHoursPerDay), formatNumber(p.inventoryUnitsMean), formatNumber(p.fillRate), formatNumber(p.tripWaitP95Min), formatNumber(p.stockoutSlotHoursPer1000PatientDays)]),
  )}\n`;
}

/** The curve as CSV. */
export function curveCsv(c: SizingCurve): string {
  const keys = ['deliveries', 'cabinets', 'roundsPerDay', 'restockLaborHoursPerDay', 'inventoryUnitsMean', 'fillRate', 'tripWaitP95Min', 'stockoutSlotHoursPer1000PatientDays', 'evaluations'] as const;
  return `${[keys.join(','), ...c.curve.map((p) => keys.map((k) => String(p[k])).join(','))].join('\n')}\n`;
}
