// One progress bar for a whole sizing search. The engine reports each candidate's replication
// batch on its own (done/total of that batch), so a plain bar would restart for every
// candidate. Here the volumes already sized count in full and the volume being sized counts
// by its replications so far against what its search may run (every candidate the search may
// try, at the first replication count), held below the volume's share until the volume is
// done: the bar only moves forward and fills when the last volume is sized.
import type { Progress } from '../../../engine/index.js';
import type { ProgressStream } from './progress.js';
import { fill } from './header-messages.js';
import { clipToWidth } from './display-width.js';

/** The bar's label, `{k}`, `{n}` and `{reps}` filled in: with several volumes, and with one. */
export interface SearchLabels {
  volume: string;
  single: string;
}

const ENGLISH_LABELS: SearchLabels = { volume: 'volume {k}/{n}, {reps} replications', single: '{reps} replications' };

/** The search's bar: fed with the engine's batch progress and each finished volume. */
export interface SearchProgress {
  /** A replication batch's progress, as the engine's `onProgress` reports it. */
  batch(progress: Progress): void;
  /** A volume of the curve has been sized. */
  volumeDone(): void;
  /** Clears the bar (call before printing the result). */
  finish(): void;
}

/** Share of a volume the bar may show before the volume is sized. */
const OPEN_VOLUME_CAP = 0.95;
/** Bar width in characters. */
const BAR_CELLS = 24;
/** The widest line drawn, characters (an 80-column terminal keeps one column for the cursor). */
const MAX_LINE = 79;

/**
 * The overall share done of a search over `volumes` volumes, each expected to run about
 * `expectedPerVolume` replications: a pure tracker, drawn by {@link createSearchProgress}.
 */
export function searchTracker(volumes: number, expectedPerVolume: number, labels: SearchLabels = ENGLISH_LABELS) {
  let volumesDone = 0;
  let finishedBatches = 0;
  let current = 0;
  return {
    batch(p: Progress): void {
      current = finishedBatches + p.done;
      if (p.done >= p.total) finishedBatches += p.total;
    },
    volumeDone(): void {
      volumesDone = Math.min(volumes, volumesDone + 1);
      finishedBatches = 0;
      current = 0;
    },
    /** Share done, 0..1, never going back. */
    fraction(): number {
      const open = volumesDone >= volumes ? 0 : Math.min(OPEN_VOLUME_CAP, current / Math.max(1, expectedPerVolume));
      return Math.min(1, (volumesDone + open) / Math.max(1, volumes));
    },
    /** `volume k/n, r replications` of the volume being sized. */
    label(): string {
      const k = Math.min(volumes, volumesDone + 1);
      return fill(volumes > 1 ? labels.volume : labels.single, { k, n: volumes, reps: current });
    },
  };
}

/**
 * The search's bar on `stream` (default stderr), silent for JSON or when it is no terminal.
 * @param volumes - volumes the search sizes (1 without a curve)
 * @param expectedPerVolume - replications a volume's search may run (candidates x replications)
 * @param options.labels - the label's words (default English)
 */
export function createSearchProgress(volumes: number, expectedPerVolume: number, options: { json: boolean; stream?: ProgressStream; labels?: SearchLabels }): SearchProgress {
  const stream = options.stream ?? process.stderr;
  if (options.json || stream.isTTY !== true) return { batch: () => undefined, volumeDone: () => undefined, finish: () => undefined };
  const tracker = searchTracker(volumes, expectedPerVolume, options.labels);
  let shown = -1;
  let drawn = false;
  const draw = (): void => {
    // Never draw a lower share than before (a new volume's first batch must not look like a step back).
    const f = Math.max(shown, tracker.fraction());
    shown = f;
    const filled = Math.round(f * BAR_CELLS);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(BAR_CELLS - filled)}] ${String(Math.floor(f * 100)).padStart(3)} % ${tracker.label()}`;
    const width = Math.min(MAX_LINE, (stream.columns ?? 80) - 1);
    stream.write(`\r${clipToWidth(line, width)}\x1b[K`);
    drawn = true;
  };
  return {
    batch(p) {
      tracker.batch(p);
      draw();
    },
    volumeDone() {
      tracker.volumeDone();
      draw();
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
