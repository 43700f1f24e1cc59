// Human and CSV output of sizing: the chosen plan with each target's mean and one-sided
// bound, its yearly cost, the plans on the cost-service Pareto front, and for `--curve` one
// row per delivery volume.
import type { PlanBenefit, ResolvedCosts, SizingCurve, WardSizing } from '../../../engine/index.js';
import { formatNumber, formatShare } from '../output/format-number.js';
import { kpiValue } from '../output/kpi-values.js';
import { formatTable } from '../output/table.js';
import { wrapText } from '../output/display-width.js';

/** Under the sizing answer: what the bound and verdicts mean. */
export const SIZING_LEGEND = 'Legend: one-sided 95% bound = the side of the mean\'s 95% confidence interval that the rule is checked against; pass = the bound meets the rule, undecided = only the mean does, fail = neither does.';

/** The sizing answer as text. */
export function formatSizing(s: WardSizing): string {
  const checks = formatTable(
    [{ header: 'target', align: 'left' }, { header: 'rule', align: 'left' }, { header: 'mean' }, { header: 'one-sided 95% bound' }, { header: 'verdict', align: 'left' }],
    // The fill rate is a share in the KPI catalogue: printed as a percentage, like its target.
    s.verdict.checks.map((c) => [c.metric, `${c.sense} ${kpiValue(c.metric, c.target)}`, kpiValue(c.metric, c.mean), kpiValue(c.metric, c.bound), c.verdict]),
  );
  const slots = Object.entries(s.slotAllocation).map(([sku, n]) => `${sku} ${n}`).join(', ');
  const perCabinet = formatTable(
    [{ header: 'cabinet', align: 'left' }, { header: 'model', align: 'left' }, { header: 'routed share' }, { header: 'units/day' }, { header: 'min cover d' }, { header: 'slots per SKU', align: 'left' }],
    s.cabinetPlans.map((p) => [p.id, p.modelId, formatShare(p.demandShare), formatNumber(p.demandUnitsPerDay), p.minDaysOfCover === null ? '-' : formatNumber(p.minDaysOfCover),
      Object.entries(p.slotAllocation).map(([sku, n]) => `${sku} ${n}`).join(', ')]),
  );
  const front = formatTable(
    [{ header: 'cabinets' }, { header: 'model', align: 'left' }, { header: 'par' }, { header: 'rounds' }, { header: 'CNY/yr' }, { header: 'fillRate' }, { header: 'waitP95' }, { header: 'meets', align: 'left' }],
    s.evaluations.filter((e) => e.paretoOptimal).sort((a, b) => a.costPerYear - b.costPerYear)
      .map((e) => [String(e.cabinets), e.modelId, formatShare(e.parShare), String(e.roundsPerDay), formatNumber(e.costPerYear), formatShare(e.fillRate), formatNumber(e.tripWaitP95Min), e.pass ? 'yes' : 'no']),
  );
  return [
    `${s.annualDeliveries} deliveries/yr: ${s.cabinets} cabinet${s.cabinets === 1 ? '' : 's'} (${s.modelId}), ${s.roundsPerDay} restock round${s.roundsPerDay === 1 ? '' : 's'}/day at ${s.roundHours.map(clock).join(', ')}`,
    `slots per ${s.modelId} cabinet (planogram): ${slots}`,
    `par level ${formatNumber(s.parShare)} of capacity (par rounds ${s.parTrigger ? 'on' : 'off'}); planogram ${s.planogram}: demand routed to each cabinet (its rooms' nearest), its model, cover and slots:`,
    perCabinet,
    `nurses per shift (${s.staffing}): ${Object.entries(s.nursesByShift).map(([name, n]) => `${name} ${n}`).join(', ')}`,
    `cost CNY ${formatNumber(s.cost.total)}/yr: cabinets ${formatNumber(s.cost.cabinets)}, restock labour ${formatNumber(s.cost.restockLabor)}, stock held ${formatNumber(s.cost.holding)}`,
    `  restock labour ${formatNumber(s.verdict.restockLaborHoursPerDay)} h/day, ${formatNumber(s.verdict.restockRoundsPerDay)} rounds/day walked, ${formatNumber(s.verdict.inventoryUnitsMean)} units in cabinets`,
    ...(s.benefit !== undefined ? [benefitLine(s.benefit)] : []),
    `binding target: ${s.bindingTarget}; ${s.verdict.replications} replications (common random numbers, seed ${s.seed}); ${s.evaluations.length} plans tried`,
    '',
    checks,
    '',
    wrapText(SIZING_LEGEND),
    '',
    'Pareto front of the plans tried (no other is cheaper and at least as good on every target):',
    front,
    '',
  ].join('\n');
}

