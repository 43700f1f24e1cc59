/**
 * What a sizing question can set: targets, prices, the plan space searched (rounds, cabinets,
 * models, par levels, planogram), replications and the search's assumptions. Every field is
 * optional; ward-sizing.ts completes them with their defaults.
 */
import type { Scenario } from '../../scenarios/index.js';
import type { Executor } from './executors/executor.js';
import type { Progress } from './run-replications.js';
import type { ReplicationOutcome } from './replication-job.js';
import type { Staffing } from './ward-plan.js';
import type { SizingCosts } from './sizing-costs.js';
import type { PlanogramMode } from './cabinet-plan.js';
import type { SizingTargets } from './sizing-targets.js';

/** Most cabinet models, and most par levels, one sizing searches (each is a plan dimension). */
export const MAX_SIZING_VARIANTS = 10;

/** Options of {@link sizeWard} and {@link sizingCurve}; all optional. */
export interface WardSizingOptions {
  readonly targets?: SizingTargets;
  /**
   * Annual deliveries {@link sizeWard} sizes; default the scenario's own. The scenario stays the
   * reference of the roster: with `staffing: 'scaled'` its nurses per bed carry over.
   */
  readonly deliveries?: number;
  /** Nurse roster at other volumes: `scaled` (default, nurses per bed kept) or `fixed`. */
  readonly staffing?: Staffing;
  /** Prices the plans are costed with; defaults in `COST_INPUTS` (all assumptions). */
  readonly costs?: SizingCosts;
  /**
   * Value of a nurse minute freed, CNY/min (bounds as `BENEFIT_INPUTS.nurseMinute`). When given,
   * the chosen plan's no-cabinet twin is run with the same seed and replication indices and the
   * answer carries `benefit` (nurse minutes freed a year, valued); default none (not run).
   */
  readonly nurseMinuteValue?: number;
  /** Restock rounds per day considered; default [1, 2, 3, 4]. */
  readonly rounds?: readonly number[];
  /** Fewest cabinets considered; default 1. */
  readonly minCabinets?: number;
  /** Most cabinets considered; default 30. */
  readonly maxCabinets?: number;
  /** Replications per candidate at first; default 5 (≥ 2: one replication has no interval). */
  readonly replications?: number;
  /** Cap for undecided candidates; default 20. */
  readonly maxReplications?: number;
  /** Base seed; default the scenario's. */
  readonly seed?: number;
  /** Cabinet model id; default the scenario's first model. Ignored when `models` is given. */
  readonly modelId?: string;
  /**
   * Cabinet models searched as a plan dimension: ids of the scenario's models (priced at
   * `costs.cabinetPerYear`) or of `CABINET_CATALOGUE` (their own price); default [`modelId`].
   */
  readonly models?: readonly string[];
  /**
   * Par levels searched as a plan dimension (share of a SKU's capacity in a cabinet at which a
   * par round is called; searching them turns the par trigger on); default the scenario's own.
   */
  readonly parShares?: readonly number[];
  /**
   * `uniform` (default): every cabinet is of the plan's model; `per-cabinet`: each cabinet gets
   * the cheapest of `models` that covers the demand routed to it (see cabinet-plan.ts).
   */
  readonly planogram?: PlanogramMode;
  readonly executor?: Executor;
  readonly onProgress?: (p: Progress) => void;
  /**
   * Stop a candidate after three replications when it misses a target beyond reasonable doubt
   * (see `clearlyMissed`), or meets every target beyond it (`clearlyMet`, then judged on those
   * three); default true. False runs every candidate's full replications.
   */
  readonly screening?: boolean;
  /**
   * Assume that at a fixed cabinet count a plan's cost does not fall as restock rounds are
   * added, so plans with more rounds are only tried with fewer cabinets than a passing plan
   * with fewer rounds (see `SearchOptions.costRisesWithRounds`). Default: true for
   * {@link sizingCurve} (many volumes, speed matters), false for {@link sizeWard} (one volume,
   * whose Pareto front then holds every round count).
   */
  readonly costRisesWithRounds?: boolean;
  /**
   * Start each round count's search at the analytic floor on cabinets (sizing-floor.ts: the
   * cabinets must hold the night's expected demand within the fill target's allowance), so
   * counts below it are never run; default true. Only with the uniform planogram.
   */
  readonly analyticFloor?: boolean;
  /**
   * Days after warm-up of the screening replications, when shorter than the scenario's horizon;
   * default none (screening at full length). A candidate they show missing a target beyond
   * reasonable doubt stops there (its figures are the short runs'); any other is judged on
   * full-length runs only, so the short runs are extra work for every plan they do not stop: on
   * city-mch's curve (6,000-30,000, 240 days) they stopped too few to pay for themselves.
   */
  readonly screeningDays?: number;
  /**
   * Called once per volume sized with the chosen plan's scenario and the replications that
   * confirmed it (the run behind the answer), so the caller can keep that run.
   */
  readonly onPlanRun?: (run: PlanRun) => void;
  readonly signal?: AbortSignal;
}

/** The run behind a volume's answer: the chosen plan's scenario and its replications. */
export interface PlanRun {
  readonly deliveries: number;
  readonly scenario: Scenario;
  readonly seed: number;
  /** The replications the plan was judged on, in replication order. */
  readonly outcomes: readonly ReplicationOutcome[];
}
