/**
 * The sizing search: the cheapest (cabinets, restock rounds a day) that meets every target.
 * It assumes only what holds, and says so: (1) for a fixed number of rounds, adding a cabinet
 * (with the planogram fitted to it) never makes service worse (more slots, more screens,
 * shorter walks), so "meets targets" flips once from no to yes as cabinets grow and bisection
 * finds the flip; (2) for a fixed number of rounds, a plan's cost never falls as cabinets are
 * added (each cabinet adds its lease, its restock visits and its stock). It does NOT assume
 * that more rounds help: a round placed in the evening trip surge can leave the night worse
 * off, so every round count is searched on its own. A candidate cannot be cheaper than its
 * cabinets' lease alone, so once a plan is found, cabinet counts that cost more than it are
 * never run. Candidates are compared under common random numbers (same seed and replication
 * indices), so neighbouring plans differ by the design, not by luck; evaluations are cached.
 */

/** A configuration to try. */
export interface SizingCandidate {
  readonly cabinets: number;
  readonly roundsPerDay: number;
}

/** The judgement of a candidate (from {@link SearchOptions.evaluate}). */
export interface CandidateVerdict {
  readonly pass: boolean;
  /**
   * A failure beyond reasonable doubt (some target's optimistic bound misses it, see
   * `clearlyMissed`); default false. Only such a failure is carried to a larger volume as a
   * floor (see {@link SearchResult.floors}).
   */
  readonly clearlyMissed?: boolean;
}

/** Options of {@link searchSizing}. */
export interface SearchOptions<V extends CandidateVerdict> {
  /** Judges a candidate (runs replications and checks targets). */
  readonly evaluate: (candidate: SizingCandidate) => Promise<V>;
  /**
   * Yearly cost of a judged candidate; must not fall as cabinets grow at fixed rounds and must
   * be at least `cabinets × cabinetCostFloor`. Default: the cabinet count (fewest cabinets win).
   */
  readonly cost?: (candidate: SizingCandidate, verdict: V) => number;
  /** A lower bound of the cost of one cabinet (used to skip counts that cannot win); default 0. */
  readonly cabinetCostFloor?: number;
  /** Fewest cabinets considered (a lower bound known to be needed), ≥ 1. */
  readonly minCabinets: number;
  /** A higher known lower bound for one round count (e.g. from a smaller volume); default `minCabinets`. */
  readonly minCabinetsFor?: (roundsPerDay: number) => number;
  /** Most cabinets considered. */
  readonly maxCabinets: number;
  /** Restock rounds per day considered, any order. */
  readonly rounds: readonly number[];
  /**
   * A round count to search first (e.g. the best at a smaller volume), the others then in
   * ascending order. The answer does not depend on it; the work does: once a cheap plan is
   * known, cabinet counts whose lease alone costs more are never run, and a round count whose
   * proven floor is already above that cap is skipped without a run.
   */
  readonly firstRounds?: number;
  /**
   * Where to start the search at a round count (e.g. its smallest passing count at a smaller
   * volume, {@link SearchResult.passing}); default the answer at the round count searched
   * before, else the floor. The answer does not depend on it, the work does.
   */
  readonly guessFor?: (roundsPerDay: number) => number | undefined;
  /**
   * Assume also (3): at a fixed cabinet count a plan's cost does not fall as rounds are added
   * (each round adds its walk and visits, and stock held rises as it is topped up more often).
   * Then a passing (c, r) rules out every (c' ≥ c, r' > r) without a run: a round count above
   * one that passed is searched only below that cabinet count. Default false. Par-triggered
   * rounds can break (3) (fewer fixed rounds may call more par rounds), so a search that relies
   * on it says so.
   */
  readonly costRisesWithRounds?: boolean;
}

/** What the search found. */
export interface SearchResult<V extends CandidateVerdict> {
  readonly best: SizingCandidate;
  readonly verdict: V;
  readonly cost: number;
  /** Every candidate evaluated, in evaluation order. */
  readonly evaluations: readonly { candidate: SizingCandidate; verdict: V }[];
  /**
   * Per round count, a lower bound on the cabinets that pass here and at any larger volume: one
   * more than the largest count that failed beyond reasonable doubt (`clearlyMissed`), else the
   * floor the search started from. A narrow failure is not carried: more deliveries never need
   * fewer cabinets in expectation, but near the boundary a step in volume moves a plan's figures
   * less than the noise of its verdict, so a plan that just failed may just pass one step later
   * (city-mch: 10 cabinets at 1 round fail at 19,000 deliveries with a fill rate of 0.99497 and
   * pass at 20,000). Such plans are run again there.
   */
  readonly floors: ReadonlyMap<number, number>;
  /** Per round count that passed, its smallest passing count (where a larger volume's search can start). */
  readonly passing: ReadonlyMap<number, number>;
}

