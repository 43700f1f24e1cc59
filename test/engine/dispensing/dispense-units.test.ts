// dispenseUnits, the lean path for simulations: the same decisions and the same state as the
// public dispense (checked against it on random wards with the ledger off, the path the ward
// model runs), idempotent through dispense when a window is on, and exact input errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  admitPatient,
  admittedPatient,
  alternativeCabinets,
  createDispensingState,
  dispense,
  dispenseUnits,
  dispenseUnitsOf,
  DispensingInputError,
  setCabinetOnline,
  setSlotJammed,
  snapshotState,
  usableUnitsAt,
  type DispensingConfig,
  type DispensingState,
} from '../../../engine/dispensing/index.js';
import { configArb } from './arbitraries.js';
import { smallWard } from './fixtures.js';

const PATIENTS = [undefined, 'P0', 'P1', 'P2'];
const ACTORS = [undefined, 'K0', 'P0', 'stranger'];

function admitted(config: DispensingConfig, ledger: 'retain' | 'counters'): DispensingState {
  const s = createDispensingState(config, { ledger });
  admitPatient(s, { patientId: 'P0', kind: 'mother', room: 'R0', companionIds: ['K0'], timeMin: 0 });
  admitPatient(s, { patientId: 'P1', kind: 'newborn', room: 'R0', companionIds: ['P0', 'K0'], timeMin: 0 });
  admitPatient(s, { patientId: 'P2', kind: 'mother', room: 'R1', timeMin: 0 });
  return s;
}

const step = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('ask' as const), p: fc.nat(3), a: fc.nat(3), k: fc.nat(3), n: fc.integer({ min: 1, max: 4 }), c: fc.nat(3), dt: fc.nat(200) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('jam' as const), c: fc.nat(3), slot: fc.nat(4), on: fc.boolean(), dt: fc.nat(200) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('online' as const), c: fc.nat(3), on: fc.boolean(), dt: fc.nat(200) }) },
);

