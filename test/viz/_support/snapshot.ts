// SVG snapshots of charts, in the manner of Observable Plot's tests: the first run writes
// test/viz/__snapshots__/<name>.svg; later runs compare, and on a mismatch write
// <name>-changed.svg beside the snapshot (git-ignored) and fail, so the two files can be
// opened side by side or diffed. Delete the snapshot to accept a deliberate change. Under CI
// (`CI` set, as CI services and .ci/run do) a missing snapshot fails instead of being written:
// there nothing would be compared, and a deleted snapshot would pass unnoticed.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { select } from 'd3';
import type { ChartContainer } from '../../../viz/src/charts/_internals/frame.js';
import { serializeSvg } from '../../../viz/src/export/svg.js';

/** Folder holding the snapshots. */
// Built from the path, not `new URL(...)`: under jsdom the global URL is jsdom's, which
// node:url does not accept.
export const snapshotDir = join(dirname(fileURLToPath(import.meta.url)), '..', '__snapshots__') + sep;

/** True when the tests run under CI: `CI` is set to anything but empty, `0` or `false`. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.CI;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/**
 * Compare `svg` with the stored snapshot `name`. When it is missing: write it, or under CI
 * (`options.ci`, default {@link underCi}) write `<name>-changed.svg` and throw. Throws on mismatch.
 */
export function expectSvgSnapshot(name: string, svg: string, options: { ci?: boolean } = {}): void {
  mkdirSync(snapshotDir, { recursive: true });
  const expectedPath = `${snapshotDir}${name}.svg`;
  const changedPath = `${snapshotDir}${name}-changed.svg`;
  if (!existsSync(expectedPath)) {
    if (options.ci ?? underCi()) {
      writeFileSync(changedPath, svg);
      throw new Error(`SVG snapshot ${name}.svg is missing (CI does not write snapshots); the render is in ${name}-changed.svg: commit it as ${name}.svg`);
    }
    writeFileSync(expectedPath, svg);
    return;
  }
  const expected = readFileSync(expectedPath, 'utf8');
  if (expected === svg) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, svg);
  throw new Error(`SVG snapshot ${name}.svg differs; the new render is in ${name}-changed.svg`);
}

/** A fresh detached-from-others `<div>` in the jsdom body to render a chart into. */
export function freshContainer(): ChartContainer {
  const div = document.createElement('div');
  document.body.append(div);
  return select<HTMLElement, unknown>(div);
}

/** The chart `<svg>` rendered in `container`, serialised as the export would. */
export function svgOf(container: ChartContainer): string {
  const svg = container.select<SVGSVGElement>('svg.wt-chart').node();
  if (svg === null) throw new Error('svgOf: no chart <svg> in the container');
  return serializeSvg(svg);
}
