// The progress bar of long runs: drawn on stderr, and only when stderr is a terminal and the
// output is not JSON, so pipes, files and scripts see nothing but the result.
import type { Progress } from '../../../engine/index.js';

/** A progress reporter; a disabled one does nothing. */
export interface ProgressBar {
  /** Redraws the bar for `progress`. */
  update(progress: Progress): void;
  /** Clears the bar (call before printing the result). */
  finish(): void;
}

/** The stream a bar draws on: stderr or a test double. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

/** Bar width in characters (the count and label come after it). */
const BAR_CELLS = 30;

/**
 * Creates the progress bar.
 * @param label - what is counted, e.g. `replications`
 * @param options.json - true when the command prints JSON (the bar is then off)
 * @param options.stream - where to draw; default `process.stderr`
 * @returns an active bar when `stream.isTTY` and not JSON, else a silent one
 */
export function createProgressBar(label: string, options: { json: boolean; stream?: ProgressStream }): ProgressBar {
  const stream = options.stream ?? process.stderr;
  if (options.json || stream.isTTY !== true) return { update: () => undefined, finish: () => undefined };
  let drawn = false;
  return {
    update({ done, total }) {
      const filled = total > 0 ? Math.round((done / total) * BAR_CELLS) : 0;
      const bar = `${'#'.repeat(filled)}${'.'.repeat(BAR_CELLS - filled)}`;
      stream.write(`\r[${bar}] ${done}/${total} ${label}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
