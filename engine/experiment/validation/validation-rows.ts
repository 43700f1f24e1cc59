/**
 * The rows of the validation report, each "check | expected (source) | model (mean, 95 % CI) |
 * verdict". Verification rows hold the model to its own inputs and to theory; a failure there
 * is a bug. Validation rows hold it to outside data; "outside band" there is a finding to
 * report, not a bug. A verification row passes when the expected value lies within the
 * model's 99.9 % interval widened by the row's tolerance: at 95 % one row in twenty would fail
 * by chance alone.
 */
import { studentTQuantile } from '../student-t.js';
import { summarise } from '../summary.js';
import type { Summary } from '../summary.js';
import { upperGammaQ } from './chi-squared.js';

/** Verdicts: pass/fail for verification, inside/outside band for validation. */
export type ValidationVerdict = 'pass' | 'fail' | 'inside band' | 'outside band' | 'not measured';

/** One row of the report. */
export interface ValidationRow {
  readonly kind: 'verification' | 'validation';
  readonly check: string;
  /** The expected value, or the lower end of a band. */
  readonly expected: number | null;
  /** Upper end of a band (validation rows), else null. */
  readonly expectedHi: number | null;
  /** Where the expected value comes from. */
  readonly source: string;
  /** The model's value over replications (null when the model does not measure it). */
  readonly model: Summary | null;
  readonly verdict: ValidationVerdict;
  /** Test statistic, tolerance or why not measured. */
  readonly note: string;
}

/** A verification row against an expected value with a relative tolerance. */
export function verifyRow(check: string, expected: number, source: string, values: readonly number[], relTolerance = 0, note = ''): ValidationRow {
  const model = summarise(values);
  const half = model.n > 1 ? studentTQuantile(0.9995, model.n - 1) * (model.sd / Math.sqrt(model.n)) : 0;
  const ok = Math.abs(model.mean - expected) <= half + relTolerance * Math.abs(expected) + 1e-12;
  const tol = relTolerance > 0 ? `tolerance ±${(relTolerance * 100).toFixed(1)} %` : '';
  return { kind: 'verification', check, expected, expectedHi: null, source, model, verdict: ok ? 'pass' : 'fail', note: [tol, note].filter((x) => x !== '').join('; ') };
}

/** A verification row from a test's p-value (pass when p ≥ 0.001). */
export function testRow(check: string, source: string, values: readonly number[], pValue: number, note: string): ValidationRow {
  return { kind: 'verification', check, expected: null, expectedHi: null, source, model: summarise(values), verdict: pValue >= 0.001 ? 'pass' : 'fail', note };
}

/**
 * A verification row for counts pooled over replications: a z-test of the pooled count
 * against its expectation with the given variance (Poisson: the expectation; binomial: n p (1 − p)),
 * pass when the two-sided p ≥ 0.001. Unlike the t-interval of a few replications it does not
 * hinge on a lucky small spread.
 */
export function pooledRow(check: string, expected: number, source: string, values: readonly number[], pooled: { observed: number; expected: number; variance: number }): ValidationRow {
  const z = pooled.variance > 0 ? (pooled.observed - pooled.expected) / Math.sqrt(pooled.variance) : pooled.observed === pooled.expected ? 0 : Infinity;
  const p = Number.isFinite(z) ? upperGammaQ(0.5, (z * z) / 2) : 0;
  return { kind: 'verification', check, expected, expectedHi: null, source, model: summarise(values), verdict: p >= 0.001 ? 'pass' : 'fail', note: `pooled z ${z.toFixed(2)}, p ${p.toFixed(3)}` };
}

/** A validation row against a band: inside when the model's mean lies in [lo, hi]. */
export function bandRow(check: string, lo: number, hi: number, source: string, values: readonly number[] | null, note = ''): ValidationRow {
  if (values === null) return { kind: 'validation', check, expected: lo, expectedHi: hi, source, model: null, verdict: 'not measured', note };
  const model = summarise(values);
  return { kind: 'validation', check, expected: lo, expectedHi: hi, source, model, verdict: model.mean >= lo && model.mean <= hi ? 'inside band' : 'outside band', note };
}
