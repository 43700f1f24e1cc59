/**
 * The factors of a sensitivity analysis: scenario parameters named by JSON pointer, each with
 * a range. The range and its bounds come from the scenario schema itself (each number field
 * carries minimum, maximum, unit and basis, see scenarios/schema/field.ts), so a factor can
 * never leave what the model accepts. By default the factors are every scalar parameter of
 * basis A (an assumption) that describes the ward, plus the "weak" S parameters whose source
 * is anecdotal; run settings, outputs and map coordinates are not assumptions about wards and
 * are left out. A factor's default range is its scenario value × (1 ± spread), cut to the
 * schema bounds; `spread: 'schema'` takes the whole schema range.
 */
import { ScenarioSchema } from '../../../scenarios/index.js';
import type { ValidationError } from '../../../scenarios/index.js';
import { parsePointer } from '../json-pointer.js';

/** A factor: a parameter and the range it is varied over. */
export interface Factor {
  /** JSON pointer into the scenario. */
  readonly path: string;
  readonly lo: number;
  readonly hi: number;
  /** The scenario's value. */
  readonly value: number;
  /** Whole numbers only (the schema says integer). */
  readonly integer: boolean;
  readonly unit: string;
  /** Provenance code from the schema (A, S, D). */
  readonly basis: string;
  readonly source: string;
}

/** A factor as asked for: a path, optionally with its own range. */
export interface FactorRequest {
  readonly path: string;
  readonly lo?: number;
  readonly hi?: number;
}

/** Default relative spread of a factor's range around its value. */
export const DEFAULT_SPREAD = 0.5;

interface SchemaNode {
  type?: string;
  minimum?: number;
  maximum?: number;
  unit?: string;
  basis?: string;
  source?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const EXCLUDED = [/^\/run\//, /^\/outputs\//, /\/location\//, /^\/layout\/(nurseStation|storeRoom|entrance)\//];

/** The schema node at `path` of the scenario, or null. */
function schemaAt(path: string): SchemaNode | null {
  let node: SchemaNode | undefined = ScenarioSchema as SchemaNode;
  for (const seg of parsePointer(path)) {
    if (node === undefined) return null;
    if (node.properties !== undefined) node = node.properties[seg];
    else if (node.items !== undefined && /^\d+$/.test(seg)) node = node.items;
    else return null;
  }
  return node ?? null;
}

function valueAt(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const seg of parsePointer(path)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, seg)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

function isWeakS(node: SchemaNode): boolean {
  return node.basis === 'S' && /anecdotal/i.test(node.source ?? '');
}

function walk(node: SchemaNode, value: unknown, path: string, out: string[]): void {
  if ((node.type === 'number' || node.type === 'integer') && typeof value === 'number') {
    if ((node.basis === 'A' || isWeakS(node)) && !EXCLUDED.some((re) => re.test(path))) out.push(path);
    return;
  }
  if (node.properties !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, child] of Object.entries(node.properties)) if (Object.hasOwn(value, k)) walk(child, (value as Record<string, unknown>)[k], `${path}/${k}`, out);
    return;
  }
  if (node.items?.properties !== undefined && Array.isArray(value)) value.forEach((v, i) => walk(node.items!, v, `${path}/${i}`, out));
}

/** Paths of the default factors of a scenario (basis A and weak S scalars, in schema order). */
export function defaultFactorPaths(scenario: unknown): string[] {
  const out: string[] = [];
  walk(ScenarioSchema as SchemaNode, scenario, '', out);
  return out;
}

function defaultRange(v: number, min: number, max: number, spread: number | 'schema'): [number, number] {
  if (spread === 'schema') return [min, max];
  const a = v * (1 - spread);
  const b = v * (1 + spread);
  return [Math.max(min, Math.min(a, b)), Math.min(max, Math.max(a, b))];
}

/**
 * Resolves factor requests against a scenario and the schema.
 * @param scenario - the validated base scenario
 * @param requests - paths with optional ranges; default every {@link defaultFactorPaths}
 * @param spread - relative spread of default ranges, or 'schema' for the schema range
 * @returns the factors (those with an empty default range are dropped and listed in `skipped`),
 *   or every error with the factor's path and the rule broken; never throws
 */
