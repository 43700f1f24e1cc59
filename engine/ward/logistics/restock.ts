/**
 * Restock: fixed rounds at set hours every day (some start late), plus par-level triggers when
 * a SKU in a cabinet falls to `parShare` of its capacity (answered after `parResponseMinutes`,
 * inside the restocker day shift only; see par-trigger.ts). The cabinets are split among the
 * restockers in corridor order; each walks from the store room along her cabinets and back. At
 * a cabinet she takes the screen (ahead of waiting users), counts the lines of the dispensing
 * core's pick list, spends `setupMinutesPerCabinet` plus `secondsPerSlot` per line, and fills
 * the cabinet when she is done (the core's lean `restockCabinet`: expired lots out, new lots
 * expiring after the item's shelf life in, the pick list taken at that moment — the screen
 * was hers, so only a jam or an expiry in those minutes can make it differ from the count).
 * Upstream shortage: a line is short with `upstreamShortShare` and then brings
 * `upstreamShortFill` of the plan.
 */
import { MINUTES_PER_DAY, needsRestock, restockCabinet, restockLines } from '../../dispensing/index.js';
import type { RestockPolicy } from '../../dispensing/index.js';
import { standardExponential } from '../../kernel/index.js';
import { RESTOCKER } from '../accounting/contacts.js';
import type { Zone } from '../accounting/contacts.js';
import { distanceM, unitAtX } from '../context/layout.js';
import type { WardContext } from '../context/ward-context.js';
import { RESTOCK_PRIORITY } from './cabinets.js';
import type { Cabinets } from './cabinets.js';

type RoundMode = 'round' | 'par-trigger';

/** A restock round walked by one restocker over some cabinets. */
interface RestockRound {
  readonly mode: RoundMode;
  /** The dispensing core's policy for `mode` (one object per round, not per cabinet). */
  readonly policy: RestockPolicy;
  /** Units that arrive for a slot's planned units (upstream shortage). */
  readonly deliver: (skuIndex: number, addUnits: number) => number;
  readonly cabinets: number[];
  next: number;
  startMin: number;
  x: number;
  y: number;
}

/** A restocker's visit to one cabinet on a round. */
interface RestockVisit {
  readonly round: RestockRound;
  readonly cabinet: number;
  /** Lines on the pick list when the restocker took the screen. */
  lines: number;
}

/** A walk of a restocker between the store room and cabinets. */
interface Walk {
  readonly round: RestockRound;
  /** Corridor stretch walked (the unit of the cabinet walked to, or of the one left for the store). */
  readonly zone: Zone;
}

/** The restockers of one run (see the module header). */
export class Restock {
  /** A par-triggered round is scheduled or walking. */
  parPending = false;
  private readonly roundDue: (hour: number) => void;
  private readonly roundStart: () => void;
  private readonly parStart: () => void;
  private readonly walked: (walk: Walk) => void;
  private readonly visitStart: (visit: RestockVisit) => void;
  private readonly visitDone: (visit: RestockVisit) => void;

  constructor(
    private readonly ctx: WardContext,
    private readonly cabinets: Cabinets,
  ) {
    this.roundDue = (hour) => this.onRoundDue(hour);
    this.roundStart = () => this.startRound('round');
    this.parStart = () => this.onParStart();
    this.walked = (walk) => this.onWalked(walk);
    this.visitStart = (visit) => this.startVisit(visit);
    this.visitDone = (visit) => this.finishVisit(visit);
  }