/** The targets cannot be met within the search bounds. */
export class ImpossibleTargetsError<V extends CandidateVerdict> extends Error {
  /** The delivery volume that could not be sized, when a curve was (set by the curve; null otherwise). */
  volume: number | null = null;

  constructor(
    message: string,
    /** The verdict at the most generous candidate tried (max cabinets, last round count). */
    readonly verdict: V,
    /** The limits searched: most cabinets and the round counts tried, so a message can be written in another language. */
    readonly limits: { readonly maxCabinets: number; readonly rounds: readonly number[] } = { maxCabinets: 0, rounds: [] },
  ) {
    super(message);
    this.name = 'ImpossibleTargetsError';
  }
}

/** Better plan: lower cost, then fewer cabinets, then fewer rounds. */
function better(a: { c: SizingCandidate; cost: number }, b: { c: SizingCandidate; cost: number } | null): boolean {
  if (b === null) return true;
  if (a.cost !== b.cost) return a.cost < b.cost;
  if (a.c.cabinets !== b.c.cabinets) return a.c.cabinets < b.c.cabinets;
  return a.c.roundsPerDay < b.c.roundsPerDay;
}

function checkBounds<V extends CandidateVerdict>(o: SearchOptions<V>): void {
  if (!Number.isInteger(o.minCabinets) || o.minCabinets < 1) throw new RangeError(`searchSizing: minCabinets(=${o.minCabinets}) must be an integer >= 1`);
  if (!Number.isInteger(o.maxCabinets) || o.maxCabinets < o.minCabinets) throw new RangeError(`searchSizing: maxCabinets(=${o.maxCabinets}) must be an integer >= minCabinets(=${o.minCabinets})`);
  if (o.rounds.length === 0 || o.rounds.some((r) => !Number.isInteger(r) || r < 1)) throw new RangeError(`searchSizing: rounds(=${JSON.stringify(o.rounds)}) must be integers >= 1, at least one`);
  const floor = o.cabinetCostFloor ?? 0;
  if (!(floor >= 0) || !Number.isFinite(floor)) throw new RangeError(`searchSizing: cabinetCostFloor(=${floor}) must be a finite number >= 0`);
}

/**
 * Finds the cheapest candidate that passes. For each round count, galloping (1, 2, 4, … steps)
 * from a guess brackets the smallest passing cabinet count and bisection pins it: about
 * 2·log₂(|answer − guess|) + 2 evaluations per round count.
 * @throws RangeError on bad bounds; ImpossibleTargetsError when no round count passes
 */
export async function searchSizing<V extends CandidateVerdict>(o: SearchOptions<V>): Promise<SearchResult<V>> {
  checkBounds(o);
  const ascending = [...new Set(o.rounds)].sort((a, b) => a - b);
  const rounds = o.firstRounds !== undefined && ascending.includes(o.firstRounds) ? [o.firstRounds, ...ascending.filter((r) => r !== o.firstRounds)] : ascending;
  const cost = o.cost ?? ((c: SizingCandidate) => c.cabinets);
  const floor = o.cabinetCostFloor ?? 0;
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
  let best: { c: SizingCandidate; v: V; cost: number } | null = null;
  let generous: V | null = null;
  const floors = new Map<number, number>();
  const passing = new Map<number, number>();
  let previous: number | undefined;
  // Per round count searched, the smallest passing cabinet count (for assumption 3).
  const passedAt = new Map<number, number>();
  for (const r of rounds) {
    const min = Math.max(o.minCabinets, o.minCabinetsFor?.(r) ?? o.minCabinets);
    floors.set(r, min);
    // Counts whose lease alone exceeds the best plan's whole cost cannot win.
    let cap: number = best !== null && floor > 0 ? Math.min(o.maxCabinets, Math.floor(best.cost / floor)) : o.maxCabinets;
    if (o.costRisesWithRounds === true) for (const [fewer, c] of passedAt) if (fewer < r) cap = Math.min(cap, c - 1);
    if (cap < min) continue;
    // The answer at the previous round count is the best guess: neighbouring round counts
    // usually need the same cabinets, or one fewer.
    const guess = o.guessFor?.(r) ?? previous ?? min;
    const first: { cabinets: number; verdict: V } | null = await smallestPassing(judge, r, min, cap, guess);
    floors.set(r, firmFloor(evaluations, r, min, first?.cabinets ?? cap + 1));
    if (first === null) {
      if (cap === o.maxCabinets) generous = await judge(o.maxCabinets, r);
      continue;
    }
    passing.set(r, first.cabinets);
    passedAt.set(r, first.cabinets);
    previous = first.cabinets;
    const c: SizingCandidate = { cabinets: first.cabinets, roundsPerDay: r };
    const candidate: { c: SizingCandidate; v: V; cost: number } = { c, v: first.verdict, cost: cost(c, first.verdict) };
    if (better(candidate, best)) best = candidate;
  }
  if (best === null) {
    const rMax = ascending[ascending.length - 1];
    throw new ImpossibleTargetsError(`targets not met even with ${o.maxCabinets} cabinets at any of ${ascending.join(', ')} restock rounds per day`, generous ?? (await judge(o.maxCabinets, rMax)), { maxCabinets: o.maxCabinets, rounds: ascending });
  }
  return { best: best.c, verdict: best.v, cost: best.cost, evaluations, floors, passing };
}

