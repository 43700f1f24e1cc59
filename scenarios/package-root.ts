/**
 * The folder of wardtwin's own package.json. Modules find their data files (the presets, the
 * built visualizer, the package version) from here rather than relative to themselves, because
 * the same module runs from two places: the TypeScript source (`scenarios/presets.ts`, under tsx
 * in development and tests) and the compiled build (`dist/scenarios/presets.js`), one folder
 * deeper, while the data files stay where they are in both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** True when `dir` holds a package.json whose name is `wardtwin`. */
function isWardtwinRoot(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown };
  return pkg.name === 'wardtwin';
}

/**
 * The absolute path of the package root (the repository root in a checkout, the installed
 * package's folder otherwise), found once by walking up from this module.
 * @throws Error when no ancestor holds wardtwin's package.json (a broken install)
 */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isWardtwinRoot(dir)) return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`packageRoot: no wardtwin package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** An absolute path inside the package, e.g. `packagePath('scenarios', 'presets')`. */
export function packagePath(...segments: readonly string[]): string {
  return join(packageRoot(), ...segments);
}
