/**
 * The loop behind precision mode, shared by a single scenario's run and a comparison: run a
 * round of replications, measure the half-width of the chosen column, and either stop or
 * estimate how many more replications the target needs. The caller says what a round is (one
 * scenario's jobs, or every scenario's jobs for the same replication indices) and which
 * column is judged (a KPI, or a paired difference of a KPI).
 */
import { halfWidth, summarise } from '../summary.js';
import type { Progress } from '../run-replications.js';

/** What the loop needs from its caller. */
export interface PrecisionLoopSpec {
  /** API name for error messages. */
  readonly api: string;
  /** Largest acceptable half-width, or a share of |mean| when `relative`. */
  readonly halfWidth: number;
  readonly relative: boolean;
  /** Replications in the first round (≥ 2). */
  readonly first: number;
  /** Replications never exceed this. */
  readonly cap: number;
  /**
   * Runs replications `from .. from + count − 1` (with progress for this round, `done` out of
   * `count`) and returns the judged columns over every replication so far, in index order:
   * one for a run, one per compared scenario for a comparison. Every column must meet the
   * target; the one furthest from it is reported.
   */
  readonly round: (from: number, count: number, onProgress: (p: Progress) => void) => Promise<readonly (readonly number[])[]>;
  /** Progress over the whole loop: done so far against the current plan. */
  readonly onProgress?: (p: Progress) => void;
}

/** How the loop ended. */
export interface PrecisionLoopEnd {
  readonly replications: number;
  readonly targetHalfWidth: number;
  readonly halfWidth: number;
  readonly reached: boolean;
  readonly rounds: readonly number[];
}

/** The column with the largest half-width relative to its goal. */
function worst(columns: readonly (readonly number[])[], spec: PrecisionLoopSpec): { hw: number; goal: number } {
  let out = { hw: 0, goal: 0, ratio: -Infinity };
  for (const column of columns) {
    const s = summarise(column);
    const hw = halfWidth(s);
    const goal = spec.relative ? spec.halfWidth * Math.abs(s.mean) : spec.halfWidth;
    const ratio = goal > 0 ? hw / goal : hw > 0 ? Infinity : 0;
    if (ratio > out.ratio) out = { hw, goal, ratio };
  }
  return out;
}

/**
 * Runs rounds until the half-width is at most the target or the cap is reached.
 * @throws RangeError on a bad half-width or cap (before anything runs)
 */
export async function precisionLoop(spec: PrecisionLoopSpec): Promise<PrecisionLoopEnd> {
  const { api, cap, first } = spec;
  if (!(spec.halfWidth > 0) || !Number.isFinite(spec.halfWidth)) throw new RangeError(`${api}: halfWidth(=${spec.halfWidth}) must be a finite number > 0`);
  if (!Number.isInteger(cap) || cap < first) throw new RangeError(`${api}: maxReplications(=${cap}) must be an integer >= the starting replications (${first})`);
  const rounds: number[] = [];
  let have = 0;
  let want = first;
  for (;;) {
    const from = have;
    const columns = await spec.round(from, want - from, (p) => spec.onProgress?.({ done: from + p.done, total: want }));
    have = want;
    rounds.push(have);
    const { hw, goal } = worst(columns, spec);
    if (hw <= goal || have >= cap) return { replications: have, targetHalfWidth: goal, halfWidth: hw, reached: hw <= goal, rounds };
    // Half-width ∝ 1/√n: n·(hw/goal)² would do if the spread holds; add 10 % against an
    // optimistic sd, at least one more, never past the cap. A goal of 0 (relative target of
    // a zero mean) cannot be met by more runs, so go straight to the cap.
    const estimate = goal > 0 ? Math.ceil(have * (hw / goal) ** 2 * 1.1) : cap;
    want = Math.min(cap, Math.max(have + 1, estimate));
  }
}
