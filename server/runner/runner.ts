/**
 * The runner: takes the planners' jobs from the run store, runs at most `maxRunning` of them at
 * a time through an executor (by default each in its own worker thread, so the cabinets'
 * dispense route and health stay responsive while a provincial year simulates), records
 * progress and results, and cancels on request. After a crash it re-queues what was running:
 * jobs are deterministic, so a re-run gives the result the interrupted run would have given.
 * A store that refuses a write (a full disk, an I/O error) fails the job that met it, never the
 * process: the dispensing service shares it.
 */
import { randomUUID } from 'node:crypto';
import { RunHub } from './run-hub.js';
import type { RunExecutor, RunProgress } from './run-types.js';
import type { RunKind, RunRecord, RunStore, SeriesPoint } from '../store/run-store.js';
import { isFinished } from '../store/run-store.js';
import { describeStoreFault, isStoreFault } from '../store/store-errors.js';
import type { SqliteFault } from '../store/store-errors.js';

function storeFailure(error: SqliteFault): string {
  return `the store refused a write (${describeStoreFault(error)}); the job was stopped`;
}

/** Options of {@link Runner}. */
export interface RunnerOptions {
  /** Jobs executing at once; default 1. */
  maxRunning?: number;
  /** Most series points kept per run (older ones are thinned by half when full); default 2000. */
  maxSeriesPoints?: number;
  /** Batch window of live streams, ms; default 100. */
  streamBatchMs?: number;
}

interface Active {
  readonly controller: AbortController;
  series: SeriesPoint[];
  progress: number;
}

/** Queue, execution and cancellation of stored jobs. */
export class Runner {
  /** Live streams of running jobs. */
  readonly hub: RunHub;
  private readonly queue: string[] = [];
  private readonly active = new Map<string, Active>();
  private readonly maxRunning: number;
  private readonly maxSeriesPoints: number;
  private closed = false;
  private readonly settled = new Set<Promise<void>>();

  constructor(
    private readonly store: RunStore,
    private readonly executor: RunExecutor,
    options: RunnerOptions = {},
  ) {
    this.maxRunning = options.maxRunning ?? 1;
    this.maxSeriesPoints = options.maxSeriesPoints ?? 2000;
    if (!Number.isInteger(this.maxRunning) || this.maxRunning < 1) throw new RangeError(`Runner: maxRunning(=${this.maxRunning}) must be an integer >= 1`);
    if (!Number.isInteger(this.maxSeriesPoints) || this.maxSeriesPoints < 2) throw new RangeError(`Runner: maxSeriesPoints(=${this.maxSeriesPoints}) must be an integer >= 2`);
    this.hub = new RunHub(options.streamBatchMs ?? 100);
  }

  /** Jobs executing now. */
  /** False once {@link close} has begun: the runner takes no more jobs (readiness fails). */
  get accepting(): boolean {
    return !this.closed;
  }

  get runningCount(): number {
    return this.active.size;
  }

  /** Jobs waiting for a free worker. */
  get queuedCount(): number {
    return this.queue.length;
  }

  /** Stores a new job as queued and schedules it. */
  submit(kind: RunKind, request: unknown): RunRecord {
    const record = this.store.create(randomUUID(), kind, request);
    this.enqueue(record.id);
    this.pump();
    return record;
  }

  /**
   * Re-queues jobs a previous process left running and schedules every unfinished job, oldest
   * first. Returns how many were scheduled. A store that refuses the re-queue write (a full
   * disk) does not stop the start: the interrupted jobs are still unfinished and run again.
   */
  resume(): number {
    try {
      this.store.requeueInterrupted();
    } catch (error) {
      if (!isStoreFault(error)) throw error;
    }
    const unfinished = this.store.unfinished();
    for (const run of unfinished) if (!this.queue.includes(run.id) && !this.active.has(run.id)) this.enqueue(run.id);
    this.pump();
    return unfinished.length;
  }

  /** Cancels a queued or running job; returns the record after the change, or undefined if unknown. */
  cancel(id: string): RunRecord | undefined {
    const record = this.store.get(id);
    if (!record || isFinished(record.status)) return record;
    const queued = this.queue.indexOf(id);
    if (queued >= 0) this.queue.splice(queued, 1);
    const active = this.active.get(id);
    if (active) {
      // The executor rejects on abort; finishing here makes the cancel visible at once.
      active.controller.abort();
      this.active.delete(id);
      this.finish(id, 'cancelled', { series: active.series, progress: active.progress });
    } else {
      this.finish(id, 'cancelled', { series: [], progress: record.progress });
    }
    this.pump();
    return this.store.get(id);
  }

