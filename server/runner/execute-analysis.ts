/**
 * Executing the analysis jobs with the engine: a sensitivity analysis is `runSensitivity` of
 * the stored plan, a validation report `runValidation` of the stored scenarios, both on the
 * job's executor. Stored requests hold resolved scenarios, factors with explicit ranges and
 * seeds, so a re-run after a crash gives the same result.
 */
import { planSensitivity, runSensitivity, runValidation } from '../../engine/index.js';
import type { SensitivityResult, ValidationReport } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { engineVersion } from '../cli/engine-version.js';
import type { StoredSensitivityRequest, StoredValidationRequest } from './analysis-request.js';
import type { ExperimentContext } from './execute-experiment.js';
import type { RunProgress } from './run-types.js';

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
