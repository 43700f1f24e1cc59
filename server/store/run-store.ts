/**
 * The run store: every run, compare or other job a planner submitted, with its status,
 * progress, sampled series and result, kept in SQLite so that finished results survive a
 * restart and unfinished ones can be re-run. Each write is one statement or one transaction.
 */
import type { Db } from './database.js';

/** Job kinds the runner knows: a run, a compare, a parameter sweep, a cabinet sizing, a portfolio of hospitals, a sensitivity analysis, a validation report. */
export type RunKind = 'run' | 'compare' | 'sweep' | 'size' | 'portfolio' | 'sensitivity' | 'validation';

/** Life cycle of a run: queued -> running -> succeeded | failed | cancelled. */
export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** One stored run. `request` and `result` are the JSON documents as submitted and produced. */
export interface RunRecord {
  id: string;
  kind: RunKind;
  request: unknown;
  status: RunStatus;
  /** Share done, 0..1. */
  progress: number;
  result: unknown;
  error: string | null;
  /** ISO-8601 wall-clock timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** One point of a run's sampled series (see the runner for what it holds). */
export type SeriesPoint = Record<string, unknown>;

interface RunRow {
  id: string;
  kind: string;
  request: string;
  status: string;
  progress: number;
  result: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
}

const columns = 'id, kind, request, status, progress, result, error, created_at, updated_at';

function toRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    kind: row.kind as RunKind,
    request: JSON.parse(row.request) as unknown,
    status: row.status as RunStatus,
    progress: row.progress,
    result: row.result === null ? null : (JSON.parse(row.result) as unknown),
    error: row.error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Whether a status is final (the run will not change again). */
export function isFinished(status: RunStatus): boolean {
  return status === 'succeeded' || status === 'failed' || status === 'cancelled';
}

/** Typed access to the `runs` table. `now` supplies wall-clock ISO timestamps (injectable for tests). */
export class RunStore {
  private readonly stmts;

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.stmts = {
      insert: db.prepare(`INSERT INTO runs (id, kind, request, status, created_at, updated_at) VALUES (?, ?, ?, 'queued', ?, ?)`),
      get: db.prepare(`SELECT ${columns} FROM runs WHERE id = ?`),
      list: db.prepare(`SELECT ${columns} FROM runs ORDER BY seq DESC LIMIT ? OFFSET ?`),
      listByStatus: db.prepare(`SELECT ${columns} FROM runs WHERE status = ? ORDER BY seq DESC LIMIT ? OFFSET ?`),
      unfinished: db.prepare(`SELECT ${columns} FROM runs WHERE status IN ('queued', 'running') ORDER BY seq ASC`),
      countActive: db.prepare(`SELECT COUNT(*) AS n FROM runs WHERE status IN ('queued', 'running')`),
      setStatus: db.prepare(`UPDATE runs SET status = ?, updated_at = ? WHERE id = ?`),
      setProgress: db.prepare(`UPDATE runs SET progress = ?, series = ?, updated_at = ? WHERE id = ? AND status = 'running'`),
      finish: db.prepare(`UPDATE runs SET status = ?, progress = ?, result = ?, error = ?, series = ?, updated_at = ? WHERE id = ?`),
      requeue: db.prepare(`UPDATE runs SET status = 'queued', progress = 0, series = '[]', updated_at = ? WHERE status = 'running'`),
      series: db.prepare(`SELECT series FROM runs WHERE id = ?`),
      putFinished: db.prepare(`INSERT INTO runs (id, kind, request, status, progress, result, created_at, updated_at) VALUES (?, ?, ?, 'succeeded', 1, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET request = excluded.request, status = 'succeeded', progress = 1, result = excluded.result, error = NULL, updated_at = excluded.updated_at`),
    };
  }

  /** Stores a new queued run and returns it. */
  create(id: string, kind: RunKind, request: unknown): RunRecord {
    const at = this.now();
    this.stmts.insert.run(id, kind, JSON.stringify(request), at, at);
    return this.get(id)!;
  }

  /** The run with this id, or undefined. */
  get(id: string): RunRecord | undefined {
    const row = this.stmts.get.get(id) as RunRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Newest first; `status` filters. */
  list(options: { limit: number; offset: number; status?: RunStatus }): RunRecord[] {
    const rows = (options.status
      ? this.stmts.listByStatus.all(options.status, options.limit, options.offset)
      : this.stmts.list.all(options.limit, options.offset)) as RunRow[];
    return rows.map(toRecord);
  }

  /** Queued or running runs, oldest first (the order to resume them in). */
  unfinished(): RunRecord[] {
    return (this.stmts.unfinished.all() as RunRow[]).map(toRecord);
  }

  /** How many runs are queued or running. */
  countActive(): number {
    return (this.stmts.countActive.get() as { n: number }).n;
  }

  /** Marks a run running (or another non-final status). */
  setStatus(id: string, status: RunStatus): void {
    this.stmts.setStatus.run(status, this.now(), id);
  }

  /**
   * Stores a run another job made as a succeeded job (or rewrites it with the same id, as a
   * job re-run after a crash does).
   */
  putFinished(id: string, kind: RunKind, request: unknown, result: unknown): void {
    const at = this.now();
    this.stmts.putFinished.run(id, kind, JSON.stringify(request), JSON.stringify(result), at, at);
  }

  /** Records progress and the series so far, only while the run is running. */
  setProgress(id: string, progress: number, series: readonly SeriesPoint[]): void {
    this.stmts.setProgress.run(progress, JSON.stringify(series), this.now(), id);
  }

  /** Writes a run's final status, result and series in one statement (atomic). */
  finish(id: string, status: RunStatus, outcome: { result?: unknown; error?: string; series: readonly SeriesPoint[]; progress: number }): void {
    const result = outcome.result === undefined ? null : JSON.stringify(outcome.result);
    this.stmts.finish.run(status, outcome.progress, result, outcome.error ?? null, JSON.stringify(outcome.series), this.now(), id);
  }

  /** After a crash: every run left `running` goes back to `queued`, so it is re-run from scratch. */
  requeueInterrupted(): number {
    return this.stmts.requeue.run(this.now()).changes;
  }

  /** The stored series of a run, or undefined if there is no such run. */
  series(id: string): SeriesPoint[] | undefined {
    const row = this.stmts.series.get(id) as { series: string } | undefined;
    return row ? (JSON.parse(row.series) as SeriesPoint[]) : undefined;
  }

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}