  /** Live series of a running job (fresher than the store), else the stored one. */
  series(id: string): SeriesPoint[] | undefined {
    return this.active.get(id)?.series ?? this.store.series(id);
  }

  /** Stops taking jobs and aborts running ones, leaving them `running` in the store so a restart re-runs them. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    for (const active of this.active.values()) active.controller.abort();
    this.active.clear();
    this.hub.closeAll();
    await Promise.allSettled([...this.settled]);
  }

  private enqueue(id: string): void {
    // The live stream opens at once, so a client can watch a job that is still queued.
    this.hub.open(id);
    this.queue.push(id);
  }

  private pump(): void {
    while (!this.closed && this.active.size < this.maxRunning && this.queue.length > 0) {
      const id = this.queue.shift()!;
      let record: RunRecord | undefined;
      try {
        record = this.store.get(id);
      } catch (error) {
        // Unreadable now; it stays queued in the store and the next start resumes it.
        if (isStoreFault(error)) continue;
        throw error;
      }
      if (!record || isFinished(record.status)) continue;
      this.start(record);
    }
  }

  private start(record: RunRecord): void {
    const active: Active = { controller: new AbortController(), series: [], progress: 0 };
    try {
      this.store.setStatus(record.id, 'running');
    } catch (error) {
      if (!isStoreFault(error)) throw error;
      this.finish(record.id, 'failed', { error: storeFailure(error), series: [], progress: 0 });
      return;
    }
    this.active.set(record.id, active);
    const onProgress = (p: RunProgress): void => {
      if (this.active.get(record.id) !== active) return;
      active.progress = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
      if (p.point) this.addPoint(active, p.point);
      try {
        for (const run of p.runs ?? []) this.store.putFinished(run.id, 'run', run.request, run.result);
        this.store.setProgress(record.id, active.progress, active.series);
      } catch (error) {
        // Called from a worker's message event: a throw here would be uncaught and end the process.
        if (!isStoreFault(error)) throw error;
        active.controller.abort();
        this.active.delete(record.id);
        this.finish(record.id, 'failed', { error: storeFailure(error), series: active.series, progress: active.progress });
        return;
      }
      this.hub.emit(record.id, { type: 'progress', progress: active.progress, point: p.point });
    };
    const done = this.executor({ id: record.id, kind: record.kind, request: record.request }, { onProgress, signal: active.controller.signal }).then(
      (result) => {
        if (this.active.get(record.id) !== active) return;
        this.active.delete(record.id);
        this.finish(record.id, 'succeeded', { result, series: active.series, progress: 1 });
      },
      (err: unknown) => {
        if (this.active.get(record.id) !== active) return;
        this.active.delete(record.id);
        this.finish(record.id, 'failed', { error: err instanceof Error ? err.message : String(err), series: active.series, progress: active.progress });
      },
    ).finally(() => {
      this.settled.delete(done);
      this.pump();
    });
    this.settled.add(done);
  }

  /**
   * Records a job's end. When the store refuses the final write, it is tried once more as a
   * failure (a smaller write); if that fails too the store still says `running`, so the next
   * start re-runs the job, and the live stream ends as failed.
   */
  private finish(id: string, status: 'succeeded' | 'failed' | 'cancelled', outcome: { result?: unknown; error?: string; series: SeriesPoint[]; progress: number }): void {
    let end: { status: 'succeeded' | 'failed' | 'cancelled'; error: string | null } = { status, error: outcome.error ?? null };
    try {
      this.store.finish(id, status, outcome);
    } catch (error) {
      if (!isStoreFault(error)) throw error;
      const message = storeFailure(error);
      end = { status: 'failed', error: message };
      try {
        this.store.finish(id, 'failed', { error: message, series: [], progress: outcome.progress });
      } catch (again) {
        if (!isStoreFault(again)) throw again;
      }
    }
    this.hub.emit(id, { type: 'end', status: end.status, progress: outcome.progress, error: end.error });
  }

  private addPoint(active: Active, point: SeriesPoint): void {
    active.series.push(point);
    // Keep the series bounded for long runs: drop every other point, keeping the newest.
    if (active.series.length > this.maxSeriesPoints) active.series = active.series.filter((_, i, all) => (all.length - 1 - i) % 2 === 0);
  }
}
