/**
 * Reading the engine's result documents as the server stores them. A run result
 * (`engine/experiment/run-result.ts`) gives each KPI as `{ mean, sd, ci95, n }` and the
 * contacts by role pair and the nurse supply minutes by shift likewise; the server keeps the
 * ward series of replication 0 apart (`GET /api/runs/:id/series`, `ward[]`) and
 * {@link withWardSeries} puts it back as `series`. A comparison (`compare-scenarios.ts`) holds `runs[]` (the first is the baseline)
 * and `differences[]`, one paired (common-random-numbers) entry per later run.
 */
import { isWardSeries } from './ward-series.js';
import type { WardSeriesView } from './ward-series.js';

/** One KPI over replications; `ci95` null when it cannot be computed (one replication). */
export interface KpiSummary {
  mean: number;
  sd: number;
  ci95: [number, number] | null;
  n: number;
}

/** A run result as the pages use it. */
export interface RunView {
  /** The scenario's `meta.id`. */
  scenarioId: string;
  kpis: Record<string, KpiSummary>;
  /** Series of the first replication, when the server kept them. */
  series: WardSeriesView | null;
  /** Mean contacts by role pair, when present. */
  contacts: { roles: string[]; values: number[][] } | null;
  /** Nurse supply minutes per shift worked, by shift name; empty when the result has none. */
  nurseSupplyByShift: Record<string, KpiSummary>;
}

/** A compare as the pages use it. */
export interface CompareView {
  base: RunView;
  alternative: RunView;
  /** Paired differences alternative − base per KPI. */
  differences: Record<string, KpiSummary>;
}

function obj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function num(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Reads a KPI summary `{ mean, sd, ci95, n }`; null when a field is missing or not finite. */
export function readSummary(x: unknown): KpiSummary | null {
  if (!obj(x)) return null;
  const mean = num(x.mean);
  const sd = num(x.sd);
  const n = num(x.n);
  if (mean === null || sd === null || n === null) return null;
  if (x.ci95 === null) return { mean, sd, ci95: null, n };
  const ci = Array.isArray(x.ci95) && x.ci95.length === 2 ? x.ci95.map(num) : null;
  if (ci === null || ci[0] === null || ci[1] === null) return null;
  return { mean, sd, ci95: [ci[0], ci[1]], n };
}

/** Reads a `{ key: summary }` object, leaving out entries that are not summaries. */
export function readSummaries(x: unknown): Record<string, KpiSummary> {
  const out: Record<string, KpiSummary> = {};
  if (!obj(x)) return out;
  for (const [key, value] of Object.entries(x)) {
    const s = readSummary(value);
    if (s !== null) out[key] = s;
  }
  return out;
}

/** Contacts `{ "<role>-<role>": { contacts: summary, ... } }` (upper triangle) as a symmetric matrix of means. */
function readContacts(x: unknown): RunView['contacts'] {
  if (!obj(x)) return null;
  const pairs = Object.entries(x).flatMap(([key, v]) => {
    const m = /^([^-]+)-([^-]+)$/.exec(key);
    const s = obj(v) ? readSummary(v.contacts) : null;
    return m === null || s === null ? [] : [{ a: m[1], b: m[2], mean: s.mean }];
  });
  if (pairs.length === 0) return null;
  const roles = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const values = roles.map(() => roles.map(() => 0));
  for (const p of pairs) {
    const i = roles.indexOf(p.a);
    const j = roles.indexOf(p.b);
    values[i][j] = p.mean;
    values[j][i] = p.mean;
  }
  return { roles, values };
}

/** One scenario's ward series as `GET /api/runs/:id/series` lists it. */
export interface WardSeriesEntry {
  scenarioId: string;
  series: unknown;
}

function attach(run: unknown, entry: WardSeriesEntry | undefined): unknown {
  return obj(run) && entry !== undefined && run.scenarioId === entry.scenarioId ? { ...run, series: entry.series } : run;
}

/**
 * A result with the ward series the server serves apart put back as `series`: the run's own,
 * or each of a comparison's `runs[k]` (entries in the same order, checked by scenario id).
 */
export function withWardSeries(result: unknown, ward: readonly WardSeriesEntry[]): unknown {
  if (!obj(result) || ward.length === 0) return result;
  if (Array.isArray(result.runs)) return { ...result, runs: result.runs.map((run: unknown, k) => attach(run, ward[k])) };
  return attach(result, ward[0]);
}

/** Reads a run result (or one of a comparison's `runs[]`); null when it has no scenario id or no KPIs. */
export function readRun(result: unknown): RunView | null {
  if (!obj(result) || typeof result.scenarioId !== 'string') return null;
  const kpis = readSummaries(result.kpis);
  if (Object.keys(kpis).length === 0) return null;
  return {
    scenarioId: result.scenarioId,
    kpis,
    series: isWardSeries(result.series) ? result.series : null,
    contacts: readContacts(result.contactsByRolePair),
    nurseSupplyByShift: readSummaries(result.nurseSupplyMinutesByShift),
  };
}

/**
 * Reads a comparison of two runs: `runs[0]` the baseline, `runs[1]` the alternative and
 * `differences[0]` their paired differences. Null when a run or the differences are missing
 * (an unfinished or failed compare), or when the differences belong to another pair of runs.
 */
export function readCompare(result: unknown): CompareView | null {
  if (!obj(result) || !Array.isArray(result.runs) || !Array.isArray(result.differences)) return null;
  const base = readRun(result.runs[0]);
  const alternative = readRun(result.runs[1]);
  const paired: unknown = result.differences[0];
  if (base === null || alternative === null || !obj(paired)) return null;
  if (paired.baselineId !== base.scenarioId || paired.scenarioId !== alternative.scenarioId) return null;
  const differences = readSummaries(paired.kpis);
  return Object.keys(differences).length === 0 ? null : { base, alternative, differences };
}
