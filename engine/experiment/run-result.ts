// The run result: what a planner or researcher reads after `wardtwin run`. Each KPI over the
// replications as `{ mean, sd, ci95, n }`, the contact matrix by role pair and the nurse supply
// minutes by shift likewise, and the
// facts needed to reproduce it (scenario, seed, replications, engine version). Wall-clock
// figures live apart in `timing`, so everything else is byte-identical for the same inputs.
import type { Scenario } from '../../scenarios/index.js';
import { summarise } from './summary.js';
import type { Summary } from './summary.js';
import type { ReplicationOutcome } from './replication-job.js';
import type { ExecutorKind } from './executors/executor.js';
import type { WardKpis } from '../ward/index.js';

/** Wall-clock figures of a run, measured at the edge (never inside the engine). */
export interface Timing {
  /** Wall time of the whole run, ms; `null` when no clock was supplied. */
  wallTimeMs: number | null;
  /** Kernel events processed per wall-clock second; `null` when no clock was supplied. */
  eventsPerSecond: number | null;
  /** Kind of executor that ran the jobs. */
  executor: ExecutorKind;
}

/** Contacts between two roles over the replications. */
export interface RolePairSummary {
  /** Contact episodes. */
  contacts: Summary;
  /** Contact-minutes, min. */
  contactMinutes: Summary;
}

/** The statistics of one scenario over its replications (without timing). */
export interface RunStatistics {
  /** The scenario's `meta.id`. */
  scenarioId: string;
  /** The validated scenario that was run (defaults filled). */
  scenario: Scenario;
  /** Base seed; replication i used (seed, i). */
  seed: number;
  /** Number of replications (indices 0 … replications − 1). */
  replications: number;
  /** Package version of the engine that produced the result. */
  engineVersion: string;
  /** Each KPI over the replications, keys in the model's order (DESIGN.md keys plus extras). */
  kpis: Record<string, Summary>;
  /** Contacts by role pair, keys `"<role>-<role>"` for each unordered pair (roles in model order). */
  contactsByRolePair: Record<string, RolePairSummary>;
  /** Nurse supply minutes per occurrence of each roster shift, keyed by shift name (roster order), min. */
  nurseSupplyMinutesByShift: Record<string, Summary>;
  /** Kernel events processed, summed over replications. */
  eventsProcessed: number;
}

/** The run result of DESIGN.md: statistics plus a separate `timing`. */
export interface RunResult extends RunStatistics {
  /** Marks the document type in files and API responses. */
  kind: 'run';
  /** Wall-clock figures; the only field that differs between identical runs. */
  timing: Timing;
}

/** A replication's KPIs as a string-keyed record (the interface has no index signature). */
function kpiRecord(kpis: WardKpis): Readonly<Record<string, number | undefined>> {
  return kpis as unknown as Readonly<Record<string, number | undefined>>;
}

/** KPI values of every outcome, as one array per KPI key (replication order). */
export function kpiColumns(outcomes: readonly ReplicationOutcome[]): Record<string, number[]> {
  const columns: Record<string, number[]> = {};
  if (outcomes.length === 0) return columns;
  for (const key of Object.keys(outcomes[0].kpis)) {
    columns[key] = outcomes.map((o, i) => {
      const value = kpiRecord(o.kpis)[key];
      if (value === undefined) throw new Error(`kpiColumns: replication ${i} has no KPI "${key}"`);
      return value;
    });
  }
  return columns;
}

/** Contact matrices of every outcome as columns keyed `"<role>-<role>"` (upper triangle). */
export function rolePairColumns(outcomes: readonly ReplicationOutcome[]): Record<string, { contacts: number[]; contactMinutes: number[] }> {
  const columns: Record<string, { contacts: number[]; contactMinutes: number[] }> = {};
  if (outcomes.length === 0) return columns;
  const roles = outcomes[0].contactsByRolePair.roles;
  for (let a = 0; a < roles.length; a++) {
    for (let b = a; b < roles.length; b++) {
      columns[`${roles[a]}-${roles[b]}`] = {
        contacts: outcomes.map((o) => o.contactsByRolePair.contacts[a][b]),
        contactMinutes: outcomes.map((o) => o.contactsByRolePair.contactMinutes[a][b]),
      };
    }
  }
  return columns;
}

/**
 * Nurse supply minutes by shift of every outcome, one array per shift name (replication order),
 * keyed as the first outcome has them (the roster's order).
 * @throws Error when a later replication lacks a shift the first one has
 */
export function shiftColumns(outcomes: readonly ReplicationOutcome[]): Record<string, number[]> {
  const columns: Record<string, number[]> = {};
  if (outcomes.length === 0) return columns;
  for (const shift of Object.keys(outcomes[0].nurseSupplyMinutesByShift)) {
    columns[shift] = outcomes.map((o, i) => {
      const value = o.nurseSupplyMinutesByShift[shift];
      if (value === undefined) throw new Error(`shiftColumns: replication ${i} has no shift "${shift}"`);
      return value;
    });
  }
  return columns;
}

function summariseKpi(key: string, values: readonly number[]): Summary {
  try {
    return summarise(values);
  } catch (error) {
    throw new Error(`KPI "${key}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Summarises replication outcomes (in replication order) into run statistics.
 * @throws Error when there are no outcomes or a KPI value is not finite (the run failed)
 */
export function summariseOutcomes(
  scenario: Scenario,
  seed: number,
  engineVersion: string,
  outcomes: readonly ReplicationOutcome[],
): RunStatistics {
  if (outcomes.length === 0) throw new Error('summariseOutcomes: outcomes must hold at least 1 replication');
  const kpis: Record<string, Summary> = {};
  for (const [key, values] of Object.entries(kpiColumns(outcomes))) kpis[key] = summariseKpi(key, values);
  const contactsByRolePair: Record<string, RolePairSummary> = {};
  for (const [pair, columns] of Object.entries(rolePairColumns(outcomes))) {
    contactsByRolePair[pair] = {
      contacts: summariseKpi(`contacts ${pair}`, columns.contacts),
      contactMinutes: summariseKpi(`contactMinutes ${pair}`, columns.contactMinutes),
    };
  }
  const nurseSupplyMinutesByShift: Record<string, Summary> = {};
  for (const [shift, values] of Object.entries(shiftColumns(outcomes))) {
    nurseSupplyMinutesByShift[shift] = summariseKpi(`nurseSupplyMinutes ${shift}`, values);
  }
  // Key order is the JSON order: the figures first, the (long) scenario document last.
  return {
    scenarioId: scenario.meta.id,
    seed,
    replications: outcomes.length,
    engineVersion,
    eventsProcessed: outcomes.reduce((sum, o) => sum + o.eventsProcessed, 0),
    kpis,
    contactsByRolePair,
    nurseSupplyMinutesByShift,
    scenario,
  };
}

/** Timing from a start and end reading of an injected clock (ms), or nulls without one. */
export function makeTiming(executor: ExecutorKind, eventsProcessed: number, startMs: number | null, endMs: number | null): Timing {
  if (startMs === null || endMs === null) return { wallTimeMs: null, eventsPerSecond: null, executor };
  const wallTimeMs = Math.max(0, endMs - startMs);
  return { wallTimeMs, eventsPerSecond: wallTimeMs > 0 ? (eventsProcessed * 1000) / wallTimeMs : null, executor };
}
