/**
 * The ward series of a finished run or compare (stock per cabinet and SKU, births, trips,
 * sampled over simulated time from replication 0 of each scenario) is most of a stored result:
 * a county run of 60 days holds some kilobytes of KPIs and megabytes of series. The job
 * resource therefore answers the result without it, and `GET /api/runs/:id/series` answers it
 * on its own, for the pages that draw it.
 */

/** One scenario's ward series, in the result's order (a run: one; a compare: baseline first). */
export interface WardSeriesEntry {
  /** The scenario's `meta.id`. */
  scenarioId: string;
  /** The engine's `WardSeries` document, as stored. */
  series: unknown;
}

function record(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function strip(run: unknown): unknown {
  if (!record(run) || !('series' in run)) return run;
  const { series: _series, ...rest } = run;
  return rest;
}

/** `result` without the ward series of its run (or of each of a compare's runs); other results unchanged. */
export function withoutWardSeries(result: unknown): unknown {
  if (!record(result)) return result;
  const top = strip(result) as Record<string, unknown>;
  return Array.isArray(top.runs) ? { ...top, runs: top.runs.map(strip) } : top;
}

/** The ward series held in `result`: the run's own, or each of a compare's runs' that has one. */
export function wardSeriesOf(result: unknown): WardSeriesEntry[] {
  if (!record(result)) return [];
  const runs: unknown[] = Array.isArray(result.runs) ? result.runs : [result];
  return runs.flatMap((run) =>
    record(run) && record(run.series) && typeof run.scenarioId === 'string' ? [{ scenarioId: run.scenarioId, series: run.series }] : [],
  );
}
