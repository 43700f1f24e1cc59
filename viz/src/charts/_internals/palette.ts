/**
 * The colours every chart shares. Planners, nurses and researchers include people with colour
 * vision deficiencies, so categories use the Okabe–Ito set and quantities use viridis or
 * cividis (perceptually uniform, readable in greyscale and for deuteranopes).
 */
import { interpolateCividis, interpolateViridis, scaleSequential } from 'd3';
import type { ScaleSequential } from 'd3';

/** Okabe–Ito categorical colours, in their published order (black last). */
export const okabeIto: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#D55E00', // vermillion
  '#56B4E9', // sky blue
  '#CC79A7', // reddish purple
  '#F0E442', // yellow
  '#000000', // black
];

/** Neutral grey for "not significant", empty space and grid lines. */
export const neutral = '#999999';

/** Colour of the i-th category (wraps around after eight categories). */
export function categorical(index: number): string {
  const n = okabeIto.length;
  return okabeIto[((Math.trunc(index) % n) + n) % n];
}

/** Which sequential ramp to use: viridis for counts, cividis for fill levels. */
export type SequentialScheme = 'viridis' | 'cividis';

/**
 * A sequential colour scale over `[lo, hi]`. An empty or flat domain is widened to
 * `[lo, lo + 1]` so a chart of all-zero data still draws (in the lowest colour).
 */
export function sequential(lo: number, hi: number, scheme: SequentialScheme = 'viridis'): ScaleSequential<string> {
  const top = hi > lo ? hi : lo + 1;
  return scaleSequential(scheme === 'viridis' ? interpolateViridis : interpolateCividis).domain([lo, top]);
}

/**
 * Text colour that stays readable on a sequential cell: white on the dark end, black on the
 * light end (viridis and cividis both run dark to light).
 */
export function textOn(t: number): string {
  return t < 0.55 ? '#ffffff' : '#000000';
}