  /** Starts the fixed rounds from `fromMin` (the clock now; 0 for a run from the start), nothing without restockers. */
  start(fromMin = 0): void {
    const ctx = this.ctx;
    if (ctx.scenario.people.restockers === 0) return;
    const day = Math.floor(fromMin / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    for (const hour of ctx.scenario.restock.roundHours) {
      const at = day + hour * 60 < fromMin ? day + MINUTES_PER_DAY + hour * 60 : day + hour * 60;
      if (at < ctx.params.endMin) ctx.env.post(at - ctx.env.now, this.roundDue, 0, hour);
    }
  }

  private onRoundDue(hour: number): void {
    const ctx = this.ctx;
    const r = ctx.scenario.restock;
    const rng = ctx.streams.restock;
    if (ctx.env.now + MINUTES_PER_DAY < ctx.params.endMin) ctx.env.post(MINUTES_PER_DAY, this.roundDue, 0, hour);
    const late = rng.next() < r.lateShare ? standardExponential(rng) * r.lateMinutesMean : 0;
    ctx.env.post(late, this.roundStart, 0);
  }

  private inShift(minuteOfDay: number): boolean {
    const pp = this.ctx.scenario.people;
    const rel = (((minuteOfDay - pp.restockerShiftStartHour * 60) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
    return rel < pp.restockerShiftHours * 60;
  }

  /** A SKU in a cabinet fell to its par level: call a par round unless one is pending. */
  requestParRound(): void {
    const ctx = this.ctx;
    const s = ctx.scenario;
    if (this.parPending || s.people.restockers === 0) return;
    this.parPending = true;
    const now = ctx.env.now;
    let at = now + s.restock.parResponseMinutes;
    if (!this.inShift(at % MINUTES_PER_DAY)) {
      const day = Math.floor(at / MINUTES_PER_DAY) * MINUTES_PER_DAY;
      at = day + s.people.restockerShiftStartHour * 60;
      if (at < now + s.restock.parResponseMinutes) at += MINUTES_PER_DAY;
    }
    if (ctx.trace !== null) ctx.trace('par trigger', now);
    if (at < ctx.params.endMin) ctx.env.post(at - now, this.parStart, 0);
  }

  private onParStart(): void {
    if (!this.startRound('par-trigger')) this.parPending = false;
  }

  private policy(mode: RoundMode): RestockPolicy {
    const r = this.ctx.scenario.restock;
    return { mode, parFraction: r.targetShare, reorderPointFraction: Math.min(r.parShare, 0.999) };
  }

  /** Upstream shortage: a line is short with `upstreamShortShare` and then brings `upstreamShortFill` of the plan. */
  private delivery(): (skuIndex: number, addUnits: number) => number {
    const r = this.ctx.scenario.restock;
    const rng = this.ctx.streams.restock;
    return (_sku, units) => (rng.next() < r.upstreamShortShare ? Math.floor(units * r.upstreamShortFill) : units);
  }

  private startRound(mode: RoundMode): boolean {
    const ctx = this.ctx;
    const disp = this.cabinets.dispensing;
    const now = ctx.env.now;
    const pol = this.policy(mode);
    let cabinets = disp.cabinets.map((c) => c.index);
    if (mode === 'par-trigger') {
      cabinets = cabinets.filter((c) => needsRestock(disp, c, pol, now));
      if (cabinets.length === 0) return false;
    }
    const deliver = this.delivery();
    cabinets.sort((a, b) => ctx.layout.cabinetX[a] - ctx.layout.cabinetX[b] || a - b);
    ctx.kpis.restockRound();
    if (ctx.trace !== null) ctx.trace(`${mode} sets out`, now);
    const n = Math.min(ctx.scenario.people.restockers, cabinets.length);
    const store = ctx.scenario.layout.storeRoom;
    for (let g = 0; g < n; g++) {
      const from = Math.floor((g * cabinets.length) / n);
      const to = Math.floor(((g + 1) * cabinets.length) / n);
      const round: RestockRound = { mode, policy: pol, deliver, cabinets: cabinets.slice(from, to), next: 0, startMin: now, x: store.x, y: store.y };
      this.walkOn(round);
    }
    return true;
  }

  private walkOn(round: RestockRound): void {
    const ctx = this.ctx;
    const done = round.next >= round.cabinets.length;
    const store = ctx.scenario.layout.storeRoom;
    const c = done ? -1 : round.cabinets[round.next];
    const x = done ? store.x : ctx.layout.cabinetX[c];
    const y = done ? store.y : ctx.layout.cabinetY[c];
    const minutes = distanceM(round.x, round.y, x, y) / ctx.params.walkMPerMin;
    const zone = ctx.corridors[unitAtX(ctx.layout, done ? round.x : x)];
    round.x = x;
    round.y = y;
    ctx.contacts.enter(zone, RESTOCKER, ctx.env.now);
    ctx.env.post(minutes, this.walked, 0, { round, zone } satisfies Walk);
  }

  private onWalked(walk: Walk): void {
    const ctx = this.ctx;
    const round = walk.round;
    const now = ctx.env.now;
    ctx.contacts.leave(walk.zone, RESTOCKER, now);
    if (round.next >= round.cabinets.length) {
      if (ctx.trace !== null) ctx.trace('restocker back at the store room', now);
      ctx.kpis.restockLabor(now - round.startMin);
      if (round.mode === 'par-trigger') this.parPending = false;
      return;
    }
    const visit: RestockVisit = { round, cabinet: round.cabinets[round.next], lines: 0 };
    if (ctx.trace !== null) ctx.trace(`restocker at ${this.cabinets.dispensing.cabinets[visit.cabinet].id}`, now);
    this.cabinets.screens[visit.cabinet].request(this.visitStart, visit, RESTOCK_PRIORITY);
  }

  /** The restocker has the screen: count the pick list and work. */
  private startVisit(visit: RestockVisit): void {
    const ctx = this.ctx;
    const now = ctx.env.now;
    ctx.contacts.enter(this.cabinets.zones[visit.cabinet], RESTOCKER, now);
    if (ctx.trace !== null) ctx.trace(`restocker at the screen of ${this.cabinets.dispensing.cabinets[visit.cabinet].id}`, now);
    visit.lines = restockLines(this.cabinets.dispensing, visit.cabinet, visit.round.policy, now);
    const r = ctx.scenario.restock;
    const minutes = r.setupMinutesPerCabinet + (visit.lines * r.secondsPerSlot) / 60;
    if (ctx.diagnostics !== null) ctx.diagnostics.queues.restock(visit.cabinet, now, minutes);
    if (ctx.screenLog !== null) ctx.screenLog.restockVisit(this.cabinets.dispensing.cabinets[visit.cabinet].id, now, now + minutes, visit.lines);
    ctx.env.post(minutes, this.visitDone, 0, visit);
  }

  /** The restocker is done at this cabinet: expired lots out, new lots in (some lines short upstream). */
  private finishVisit(visit: RestockVisit): void {
    const ctx = this.ctx;
    const now = ctx.env.now;
    const disp = this.cabinets.dispensing;
    const receipt = restockCabinet(disp, visit.cabinet, visit.round.policy, now, visit.round.deliver);
    if (ctx.trace !== null) ctx.trace(`restocker fills ${disp.cabinets[visit.cabinet].id}`, now);
    this.cabinets.stock.restocked(disp.cabinets[visit.cabinet], receipt, now);
    ctx.contacts.leave(this.cabinets.zones[visit.cabinet], RESTOCKER, now);
    this.cabinets.screens[visit.cabinet].release();
    visit.round.next++;
    this.walkOn(visit.round);
  }
}
