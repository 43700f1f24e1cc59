/**
 * The unit exponential (mean 1) by inversion, `-ln(1 - u)`: the one place the kernel turns a
 * uniform into an exponential. Every exponential draw (the `Exponential` distribution, the
 * ziggurat's tail, Weibull, Erlang, NHPP arrivals, the ward's exponential times) goes through
 * it, so they all consume one uniform per draw in the same way.
 */
import type { UniformSource } from './distribution.js';

/**
 * One unit exponential draw: scale it by a mean (`* meanMin`) or a rate (`/ ratePerMin`).
 * `1 - u` keeps the logarithm finite for the stream's u in [0, 1).
 */
export function standardExponential(rng: UniformSource): number {
  return -Math.log(1 - rng.next());
}
