/**
 * Sizing and twin answers to their charts. A sizing curve comes from the size job (or from
 * `wardtwin size --curve ... --json` loaded as a file): `curve: [{ deliveries, cabinets,
 * target?, runId? }]`. The twin page joins the cabinets' slots (fill now) with the forecast of
 * time to stock-out per slot when the server has one.
 */
import type { SizingCurve, SizingCurveData, TwinCabinetsData, TwinSlot } from '../charts/index.js';
import { t } from '../i18n/index.js';

function obj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function num(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Reads a sizing answer into curves grouped by target (one curve, "all targets" in the page's language, if none named). */
export function sizingData(answer: unknown, hospitalDeliveries?: number): SizingCurveData | null {
  const list = obj(answer) ? (answer.curve ?? answer.points ?? answer.curves) : answer;
  if (!Array.isArray(list)) return null;
  const byTarget = new Map<string, SizingCurve>();
  for (const p of list) {
    if (!obj(p)) continue;
    const deliveries = num(p.deliveries);
    const cabinets = num(p.cabinets);
    if (deliveries === null || cabinets === null) continue;
    const target = typeof p.target === 'string' ? p.target : t('sizing.allTargets');
    const curve = byTarget.get(target) ?? { target, deliveries: [], cabinets: [], runIds: [] };
    curve.deliveries.push(deliveries);
    curve.cabinets.push(cabinets);
    curve.runIds?.push(typeof p.runId === 'string' ? p.runId : '');
    byTarget.set(target, curve);
  }
  if (byTarget.size === 0) return null;
  const curves = [...byTarget.values()].map((c) => (c.runIds?.every((id) => id === '') === true ? { target: c.target, deliveries: c.deliveries, cabinets: c.cabinets } : c));
  return hospitalDeliveries === undefined ? { curves } : { curves, hospitalDeliveries };
}

/** A cabinet as the twin state (`GET /api/twin/state`) gives it. */
export interface TwinCabinetView {
  id: string;
  slots: { id: string; sku: string | null; capacityUnits: number; onHandUnits: number }[];
}

/** Hours to stock-out of one slot in a forecast answer (median), null when it does not run out. */
function forecastHours(forecast: unknown, cabinet: string, slot: string): number | null {
  if (!obj(forecast) || !Array.isArray(forecast.slots)) return null;
  const hit: unknown = (forecast.slots as unknown[]).find((s) => obj(s) && s.cabinetId === cabinet && s.slotId === slot);
  if (!obj(hit)) return null;
  const t = hit.timeToStockoutMin;
  const minutes = obj(t) ? (num(t.p50) ?? num(t.mean)) : num(t);
  return minutes === null ? null : minutes / 60;
}

/** Cabinets (slots with a SKU) and an optional forecast (`POST /api/twin/forecast`) to the twin chart's data. */
export function twinData(cabinets: readonly TwinCabinetView[], nowMin: number, forecast?: unknown): TwinCabinetsData {
  const slots: TwinSlot[] = cabinets.flatMap((c) =>
    c.slots
      .filter((s) => s.sku !== null && s.capacityUnits > 0)
      .map((s) => ({ cabinet: c.id, slot: s.id, sku: s.sku ?? '', level: s.onHandUnits, capacity: s.capacityUnits, hoursToStockout: forecastHours(forecast, c.id, s.id) })),
  );
  let next: number | null = null;
  if (obj(forecast) && forecast.horizon === 'next-restock-round') {
    const from = num(forecast.fromMin);
    const until = num(forecast.untilMin);
    if (from !== null && until !== null) next = (until - from) / 60;
  }
  return { nowMin, nextRestockHours: next, slots };
}
