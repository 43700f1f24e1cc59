/**
 * Building the visualizer only when it is missing or older than its sources, so `npm start`
 * on a fresh clone serves a working app and a second start costs nothing. Node-side tooling:
 * the app itself never imports this file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../scenarios/package-root.js';

/** The visualizer's folder (`viz/`), from the package root: this module also runs compiled, from `dist/viz/`. */
export const vizRoot = packagePath('viz');

/** Where the built app lives (`viz/dist`). */
export const vizDist = join(vizRoot, 'dist');

function newestMtimeMs(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtimeMs(join(path, name))), st.mtimeMs);
}

/** Why the built app must be rebuilt (`missing`, `stale`), or null when it is up to date. */
export function vizBuildReason(root: string = vizRoot): 'missing' | 'stale' | null {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return 'missing';
  const built = statSync(index).mtimeMs;
  const sources = [join(root, 'src'), join(root, 'index.html'), join(root, 'vite.config.ts')].filter((p) => existsSync(p));
  return sources.some((p) => newestMtimeMs(p) > built) ? 'stale' : null;
}

/** Builds `viz/dist` with Vite when missing or stale; resolves with what was done. */
export async function buildVizIfNeeded(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<{ built: boolean; reason: string | null; distDir: string }> {
  const reason = options.force === true ? 'forced' : vizBuildReason();
  if (reason === null) return { built: false, reason, distDir: vizDist };
  options.log?.(`Building the visualizer (${reason})…`);
  const { build } = await import('vite');
  await build({ configFile: join(vizRoot, 'vite.config.ts'), logLevel: 'warn' });
  return { built: true, reason, distDir: vizDist };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const done = await buildVizIfNeeded({ force: process.argv.includes('--force'), log: (l) => console.log(l) });
  console.log(done.built ? `Built ${done.distDir}` : `${done.distDir} is up to date`);
}
