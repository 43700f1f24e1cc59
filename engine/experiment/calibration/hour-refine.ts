/**
 * Hour weights refined by simulation. The even-due reading of hour-fit.ts leaves the quiet
 * hours too busy (the ward model meets a need that falls due deep in the night when due), and
 * no closed form says by how much; so the ward model itself is run with the fitted weights over
 * the log's span, and each quiet hour's weight is scaled by how far its share of the simulated
 * sessions falls short of (or exceeds) its share in the log, a few times over. Deterministic:
 * a fixed seed and replications 0..3 in every round.
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { simulateWard } from '../../ward/index.js';
import type { HourFit } from './hour-fit.js';
import { chiSquaredTest, upperGammaQ } from '../validation/chi-squared.js';

/** Rounds of simulation; default of {@link refineHourWeights}. */
export const HOUR_REFINE_ROUNDS = 3;
/** Seed of the refinement's runs. */
const SEED = 1;
const Z95 = 1.959963984540054;

/** Replications per round, pooled: the simulation's noise well below the log's. */
const REPLICATIONS = 4;

/** Sessions per hour of day over {@link REPLICATIONS} simulated runs of `scenario` over `days`. */
function simulatedHours(scenario: Scenario, days: number): number[] {
  const s: Scenario = { ...scenario, run: { ...scenario.run, horizonDays: days, warmupDays: 0 } };
  const counts = new Array<number>(24).fill(0);
  for (let r = 0; r < REPLICATIONS; r++) {
    const run = simulateWard(s, { seed: SEED, replication: r, screenLog: true });
    for (const v of run.screenLog?.sessions ?? []) counts[Math.floor((v.startMin % MINUTES_PER_DAY) / 60)]++;
  }
  return counts;
}

/**
 * The hour fit with its quiet hours' weights (and intervals, scaled alike) refined by
 * simulating `scenario` (the scenario being fitted, with cabinets) for `days` (at least 28).
 */
export function refineHourWeights(fit: HourFit, scenario: Scenario, days: number, rounds = HOUR_REFINE_ROUNDS): HourFit {
  const observed = fit.hours.map((h) => h.sessions);
  const nObs = observed.reduce((a, v) => a + v, 0);
  let weights = fit.hours.map((h) => h.weight);
  // At least four weeks simulated, so the simulation's own noise stays below the log's.
  const span = Math.min(366, Math.max(28, Math.ceil(days)));
  let sim = new Array<number>(24).fill(0);
  let prev: { weights: number[]; sim: number[] } | null = null;
  // How much a quiet hour's share of sessions moves with its weight (the elasticity, pooled
  // over the quiet hours from the last two rounds): below 1, because needs that fall due in
  // the night with no active time left are met whatever the weight.
  let elasticity = 1;
  const quiet = fit.hours.filter((h) => h.scenarioWeight < 1).map((h) => h.hour);
  for (let r = 0; r < rounds; r++) {
    sim = simulatedHours({ ...scenario, catalog: { ...scenario.catalog, tripHourWeights: weights } }, span);
    const nSim = sim.reduce((a, v) => a + v, 0);
    if (nSim === 0) break;
    if (prev !== null) {
      let sxy = 0;
      let sxx = 0;
      for (const h of quiet) {
        if (sim[h] === 0 || prev.sim[h] === 0 || weights[h] <= 0 || prev.weights[h] <= 0) continue;
        const dx = Math.log(weights[h] / prev.weights[h]);
        sxy += dx * Math.log(sim[h] / prev.sim[h]);
        sxx += dx * dx;
      }
      if (sxx > 1e-6) elasticity = Math.min(1, Math.max(0.2, sxy / sxx));
    }
    prev = { weights, sim };
    weights = weights.map((w, h) => {
      if (fit.hours[h].scenarioWeight >= 1 || sim[h] === 0 || observed[h] === 0) return w;
      return Math.min(1, Math.max(0.001, w * ((observed[h] / nObs) / (sim[h] / nSim)) ** (1 / elasticity)));
    });
  }
  // The interval: the log's count and the last simulation's count of the hour, both Poisson,
  // by the delta method on the log of the share, divided by the elasticity to reach the weight
  // (a weight the shares hardly move is hardly pinned down by them).
  const hours = fit.hours.map((h, i) => {
    if (h.scenarioWeight >= 1 || h.sessions === 0 || sim[i] === 0) return { ...h, weight: weights[i] };
    const half = (Z95 * Math.sqrt(1 / h.sessions + 1 / sim[i])) / elasticity;
    return { ...h, weight: weights[i], weightCi95: [Math.min(1, weights[i] * Math.exp(-half)), Math.min(1, weights[i] * Math.exp(half))] as const };
  });
  // Goodness of fit: the log's hourly counts against the shape the model simulated last.
  const test = chiSquaredTest(observed, sim);
  const df = Math.max(1, test.df - quiet.length);
  const chiSquaredFitted = { statistic: test.statistic, df, pValue: upperGammaQ(df / 2, test.statistic / 2) };
  return { ...fit, hours, chiSquaredFitted, refinement: { rounds, simulatedDays: span, replications: REPLICATIONS, elasticity } };
}