describe('dispenseUnits()', () => {
  it('takes the same decisions and leaves the same state as dispense (ledger off, window off)', () => {
    fc.assert(
      fc.property(configArb, fc.array(step, { maxLength: 60 }), (generated, steps) => {
        const config = { ...generated, rules: { ...generated.rules, idempotencyWindow: 0 } };
        const pub = admitted(config, 'retain');
        const lean = admitted(config, 'counters');
        let t = 0;
        steps.forEach((x, i) => {
          t += x.dt;
          const c = x.c % config.cabinets.length;
          const cabinetId = config.cabinets[c].id;
          if (x.op === 'jam') {
            const slotId = `s${x.slot % pub.cabinets[c].slots.length}`;
            setSlotJammed(pub, cabinetId, slotId, x.on, t);
            setSlotJammed(lean, cabinetId, slotId, x.on, t);
          } else if (x.op === 'online') {
            setCabinetOnline(pub, cabinetId, x.on, t);
            setCabinetOnline(lean, cabinetId, x.on, t);
          } else {
            const k = x.k % config.catalog.items.length;
            const patientId = PATIENTS[x.p];
            const actorId = ACTORS[x.a];
            const before = usableUnitsAt(lean, c, k, t);
            const alternatives = alternativeCabinets(lean, c, k, x.n, t, patientId, actorId);
            const out = dispense(pub, { requestId: `r${i}`, patientId, actorId, sku: config.catalog.items[k].sku, quantity: x.n, cabinetId, timeMin: t });
            // Every other request with the patient looked up beforehand, as the ward does once per session.
            const reason =
              i % 2 === 0
                ? dispenseUnits(lean, c, k, patientId, actorId, x.n, t, 'sim')
                : dispenseUnitsOf(lean, c, k, patientId, admittedPatient(lean, patientId), actorId, x.n, t, 'sim');
            expect(reason).toBe(out.ok ? null : out.reason);
            if (!out.ok) expect(alternatives).toEqual(out.alternatives);
            if (out.ok) expect(usableUnitsAt(lean, c, k, t)).toBe(before - x.n);
          }
          expect(snapshotState(lean)).toEqual(snapshotState(pub));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('with an idempotency window goes through dispense: a repeated id changes nothing', () => {
    const s = createDispensingState(smallWard());
    admitPatient(s, { patientId: 'M1', kind: 'mother', room: 'R1', timeMin: 0 });
    expect(dispenseUnits(s, 0, 0, 'M1', undefined, 2, 5, 'x1')).toBeNull();
    const before = snapshotState(s);
    expect(dispenseUnits(s, 0, 0, 'M1', undefined, 2, 6, 'x1')).toBeNull();
    expect(snapshotState(s)).toEqual(before);
    expect(s.ledger!.filter((e) => e.type === 'dispensed')).toHaveLength(1);
  });

  it('writes the same ledger events as dispense, alternatives included', () => {
    const config = { ...smallWard(), rules: { idempotencyWindow: 0 } };
    const a = createDispensingState(config);
    const b = createDispensingState(config);
    for (const s of [a, b]) admitPatient(s, { patientId: 'M1', kind: 'mother', room: 'R1', timeMin: 0 });
    // 7 pads in C1 (two lots): a grant spanning both lots, then a stock refusal naming C2
    dispense(a, { requestId: 'q1', patientId: 'M1', sku: 'pad', quantity: 5, cabinetId: 'C1', timeMin: 1 });
    dispense(a, { requestId: 'q2', patientId: 'M1', sku: 'pad', quantity: 3, cabinetId: 'C1', timeMin: 2 });
    expect(dispenseUnits(b, 0, 0, 'M1', undefined, 5, 1, 'q1')).toBeNull();
    expect(dispenseUnits(b, 0, 0, 'M1', undefined, 3, 2, 'q2')).toBe('out-of-stock');
    expect(b.ledger).toEqual(a.ledger);
    expect(b.ledger!.at(-1)).toMatchObject({ type: 'refused', alternatives: ['C2'] });
  });

  it.each([
    [(s: DispensingState) => dispenseUnits(s, 5, 0, 'M1', undefined, 1, 1, 'r'), /^dispenseUnits: cabinetIndex\(=5\) must be an integer in \[0, 1\]/],
    [(s: DispensingState) => dispenseUnits(s, 0, 3, 'M1', undefined, 1, 1, 'r'), /^dispenseUnits: skuIndex\(=3\) must be an integer in \[0, 2\]/],
    [(s: DispensingState) => dispenseUnits(s, 0, 0, 'M1', undefined, 0, 1, 'r'), /^dispenseUnits: quantity\(=0\) must be an integer >= 1/],
    [(s: DispensingState) => dispenseUnits(s, 0, 0, 'M1', undefined, 1, -1, 'r'), /^dispenseUnits: timeMin\(=-1\)/],
    [(s: DispensingState) => dispenseUnits(s, 0, 0, '', undefined, 1, 1, 'r'), /^dispenseUnits: patientId\(=""\) must be a non-empty string/],
    [(s: DispensingState) => dispenseUnits(s, 0, 0, 'M1', undefined, 1, 1, ''), /^dispenseUnits: requestId\(=""\) must be a non-empty string/],
    [(s: DispensingState) => alternativeCabinets(s, 0, 0, 1.5, 1), /^alternativeCabinets: quantity\(=1.5\) must be an integer >= 1/],
    [(s: DispensingState) => usableUnitsAt(s, -1, 0, 1), /^usableUnitsAt: cabinetIndex\(=-1\)/],
    [(s: DispensingState) => dispenseUnitsOf(s, 0, 0, 'M2', admittedPatient(s, 'M1'), undefined, 1, 1, 'r'), /^dispenseUnitsOf: patient.id\(="M1"\) must equal patientId\(="M2"\)/],
  ])('rejects bad input with the API and the rule, state unchanged (case %#)', (call, message) => {
    const s = createDispensingState({ ...smallWard(), rules: { idempotencyWindow: 0 } });
    admitPatient(s, { patientId: 'M1', kind: 'mother', room: 'R1', timeMin: 0 });
    const before = snapshotState(s);
    expect(() => call(s)).toThrow(DispensingInputError);
    expect(() => call(s)).toThrow(message);
    expect(snapshotState(s)).toEqual(before);
  });

  it('usableUnitsAt counts unexpired units in working slots of an online cabinet only', () => {
    const s = createDispensingState(smallWard());
    expect(usableUnitsAt(s, 0, 0, 0)).toBe(7);
    setSlotJammed(s, 'C1', 'a', true, 1);
    expect(usableUnitsAt(s, 0, 0, 1)).toBe(0);
    expect(usableUnitsAt(s, 1, 2, 20 * 1440)).toBe(0); // wipes lot expires at day 20
    expect(usableUnitsAt(s, 1, 2, 1)).toBe(5);
    setCabinetOnline(s, 'C2', false, 2);
    expect(usableUnitsAt(s, 1, 2, 2)).toBe(0);
  });
});
