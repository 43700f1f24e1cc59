/**
 * Restock: fixed rounds at set hours every day (some start late), plus par-level triggers when
 * a SKU in a cabinet falls to `parShare` of its capacity (answered after `parResponseMinutes`,
 * inside the restocker day shift only). The cabinets are split among the restockers in
 * corridor order; each walks from the store room along her cabinets and back. At a cabinet
 * she takes the screen (ahead of waiting users), counts the lines of the dispensing core's
 * pick list, spends `setupMinutesPerCabinet` plus `secondsPerSlot` per line, and fills the
 * cabinet when she is done (the core's lean `restockCabinet`: expired lots out, new lots
 * expiring after the item's shelf life in, the pick list taken at that moment — the screen
 * was hers, so only a jam or an expiry in those minutes can make it differ from the count).
 * Upstream shortage: a line is short with `upstreamShortShare` and then brings
 * `upstreamShortFill` of the plan.
 */
import { restockCabinet, restockLines } from '../dispensing/index.js';
import { standardExponential } from '../kernel/index.js';
import type { RestockPolicy } from '../dispensing/index.js';
import { RESTOCKER } from './contacts.js';
import type { Zone } from './contacts.js';
import { distanceM, unitAtX } from './layout.js';
import { queueRestockVisit, releaseScreen } from './cabinet-channel.js';
import { restockedLanes } from './lanes.js';
import { checkCabinetStock } from './stockouts.js';
import type { RestockRound, RestockVisit, Ward } from './ward-state.js';

interface RoundClock {
  readonly w: Ward;
  readonly hour: number;
}

/** Starts the fixed rounds (nothing when there are no cabinets or restockers). */
export function startRestock(w: Ward): void {
  if (w.cabinets.length === 0 || w.s.people.restockers === 0) return;
  for (const hour of w.s.restock.roundHours) {
    const at = hour * 60;
    if (at < w.p.endMin) w.env.schedule(at, onRoundDue, 0, { w, hour });
  }
}

function onRoundDue(c: RoundClock): void {
  const w = c.w;
  const r = w.s.restock;
  if (w.env.now + 1440 < w.p.endMin) w.env.schedule(1440, onRoundDue, 0, c);
  const late = w.rng.restock.next() < r.lateShare ? standardExponential(w.rng.restock) * r.lateMinutesMean : 0;
  w.env.schedule(late, onRoundStart, 0, w);
}

function onRoundStart(w: Ward): void {
  startRound(w, 'round');
}

function inShift(w: Ward, minuteOfDay: number): boolean {
  const pp = w.s.people;
  const rel = (((minuteOfDay - pp.restockerShiftStartHour * 60) % 1440) + 1440) % 1440;
  return rel < pp.restockerShiftHours * 60;
}

/** A SKU in a cabinet fell to its par level: call a par round unless one is pending. */
export function requestParRound(w: Ward): void {
  if (w.parPending || w.s.people.restockers === 0) return;
  w.parPending = true;
  let at = w.env.now + w.s.restock.parResponseMinutes;
  if (!inShift(w, at % 1440)) {
    const day = Math.floor(at / 1440) * 1440;
    at = day + w.s.people.restockerShiftStartHour * 60;
    if (at < w.env.now + w.s.restock.parResponseMinutes) at += 1440;
  }
  if (at < w.p.endMin) w.env.schedule(at - w.env.now, onParStart, 0, w);
}

function onParStart(w: Ward): void {
  if (!startRound(w, 'par-trigger')) w.parPending = false;
}

function policy(w: Ward, mode: 'round' | 'par-trigger'): RestockPolicy {
  const r = w.s.restock;
  return { mode, parFraction: r.targetShare, reorderPointFraction: Math.min(r.parShare, 0.999) };
}

/** Upstream shortage: a line is short with `upstreamShortShare` and then brings `upstreamShortFill` of the plan. */
function deliveryOf(w: Ward): (skuIndex: number, addUnits: number) => number {
  const r = w.s.restock;
  return (_sku, units) => (w.rng.restock.next() < r.upstreamShortShare ? Math.floor(units * r.upstreamShortFill) : units);
}

