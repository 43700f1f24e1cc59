// Runs once before the suite: compiles dist/ when it is missing or stale, so the many tests that
// spawn the `wardtwin` command (which runs the compiled build) start at once instead of each
// waiting on the build lock.
import { ensureBuilt } from '../server/build/freshness.js';

/** Vitest's global setup hook. */
export default function setup(): void {
  ensureBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
}
