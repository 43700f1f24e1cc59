/**
 * What a programme office counts as a cabinet's benefit, in yuan a year: nurse time given
 * back to care, ward-boundary crossings avoided (a mother or companion leaving the ward for
 * the shop, with the ward's door and lift exposure), and expected infections avoided. Each
 * value is an input with a default, unit, bounds and basis; none is published for this
 * programme, so each is an assumption (A) to be replaced with the programme's own figures.
 * Hospitals are ranked by benefit per yuan of the plan's yearly cost.
 */
import { resolveInputs } from '../sizing-costs.js';
import type { CostInput } from '../sizing-costs.js';

/** Values of the effects; every field optional (defaults in {@link BENEFIT_INPUTS}). */
export interface BenefitValues {
  /** Value of one nurse minute freed from supply handovers and store-room walks, CNY/min. */
  readonly nurseMinute?: number;
  /** Value of one ward-boundary crossing avoided, CNY per crossing. */
  readonly boundaryCrossing?: number;
  /** Value of one expected infection avoided, CNY per infection. */
  readonly infection?: number;
}

/** Values with every field filled in. */
export type ResolvedBenefitValues = Required<BenefitValues>;

/** Defaults, units, bounds and basis of each value. */
export const BENEFIT_INPUTS: { readonly [K in keyof ResolvedBenefitValues]: CostInput } = {
  nurseMinute: { default: 1, unit: 'CNY/min', min: 0, max: 10_000, basis: 'A', source: 'assumption: a nurse\'s wage with on-costs, about CNY 120,000 a year over 2,000 h' },
  boundaryCrossing: { default: 5, unit: 'CNY/crossing', min: 0, max: 1_000_000, basis: 'A', source: 'assumption: about 10 minutes of a mother\'s or companion\'s time plus the ward door\'s control; infection risk is valued apart' },
  infection: { default: 15_000, unit: 'CNY/infection', min: 0, max: 100_000_000, basis: 'A', source: 'assumption: the order of the extra treatment cost of a hospital-acquired infection in Chinese hospitals; replace with the programme\'s figure' },
};

/**
 * Completes values with defaults and checks each against its bounds.
 * @throws RangeError naming the value and the bound it broke
 */
export function resolveBenefitValues(v: BenefitValues = {}): ResolvedBenefitValues {
  return resolveInputs(BENEFIT_INPUTS, v, 'portfolio: values');
}

/**
 * A year's benefit in CNY from the effects avoided in that year.
 * @param nurseMinutes - nurse supply minutes freed a year
 * @param crossings - boundary crossings avoided a year
 * @param infections - expected infections avoided a year
 */
export function benefitCny(values: ResolvedBenefitValues, nurseMinutes: number, crossings: number, infections: number): number {
  return nurseMinutes * values.nurseMinute + crossings * values.boundaryCrossing + infections * values.infection;
}
