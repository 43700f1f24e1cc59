/**
 * What a sizing answer shows besides the plan: every plan tried with its yearly cost, flagged
 * when it is on the Pareto front of cost against service, and the target that binds.
 */
import type { TargetCheck } from './sizing-targets.js';

/** A judged plan as the report needs it: its cost and its target checks. */
export interface TriedRow {
  readonly cabinets: number;
  readonly roundsPerDay: number;
  readonly modelId: string;
  readonly parShare: number;
  readonly pass: boolean;
  readonly replications: number;
  /** Yearly cost, CNY. */
  readonly costPerYear: number;
  readonly checks: readonly TargetCheck[];
}

/** One plan tried, with its yearly cost and service figures. */
export interface PlanTried {
  readonly cabinets: number;
  readonly roundsPerDay: number;
  /** The plan's (base) cabinet model. */
  readonly modelId: string;
  /** Par level (share of capacity). */
  readonly parShare: number;
  readonly pass: boolean;
  readonly replications: number;
  /** Yearly cost, CNY. */
  readonly costPerYear: number;
  readonly fillRate: number;
  readonly tripWaitP95Min: number;
  readonly stockoutSlotHoursPer1000PatientDays: number;
  /** No other plan tried is at most as costly and at least as good on every target metric. */
  readonly paretoOptimal: boolean;
}

/** Mean of one target metric in a list of checks. */
export const metricMean = (checks: readonly TargetCheck[], k: TargetCheck['metric']): number => checks.find((c) => c.metric === k)!.mean;

/** Plans tried with cost and Pareto flag: cost down, fill rate up, wait and stock-out hours down. */
export function plansTried(tried: readonly TriedRow[]): PlanTried[] {
  const rows = tried.map((e) => ({
    cabinets: e.cabinets, roundsPerDay: e.roundsPerDay, modelId: e.modelId, parShare: e.parShare, pass: e.pass, replications: e.replications,
    costPerYear: e.costPerYear,
    fillRate: metricMean(e.checks, 'fillRate'), tripWaitP95Min: metricMean(e.checks, 'tripWaitP95Min'),
    stockoutSlotHoursPer1000PatientDays: metricMean(e.checks, 'stockoutSlotHoursPer1000PatientDays'),
  }));
  const dominates = (a: (typeof rows)[number], b: (typeof rows)[number]): boolean =>
    a.costPerYear <= b.costPerYear && a.fillRate >= b.fillRate && a.tripWaitP95Min <= b.tripWaitP95Min && a.stockoutSlotHoursPer1000PatientDays <= b.stockoutSlotHoursPer1000PatientDays
    && (a.costPerYear < b.costPerYear || a.fillRate > b.fillRate || a.tripWaitP95Min < b.tripWaitP95Min || a.stockoutSlotHoursPer1000PatientDays < b.stockoutSlotHoursPer1000PatientDays);
  return rows.map((row) => ({ ...row, paretoOptimal: !rows.some((other) => other !== row && dominates(other, row)) }));
}

/** The target closest to being missed: least slack of the confidence bound, relative to the target. */
export function bindingTarget(checks: readonly TargetCheck[]): TargetCheck['metric'] {
  const slack = (c: TargetCheck): number => {
    const room = c.sense === '>=' ? c.bound - c.target : c.target - c.bound;
    const scale = c.metric === 'fillRate' ? Math.max(1e-9, 1 - c.target) : Math.max(1e-9, c.target);
    return room / scale;
  };
  return [...checks].sort((a, b) => slack(a) - slack(b))[0].metric;
}
