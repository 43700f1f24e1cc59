/**
 * Field builders for the scenario schema. Every number in a scenario carries its unit, its
 * provenance (S = published figure, D = derived, A = assumption; see DOMAIN.md) and its bounds,
 * so the schema itself is the parameter table that the model description prints.
 */
import { Type } from '@sinclair/typebox';
import type { TNumber, TInteger, TArray, TBoolean } from '@sinclair/typebox';

/** Provenance code of a parameter: S published, D derived, A assumption. */
export type Basis = 'S' | 'D' | 'A';

/** What every numeric field states about itself. */
export interface FieldInfo {
  /** What the field means, in ward language. */
  what: string;
  /** Unit, e.g. `d`, `min`, `units/day`, `share 0..1`. */
  unit: string;
  /** Provenance code. */
  basis: Basis;
  /** Source, e.g. `Li et al., JAMA 2017`. */
  source: string;
  /** Default value from DOMAIN.md. */
  default: number;
  /** Inclusive lower bound. */
  min: number;
  /** Inclusive upper bound. */
  max: number;
}

/** The description text: `what [unit] (basis: source)`. */
export function describe(info: Pick<FieldInfo, 'what' | 'unit' | 'basis' | 'source'>): string {
  return `${info.what} [${info.unit}] (${info.basis}: ${info.source})`;
}

/** A bounded float with unit, provenance and default. */
export function num(info: FieldInfo): TNumber {
  return Type.Number({
    description: describe(info),
    default: info.default,
    minimum: info.min,
    maximum: info.max,
    unit: info.unit,
    basis: info.basis,
    source: info.source,
  });
}

/** A bounded integer with unit, provenance and default. */
export function int(info: FieldInfo): TInteger {
  return Type.Integer({
    description: describe(info),
    default: info.default,
    minimum: info.min,
    maximum: info.max,
    unit: info.unit,
    basis: info.basis,
    source: info.source,
  });
}

/** A share in [0, 1]. */
export function share(info: Omit<FieldInfo, 'unit' | 'min' | 'max'> & { min?: number; max?: number }): TNumber {
  return num({ ...info, unit: 'share 0..1', min: info.min ?? 0, max: info.max ?? 1 });
}

/** A boolean switch with provenance. */
export function flag(what: string, basis: Basis, source: string, def: boolean): TBoolean {
  return Type.Boolean({ description: `${what} (${basis}: ${source})`, default: def, basis, source });
}

/** A fixed-length array of non-negative relative weights (a shape; normalised by the model). */
export function shape(what: string, length: number, basis: Basis, source: string, def: number[]): TArray<TNumber> {
  return Type.Array(Type.Number({ minimum: 0, maximum: 100 }), {
    description: `${what} [relative weights, ${length} entries, normalised to mean 1] (${basis}: ${source})`,
    minItems: length,
    maxItems: length,
    default: def,
    basis,
    source,
  });
}
