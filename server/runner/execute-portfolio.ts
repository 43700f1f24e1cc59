/**
 * Executing a stored portfolio with the engine: `runPortfolio` over the stored rows, with the
 * stored preset documents and options, each finished hospital becoming a live series point
 * (the ranking page fills as hospitals are planned). The stored request fixes everything the
 * answer depends on, so a job re-run after a crash gives the same result.
 */
import { runPortfolio } from '../../engine/index.js';
import type { PortfolioEntry, PortfolioResult } from '../../engine/index.js';
import { validateScenario } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { engineVersion } from '../engine-version.js';
import type { ExperimentContext } from './execute-experiment.js';
import type { StoredPortfolioRequest } from './portfolio-request.js';
import type { RunProgress } from './run-types.js';

/** A portfolio job's result: the engine's answer plus the engine version. */
export type PortfolioJobResult = PortfolioResult & { engineVersion: string };

function point(e: PortfolioEntry): Record<string, unknown> {
  return {
    line: e.line, name: e.name, status: e.status, annualDeliveries: e.annualDeliveries, cabinets: e.plan?.cabinets ?? null,
    costPerYear: e.plan?.costPerYear ?? null, benefitPerCost: e.benefitPerCost,
  };
}

/** Runs a stored portfolio; one progress step (and series point) per hospital. */
export async function executePortfolio(request: StoredPortfolioRequest, onProgress: (progress: RunProgress) => void, context: ExperimentContext): Promise<PortfolioJobResult> {
  const presets = new Map<string, Scenario>();
  const lookup = (name: string): Scenario => {
    const cached = presets.get(name);
    if (cached !== undefined) return cached;
    const v = validateScenario(request.presets[name]);
    if (!v.ok) throw new Error(`portfolio: the stored preset ${name} no longer validates: ${v.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
    presets.set(name, v.scenario);
    return v.scenario;
  };
  const total = request.hospitals.length;
  const result = await runPortfolio(request.hospitals, lookup, {
    ...request.options,
    executor: context.executor,
    ...(context.signal ? { signal: context.signal } : {}),
    onHospital: (entry, index) => onProgress({ done: index + 1, total, point: point(entry) }),
  }, request.rowErrors);
  return { ...result, engineVersion: engineVersion() };
}
