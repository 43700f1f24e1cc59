/**
 * Morris elementary effects (Morris 1991; mu* of Campolongo et al. 2007), the screening step:
 * r trajectories through a p-level grid on the unit hypercube, each moving one factor at a
 * time by Δ = p / (2 (p − 1)). The elementary effect of a move is the change in the output
 * divided by Δ, so it is the output change per whole range of the factor: effects of factors
 * with different units compare directly, and on a linear function they equal its coefficients.
 * mu* (mean absolute effect) ranks influence, sigma (sd of the effects) flags interaction or
 * non-linearity, mu (signed mean) gives the direction. The layout of a design follows SALib:
 * trajectory t occupies rows t (k + 1) .. t (k + 1) + k.
 */
import { quantile, randomIndex } from './unit-random.js';
import type { UnitRandom } from './unit-random.js';

/** A Morris design on the unit hypercube. */
export interface MorrisDesign {
  /** Factors. */
  readonly k: number;
  readonly trajectories: number;
  /** Grid levels p (even). */
  readonly levels: number;
  /** Step on the unit scale. */
  readonly delta: number;
  /** trajectories × (k + 1) points, each of k coordinates in [0, 1]. */
  readonly points: readonly (readonly number[])[];
}

/** One factor's Morris statistics (on the output's unit per whole factor range). */
export interface MorrisIndex {
  /** Mean of the elementary effects (direction). */
  readonly mu: number;
  /** Mean absolute elementary effect (influence). */
  readonly muStar: number;
  /** Standard deviation of the elementary effects (interaction, non-linearity). */
  readonly sigma: number;
  /** 95 % bootstrap interval of mu* (over trajectories). */
  readonly muStarCi95: [number, number];
}

/**
 * Draws a Morris design.
 * @param k - factors, ≥ 1
 * @param trajectories - r, ≥ 2
 * @param random - seeded uniform source
 * @param levels - p, even, ≥ 2; default 4
 * @throws RangeError naming the bound broken
 */
export function morrisDesign(k: number, trajectories: number, random: UnitRandom, levels = 4): MorrisDesign {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`morrisDesign: k(=${k}) must be an integer >= 1`);
  if (!Number.isInteger(trajectories) || trajectories < 2) throw new RangeError(`morrisDesign: trajectories(=${trajectories}) must be an integer >= 2`);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(`morrisDesign: levels(=${levels}) must be an even integer >= 2`);
  const delta = levels / (2 * (levels - 1));
  // Start levels from which +Δ stays on the grid: 0 .. p/2 − 1 (in grid steps).
  const startLevels = levels / 2;
  const points: number[][] = [];
  for (let t = 0; t < trajectories; t++) {
    const x = Array.from({ length: k }, () => randomIndex(random, startLevels) / (levels - 1));
    // Each factor goes up or down with equal chance: a factor at its base goes up, else down.
    const up = Array.from({ length: k }, () => random.next() < 0.5);
    for (let i = 0; i < k; i++) if (!up[i]) x[i] += delta;
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = randomIndex(random, i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    points.push([...x]);
    for (const i of order) {
      x[i] = up[i] ? x[i] + delta : x[i] - delta;
      points.push([...x]);
    }
  }
  return { k, trajectories, levels, delta, points };
}

/** The elementary effects of a design: `effects[i]` holds factor i's effect in each trajectory. */
export function elementaryEffects(design: MorrisDesign, outputs: readonly number[]): number[][] {
  const { k, trajectories, points } = design;
  if (outputs.length !== points.length) throw new RangeError(`elementaryEffects: outputs.length(=${outputs.length}) must equal the design's ${points.length} points`);
  const effects: number[][] = Array.from({ length: k }, () => []);
  for (let t = 0; t < trajectories; t++) {
    const base = t * (k + 1);
    for (let s = 0; s < k; s++) {
      const a = points[base + s];
      const b = points[base + s + 1];
      const i = a.findIndex((v, j) => v !== b[j]);
      const step = b[i] - a[i];
      effects[i].push((outputs[base + s + 1] - outputs[base + s]) / step);
    }
  }
  return effects;
}

function meanOf(v: readonly number[]): number {
  return v.reduce((s, x) => s + x, 0) / v.length;
}

/**
 * Morris statistics of every factor.
 * @param design - from {@link morrisDesign}
 * @param outputs - the output at each design point, in design order
 * @param random - seeded source for the bootstrap of mu*
 * @param resamples - bootstrap resamples; default 1000
 */
export function morrisIndices(design: MorrisDesign, outputs: readonly number[], random: UnitRandom, resamples = 1000): MorrisIndex[] {
  return elementaryEffects(design, outputs).map((ee) => {
    const mu = meanOf(ee);
    const abs = ee.map(Math.abs);
    const muStar = meanOf(abs);
    const sigma = ee.length > 1 ? Math.sqrt(ee.reduce((s, x) => s + (x - mu) ** 2, 0) / (ee.length - 1)) : 0;
    const boot: number[] = [];
    for (let b = 0; b < resamples; b++) {
      let sum = 0;
      for (let j = 0; j < abs.length; j++) sum += abs[randomIndex(random, abs.length)];
      boot.push(sum / abs.length);
    }
    return { mu, muStar, sigma, muStarCi95: [quantile(boot, 0.025), quantile(boot, 0.975)] };
  });
}