export function resolveFactors(
  scenario: unknown,
  requests: readonly FactorRequest[] | undefined,
  spread: number | 'schema' = DEFAULT_SPREAD,
): { ok: true; factors: Factor[]; skipped: string[] } | { ok: false; errors: ValidationError[] } {
  const list: readonly FactorRequest[] = requests ?? defaultFactorPaths(scenario).map((path) => ({ path }));
  const errors: ValidationError[] = [];
  const factors: Factor[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const r of list) {
    let node: SchemaNode | null;
    try {
      node = schemaAt(r.path);
    } catch (error) {
      errors.push({ path: r.path, rule: 'pointer', message: (error as Error).message, params: { name: r.path } });
      continue;
    }
    const value = valueAt(scenario, r.path);
    if (node === null || value === undefined) {
      errors.push({ path: r.path, rule: 'unknownParameter', message: `${r.path}: no such parameter in the scenario`, params: { name: r.path } });
      continue;
    }
    if ((node.type !== 'number' && node.type !== 'integer') || typeof value !== 'number' || node.minimum === undefined || node.maximum === undefined) {
      errors.push({ path: r.path, rule: 'numericParameter', message: `${r.path}: not a bounded number (only numeric parameters with schema bounds can be factors)`, params: { name: r.path } });
      continue;
    }
    if (seen.has(r.path)) {
      errors.push({ path: r.path, rule: 'unique', message: `${r.path}: named twice` });
      continue;
    }
    seen.add(r.path);
    const [lo, hi] = r.lo !== undefined && r.hi !== undefined ? [r.lo, r.hi] : defaultRange(value, node.minimum, node.maximum, spread);
    if (!(lo >= node.minimum) || !(hi <= node.maximum)) {
      errors.push({ path: r.path, rule: 'range', message: `${r.path}: range ${lo}..${hi} must lie within the schema bounds ${node.minimum}..${node.maximum}`, params: { limit: `${node.minimum}..${node.maximum}`, got: `${lo}..${hi}` } });
      continue;
    }
    if (!(lo < hi)) {
      if (r.lo !== undefined) errors.push({ path: r.path, rule: 'range', message: `${r.path}: range ${lo}..${hi} must have lo < hi`, params: { got: `${lo}..${hi}` } });
      else skipped.push(r.path);
      continue;
    }
    factors.push({ path: r.path, lo, hi, value, integer: node.type === 'integer', unit: node.unit ?? '', basis: node.basis ?? '', source: node.source ?? '' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, factors, skipped };
}

/** The parameter value of `factor` at unit coordinate `u` (0..1), rounded for integers. */
export function factorValue(factor: Factor, u: number): number {
  const v = factor.lo + u * (factor.hi - factor.lo);
  return factor.integer ? Math.round(v) : v;
}

/**
 * Parses `path[=lo:hi]` items of a comma-separated list (the CLI's `--factors`).
 * @returns the requests, or errors naming the item and rule
 */
export function parseFactorList(text: string): { ok: true; requests: FactorRequest[] } | { ok: false; errors: ValidationError[] } {
  const requests: FactorRequest[] = [];
  const errors: ValidationError[] = [];
  for (const item of text.split(',').map((s) => s.trim()).filter((s) => s.length > 0)) {
    const m = /^([^=]+)(?:=([^:]+):(.+))?$/.exec(item);
    if (m === null) {
      errors.push({ path: item, rule: 'syntax', message: `${item}: expected path or path=lo:hi`, params: { name: item } });
      continue;
    }
    if (m[2] === undefined) {
      requests.push({ path: m[1] });
      continue;
    }
    const lo = Number(m[2]);
    const hi = Number(m[3]);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) errors.push({ path: m[1], rule: 'syntax', message: `${item}: lo and hi must be numbers`, params: { name: item } });
    else requests.push({ path: m[1], lo, hi });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, requests };
}
