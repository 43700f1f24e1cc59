import { describe, expect, it } from 'vitest';
import {
  admitPatient,
  applyRestock,
  createDispensingState,
  deliveryFromPlan,
  dispense,
  DispensingInputError,
  planRestock,
  replayLedger,
  route,
  setCabinetOnline,
  setSlotJammed,
  snapshotState,
  type DispensingState,
  type DispensingStateOptions,
  type LedgerEvent,
} from '../../../engine/dispensing/index.js';
import { DAY, smallWard } from './fixtures.js';

/** A fixed little day on the ward, run against any state. */
function day(s: DispensingState): void {
  admitPatient(s, { patientId: 'M1', kind: 'mother', room: 'R1', companionIds: ['K1'], timeMin: 0 });
  admitPatient(s, { patientId: 'B1', kind: 'newborn', room: 'R1', companionIds: ['M1'], timeMin: 0 });
  for (let i = 0; i < 40; i++) {
    const t = 10 + i * 30;
    dispense(s, { requestId: `r${i}`, patientId: i % 2 ? 'M1' : 'B1', actorId: 'K1', sku: i % 2 ? 'pad' : 'nappy', quantity: 1 + (i % 3), cabinetId: i % 3 ? 'C1' : 'C2', timeMin: t });
    if (i === 10) setSlotJammed(s, 'C1', 'a', true, t);
    if (i === 20) setCabinetOnline(s, 'C2', false, t);
    if (i === 25) applyRestock(s, deliveryFromPlan(s, planRestock(s, { mode: 'round' }, t)), t);
  }
}

function run(options: DispensingStateOptions): DispensingState {
  const s = createDispensingState(smallWard(), options);
  day(s);
  return s;
}

describe('ledger', () => {
  it('replayLedger() rebuilds the live state exactly, also after a JSON round trip', () => {
    const live = run({});
    const events = JSON.parse(JSON.stringify(live.ledger)) as LedgerEvent[];
    const replayed = replayLedger(smallWard(), events);
    expect(snapshotState(replayed)).toEqual(snapshotState(live));
    expect(replayed.ledger).toEqual(live.ledger);
  });

  it("with retention 'counters' keeps no events but the same counters and state", () => {
    const retained = run({});
    const lean = run({ ledger: 'counters' });
    expect(lean.ledger).toBeNull();
    expect(snapshotState(lean)).toEqual(snapshotState(retained));
    expect(lean.counters.events).toBe(retained.ledger!.length);
  });

  it('streams every event to a sink in order, with or without retention', () => {
    const seen: LedgerEvent[] = [];
    const retained = run({});
    run({ ledger: 'counters', onEvent: (e) => seen.push(e) });
    expect(seen).toEqual(retained.ledger);
  });

  it('refuses a ledger that does not fit the config, naming the problem', () => {
    const live = run({});
    const bad = live.ledger!.map((e) => (e.type === 'dispensed' ? { ...e, grants: e.grants.map((g) => ({ ...g, quantity: g.quantity + 100 })) } : e));
    expect(() => replayLedger(smallWard(), bad)).toThrow(/replayLedger: grant of \d+ from lot/);
    const backwards = [...live.ledger!].reverse();
    expect(() => replayLedger(smallWard(), backwards)).toThrow(DispensingInputError);
  });

  it('the idempotency window stays bounded over a long run and forgets only the oldest ids', () => {
    const s = createDispensingState({ ...smallWard(), rules: { idempotencyWindow: 100 } }, { ledger: 'counters' });
    admitPatient(s, { patientId: 'M1', kind: 'mother', room: 'R1', timeMin: 0 });
    for (let i = 0; i < 10_000; i++) dispense(s, { requestId: `x${i}`, patientId: 'M1', sku: 'caviar', quantity: 1, cabinetId: 'C1', timeMin: i });
    expect(s.idempotency.outcomes.size).toBe(100);
    expect(s.idempotency.outcomes.has('x9900')).toBe(true);
    expect(s.idempotency.outcomes.has('x9899')).toBe(false);
    const again = dispense(s, { requestId: 'x9950', patientId: 'M1', sku: 'caviar', quantity: 1, cabinetId: 'C1', timeMin: 1 });
    expect(again.timeMin).toBe(9950);
    expect(s.counters.refusals).toBe(10_000);
  });
});

describe('route()', () => {
  it('orders cabinets by walking distance from the room and drops those that cannot serve', () => {
    const s = createDispensingState(smallWard());
    admitPatient(s, { patientId: 'M1', kind: 'mother', room: 'R2', timeMin: 0 });
    expect(route(s, { room: 'R2', sku: 'pad' }, 0)).toEqual(['C2', 'C1']);
    expect(route(s, { room: 'R1', sku: 'pad' }, 0)).toEqual(['C1', 'C2']);
    expect(route(s, { room: 'R1', sku: 'pad', quantity: 8 }, 0)).toEqual(['C2']);
    expect(route(s, { location: { x: 100, y: 0 }, sku: 'wipes' }, 0)).toEqual(['C2']);
    expect(route(s, { room: 'R1', sku: 'wipes' }, 21 * DAY)).toEqual([]);
    expect(route(s, { room: 'R1', sku: 'pad', patientId: 'M1', quantity: 9 }, 0)).toEqual([]);
    setCabinetOnline(s, 'C2', false, 1);
    expect(route(s, { room: 'R2', sku: 'pad' }, 1)).toEqual(['C1']);
    expect(() => route(s, { room: 'R9', sku: 'pad' }, 1)).toThrow(/route: query.room\(="R9"\) must name a configured room/);
  });
});
