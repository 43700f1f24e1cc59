/**
 * The sizing search: the fewest cabinets, then the fewest restock rounds per day, that meet
 * every target. It relies on two monotonicity assumptions, stated so a reader can judge them:
 * (1) for fixed rounds, adding a cabinet never makes service worse (more slots, more screens,
 * shorter walks), so "meets targets" flips once from no to yes as cabinets grow and bisection
 * finds the flip; (2) for fixed cabinets, more rounds never make service worse, so the rounds
 * are scanned upwards from the fewest. The cabinet search runs at the most rounds allowed (the
 * best service any cabinet count can get), so a count that fails there fails everywhere.
 * Candidates are compared under common random numbers (same seed and replication indices), so
 * neighbouring counts differ by the design, not by luck. Evaluations are cached by candidate.
 */

/** A configuration to try. */
export interface SizingCandidate {
  readonly cabinets: number;
  readonly roundsPerDay: number;
}

/** The judgement of a candidate (from {@link SearchOptions.evaluate}). */
export interface CandidateVerdict {
  readonly pass: boolean;
}

/** Options of {@link searchSizing}. */
export interface SearchOptions<V extends CandidateVerdict> {
  /** Judges a candidate (runs replications and checks targets). */
  readonly evaluate: (candidate: SizingCandidate) => Promise<V>;
  /** Fewest cabinets considered (a lower bound known to be needed), ≥ 1. */
  readonly minCabinets: number;
  /** Most cabinets considered. */
  readonly maxCabinets: number;
  /** Restock rounds per day considered, any order (searched ascending). */
  readonly rounds: readonly number[];
}

/** What the search found. */
export interface SearchResult<V extends CandidateVerdict> {
  readonly best: SizingCandidate;
  readonly verdict: V;
  /** Every candidate evaluated, in evaluation order. */
  readonly evaluations: readonly { candidate: SizingCandidate; verdict: V }[];
}

/** The targets cannot be met within the search bounds. */
export class ImpossibleTargetsError<V extends CandidateVerdict> extends Error {
  constructor(
    message: string,
    /** The verdict at the most generous candidate (max cabinets, max rounds). */
    readonly verdict: V,
  ) {
    super(message);
    this.name = 'ImpossibleTargetsError';
  }
}

/**
 * Finds the smallest (cabinets, then rounds) candidate that passes.
 * Galloping from `minCabinets` (1, 2, 4, … steps) brackets the flip, bisection pins it: about
 * 2·log₂(answer − min) evaluations instead of one per count.
 * @throws RangeError on bad bounds; ImpossibleTargetsError when even the maximum fails
 */
export async function searchSizing<V extends CandidateVerdict>(o: SearchOptions<V>): Promise<SearchResult<V>> {
  if (!Number.isInteger(o.minCabinets) || o.minCabinets < 1) throw new RangeError(`searchSizing: minCabinets(=${o.minCabinets}) must be an integer >= 1`);
  if (!Number.isInteger(o.maxCabinets) || o.maxCabinets < o.minCabinets) throw new RangeError(`searchSizing: maxCabinets(=${o.maxCabinets}) must be an integer >= minCabinets(=${o.minCabinets})`);
  if (o.rounds.length === 0 || o.rounds.some((r) => !Number.isInteger(r) || r < 1)) throw new RangeError(`searchSizing: rounds(=${JSON.stringify(o.rounds)}) must be integers >= 1, at least one`);
  const rounds = [...new Set(o.rounds)].sort((a, b) => a - b);
  const rMax = rounds[rounds.length - 1];
  const cache = new Map<string, V>();
  const evaluations: { candidate: SizingCandidate; verdict: V }[] = [];
  const judge = async (cabinets: number, roundsPerDay: number): Promise<V> => {
    const key = `${cabinets}/${roundsPerDay}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const candidate = { cabinets, roundsPerDay };
    const v = await o.evaluate(candidate);
    cache.set(key, v);
    evaluations.push({ candidate, verdict: v });
    return v;
  };
  // Gallop: lo always fails (or is below min), hi passes.
  let lastFail = o.minCabinets - 1;
  let firstPass = -1;
  let step = 1;
  let c = o.minCabinets;
  for (;;) {
    if ((await judge(c, rMax)).pass) {
      firstPass = c;
      break;
    }
    lastFail = c;
    if (c === o.maxCabinets) break;
    c = Math.min(o.maxCabinets, c + step);
    step *= 2;
  }
  if (firstPass < 0) {
    const v = await judge(o.maxCabinets, rMax);
    throw new ImpossibleTargetsError(`targets not met even with ${o.maxCabinets} cabinets and ${rMax} restock rounds per day`, v);
  }
  while (firstPass - lastFail > 1) {
    const mid = Math.floor((lastFail + firstPass) / 2);
    if ((await judge(mid, rMax)).pass) firstPass = mid;
    else lastFail = mid;
  }
  // Fewest rounds at that cabinet count (passes at rMax by construction).
  for (const r of rounds) {
    const v = await judge(firstPass, r);
    if (v.pass) return { best: { cabinets: firstPass, roundsPerDay: r }, verdict: v, evaluations };
  }
  throw new Error('searchSizing: internal error, the max-rounds candidate stopped passing');
}