function startRound(w: Ward, mode: 'round' | 'par-trigger'): boolean {
  const disp = w.disp!;
  const now = w.env.now;
  const pol = policy(w, mode);
  let cabinets = w.cabinets.map((q) => q.index);
  if (mode === 'par-trigger') {
    cabinets = cabinets.filter((c) => restockLines(disp, c, pol, now) > 0);
    if (cabinets.length === 0) return false;
  }
  const deliver = deliveryOf(w);
  cabinets.sort((a, b) => w.layout.cabinetX[a] - w.layout.cabinetX[b] || a - b);
  w.kpi.restockRounds++;
  const n = Math.min(w.s.people.restockers, cabinets.length);
  const L = w.s.layout;
  for (let g = 0; g < n; g++) {
    const from = Math.floor((g * cabinets.length) / n);
    const to = Math.floor(((g + 1) * cabinets.length) / n);
    const round: RestockRound = { mode, policy: pol, deliver, cabinets: cabinets.slice(from, to), next: 0, startMin: now, x: L.storeRoom.x, y: L.storeRoom.y };
    walkOn(w, round);
  }
  return true;
}

interface Walker {
  readonly w: Ward;
  readonly round: RestockRound;
  /** Corridor stretch walked (the unit of the cabinet walked to, or of the one left for the store). */
  readonly zone: Zone;
}

function walkOn(w: Ward, round: RestockRound): void {
  const done = round.next >= round.cabinets.length;
  const L = w.s.layout;
  const c = done ? -1 : round.cabinets[round.next];
  const x = done ? L.storeRoom.x : w.layout.cabinetX[c];
  const y = done ? L.storeRoom.y : w.layout.cabinetY[c];
  const minutes = distanceM(round.x, round.y, x, y) / w.p.walkMPerMin;
  const zone = w.corridors[unitAtX(w.layout, done ? round.x : x)];
  round.x = x;
  round.y = y;
  w.contacts.enter(zone, RESTOCKER, w.env.now);
  w.env.schedule(minutes, onWalked, 0, { w, round, zone } satisfies Walker);
}

function onWalked(k: Walker): void {
  const { w, round } = k;
  const now = w.env.now;
  w.contacts.leave(k.zone, RESTOCKER, now);
  if (round.next >= round.cabinets.length) {
    w.kpi.restockLaborMin += now - round.startMin;
    if (round.mode === 'par-trigger') w.parPending = false;
    return;
  }
  const visit: RestockVisit = { kind: 'restock', w, round, cabinet: round.cabinets[round.next], lines: 0 };
  queueRestockVisit(w, visit);
}

/** The restocker has the screen: count the pick list and work. */
export function startRestockVisit(visit: RestockVisit): void {
  const w = visit.w;
  const now = w.env.now;
  const q = w.cabinets[visit.cabinet];
  w.contacts.enter(q.zone, RESTOCKER, now);
  visit.lines = restockLines(w.disp!, visit.cabinet, visit.round.policy, now);
  const r = w.s.restock;
  w.env.schedule(r.setupMinutesPerCabinet + (visit.lines * r.secondsPerSlot) / 60, finishRestockVisit, 0, visit);
}

/** The restocker is done at this cabinet: expired lots out, new lots in (some lines short upstream). */
function finishRestockVisit(visit: RestockVisit): void {
  const w = visit.w;
  const now = w.env.now;
  const disp = w.disp!;
  const receipt = restockCabinet(disp, visit.cabinet, visit.round.policy, now, visit.round.deliver);
  w.inventoryUnits += receipt.addedUnits - receipt.removedUnits;
  w.kpi.inventory.update(now, w.inventoryUnits);
  w.kpi.expiredUnits += receipt.removedUnits;
  const cab = disp.cabinets[visit.cabinet];
  restockedLanes(w, cab, now);
  checkCabinetStock(w, visit.cabinet);
  if (w.series !== null) w.series.restocked(cab, now, receipt.addedUnits);
  const q = w.cabinets[visit.cabinet];
  w.contacts.leave(q.zone, RESTOCKER, now);
  releaseScreen(q);
  visit.round.next++;
  walkOn(w, visit.round);
}
