/**
 * Walking distance on a ward. Wards are corridors at right angles, so the walk between two
 * points is approximated by the Manhattan (L1) distance between them, in metres. Neighbour
 * lists are sorted once at state creation so that routing is a scan.
 */
import type { Location } from './config-types.js';

/** Walking distance in metres between two floor points (Manhattan / L1). */
export function walkingDistanceM(a: Location, b: Location): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

/**
 * Indices of `points`, nearest to `from` first; equal distances keep index order so the
 * answer never depends on sort stability.
 */
export function nearestFirst(from: Location, points: readonly Location[]): number[] {
  const d = points.map((p) => walkingDistanceM(from, p));
  return points.map((_, i) => i).sort((i, j) => d[i] - d[j] || i - j);
}
