/**
 * What a sizing plan costs a hospital a year, in yuan (CNY). Hospitals decide on cost, not on
 * the fewest cabinets: a cabinet's lease, the restocker's hours, and the money tied up in the
 * stock the cabinets hold. Each price is an input with a default, a unit, bounds and a basis;
 * none of the defaults is published for this programme, so every one is an assumption (A) a
 * planner should replace with the hospital's own figures, and the sizing output says so.
 */

/** A cost input's description: the same fields the scenario schema carries for every default. */
export interface CostInput {
  readonly default: number;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly basis: 'S' | 'D' | 'A';
  readonly source: string;
}

/** Prices a sizing plan is costed with; every field optional (defaults in {@link COST_INPUTS}). */
export interface SizingCosts {
  /** Lease (or purchase spread over its life) of one cabinet, CNY per cabinet-year. */
  readonly cabinetPerYear?: number;
  /** Restocker's loaded wage, CNY per hour. */
  readonly restockLaborPerHour?: number;
  /** Cost of holding one unit in a cabinet for a year (capital, space, expiry risk), CNY per unit-year. */
  readonly holdingPerUnitYear?: number;
}

/** Costs with every price filled in. */
export type ResolvedCosts = Required<SizingCosts>;

/** Defaults, units, bounds and basis of each price. */
export const COST_INPUTS: { readonly [K in keyof ResolvedCosts]: CostInput } = {
  cabinetPerYear: { default: 30_000, unit: 'CNY/cabinet-year', min: 0, max: 10_000_000, basis: 'A', source: 'assumption: a smart supply cabinet of about CNY 150,000 over a 5-year life, or a lease of that order; replace with the tender price' },
  restockLaborPerHour: { default: 50, unit: 'CNY/h', min: 0, max: 100_000, basis: 'A', source: 'assumption: logistics staff wage with on-costs, about CNY 100,000 a year over 2,000 h' },
  holdingPerUnitYear: { default: 1.5, unit: 'CNY/unit-year', min: 0, max: 100_000, basis: 'A', source: 'assumption: 25 % a year of a unit value of about CNY 6' },
};

/**
 * Completes money inputs with their defaults and checks each against its bounds; shared by the
 * sizing prices and the portfolio's benefit values.
 * @param where - how an error names the inputs, e.g. `sizing: costs`
 * @throws RangeError naming the input and the bound it broke
 */
export function resolveInputs<K extends string>(inputs: { readonly [key in K]: CostInput }, given: { readonly [key in K]?: number }, where: string): { [key in K]: number } {
  const out = {} as { [key in K]: number };
  for (const key of Object.keys(inputs) as K[]) {
    const input = inputs[key];
    const v = given[key] ?? input.default;
    if (!Number.isFinite(v) || v < input.min || v > input.max) throw new RangeError(`${where}.${key}(=${v}) must be a finite number in [${input.min}, ${input.max}] ${input.unit}`);
    out[key] = v;
  }
  return out;
}

/**
 * Completes prices with defaults and checks each against its bounds.
 * @throws RangeError naming the price and the bound it broke
 */
export function resolveCosts(c: SizingCosts = {}): ResolvedCosts {
  return resolveInputs(COST_INPUTS, c, 'sizing: costs');
}

/** A plan's yearly cost, split by what it pays for (CNY a year). */
export interface PlanCost {
  readonly cabinets: number;
  readonly restockLabor: number;
  readonly holding: number;
  readonly total: number;
}

/**
 * Yearly cost of a plan.
 * @param cabinets cabinets installed
 * @param restockLaborHoursPerDay restocker hours a day (mean over replications)
 * @param inventoryUnitsMean time-average units held in all cabinets
 */
export function planCost(costs: ResolvedCosts, cabinets: number, restockLaborHoursPerDay: number, inventoryUnitsMean: number): PlanCost {
  const c = cabinets * costs.cabinetPerYear;
  const labor = restockLaborHoursPerDay * 365 * costs.restockLaborPerHour;
  const holding = inventoryUnitsMean * costs.holdingPerUnitYear;
  return { cabinets: round2(c), restockLabor: round2(labor), holding: round2(holding), total: round2(c + labor + holding) };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
