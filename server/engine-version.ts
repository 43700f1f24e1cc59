// The engine version written into every run result: the package version, read here at the edge
// because the engine itself does no I/O. The runner and the CLI both take it from here.
import { readFileSync } from 'node:fs';
import { packagePath } from '../scenarios/package-root.js';

let cached: string | undefined;

/** The `version` of wardtwin's package.json (e.g. `0.1.0`), read once. */
export function engineVersion(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version?: unknown };
    cached = typeof pkg.version === 'string' ? pkg.version : 'unknown';
  }
  return cached;
}
