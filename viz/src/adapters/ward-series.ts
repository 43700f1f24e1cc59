/**
 * The sampled series of one replication as the server sends them inside a run result
 * (the ward model's `WardSeries`: sample times, stock per cabinet and SKU, board snapshots,
 * restock visits, stock-out spans, births by weekday and hour, nurse minutes per shift, the
 * trip-wait histogram). Typed here, not imported, because the app talks to the server only.
 */

/** One replication's series; times are minutes since the scenario start. */
export interface WardSeriesView {
  t: number[];
  intervalMin: number;
  stock: { cabinetId: string; sku: string; values: number[] }[];
  board: {
    intervalMin: number;
    t: number[];
    cabinets: { cabinetId: string; slots: { slotId: string; sku: string | null; capacityUnits: number }[]; fillPct: number[][] }[];
  };
  restocks: { tMin: number; cabinetId: string; units: number }[];
  stockouts: { cabinetId: string; sku: string; startMin: number; endMin: number | null }[];
  /** `birthsHeatmap[weekday][hour]`, weekday 0 = Monday. */
  birthsHeatmap: number[][];
  nurseSupplyByShift: { day: number; shift: string; minutes: number }[];
  waitHistogram: { binMin: number; counts: number[] };
}

function obj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Whether `x` has the fields of a {@link WardSeriesView} (shallow: arrays and objects present). */
export function isWardSeries(x: unknown): x is WardSeriesView {
  if (!obj(x)) return false;
  return (
    Array.isArray(x.t) &&
    Array.isArray(x.stock) &&
    obj(x.board) &&
    Array.isArray(x.restocks) &&
    Array.isArray(x.stockouts) &&
    Array.isArray(x.birthsHeatmap) &&
    Array.isArray(x.nurseSupplyByShift) &&
    obj(x.waitHistogram)
  );
}
