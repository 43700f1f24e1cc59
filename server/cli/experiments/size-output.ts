// Human and CSV output of sizing: the chosen plan with each target's mean and one-sided
// bound, its yearly cost, the plans on the cost-service Pareto front, and for `--curve` one
// row per delivery volume.
import type { ImpossibleTargetsError, PlanBenefit, ResolvedCosts, ResolvedTargets, SizingCurve, WardSizing } from '../../../engine/index.js';
import { displayName } from '../../../scenarios/index.js';
import { formatNumber, formatShare } from '../output/format-number.js';
import { kpiValue } from '../output/kpi-values.js';
import { formatTable } from '../output/table.js';
import { wrapText } from '../output/display-width.js';
import { fill } from '../output/header-messages.js';
import { kpiName } from '../output/messages.js';
import type { CliLang } from '../output/messages.js';
import { sizeWords } from './size-words.js';

/** Under the sizing answer: what the bound and verdicts mean. */
export const SIZING_LEGEND = sizeWords('en').legend;

/** A target (a KPI key) as the check table names it: the key in English, its Chinese name in Chinese. */
function targetName(metric: string, lang: CliLang): string {
  return lang === 'en' ? metric : (sizeWords(lang).targetName[metric] ?? kpiName(metric, lang));
}

/** The sizing answer as text, in `lang` (default English). */
export function formatSizing(s: WardSizing, lang: CliLang = 'en'): string {
  const w = sizeWords(lang);
  const left = (header: string): { header: string; align: 'left' } => ({ header, align: 'left' });
  const [target, rule, mean, bound, verdict] = w.checkColumns;
  const checks = formatTable(
    [left(target), left(rule), { header: mean }, { header: bound }, left(verdict)],
    // The fill rate is a share in the KPI catalogue: printed as a percentage, like its target.
    s.verdict.checks.map((c) => [targetName(c.metric, lang), `${c.sense} ${kpiValue(c.metric, c.target)}`, kpiValue(c.metric, c.mean), kpiValue(c.metric, c.bound), w.verdict[c.verdict] ?? c.verdict]),
  );
  const slotList = (alloc: Readonly<Record<string, number>>): string => Object.entries(alloc).map(([sku, n]) => `${lang === 'en' ? sku : displayName('sku', sku, lang)} ${n}`).join(', ');
  const c = w.cabinetColumns;
  const perCabinet = formatTable(
    [left(c[0]), left(c[1]), { header: c[2] }, { header: c[3] }, { header: c[4] }],
    s.cabinetPlans.map((p) => [p.id, p.modelId, formatShare(p.demandShare), formatNumber(p.demandUnitsPerDay), p.minDaysOfCover === null ? '-' : formatNumber(p.minDaysOfCover)]),
  );
  // A cabinet's slots are listed when they differ from the plan's (a per-cabinet planogram); a
  // list as a table cell would push the table past 80 columns.
  const planSlots = slotList(s.slotAllocation);
  const cabinetSlots = s.cabinetPlans.filter((p) => slotList(p.slotAllocation) !== planSlots).map((p) => fill(w.cabinetSlots, { cabinet: p.id, slots: slotList(p.slotAllocation) }));
  const f = w.frontColumns;
  const front = formatTable(
    [{ header: f[0] }, left(f[1]), { header: f[2] }, { header: f[3] }, { header: f[4] }, { header: f[5] }, { header: f[6] }, left(f[7])],
    s.evaluations.filter((e) => e.paretoOptimal).sort((a, b) => a.costPerYear - b.costPerYear)
      .map((e) => [String(e.cabinets), e.modelId, formatShare(e.parShare), String(e.roundsPerDay), formatNumber(e.costPerYear), formatShare(e.fillRate), formatNumber(e.tripWaitP95Min), e.pass ? w.yes : w.no]),
  );
  const plural = (n: number): string => (n === 1 ? '' : 's');
  return [
    fill(w.plan, { deliveries: s.annualDeliveries, cabinets: s.cabinets, cs: plural(s.cabinets), model: s.modelId, rounds: s.roundsPerDay, rs: plural(s.roundsPerDay), times: s.roundHours.map(clock).join(', ') }),
    fill(w.slots, { model: s.modelId, slots: slotList(s.slotAllocation) }),
    fill(w.par, { par: formatNumber(s.parShare), trigger: s.parTrigger ? w.parOn : w.parOff, planogram: w.planogram[s.planogram] ?? s.planogram }),
    perCabinet,
    ...cabinetSlots,
    fill(w.nurses, { staffing: w.staffing[s.staffing] ?? s.staffing, list: Object.entries(s.nursesByShift).map(([name, n]) => `${name} ${n}`).join(', ') }),
    fill(w.cost, { total: formatNumber(s.cost.total), cabinets: formatNumber(s.cost.cabinets), labour: formatNumber(s.cost.restockLabor), holding: formatNumber(s.cost.holding) }),
    fill(w.labour, { hours: formatNumber(s.verdict.restockLaborHoursPerDay), rounds: formatNumber(s.verdict.restockRoundsPerDay), units: formatNumber(s.verdict.inventoryUnitsMean) }),
    ...(s.benefit !== undefined ? [benefitLine(s.benefit, lang)] : []),
    fill(w.binding, { target: targetName(s.bindingTarget, lang), reps: s.verdict.replications, seed: s.seed, plans: s.evaluations.length }),
    '',
    checks,
    '',
    wrapText(w.legend),
    '',
    w.frontTitle,
    front,
    '',
  ].join('\n');
}

