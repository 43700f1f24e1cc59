// Commands for the model-based test (fc.commands): each runs one operation on the core and on
// the reference model, compares the answers, and leaves the laws to be checked afterwards.
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  admitPatient,
  alternativeCabinets,
  applyRestock,
  dischargePatient,
  dispense,
  dispenseUnits,
  DispensingInputError,
  planRestock,
  removeExpired,
  route,
  setCabinetOnline,
  setSlotJammed,
  snapshotState,
  usableUnitsAt,
  type DeliveryLine,
  type DispenseOutcome,
  type DispensingState,
  type PatientKind,
} from '../../../engine/dispensing/index.js';
import { conservation, fefo, sameAsModel, slotBounds, usableLots, withinEntitlement } from './laws.js';
import type { ReferenceModel } from './reference-model.js';
import { ROOMS } from './arbitraries.js';

export interface Real {
  readonly state: DispensingState;
  readonly first: Map<string, DispenseOutcome>;
  lotSeq: number;
  /** Request ids issued so far (`q0`…). */
  requests: number;
  /** Lean requests issued so far (`u0`…; never repeated). */
  lean?: number;
}

type Cmd = fc.Command<ReferenceModel, Real>;

const PATIENTS = ['P0', 'P1', 'P2', 'P3'];
const ACTORS = [undefined, 'self', 'K0', 'K1', 'P0', 'stranger'];

function allLaws(m: ReferenceModel, r: Real): void {
  conservation(r.state);
  slotBounds(r.state);
  withinEntitlement(r.state);
  sameAsModel(m, r.state);
  expect(r.state.nowMin).toBe(m.now);
}

/** Expects `act` to throw a DispensingInputError and change nothing. */
function rejects(r: Real, act: () => unknown): void {
  const before = snapshotState(r.state);
  expect(act).toThrow(DispensingInputError);
  expect(snapshotState(r.state)).toEqual(before);
}

class Admit implements Cmd {
  constructor(readonly p: number, readonly kind: PatientKind, readonly companions: string[], readonly dt: number) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const id = PATIENTS[this.p];
    const t = m.now + this.dt;
    const req = { patientId: id, kind: this.kind, room: ROOMS[this.p % 2].id, companionIds: this.companions, timeMin: t };
    if (m.patients.has(id)) return rejects(r, () => admitPatient(r.state, req));
    admitPatient(r.state, req);
    m.patients.set(id, { id, kind: this.kind, companions: [...this.companions], admittedAtMin: t, got: new Map() });
    m.now = t;
    allLaws(m, r);
  }
  toString = (): string => `admit(${PATIENTS[this.p]},${this.kind},[${this.companions.join()}],+${this.dt})`;
}

class Discharge implements Cmd {
  constructor(readonly p: number, readonly dt: number) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const id = PATIENTS[this.p];
    const t = m.now + this.dt;
    if (!m.patients.has(id)) return rejects(r, () => dischargePatient(r.state, id, t));
    dischargePatient(r.state, id, t);
    m.patients.delete(id);
    m.now = t;
    allLaws(m, r);
  }
  toString = (): string => `discharge(${PATIENTS[this.p]},+${this.dt})`;
}

class Dispense implements Cmd {
  constructor(
    readonly req: number, readonly p: number, readonly actor: number, readonly sku: number,
    readonly quantity: number, readonly cab: number, readonly dt: number,
  ) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const items = m.config.catalog.items;
    const sku = this.sku < 90 ? items[this.sku % items.length].sku : 'ghost';
    const patientId = this.p < PATIENTS.length ? PATIENTS[this.p] : undefined;
    const a = ACTORS[this.actor];
    const actorId = a === 'self' ? patientId : a;
    const cabinetId = m.cabinets[this.cab % m.cabinets.length].id;
    // mostly a fresh request id; sometimes a repeat of one issued `req - 8` requests ago
    const requestId = this.req < 8 || r.requests === 0 ? `q${r.requests++}` : `q${Math.max(0, r.requests - 1 - (this.req - 8))}`;
    const t = m.now + this.dt;
    const request = { requestId, patientId, actorId, sku, quantity: this.quantity, cabinetId, timeMin: t };
    const remembered = m.recall(requestId);
    if (remembered) {
      // idempotency: the same outcome object, and nothing changes (not even the clock)
      const before = snapshotState(r.state);
      const again = dispense(r.state, request);
      expect(again).toBe(r.first.get(requestId));
      expect(snapshotState(r.state)).toEqual(before);
      return;
    }
    const before = usableLots(r.state, cabinetId, sku, t);
    const out = dispense(r.state, request);
    const expected = m.decide(cabinetId, sku, patientId, actorId, this.quantity, t);
    if (expected.ok) {
      expect(out).toEqual({ ok: true, requestId, cabinetId, sku, quantity: this.quantity, grants: expected.grants, timeMin: t });
      if (patientId !== undefined) m.charge(patientId, sku, this.quantity, t);
      if (out.ok) fefo(before, out.grants, t);
      // every grant of an item that needs a patient names an admitted one
      if (items.find((i) => i.sku === sku)!.needsPatient) expect(r.state.patients.has(patientId!)).toBe(true);
    } else {
      expect(out).toEqual({ ok: false, requestId, cabinetId, sku, quantity: this.quantity, reason: expected.reason, alternatives: expected.alternatives, timeMin: t });
    }
    m.remember(requestId, expected);
    r.first.set(requestId, out);
    m.now = t;
    allLaws(m, r);
  }
  toString = (): string => `dispense(${this.req < 8 ? 'new' : `back ${this.req - 8}`},p${this.p},a${this.actor},k${this.sku},x${this.quantity},c${this.cab},+${this.dt})`;
}

