// Comparing ward designs with common random numbers: every scenario is run with the same seed
// and the same replication indices, so replication i of "city-mch" and of "city-mch-baseline"
// see the same births, stays and needs. The effect of cabinets is then estimated from paired
// differences (scenario − baseline, replication by replication), which is far more precise
// than comparing two independent means, and is labelled as such in the result.
import type { Scenario } from '../../scenarios/index.js';
import { pairedDifferences, PAIRED_CRN_METHOD } from './paired.js';
import type { Summary } from './summary.js';
import { kpiColumns, makeTiming, rolePairColumns, shiftColumns, summariseOutcomes } from './run-result.js';
import type { RolePairSummary, RunStatistics, Timing } from './run-result.js';
import { resolveReplicationOptions, runBatch } from './run-replications.js';
import { replicationJobs } from './replication-job.js';
import type { ReplicationOptions } from './run-replications.js';
import type { ReplicationOutcome } from './replication-job.js';

/** Paired differences of one scenario against the baseline (the first scenario). */
export interface PairedDifference {
  /** `paired-crn`: replication i of both scenarios shared seed and index (common random numbers). */
  method: typeof PAIRED_CRN_METHOD;
  /** What the numbers are, in words. */
  description: string;
  /** Scenario id of the reference (first scenario). */
  baselineId: string;
  /** Scenario id of the compared scenario. */
  scenarioId: string;
  /** Per KPI: summary of (scenario − baseline) over paired replications; negative = lower. */
  kpis: Record<string, Summary>;
  /** Per role pair: paired differences of contacts and contact-minutes. */
  contactsByRolePair: Record<string, RolePairSummary>;
  /** Per shift name: paired differences of nurse supply minutes per shift occurrence, min. */
  nurseSupplyMinutesByShift: Record<string, Summary>;
}

/** Result of {@link compareScenarios}. */
export interface ComparisonResult {
  /** Marks the document type. */
  kind: 'comparison';
  /** `true`: all scenarios ran with the same seed and replication indices. */
  commonRandomNumbers: true;
  /** Base seed shared by all scenarios. */
  seed: number;
  /** Replications per scenario. */
  replications: number;
  /** Package version of the engine. */
  engineVersion: string;
  /** Each scenario's statistics, in the order given (the first is the baseline). */
  runs: RunStatistics[];
  /** One entry per scenario after the first: paired differences against the first. */
  differences: PairedDifference[];
  /** Wall-clock figures of the whole comparison. */
  timing: Timing;
}

/** Paired differences (treatment − baseline) of the columns both sides have, in the baseline's order. */
function pairedColumns(base: Record<string, number[]>, treat: Record<string, number[]>): Record<string, Summary> {
  const out: Record<string, Summary> = {};
  for (const key of Object.keys(base)) {
    if (key in treat) out[key] = pairedDifferences(base[key], treat[key]);
  }
  return out;
}

function differencesAgainst(
  baseline: readonly ReplicationOutcome[],
  baselineId: string,
  treatment: readonly ReplicationOutcome[],
  scenarioId: string,
): PairedDifference {
  const kpis = pairedColumns(kpiColumns(baseline), kpiColumns(treatment));
  const baseContacts = rolePairColumns(baseline);
  const treatContacts = rolePairColumns(treatment);
  const contactsByRolePair: Record<string, RolePairSummary> = {};
  for (const pair of Object.keys(baseContacts)) {
    const t = treatContacts[pair];
    if (t === undefined) continue;
    contactsByRolePair[pair] = {
      contacts: pairedDifferences(baseContacts[pair].contacts, t.contacts),
      contactMinutes: pairedDifferences(baseContacts[pair].contactMinutes, t.contactMinutes),
    };
  }
  const nurseSupplyMinutesByShift = pairedColumns(shiftColumns(baseline), shiftColumns(treatment));
  return {
    method: PAIRED_CRN_METHOD,
    description: `${scenarioId} − ${baselineId}, paired by replication (common random numbers: same seed and replication index)`,
    baselineId,
    scenarioId,
    kpis,
    contactsByRolePair,
    nurseSupplyMinutesByShift,
  };
}

/**
 * Runs two or more scenarios with common random numbers and returns each one's statistics plus
 * the paired differences of every later scenario against the first.
 *
 * @param scenarios - validated scenarios, at least 2; the first is the baseline of the differences
 * @param options - as for `runReplications`; seed and replications default to the first
 *   scenario's `run` settings and apply to all; progress counts the jobs of all scenarios
 * @throws RangeError with fewer than 2 scenarios or bad options; rejects when a replication fails
 */
export async function compareScenarios(scenarios: readonly Scenario[], options: ReplicationOptions = {}): Promise<ComparisonResult> {
  if (scenarios.length < 2) throw new RangeError(`compareScenarios: scenarios.length(=${scenarios.length}) must be ≥ 2`);
  const o = resolveReplicationOptions('compareScenarios', scenarios[0], options);
  const start = options.clock?.() ?? null;
  // All jobs in one batch (scenario-major), so a pool or queue can run them side by side.
  const jobs = scenarios.flatMap((scenario) => replicationJobs(scenario, o.seed, o.replications));
  const { outcomes, executorKind } = await runBatch(o.executor, jobs, options.onProgress, options.signal);
  const end = options.clock?.() ?? null;
  const perScenario = scenarios.map((_, s) => outcomes.slice(s * o.replications, (s + 1) * o.replications));
  return buildComparison(scenarios, o.seed, o.engineVersion, perScenario, (events) => makeTiming(executorKind, events, start, end));
}

/**
 * The comparison result from each scenario's outcomes (same seed and replication indices).
 * Shared with precision mode, which gathers the outcomes over several rounds.
 * @param timing - builds the timing from the total events processed
 */
export function buildComparison(
  scenarios: readonly Scenario[],
  seed: number,
  engineVersion: string,
  perScenario: readonly (readonly ReplicationOutcome[])[],
  timing: (eventsProcessed: number) => Timing,
): ComparisonResult {
  const runs = scenarios.map((scenario, s) => summariseOutcomes(scenario, seed, engineVersion, perScenario[s]));
  const differences = scenarios
    .slice(1)
    .map((scenario, s) => differencesAgainst(perScenario[0], scenarios[0].meta.id, perScenario[s + 1], scenario.meta.id));
  const eventsProcessed = runs.reduce((sum, r) => sum + r.eventsProcessed, 0);
  return {
    kind: 'comparison',
    commonRandomNumbers: true,
    seed,
    replications: perScenario[0].length,
    engineVersion,
    differences,
    runs,
    timing: timing(eventsProcessed),
  };
}
