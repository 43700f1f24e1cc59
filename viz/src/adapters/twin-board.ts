/**
 * The twin state (`GET /api/twin/state`) and its forecast (`GET /api/twin/forecast`) to the Twin
 * page's view: each cabinet as a board of slots in position order with fill, the state a person
 * must see first (offline cabinet, jammed slot, empty slot) and the chance of running out before
 * the next restock; the (cabinet, SKU) pairs that need attention, most likely to run out first;
 * and the pick list. A slot that cannot give anything never reads as full: an offline cabinet's
 * and a jammed slot's usable fill is 0 whatever is on the shelf.
 */
import type { AttentionItem, BoardSlot, CabinetBoard, PickItem, SlotStatus, TwinView } from '../charts/twin-board.js';
import { skuName } from './display-names.js';

function obj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** Reads the state and an optional forecast into the view (see the module header). */
export function twinView(state: unknown, forecast?: unknown): TwinView {
  const s = obj(state) ? state : {};
  const f = obj(forecast) ? forecast : null;
  const risk = new Map<string, number>();
  for (const x of list(f?.slots)) {
    if (!obj(x)) continue;
    const p = num(x.outBeforeRestockProbability);
    if (p !== null) risk.set(`${str(x.cabinetId)}/${str(x.slotId)}`, p);
  }
  const waits = new Map<string, number>();
  for (const x of list(f?.cabinets)) if (obj(x) && num(x.expectedQueueWaitMin) !== null) waits.set(str(x.cabinetId) ?? '', num(x.expectedQueueWaitMin)!);
  const boards: CabinetBoard[] = list(s.cabinets).filter(obj).map((c) => {
    const id = str(c.id) ?? '';
    const online = c.online !== false;
    const slots: BoardSlot[] = list(c.slots).filter(obj).map((slot, position) => {
      const sku = str(slot.sku);
      const onHand = num(slot.onHandUnits) ?? 0;
      const capacity = Math.max(1, num(slot.capacityUnits) ?? 1);
      const jammed = slot.jammed === true;
      const status: SlotStatus = sku === null ? 'unassigned' : !online ? 'offline' : jammed ? 'jammed' : onHand <= 0 ? 'empty' : 'stocked';
      const sid = str(slot.id) ?? String(position);
      return {
        id: sid, position, sku, ...(sku === null ? {} : { skuLabel: skuName(sku) }), onHandUnits: onHand, capacityUnits: capacity,
        usableFill: status === 'stocked' ? Math.min(1, onHand / capacity) : 0,
        status,
        outBeforeRestock: sku === null ? null : (risk.get(`${id}/${sid}`) ?? null),
      };
    });
    return { id, online, slots, worst: Math.max(0, ...slots.map((x) => x.outBeforeRestock ?? 0)), queueWaitMin: waits.get(id) ?? null };
  });
  boards.sort((a, b) => Number(a.online) - Number(b.online) || b.worst - a.worst || a.id.localeCompare(b.id));
  const attention: AttentionItem[] = list(f?.cabinetSkus).filter(obj).flatMap((x) => {
    const p = num(x.outBeforeRestockProbability);
    const t = obj(x.timeToStockoutMin) ? num(x.timeToStockoutMin.p50) : null;
    return p === null || p <= 0 ? [] : [{ cabinetId: str(x.cabinetId) ?? '', sku: str(x.sku) ?? '', usableUnits: num(x.usableUnits) ?? 0, probability: p, medianMin: t }];
  });
  attention.sort((a, b) => b.probability - a.probability || a.usableUnits - b.usableUnits || a.cabinetId.localeCompare(b.cabinetId) || a.sku.localeCompare(b.sku));
  const picks: PickItem[] = list(f?.pickList).filter(obj).map((x) => ({ cabinetId: str(x.cabinetId) ?? '', slotId: str(x.slotId) ?? '', sku: str(x.sku) ?? '', units: num(x.units) ?? 0 }));
  return {
    nowMin: num(s.timeMin) ?? num(f?.fromMin) ?? 0,
    boards, attention, picks,
    nextRoundMin: num(f?.nextRoundMin), roundAfterMin: num(f?.roundAfterMin), untilMin: num(f?.untilMin), replications: num(f?.replications),
  };
}