class DispenseUnits implements Cmd {
  constructor(readonly p: number, readonly actor: number, readonly sku: number, readonly quantity: number, readonly cab: number, readonly dt: number) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const items = m.config.catalog.items;
    const k = this.sku % items.length;
    const sku = items[k].sku;
    const patientId = this.p < PATIENTS.length ? PATIENTS[this.p] : undefined;
    const a = ACTORS[this.actor];
    const actorId = a === 'self' ? patientId : a;
    const c = this.cab % m.cabinets.length;
    const cab = m.cabinets[c];
    const t = m.now + this.dt;
    // a fresh id every time: with a window on the lean call goes through dispense and is remembered
    const requestId = `u${(r.lean = (r.lean ?? 0) + 1)}`;
    expect(usableUnitsAt(r.state, c, k, t)).toBe(cab.online ? m.usable(cab, sku, t) : 0);
    const expected = m.decide(cab.id, sku, patientId, actorId, this.quantity, t);
    const alternatives = expected.ok ? null : alternativeCabinets(r.state, c, k, this.quantity, t, patientId, actorId);
    const reason = dispenseUnits(r.state, c, k, patientId, actorId, this.quantity, t, requestId);
    expect(reason).toBe(expected.ok ? null : expected.reason);
    if (!expected.ok) expect(alternatives).toEqual(expected.alternatives);
    if (expected.ok && patientId !== undefined) m.charge(patientId, sku, this.quantity, t);
    m.remember(requestId, expected);
    m.now = t;
    allLaws(m, r);
  }
  toString = (): string => `dispenseUnits(p${this.p},a${this.actor},k${this.sku},x${this.quantity},c${this.cab},+${this.dt})`;
}

class Restock implements Cmd {
  constructor(
    readonly mode: 'round' | 'par-trigger', readonly par: number, readonly reorder: number, readonly margin: number,
    readonly supply: number, readonly overfill: number, readonly dt: number,
  ) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const t = m.now + this.dt;
    const plan = planRestock(r.state, { mode: this.mode, parFraction: this.par, reorderPointFraction: this.reorder, expiryMarginMin: this.margin }, t);
    // the reference pick list, computed the plain way
    const expected: { cabinetId: string; slotId: string; addUnits: number; remove: string[] }[] = [];
    for (const cab of m.cabinets) {
      for (const slot of cab.slots) {
        if (slot.sku === null || slot.jammed) continue;
        const lots = [...slot.lots].sort((a, b) => a.expiresAtMin - b.expiresAtMin);
        const remove = lots.filter((l) => l.expiresAtMin <= t + this.margin);
        const kept = m.onHand(slot) - remove.reduce((a, l) => a + l.quantity, 0);
        const triggered = this.mode === 'round' || kept <= Math.floor(slot.capacity * this.reorder);
        const addUnits = triggered ? Math.max(0, Math.floor(slot.capacity * this.par) - kept) : 0;
        if (addUnits > 0 || remove.length > 0) expected.push({ cabinetId: cab.id, slotId: slot.id, addUnits, remove: remove.map((l) => l.lotId) });
      }
    }
    const got = plan.cabinets.flatMap((c) => c.lines.map((l) => ({ cabinetId: c.cabinetId, slotId: l.slotId, addUnits: l.addUnits, remove: l.removeLots.map((x) => x.lotId) })));
    expect(got).toEqual(expected);
    for (const c of plan.cabinets) for (const l of c.lines) expect(l.keptUnits + l.addUnits).toBeLessThanOrEqual(l.capacityUnits);

