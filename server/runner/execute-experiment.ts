/**
 * Executing the planners' larger jobs with the engine: a sweep is `runSweep` over the stored
 * document's grid (every point with the same seed and replication indices), a size job is
 * `sizeWard` for one delivery volume or `sizingCurve` over many, each finished volume becoming
 * a live series point (the curve grows on the Sizing page); a sensitivity analysis is
 * `runSensitivity` of the stored plan, a validation report `runValidation`. Stored requests hold resolved
 * scenarios and seeds, so a re-run after a crash gives the same result.
 */
import { planSensitivity, planSweep, runSensitivity, runSweep, runValidation, simulateWard, sizeWard, sizingCurve, summariseOutcomes } from '../../engine/index.js';
import type { CurvePoint, Executor, PlanRun, SensitivityResult, SizingCurve, SweepResult, ValidationReport, WardSizing, WardSizingOptions } from '../../engine/index.js';
import { validateScenario } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { engineVersion } from '../engine-version.js';
import type { StoredSizeRequest, StoredSweepRequest } from './experiment-request.js';
import type { StoredSensitivityRequest, StoredValidationRequest } from './analysis-request.js';
import type { ChildRun, RunProgress } from './run-types.js';

/** What the sweep and size executions need from the job's executor. */
export interface ExperimentContext {
  readonly executor: Executor;
  readonly signal?: AbortSignal;
  /** Wall clock in ms for the sweep's `timing`. */
  readonly clock: () => number;
  /** The job's id; a size job stores the run behind each point under an id derived from it. */
  readonly jobId?: string;
  /** Attach the ward series of replication 0 to the runs a size job stores (as a run job does); default true. */
  readonly series?: boolean;
}

/** A size job's result: the engine's answer plus the scenario sized and the engine version. */
export type SizeJobResult = (WardSizing | SizingCurve) & { scenarioId: string; engineVersion: string; runId?: string };

