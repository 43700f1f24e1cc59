/**
 * What the Sizing page says at the hospital's own volume: the curve point a planner reads off
 * (the smallest volume sized at or above the hospital's, else the largest), with its plan
 * (cabinets, round times), yearly cost, restock labour, binding target, service figures and
 * the run behind it. Reads a size job's result, its live series points, or a curve file alike.
 */

function obj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function num(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** The plan at one volume; fields the answer lacks are null. */
export interface SizingReadout {
  /** Volume of the point read, deliveries a year. */
  deliveries: number;
  cabinets: number;
  /** Round times as hours of the day (e.g. 7, 12.5). */
  roundHours: number[] | null;
  /** Yearly cost, CNY. */
  costPerYear: number | null;
  /** Restock labour, h a day. */
  restockLaborHoursPerDay: number | null;
  bindingTarget: string | null;
  fillRate: number | null;
  tripWaitP95Min: number | null;
  runId: string | null;
  /** Slots per SKU in each cabinet, most slots first. */
  planogram: { sku: string; slots: number }[] | null;
  /** Nurse minutes freed a year against the ward without cabinets and their value, CNY a year (mean); null unless a nurse-minute value was given. */
  benefit: { nurseMinutesFreedPerYear: number; cnyPerYear: number } | null;
}

/** The benefit of a curve point (`benefitCnyPerYear`) or of one sizing (`benefit.benefitCnyPerYear.mean`). */
function benefitOf(p: Record<string, unknown>): SizingReadout['benefit'] {
  const b = obj(p.benefit) ? p.benefit : null;
  const mean = (x: unknown): number | null => (obj(x) ? num(x.mean) : null);
  const minutes = b === null ? num(p.nurseSupplyMinutesFreedPerYear) : mean(b.nurseSupplyMinutesFreedPerYear);
  const cny = b === null ? num(p.benefitCnyPerYear) : mean(b.benefitCnyPerYear);
  return minutes === null || cny === null ? null : { nurseMinutesFreedPerYear: minutes, cnyPerYear: cny };
}

/** The readout at `hospitalDeliveries` from a size answer (`{ curve }`, a list of points or one sizing), or null. */
export function sizingReadout(answer: unknown, hospitalDeliveries: number): SizingReadout | null {
  const list: unknown = obj(answer) ? (answer.kind === 'sizing' ? [{ ...answer, deliveries: answer.annualDeliveries, costPerYear: obj(answer.cost) ? answer.cost.total : null }] : answer.curve) : answer;
  if (!Array.isArray(list)) return null;
  const points = list.filter(obj).filter((p) => num(p.deliveries) !== null && num(p.cabinets) !== null);
  if (points.length === 0) return null;
  points.sort((a, b) => (a.deliveries as number) - (b.deliveries as number));
  const p = points.find((q) => (q.deliveries as number) >= hospitalDeliveries) ?? points[points.length - 1];
  const verdict = obj(p.verdict) ? p.verdict : {};
  const hours = Array.isArray(p.roundHours) ? p.roundHours.filter((h): h is number => num(h) !== null) : null;
  return {
    deliveries: p.deliveries as number,
    cabinets: p.cabinets as number,
    roundHours: hours,
    costPerYear: num(p.costPerYear),
    restockLaborHoursPerDay: num(p.restockLaborHoursPerDay) ?? num(verdict.restockLaborHoursPerDay),
    bindingTarget: typeof p.bindingTarget === 'string' ? p.bindingTarget : null,
    fillRate: num(p.fillRate),
    tripWaitP95Min: num(p.tripWaitP95Min),
    runId: typeof p.runId === 'string' && p.runId !== '' ? p.runId : null,
    planogram: obj(p.slotAllocation)
      ? Object.entries(p.slotAllocation).flatMap(([sku, n]) => (num(n) === null ? [] : [{ sku, slots: n as number }])).sort((a, b) => b.slots - a.slots || a.sku.localeCompare(b.sku))
      : null,
    benefit: benefitOf(p),
  };
}

/** An hour of the day as `HH:MM` (7.5 -> `07:30`). */
export function clockTime(hour: number): string {
  const minutes = Math.round((((hour % 24) + 24) % 24) * 60);
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
