/**
 * The Sobol low-discrepancy sequence (Sobol 1967; Bratley and Fox 1988, algorithm 659) with
 * Joe and Kuo's direction numbers, unscrambled, 32 bits per coordinate, points in Gray-code
 * order (Antonov and Saleev 1979): point n + 1 is point n with one direction number XORed in
 * per dimension. Deterministic: the same dimension gives the same points everywhere. Point 0
 * is the origin; a Saltelli design skips the first points (see sobol.ts).
 */
import { JOE_KUO_DIRECTIONS } from './sobol-directions.js';

const BITS = 32;
const SCALE = 2 ** BITS;

/** The most dimensions the stored direction numbers cover. */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO_DIRECTIONS.length + 1;

/** Direction integers v_1..v_32 of one dimension, already shifted to 32-bit words (index 0 unused). */
function directionWords(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS + 1);
  if (dimension === 0) {
    for (let j = 1; j <= BITS; j++) v[j] = 2 ** (BITS - j);
    return v;
  }
  const [a, ...m] = JOE_KUO_DIRECTIONS[dimension - 1].split(' ').map(Number);
  const s = m.length;
  for (let j = 1; j <= Math.min(s, BITS); j++) v[j] = m[j - 1] * 2 ** (BITS - j);
  for (let j = s + 1; j <= BITS; j++) {
    let w = v[j - s] ^ (v[j - s] >>> s);
    for (let k = 1; k < s; k++) if (((a >>> (s - 1 - k)) & 1) === 1) w ^= v[j - k];
    v[j] = w >>> 0;
  }
  return v;
}

/** Index (1-based) of the lowest zero bit of `n`. */
function lowestZeroBit(n: number): number {
  let c = 1;
  let x = n;
  while ((x & 1) === 1) {
    x = Math.floor(x / 2);
    c++;
  }
  return c;
}

/** A Sobol sequence in `dimensions` dimensions (see the module header). */
export class SobolSequence {
  private readonly v: Uint32Array[];
  private readonly x: Uint32Array;
  /** Index of the next point. */
  private n = 0;

  /**
   * @param dimensions - 1 .. {@link SOBOL_MAX_DIMENSIONS}
   * @throws RangeError outside that range
   */
  constructor(readonly dimensions: number) {
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > SOBOL_MAX_DIMENSIONS) {
      throw new RangeError(`SobolSequence: dimensions(=${dimensions}) must be an integer in 1..${SOBOL_MAX_DIMENSIONS}`);
    }
    this.v = Array.from({ length: dimensions }, (_, d) => directionWords(d));
    this.x = new Uint32Array(dimensions);
  }

  /**
   * The next point, coordinates in [0, 1).
   * @throws RangeError after 2^32 − 1 points (the words run out of bits)
   */
  next(): number[] {
    if (this.n > 0) {
      if (this.n >= SCALE) throw new RangeError('SobolSequence: at most 2^32 points');
      const c = lowestZeroBit(this.n - 1);
      for (let d = 0; d < this.dimensions; d++) this.x[d] = (this.x[d] ^ this.v[d][c]) >>> 0;
    }
    this.n++;
    return Array.from(this.x, (w) => w / SCALE);
  }

  /** Skips `count` points. */
  skip(count: number): void {
    for (let i = 0; i < count; i++) this.next();
  }
}