/** Runs a stored sweep; progress after every replication job of every grid point. */
export async function executeSweep(request: StoredSweepRequest, onProgress: (progress: RunProgress) => void, context: ExperimentContext): Promise<SweepResult> {
  // The base is a validated scenario document already; validating again only fills the same defaults.
  const planned = planSweep(request.sweep, (base) => validateScenario(base));
  if (!planned.ok) throw new Error(`sweep: the stored document no longer plans: ${planned.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return runSweep(planned.plan, {
    executor: context.executor,
    engineVersion: engineVersion(),
    clock: context.clock,
    onProgress: (p) => onProgress({ done: p.done, total: p.total }),
    ...(context.signal ? { signal: context.signal } : {}),
  });
}

function curvePoint(point: CurvePoint, runId: string | undefined): Record<string, unknown> {
  return {
    deliveries: point.deliveries, cabinets: point.cabinets, roundsPerDay: point.roundsPerDay, roundHours: point.roundHours, costPerYear: point.costPerYear,
    fillRate: point.fillRate, tripWaitP95Min: point.tripWaitP95Min, bindingTarget: point.bindingTarget, slotAllocation: point.slotAllocation, restockLaborHoursPerDay: point.restockLaborHoursPerDay,
    ...(point.benefitCnyPerYear !== undefined ? { nurseSupplyMinutesFreedPerYear: point.nurseSupplyMinutesFreedPerYear, benefitCnyPerYear: point.benefitCnyPerYear } : {}), ...(runId !== undefined ? { runId } : {}),
  };
}

/**
 * The run behind a sized volume as a stored run job: the chosen plan's scenario and the
 * replications it was judged on (the same seed and indices a `POST /api/runs` of that scenario
 * would use, so it is that run's result). Its id is the size job's with the volume.
 */
function childRun(jobId: string, scenarioName: string, plan: PlanRun, executor: Executor['kind'], withSeries: boolean): ChildRun {
  const statistics = summariseOutcomes(plan.scenario, plan.seed, engineVersion(), [...plan.outcomes]);
  // The results page draws a run's charts from replication 0's series, as for any run job.
  const series = withSeries ? simulateWard(plan.scenario, { seed: plan.seed, replication: 0, series: true }).series : undefined;
  return {
    id: `${jobId}-v${plan.deliveries}`,
    request: { scenarioName: `${scenarioName} (size job ${jobId}, ${plan.deliveries} deliveries/yr)`, scenario: plan.scenario, replications: plan.outcomes.length, seed: plan.seed, sizeJob: jobId },
    // Its replications ran inside the size job, which keeps the wall time.
    result: { kind: 'run', ...statistics, timing: { wallTimeMs: null, eventsPerSecond: null, executor }, ...(series !== undefined ? { series } : {}) },
  };
}

/** Runs a stored size job; one progress step (and series point) per delivery volume, each with the run behind it. */
export async function executeSize(request: StoredSizeRequest, onProgress: (progress: RunProgress) => void, context: ExperimentContext): Promise<SizeJobResult> {
  const scenario = request.scenario as Scenario;
  const stamp = { scenarioId: scenario.meta.id, engineVersion: engineVersion() };
  const runs = new Map<number, ChildRun>();
  const jobId = context.jobId;
  const keep = jobId === undefined ? {} : { onPlanRun: (plan: PlanRun) => runs.set(plan.deliveries, childRun(jobId, request.scenarioName, plan, context.executor.kind, context.series ?? true)) };
  const options: WardSizingOptions = { ...request.options, ...keep, executor: context.executor, ...(context.signal ? { signal: context.signal } : {}) };
  const runOf = (deliveries: number): { runs?: ChildRun[]; runId?: string } => {
    const run = runs.get(deliveries);
    return run === undefined ? {} : { runs: [run], runId: run.id };
  };
  if (request.volumes === null) {
    const sized = await sizeWard(scenario, options);
    const { runs: made, runId } = runOf(sized.annualDeliveries);
    onProgress({ done: 1, total: 1, point: { deliveries: sized.annualDeliveries, cabinets: sized.cabinets, roundsPerDay: sized.roundsPerDay, ...(runId !== undefined ? { runId } : {}) }, ...(made ? { runs: made } : {}) });
    return { ...sized, ...stamp, ...(runId !== undefined ? { runId } : {}) };
  }
  const total = request.volumes.length;
  const result = await sizingCurve(scenario, request.volumes, {
    ...options,
    onPoint: (point, index) => {
      const { runs: made, runId } = runOf(point.deliveries);
      onProgress({ done: index + 1, total, point: curvePoint(point, runId), ...(made ? { runs: made } : {}) });
    },
  });
  return { ...result, curve: result.curve.map((p) => ({ ...p, ...(runs.has(p.deliveries) ? { runId: runs.get(p.deliveries)!.id } : {}) })), ...stamp };
}

/** Runs a stored sensitivity analysis; progress after every replication job. */
export async function executeSensitivity(request: StoredSensitivityRequest, onProgress: (progress: RunProgress) => void, context: ExperimentContext): Promise<SensitivityResult> {
  const planned = planSensitivity({ ...request, scenario: request.scenario as Scenario, baseline: request.baseline as Scenario | null });
  if (!planned.ok) throw new Error(`sensitivity: the stored request no longer plans: ${planned.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return runSensitivity(planned.plan, {
    executor: context.executor, engineVersion: engineVersion(), clock: context.clock,
    onProgress: (p) => onProgress({ done: p.done, total: p.total }),
    ...(context.signal ? { signal: context.signal } : {}),
  });
}

/** Runs a stored validation report. */
export async function executeValidation(request: StoredValidationRequest, onProgress: (progress: RunProgress) => void, context: ExperimentContext): Promise<ValidationReport> {
  return runValidation(request.scenario as Scenario, request.baseline as Scenario | null, {
    executor: context.executor, seed: request.seed, replications: request.replications, engineVersion: engineVersion(), clock: context.clock,
    onProgress: (p) => onProgress({ done: p.done, total: p.total }),
    ...(context.signal ? { signal: context.signal } : {}),
  });
}