/**
 * One more than the largest count at `rounds` that failed beyond reasonable doubt, at least
 * `min` (the floor the search started from) and at most `answer` (its smallest passing count,
 * or one more than the most it tried).
 */
function firmFloor(evaluations: readonly { candidate: SizingCandidate; verdict: CandidateVerdict }[], rounds: number, min: number, answer: number): number {
  let floor = min;
  for (const e of evaluations) {
    if (e.candidate.roundsPerDay === rounds && !e.verdict.pass && e.verdict.clearlyMissed === true) floor = Math.max(floor, e.candidate.cabinets + 1);
  }
  return Math.min(floor, Math.max(min, answer));
}

/**
 * Smallest cabinet count in [min, max] that passes at `rounds` rounds a day, or null. The
 * search starts at `guess` (clamped to the range): when the guess passes it gallops downwards
 * until a count fails (or `min` is reached), otherwise upwards until one passes, then bisects;
 * a good guess (the answer at a neighbouring round count) settles it in two evaluations, a bad
 * one costs only a few more. Exact for any guess, given monotonicity in cabinets.
 */
async function smallestPassing<V extends CandidateVerdict>(judge: (c: number, r: number) => Promise<V>, rounds: number, min: number, max: number, guess = min): Promise<{ cabinets: number; verdict: V } | null> {
  const start = Math.max(min, Math.min(max, guess));
  let lastFail = min - 1;
  let firstPass = -1;
  if ((await judge(start, rounds)).pass) {
    firstPass = start;
    for (let step = 1; firstPass > min; step *= 2) {
      const c = Math.max(min, firstPass - step);
      if ((await judge(c, rounds)).pass) firstPass = c;
      else {
        lastFail = c;
        break;
      }
    }
  } else {
    lastFail = start;
    for (let step = 1; ; step *= 2) {
      if (lastFail === max) return null;
      const c = Math.min(max, lastFail + step);
      if ((await judge(c, rounds)).pass) {
        firstPass = c;
        break;
      }
      lastFail = c;
    }
  }
  while (firstPass - lastFail > 1) {
    const mid = Math.floor((lastFail + firstPass) / 2);
    if ((await judge(mid, rounds)).pass) firstPass = mid;
    else lastFail = mid;
  }
  return { cabinets: firstPass, verdict: await judge(firstPass, rounds) };
}

/** The best plan of one variant (an index into the caller's variants). */
export interface VariantResult<V extends CandidateVerdict> {
  readonly variant: number;
  readonly result: SearchResult<V>;
}

/**
 * The cheapest plan over variants of what is not a count (cabinet model, par level …): one
 * {@link searchSizing} per variant, each with its own costs and bounds, then the best by cost,
 * cabinets, rounds and variant order. Nothing is assumed across variants (a larger model or a
 * higher par level may cost more than it saves), so each is searched; within a variant the
 * search is exact under its own assumptions, so the result equals brute force over the grid.
 * @param options - the search of variant `v`
 * @returns the best, and per variant its result or null when it met no target
 * @throws ImpossibleTargetsError (the last variant's) when no variant passes
 */
export async function searchVariants<V extends CandidateVerdict>(count: number, options: (variant: number) => SearchOptions<V>): Promise<{ best: VariantResult<V>; all: readonly (SearchResult<V> | null)[] }> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`searchVariants: count(=${count}) must be an integer >= 1`);
  const all: (SearchResult<V> | null)[] = [];
  let best: VariantResult<V> | null = null;
  let impossible: ImpossibleTargetsError<CandidateVerdict> | null = null;
  for (let v = 0; v < count; v++) {
    try {
      const result = await searchSizing(options(v));
      all.push(result);
      if (best === null || better({ c: result.best, cost: result.cost }, { c: best.result.best, cost: best.result.cost })) best = { variant: v, result };
    } catch (error) {
      if (!(error instanceof ImpossibleTargetsError)) throw error;
      impossible = error;
      all.push(null);
    }
  }
  if (best === null) throw impossible ?? new RangeError('searchVariants: no variant searched');
  return { best, all };
}
