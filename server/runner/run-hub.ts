/**
 * The live side of runs: one RxJS subject per running job, batched and shared, so that any
 * number of visualizer tabs watching a run cost the run one emission per step and nothing
 * more. RxJS lives only here, at the edge; the simulation never sees it.
 */
import { Subject, bufferTime, filter, map, share, takeWhile } from 'rxjs';
import type { Observable } from 'rxjs';
import type { RunEvent } from './run-types.js';
import type { RunStatus, SeriesPoint } from '../store/run-store.js';

/** A batch of a run's events over one window: the newest progress, the points, and the end if it came. */
export interface RunBatch {
  readonly progress: number;
  readonly points: readonly SeriesPoint[];
  readonly end: { readonly status: RunStatus; readonly error: string | null } | null;
}

/** Per-run subjects and their shared, batched streams. */
export class RunHub {
  private readonly subjects = new Map<string, Subject<RunEvent>>();
  private readonly streams = new Map<string, Observable<RunBatch>>();

  /** @param batchMs window over which a run's events are batched into one message, ms. Default 100. */
  constructor(private readonly batchMs = 100) {
    if (!(batchMs > 0)) throw new RangeError(`RunHub: batchMs(=${batchMs}) must be > 0`);
  }

  /** Opens the live stream of a run that is starting. */
  open(id: string): void {
    const subject = new Subject<RunEvent>();
    this.subjects.set(id, subject);
    // bufferTime flushes its last window on completion, so the end event is never lost.
    const stream = subject.pipe(
      bufferTime(this.batchMs),
      filter((events) => events.length > 0),
      map((events) => toBatch(events)),
      takeWhile((batch) => batch.end === null, true),
      share(),
    );
    this.streams.set(id, stream);
  }

  /** Publishes one event of a run (no-op when nobody opened it). */
  emit(id: string, event: RunEvent): void {
    const subject = this.subjects.get(id);
    if (!subject) return;
    subject.next(event);
    if (event.type === 'end') {
      subject.complete();
      this.subjects.delete(id);
      this.streams.delete(id);
    }
  }

  /** The shared batched stream of a live run, or undefined when the run is not running. */
  stream(id: string): Observable<RunBatch> | undefined {
    return this.streams.get(id);
  }

  /** Ends every open stream (server closing). */
  closeAll(): void {
    for (const subject of this.subjects.values()) subject.complete();
    this.subjects.clear();
    this.streams.clear();
  }
}

function toBatch(events: readonly RunEvent[]): RunBatch {
  let progress = 0;
  const points: SeriesPoint[] = [];
  let end: RunBatch['end'] = null;
  for (const event of events) {
    if (event.type === 'progress') {
      progress = event.progress;
      if (event.point) points.push(event.point);
    } else {
      progress = event.progress;
      end = { status: event.status, error: event.error };
    }
  }
  return { progress, points, end };
}