/** The plan's benefit beside its cost: nurse minutes freed, valued, with their 95 % intervals. */
function benefitLine(b: PlanBenefit, lang: CliLang): string {
  const w = sizeWords(lang);
  const ci = (x: PlanBenefit['benefitCnyPerYear']): string => `${formatNumber(x.mean)}${x.ci95 === null ? '' : ` [${formatNumber(x.ci95[0])}, ${formatNumber(x.ci95[1])}]`}`;
  return [
    fill(w.benefit, { benefit: ci(b.benefitCnyPerYear), minutes: ci(b.nurseSupplyMinutesFreedPerYear), value: formatNumber(b.nurseMinuteValue) }),
    fill(w.benefitAgainst, { reps: b.replications, ratio: b.benefitPerCost === null ? '-' : formatNumber(b.benefitPerCost) }),
  ].join('\n');
}

/**
 * Why no plan meets the targets, in `lang`: the limits searched and each target the most
 * generous plan still missed, with its figures; the engine's English message in English.
 */
export function impossibleMessage(error: ImpossibleTargetsError<WardSizing['verdict']>, lang: CliLang): string {
  const w = sizeWords(lang);
  if (w.impossible === null || error.limits.rounds.length === 0) return error.message;
  const missed = error.verdict.checks.filter((c) => c.verdict !== 'pass')
    .map((c) => fill(w.missed, { target: targetName(c.metric, lang), mean: c.mean.toPrecision(4), bound: c.bound.toPrecision(4), sense: c.sense, limit: c.target }));
  const volume = error.volume === null ? '' : fill(w.impossibleVolume, { n: error.volume });
  return `${volume}${fill(w.impossible, { cabinets: error.limits.maxCabinets, rounds: error.limits.rounds.join('、'), missed: missed.join('；') })}`;
}

/** Hours of day as hh:mm. */
function clock(hour: number): string {
  const m = Math.round(hour * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** What the header says about the run, in figures: the header's words come from the catalogue. */
export interface SizingHeaderInput {
  scenarioId: string;
  /** One volume, or the curve's volumes. */
  volumes: readonly number[];
  curve: boolean;
  targets: ResolvedTargets;
  replications: number;
  maxReplications: number;
  days: number;
  staffing: string;
  costs: ResolvedCosts;
  /** CNY per nurse minute freed, when the plan's benefit is valued. */
  nurseMinuteValue?: number;
}

/** The header printed before a sizing run, in `lang`: what is sized, against what, at what prices. */
export function sizingHeader(o: SizingHeaderInput, lang: CliLang = 'en'): string {
  const w = sizeWords(lang);
  const v = o.volumes;
  const id = lang === 'en' || displayName('preset', o.scenarioId, lang) === o.scenarioId ? o.scenarioId : `${o.scenarioId}（${displayName('preset', o.scenarioId, lang)}）`;
  const deliveries = o.curve ? fill(w.curve, { from: v[0], to: v[v.length - 1], n: v.length }) : fill(w.deliveries, { n: v[0] });
  const t = o.targets;
  return [
    fill(w.header, { id, deliveries }),
    fill(w.targetsLine, { targets: fill(w.targets, { fill: formatShare(t.minFillRate), wait: t.maxTripWaitP95Min, stockout: t.maxStockoutSlotHoursPer1000PatientDays }) }),
    fill(w.replicationsLine, { replications: fill(w.replications, { reps: o.replications, max: o.maxReplications, days: o.days, staffing: w.staffing[o.staffing] ?? o.staffing }) }),
    fill(w.prices, { cabinet: formatNumber(o.costs.cabinetPerYear), labour: formatNumber(o.costs.restockLaborPerHour), holding: formatNumber(o.costs.holdingPerUnitYear) }),
    ...(o.nurseMinuteValue !== undefined ? [fill(w.nurseMinute, { value: formatNumber(o.nurseMinuteValue) })] : []),
    '',
  ].join('\n');
}

/** The curve as text, in `lang`. */
export function formatCurve(c: SizingCurve, lang: CliLang = 'en'): string {
  const w = sizeWords(lang);
  const valued = c.nurseMinuteValue !== undefined;
  const LEFT = new Set([2, 3, 8]);
  const columns = w.curveColumns.map((header, i) => (LEFT.has(i) ? { header, align: 'left' as const } : { header }));
  // The benefit column follows the cost column when the plans' benefit is valued.
  if (valued) columns.splice(5, 0, { header: w.benefitColumn });
  return `${formatTable(
    columns,
    c.curve.map((p) => [String(p.deliveries), String(p.cabinets), p.modelId, p.roundHours.map(clock).join(' '), formatNumber(p.costPerYear), ...(valued ? [formatNumber(p.benefitCnyPerYear ?? NaN)] : []), formatNumber(p.restockLaborHoursPerDay), formatShare(p.fillRate), formatNumber(p.tripWaitP95Min), w.binds[p.bindingTarget] ?? p.bindingTarget]),
  )}\n${c.costRisesWithRounds ? `${w.roundsAssumed}\n` : ''}`;
}

/** The curve as CSV. */
export function curveCsv(c: SizingCurve): string {
  const keys = ['deliveries', 'cabinets', 'modelId', 'parShare', 'roundsPerDay', 'costPerYear', 'restockLaborHoursPerDay', 'inventoryUnitsMean', 'fillRate', 'tripWaitP95Min', 'stockoutSlotHoursPer1000PatientDays', 'bindingTarget', 'evaluations'] as const;
  const valued = c.nurseMinuteValue !== undefined ? (['nurseSupplyMinutesFreedPerYear', 'benefitCnyPerYear'] as const) : [];
  const rows = c.curve.map((p) => [...keys.map((k) => String(p[k])), p.roundHours.map(clock).join(' '), ...valued.map((k) => String(p[k]))].join(','));
  return `${[[...keys, 'roundTimes', ...valued].join(','), ...rows].join('\n')}\n`;
}