    // a delivery, possibly short (upstream shortage) and possibly over capacity
    const lines: DeliveryLine[] = expected.map((e) => {
      const shelf = m.config.catalog.items.find((i) => i.sku === m.slot(e.cabinetId, e.slotId).sku)!.shelfLifeDays;
      const quantity = Math.floor(e.addUnits * this.supply) + this.overfill;
      const lots = quantity > 0 ? [{ lotId: `T${r.lotSeq++}`, quantity, expiresAtMin: t + shelf * 1440 }] : [];
      return { cabinetId: e.cabinetId, slotId: e.slotId, removeLotIds: e.remove, lots };
    });
    const receipt = applyRestock(r.state, { lines }, t);
    let added = 0;
    let removed = 0;
    let overflow = 0;
    for (const line of lines) {
      const slot = m.slot(line.cabinetId, line.slotId);
      for (const id of line.removeLotIds!) {
        removed += slot.lots.find((l) => l.lotId === id)!.quantity;
        slot.lots = slot.lots.filter((l) => l.lotId !== id);
      }
      for (const lot of line.lots!) {
        const take = Math.min(lot.quantity, slot.capacity - m.onHand(slot));
        overflow += lot.quantity - take;
        if (take > 0) slot.lots.push({ lotId: lot.lotId!, quantity: take, expiresAtMin: lot.expiresAtMin });
        added += take;
      }
    }
    expect(receipt).toEqual({ addedUnits: added, removedUnits: removed, overflowUnits: overflow });
    if (added + removed > 0) m.now = t;
    allLaws(m, r);
  }
  toString = (): string => `restock(${this.mode},par ${this.par},rop ${this.reorder},margin ${this.margin},supply ${this.supply},+${this.overfill},+${this.dt})`;
}

class RemoveExpired implements Cmd {
  constructor(readonly dt: number) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const t = m.now + this.dt;
    const receipt = removeExpired(r.state, t);
    let removed = 0;
    for (const cab of m.cabinets) {
      for (const slot of cab.slots) {
        removed += slot.lots.filter((l) => l.expiresAtMin <= t).reduce((a, l) => a + l.quantity, 0);
        slot.lots = slot.lots.filter((l) => l.expiresAtMin > t);
      }
    }
    expect(receipt.removedUnits).toBe(removed);
    if (removed > 0) m.now = t;
    allLaws(m, r);
  }
  toString = (): string => `removeExpired(+${this.dt})`;
}

class Jam implements Cmd {
  constructor(readonly cab: number, readonly slot: number, readonly jammed: boolean, readonly dt: number) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const cab = m.cabinets[this.cab % m.cabinets.length];
    const slot = cab.slots[this.slot % cab.slots.length];
    const t = m.now + this.dt;
    const changed = setSlotJammed(r.state, cab.id, slot.id, this.jammed, t);
    expect(changed).toBe(slot.jammed !== this.jammed);
    if (changed) m.now = t;
    slot.jammed = this.jammed;
    allLaws(m, r);
  }
  toString = (): string => `jam(c${this.cab},s${this.slot},${this.jammed},+${this.dt})`;
}

class Online implements Cmd {
  constructor(readonly cab: number, readonly online: boolean, readonly dt: number) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const cab = m.cabinets[this.cab % m.cabinets.length];
    const t = m.now + this.dt;
    const changed = setCabinetOnline(r.state, cab.id, this.online, t);
    expect(changed).toBe(cab.online !== this.online);
    if (changed) m.now = t;
    cab.online = this.online;
    allLaws(m, r);
  }
  toString = (): string => `online(c${this.cab},${this.online},+${this.dt})`;
}

class Route implements Cmd {
  constructor(readonly room: number, readonly sku: number, readonly quantity: number, readonly p: number, readonly dt: number) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const items = m.config.catalog.items;
    const sku = this.sku < 90 ? items[this.sku % items.length].sku : 'ghost';
    const patientId = this.p < PATIENTS.length ? PATIENTS[this.p] : undefined;
    const t = m.now + this.dt; // routing reads only; it may look ahead
    const room = ROOMS[this.room];
    const got = route(r.state, { room: room.id, sku, quantity: this.quantity, patientId }, t);
    const known = items.some((i) => i.sku === sku);
    const servable = known ? m.byDistance(room.location.x, room.location.y).filter((c) => m.canServe(c, sku, this.quantity, t)).map((c) => c.id) : [];
    const patientOk = !known || patientId === undefined || m.patientReason(sku, patientId, undefined, this.quantity, t) === null;
    expect(got).toEqual(patientOk ? servable : []);
    // never "out of stock everywhere" while some online cabinet could serve (for an eligible patient)
    if (patientOk && servable.length > 0) expect(got.length).toBeGreaterThan(0);
  }
  toString = (): string => `route(R${this.room},k${this.sku},x${this.quantity},p${this.p},+${this.dt})`;
}

