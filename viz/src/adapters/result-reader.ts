/**
 * Reading the engine's result documents as stored by the server. The run result contract
 * (DESIGN.md) gives each KPI as `{ mean, sd, ci95, n }`; a compare holds both runs and the
 * paired (common-random-numbers) differences. Field names of the compare and of where the
 * series sit are read leniently (`base`/`alternative` or `runs[0..1]`; `differences` or
 * `paired`) so the app keeps working while the experiment layer settles its names.
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
  /** Scenario id (`meta.id`) when the result names it. */
  scenarioId: string | null;
  kpis: Record<string, KpiSummary>;
  /** Series of the first replication, when the server kept them. */
  series: WardSeriesView | null;
  /** Mean contacts by role pair, when present. */
  contacts: { roles: string[]; values: number[][] } | null;
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

/** Reads a KPI entry: a summary object, or a bare number (one replication). */
export function readSummary(x: unknown): KpiSummary | null {
  const bare = num(x);
  if (bare !== null) return { mean: bare, sd: 0, ci95: null, n: 1 };
  if (!obj(x)) return null;
  const mean = num(x.mean);
  if (mean === null) return null;
  const ci = Array.isArray(x.ci95) && x.ci95.length === 2 ? x.ci95.map(num) : null;
  const ci95: [number, number] | null = ci !== null && ci[0] !== null && ci[1] !== null ? [ci[0], ci[1]] : null;
  return { mean, sd: num(x.sd) ?? 0, ci95, n: num(x.n) ?? 1 };
}

/** Reads a `{ key: summary }` object or an array of `{ kpi|key|name, ...summary }`. */
export function readSummaries(x: unknown): Record<string, KpiSummary> {
  const out: Record<string, KpiSummary> = {};
  if (Array.isArray(x)) {
    for (const entry of x) {
      if (!obj(entry)) continue;
      const key = [entry.kpi, entry.key, entry.name].find((k) => typeof k === 'string');
      const s = readSummary(entry);
      if (typeof key === 'string' && s !== null) out[key] = s;
    }
  } else if (obj(x)) {
    for (const [key, value] of Object.entries(x)) {
      const s = readSummary(value);
      if (s !== null) out[key] = s;
    }
  }
  return out;
}

function meanMatrix(x: unknown): number[][] | null {
  if (!Array.isArray(x) || x.length === 0) return null;
  const rows = x.map((row) => (Array.isArray(row) ? row.map((v) => readSummary(v)?.mean ?? NaN) : []));
  return rows.every((r) => r.length === rows.length && r.every(Number.isFinite)) ? rows : null;
}

/** Contacts as `{ roles, contacts: matrix }`, or as `{ "<role>-<role>": { contacts: summary } }` (upper triangle). */
function readContacts(x: unknown): RunView['contacts'] {
  if (!obj(x)) return null;
  if (Array.isArray(x.roles) && x.roles.every((r) => typeof r === 'string')) {
    const values = meanMatrix(x.contacts);
    return values === null ? null : { roles: [...x.roles], values };
  }
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

function findSeries(r: Record<string, unknown>): WardSeriesView | null {
  if (isWardSeries(r.series)) return r.series;
  for (const key of ['replications', 'runs', 'samples']) {
    const list = r[key];
    if (Array.isArray(list) && list.length > 0 && obj(list[0]) && isWardSeries(list[0].series)) return list[0].series;
  }
  return null;
}

function scenarioId(r: Record<string, unknown>): string | null {
  if (typeof r.scenarioId === 'string') return r.scenarioId;
  if (obj(r.scenario) && obj(r.scenario.meta) && typeof r.scenario.meta.id === 'string') return r.scenario.meta.id;
  if (typeof r.scenario === 'string') return r.scenario;
  return null;
}

/** Reads a run result; null when it holds no KPIs. */
export function readRun(result: unknown): RunView | null {
  if (!obj(result)) return null;
  const kpis = readSummaries(result.kpis ?? result.summaries);
  if (Object.keys(kpis).length === 0) return null;
  return { scenarioId: scenarioId(result), kpis, series: findSeries(result), contacts: readContacts(result.contactsByRolePair) };
}

/**
 * Paired differences: a `{ key: summary }` object, or the experiment layer's list of
 * `{ scenarioId, kpis: { key: summary } }` (one per non-baseline scenario; the alternative's is taken).
 */
function readDifferences(x: unknown, alternativeId: string | null): Record<string, KpiSummary> {
  if (Array.isArray(x) && x.some((d) => obj(d) && obj(d.kpis))) {
    const entries = x.filter((d): d is Record<string, unknown> => obj(d) && obj(d.kpis));
    const mine = entries.find((d) => d.scenarioId === alternativeId) ?? entries[0];
    return readSummaries(mine.kpis);
  }
  return readSummaries(x);
}

/** Reads a compare result; null when either run or the differences are missing. */
export function readCompare(result: unknown): CompareView | null {
  if (!obj(result)) return null;
  const runs = Array.isArray(result.runs) ? result.runs : [];
  const base = readRun(result.base ?? result.baseline ?? result.a ?? runs[0]);
  const alternative = readRun(result.alternative ?? result.treatment ?? result.b ?? runs[1]);
  if (base === null || alternative === null) return null;
  let differences = readDifferences(result.differences ?? result.paired ?? result.diff, alternative.scenarioId);
  if (Object.keys(differences).length === 0) {
    // Without paired differences, show the difference of means (no interval rather than a wrong one).
    differences = {};
    for (const [key, b] of Object.entries(base.kpis)) {
      const a = alternative.kpis[key];
      if (a !== undefined) differences[key] = { mean: a.mean - b.mean, sd: 0, ci95: null, n: Math.min(a.n, b.n) };
    }
  }
  return { base, alternative, differences };
}
