/**
 * Planning a sweep: the document is checked against its schema, the base scenario resolved
 * (by a loader the edge hands in: presets and files are I/O), and every grid point built and
 * validated as a scenario in its own right. All errors come back at once with their paths in
 * the sweep document (`/parameters/1/values/3`), so nothing runs, and no output is written,
 * until the whole grid is valid.
 */
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { toJsonValue, toValidationError, validateScenario } from '../../scenarios/index.js';
import type { Scenario, ValidationError } from '../../scenarios/index.js';
import { setAtPointer } from './json-pointer.js';
import { MAX_SWEEP_JOBS, MAX_SWEEP_POINTS, SweepSchema } from './sweep-schema.js';
import type { SweepDocument } from './sweep-schema.js';

/** Resolves the document's `base` (a preset name, a file path or an inline document). */
export type BaseResolver = (base: string | Record<string, unknown>) => { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

/** One axis of the grid. */
export interface SweepAxis {
  readonly path: string;
  /** Column name (the document's `name`, else the pointer). */
  readonly name: string;
  readonly values: readonly unknown[];
}

/** One grid point: the value taken on each axis and the validated scenario. */
export interface SweepPoint {
  readonly index: number;
  /** Value index on each axis. */
  readonly at: readonly number[];
  readonly values: readonly unknown[];
  readonly scenario: Scenario;
}

/** A valid sweep, ready to run. */
export interface SweepPlan {
  readonly document: SweepDocument;
  readonly id: string;
  readonly seed: number;
  readonly replications: number;
  readonly axes: readonly SweepAxis[];
  readonly baseScenario: Scenario;
  readonly points: readonly SweepPoint[];
}

const checker = TypeCompiler.Compile(SweepSchema);

function schemaErrors(value: unknown): ValidationError[] {
  const seen = new Set<string>();
  const out: ValidationError[] = [];
  for (const e of checker.Errors(value)) {
    if (seen.has(e.path)) continue;
    seen.add(e.path);
    out.push(toValidationError(e));
  }
  return out;
}

/** Grid coordinates in row-major order (first axis slowest). */
function gridCoordinates(sizes: readonly number[]): number[][] {
  let coords: number[][] = [[]];
  for (const n of sizes) coords = coords.flatMap((c) => Array.from({ length: n }, (_, i) => [...c, i]));
  return coords;
}

/**
 * Validates a sweep document and builds its grid.
 * @param doc - the parsed sweep document (anything: it is checked)
 * @param resolveBase - loads the base scenario; errors are reported under `/base`
 * @returns the plan, or every error with its path in the sweep document; never throws
 */
export function planSweep(doc: unknown, resolveBase: BaseResolver): SweepPlanResult {
  const steps = planSweepSteps(doc, resolveBase);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/** What {@link planSweep} returns: the plan, or every error with its path in the sweep document. */
export type SweepPlanResult = { ok: true; plan: SweepPlan } | { ok: false; errors: ValidationError[] };

/**
 * {@link planSweep} one scenario validation at a time: the generator yields after each one (a
 * millisecond or so) and returns the same result, so a server can plan a large grid in slices
 * between other requests instead of holding its event loop for seconds.
 */
export function* planSweepSteps(doc: unknown, resolveBase: BaseResolver): Generator<void, SweepPlanResult, void> {
  const json = toJsonValue(doc);
  if (json.errors.length > 0) return { ok: false, errors: json.errors };
  const schemaErrs = schemaErrors(json.value);
  if (schemaErrs.length > 0) return { ok: false, errors: schemaErrs };
  const d = json.value as SweepDocument;
  const errors: ValidationError[] = [];
  const sizes = d.parameters.map((p) => p.values.length);
  const pointCount = sizes.reduce((a, b) => a * b, 1);
  if (pointCount > MAX_SWEEP_POINTS) errors.push({ path: '/parameters', rule: 'maxPoints', message: `grid has ${pointCount} points; at most ${MAX_SWEEP_POINTS}`, params: { limit: String(MAX_SWEEP_POINTS), got: String(pointCount) } });
  else if (pointCount * d.replications > MAX_SWEEP_JOBS) errors.push({ path: '/replications', rule: 'maxJobs', message: `${pointCount} points x ${d.replications} replications = ${pointCount * d.replications} jobs; at most ${MAX_SWEEP_JOBS}`, params: { limit: String(MAX_SWEEP_JOBS), got: String(pointCount * d.replications) } });
  const names = new Set<string>();
  d.parameters.forEach((p, i) => {
    const name = p.name ?? p.path;
    if (names.has(name)) errors.push({ path: `/parameters/${i}/name`, rule: 'unique', message: `column name "${name}" is used by an earlier parameter` });
    names.add(name);
  });
  if (errors.length > 0) return { ok: false, errors };
  let base: Scenario;
  try {
    const resolved = resolveBase(d.base);
    if (!resolved.ok) return { ok: false, errors: resolved.errors.map((e) => ({ ...e, path: `/base${e.path}` })) };
    base = resolved.scenario;
  } catch (error) {
    return { ok: false, errors: [{ path: '/base', rule: 'base', message: error instanceof Error ? error.message : String(error) }] };
  }
  // Each (axis, value) is checked once on its own against the base, so an invalid value is
  // reported at its own path rather than once per grid point it appears in.
  for (const [i, p] of d.parameters.entries()) {
    for (const [j, v] of p.values.entries()) {
      const set = setAtPointer(base, p.path, v);
      if (!set.ok) {
        errors.push({ path: `/parameters/${i}/path`, rule: 'pointer', message: `${p.path}: ${set.message}`, params: { name: p.path } });
        continue;
      }
      const checked = validateScenario(set.doc);
      yield;
      if (!checked.ok) {
        for (const e of checked.errors) errors.push({ path: `/parameters/${i}/values/${j}`, rule: e.rule, message: `scenario ${e.path || '/'}: ${e.message}` });
      }
    }
  }
  const unique = dedupe(errors);
  if (unique.length > 0) return { ok: false, errors: unique };
  const axes: SweepAxis[] = d.parameters.map((p) => ({ path: p.path, name: p.name ?? p.path, values: p.values }));
  const points: SweepPoint[] = [];
  for (const [index, at] of gridCoordinates(sizes).entries()) {
    let cur: unknown = base;
    for (let a = 0; a < axes.length; a++) {
      const set = setAtPointer(cur, axes[a].path, axes[a].values[at[a]]);
      if (!set.ok) return { ok: false, errors: [{ path: `/parameters/${a}/path`, rule: 'pointer', message: set.message }] };
      cur = set.doc;
    }
    // Values can interact (two axes fine alone, invalid together): the point is validated too.
    const checked = validateScenario(cur);
    yield;
    if (!checked.ok) {
      return { ok: false, errors: checked.errors.map((e) => ({ path: `/parameters`, rule: e.rule, message: `grid point ${index} (${at.map((i, a) => `${axes[a].name}=${JSON.stringify(axes[a].values[i])}`).join(', ')}): scenario ${e.path}: ${e.message}` })) };
    }
    points.push({ index, at, values: at.map((i, a) => axes[a].values[i]), scenario: checked.scenario });
  }
  return { ok: true, plan: { document: d, id: d.id, seed: d.seed ?? base.run.seed, replications: d.replications, axes, baseScenario: base, points } };
}

function dedupe(errors: readonly ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.path}\u0000${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