/** The plan's benefit beside its cost: nurse minutes freed, valued, with their 95 % intervals. */
function benefitLine(b: PlanBenefit): string {
  const ci = (x: PlanBenefit['benefitCnyPerYear']): string => `${formatNumber(x.mean)}${x.ci95 === null ? '' : ` [${formatNumber(x.ci95[0])}, ${formatNumber(x.ci95[1])}]`}`;
  return [
    `benefit CNY ${ci(b.benefitCnyPerYear)}/yr: nurse minutes freed ${ci(b.nurseSupplyMinutesFreedPerYear)}/yr x CNY ${formatNumber(b.nurseMinuteValue)}/min,`,
    `  against the ward without cabinets (paired, ${b.replications} replications, 95% CI); benefit per cost ${b.benefitPerCost === null ? '-' : formatNumber(b.benefitPerCost)}`,
  ].join('\n');
}

/** Hours of day as hh:mm. */
function clock(hour: number): string {
  const m = Math.round(hour * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The header printed before a sizing run: what is sized, against what, at what prices. */
export function sizingHeader(o: { scenarioId: string; deliveries: string; targets: string; replications: string; costs: ResolvedCosts; nurseMinuteValue?: number }): string {
  return [
    `sizing ${o.scenarioId}, ${o.deliveries}`,
    `targets: ${o.targets}`,
    `replications ${o.replications}; prices (A: assumptions, set with --cabinet-cost, --labour-cost, --holding-cost):`,
    `  cabinet CNY ${formatNumber(o.costs.cabinetPerYear)}/yr, restock labour CNY ${formatNumber(o.costs.restockLaborPerHour)}/h, holding CNY ${formatNumber(o.costs.holdingPerUnitYear)}/unit-yr`,
    ...(o.nurseMinuteValue !== undefined ? [`  nurse minute freed CNY ${formatNumber(o.nurseMinuteValue)} (benefit against the ward without cabinets)`] : []),
    '',
  ].join('\n');
}

/** Short names of the target that binds, for a narrow column. */
const BINDS: Record<WardSizing['bindingTarget'], string> = { fillRate: 'fill', tripWaitP95Min: 'wait', stockoutSlotHoursPer1000PatientDays: 'stock-out' };

/** The curve as text. */
export function formatCurve(c: SizingCurve): string {
  const valued = c.nurseMinuteValue !== undefined;
  return `${formatTable(
    [{ header: 'deliveries' }, { header: 'cabinets' }, { header: 'model', align: 'left' }, { header: 'rounds at', align: 'left' }, { header: 'CNY/yr' }, ...(valued ? [{ header: 'benefit CNY/yr' }] : []), { header: 'labour h/d' }, { header: 'fillRate' }, { header: 'waitP95' }, { header: 'binds', align: 'left' as const }],
    c.curve.map((p) => [String(p.deliveries), String(p.cabinets), p.modelId, p.roundHours.map(clock).join(' '), formatNumber(p.costPerYear), ...(valued ? [formatNumber(p.benefitCnyPerYear ?? NaN)] : []), formatNumber(p.restockLaborHoursPerDay), formatShare(p.fillRate), formatNumber(p.tripWaitP95Min), BINDS[p.bindingTarget]]),
  )}\n${c.costRisesWithRounds ? 'Assumed (A): at a fixed cabinet count cost does not fall as rounds are added, so more rounds were only tried with fewer cabinets.\n' : ''}`;
}

/** The curve as CSV. */
export function curveCsv(c: SizingCurve): string {
  const keys = ['deliveries', 'cabinets', 'modelId', 'parShare', 'roundsPerDay', 'costPerYear', 'restockLaborHoursPerDay', 'inventoryUnitsMean', 'fillRate', 'tripWaitP95Min', 'stockoutSlotHoursPer1000PatientDays', 'bindingTarget', 'evaluations'] as const;
  const valued = c.nurseMinuteValue !== undefined ? (['nurseSupplyMinutesFreedPerYear', 'benefitCnyPerYear'] as const) : [];
  const rows = c.curve.map((p) => [...keys.map((k) => String(p[k])), p.roundHours.map(clock).join(' '), ...valued.map((k) => String(p[k]))].join(','));
  return `${[[...keys, 'roundTimes', ...valued].join(','), ...rows].join('\n')}\n`;
}
