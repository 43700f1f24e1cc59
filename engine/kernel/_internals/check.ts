/**
 * Argument checks shared by every kernel constructor. Bad input must fail at the constructor,
 * never deep inside a run, with a message that names the API, the argument and the rule broken
 * (`Exponential: rate(=-1) must be > 0`), the way SimPy and fast-check word theirs.
 */

/** Formats a value for an error message: numbers as written, everything else JSON-ish. */
function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Throws `RangeError("<api>: <name>(=<value>) <rule>")`. */
export function fail(api: string, name: string, value: unknown, rule: string): never {
  throw new RangeError(`${api}: ${name}(=${show(value)}) ${rule}`);
}

/** Requires a finite number (not NaN, not ±Infinity). */
export function finite(api: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(api, name, value, 'must be a finite number');
  return value;
}

/** Requires a finite number strictly greater than zero. */
export function positive(api: string, name: string, value: unknown): number {
  const v = finite(api, name, value);
  if (!(v > 0)) fail(api, name, v, 'must be > 0');
  return v;
}

/** Requires a finite number greater than or equal to zero. */
export function nonNegative(api: string, name: string, value: unknown): number {
  const v = finite(api, name, value);
  if (!(v >= 0)) fail(api, name, v, 'must be >= 0');
  return v;
}

/** Requires an integer (a safe one) at least `min`. */
export function integerAtLeast(api: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(api, name, value, 'must be an integer');
  if (value < min) fail(api, name, value, `must be >= ${min}`);
  return value;
}

/** Requires a probability in [0, 1]. */
export function probability(api: string, name: string, value: unknown): number {
  const v = finite(api, name, value);
  if (v < 0 || v > 1) fail(api, name, v, 'must be in [0, 1]');
  return v;
}

/** Requires an options object (not null, not an array). */
export function options<T extends object>(api: string, value: T | undefined | null): T {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    fail(api, 'options', value, 'must be an options object');
  }
  return value;
}

/** Requires an array of at least `minLength` items (checked without narrowing the caller's type). */
export function arrayOfAtLeast(api: string, name: string, value: unknown, minLength: number): void {
  if (!Array.isArray(value) || value.length < minLength) {
    fail(api, name, value, minLength <= 1 ? 'must be a non-empty array' : `must be an array of at least ${minLength} items`);
  }
}