class BadDispense implements Cmd {
  constructor(readonly kind: number) {}
  check = (): boolean => true;
  run(m: ReferenceModel, r: Real): void {
    const base = { requestId: `bad${this.kind}`, patientId: 'P0', sku: 'k0', quantity: 1, cabinetId: m.cabinets[0].id, timeMin: m.now };
    const bad = [
      { ...base, quantity: -1 },
      { ...base, quantity: 0.5 },
      { ...base, cabinetId: 'nowhere' },
      { ...base, timeMin: m.now - 1 },
      { ...base, timeMin: Number.NaN },
    ][this.kind];
    rejects(r, () => dispense(r.state, bad));
  }
  toString = (): string => `badDispense(${this.kind})`;
}

/** Mostly `common`, sometimes `rare`. */
function weighted<T>(common: fc.Arbitrary<T>, rare: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 6, arbitrary: common }, { weight: 1, arbitrary: rare });
}

const dt = fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1440 }) });

/**
 * A fixed prelude so that random sequences start from a working ward: three patients admitted
 * (a mother with a companion, her newborn, another mother), a full restock round and every
 * cabinet online at time 0.
 */
export function prelude(m: ReferenceModel, r: Real): void {
  new Admit(0, 'mother', ['K0'], 0).run(m, r);
  new Admit(1, 'newborn', ['P0', 'K0'], 0).run(m, r);
  new Admit(2, 'mother', ['K1'], 0).run(m, r);
  new Restock('round', 1, 0, 0, 1, 0, 0).run(m, r);
  m.cabinets.forEach((_, c) => new Online(c, true, 0).run(m, r));
}

/** Every command, weighted towards dispensing (one arbitrary, so fc.commands keeps the weights). */
export const commandArbs: fc.Arbitrary<Cmd>[] = [
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 12 }), weighted(fc.nat(2), fc.constantFrom(3, 4)), weighted(fc.constant(0), fc.integer({ min: 1, max: 5 })), weighted(fc.nat(3), fc.constant(99)), fc.integer({ min: 1, max: 3 }), fc.nat(3), dt)
        .map(([q, p, a, k, n, c, d]): Cmd => new Dispense(q, p, a, k, n, c, d)),
    },
    {
      weight: 6,
      arbitrary: fc
        .tuple(weighted(fc.nat(2), fc.constantFrom(3, 4)), weighted(fc.constant(0), fc.integer({ min: 1, max: 5 })), fc.nat(3), fc.integer({ min: 1, max: 3 }), fc.nat(3), dt)
        .map(([p, a, k, n, c, d]): Cmd => new DispenseUnits(p, a, k, n, c, d)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom<PatientKind>('mother', 'newborn'), fc.subarray(['K0', 'K1', 'P0']), dt)
        .map(([p, k, c, d]): Cmd => new Admit(p, k, c, d)),
    },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 3 }), dt).map(([p, d]): Cmd => new Discharge(p, d)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom<'round' | 'par-trigger'>('round', 'par-trigger'), fc.constantFrom(0.5, 1), fc.constantFrom(0, 0.25, 0.5), fc.constantFrom(0, 60), fc.constantFrom(0, 0.5, 1), fc.constantFrom(0, 0, 2), dt)
        .map(([mode, par, rop, margin, supply, over, d]): Cmd => new Restock(mode, par, rop, margin, supply, over, d)),
    },
    { weight: 1, arbitrary: dt.map((d): Cmd => new RemoveExpired(d)) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(3), fc.nat(4), fc.boolean(), dt).map(([c, s, j, d]): Cmd => new Jam(c, s, j, d)) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(3), fc.boolean(), dt).map(([c, o, d]): Cmd => new Online(c, o, d)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 1 }), weighted(fc.nat(3), fc.constant(99)), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }), dt)
        .map(([room, k, n, p, d]): Cmd => new Route(room, k, n, p, d)),
    },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 4 }).map((k): Cmd => new BadDispense(k)) },
  ),
];
