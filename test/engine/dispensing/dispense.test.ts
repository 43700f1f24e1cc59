import { describe, expect, it } from 'vitest';
import {
  admitPatient,
  createDispensingState,
  dischargePatient,
  dispense,
  DispensingInputError,
  REFUSAL_REASONS,
  setCabinetOnline,
  setSlotJammed,
  snapshotState,
  type DispenseOutcome,
  type DispensingState,
  type RefusalReason,
} from '../../../engine/dispensing/index.js';
import { DAY, smallWard } from './fixtures.js';

function ward(): DispensingState {
  const s = createDispensingState(smallWard());
  admitPatient(s, { patientId: 'M1', kind: 'mother', room: 'R1', companionIds: ['K1'], timeMin: 0 });
  admitPatient(s, { patientId: 'B1', kind: 'newborn', room: 'R1', companionIds: ['M1', 'K1'], timeMin: 0 });
  return s;
}

let seq = 0;
function ask(s: DispensingState, over: Partial<Parameters<typeof dispense>[1]> = {}): DispenseOutcome {
  return dispense(s, { requestId: `r${++seq}`, patientId: 'M1', sku: 'pad', quantity: 1, cabinetId: 'C1', timeMin: 10, ...over });
}

describe('dispense()', () => {
  it('grants from the lot that expires first (FEFO) and spans lots when needed', () => {
    const s = ward();
    const out = ask(s, { quantity: 5 });
    expect(out).toMatchObject({ ok: true, grants: [
      { slotId: 'a', lotId: 'p-early', quantity: 3 },
      { slotId: 'a', lotId: 'p-late', quantity: 2 },
    ] });
    expect(s.counters.grants).toBe(1);
  });

  it('refuses an admission whose companion list is not an array, before any change', () => {
    const s = ward();
    const before = snapshotState(s);
    const bad = { patientId: 'M2', kind: 'mother', room: 'R1', companionIds: 'K2', timeMin: 1 } as unknown as Parameters<typeof admitPatient>[1];
    expect(() => admitPatient(s, bad)).toThrow(/^admitPatient: request\.companionIds\(="K2"\) must be an array of ids/);
    expect(snapshotState(s)).toEqual(before);
  });

  it('lets a companion act for the patient, and the mother for her newborn', () => {
    const s = ward();
    expect(ask(s, { actorId: 'K1' }).ok).toBe(true);
    expect(ask(s, { patientId: 'B1', actorId: 'M1', sku: 'nappy' }).ok).toBe(true);
  });

  const cases: [RefusalReason, (s: DispensingState) => DispenseOutcome, string[]][] = [
    ['unknown-patient', (s) => ask(s, { patientId: 'nobody' }), []],
    ['unknown-patient', (s) => ask(s, { patientId: undefined }), []],
    ['not-entitled', (s) => ask(s, { patientId: 'B1' }), []],
    ['not-entitled', (s) => ask(s, { actorId: 'stranger' }), []],
    ['quota-exceeded', (s) => ask(s, { quantity: 9 }), []],
    ['unknown-sku', (s) => ask(s, { sku: 'caviar' }), []],
    ['out-of-stock', (s) => ask(s, { quantity: 8 }), ['C2']],
    ['out-of-stock', (s) => ask(s, { sku: 'wipes', patientId: undefined }), ['C2']],
    ['slot-jammed', (s) => (setSlotJammed(s, 'C1', 'a', true, 5), ask(s)), ['C2']],
    ['cabinet-offline', (s) => (setCabinetOnline(s, 'C1', false, 5), ask(s)), ['C2']],
    ['expired-only', (s) => ask(s, { cabinetId: 'C2', sku: 'wipes', patientId: undefined, timeMin: 20 * DAY }), []],
  ];
  it.each(cases)('refuses with %s', (reason, act, alternatives) => {
    const s = ward();
    const lots = () => snapshotState(s).cabinets.map((c) => c.slots.map((slot) => slot.lots));
    const before = lots();
    const out = act(s);
    expect(out).toMatchObject({ ok: false, reason, alternatives });
    expect(lots()).toEqual(before);
    expect(s.counters.refusalsByReason[reason]).toBe(1);
  });

  it('covers every refusal reason in the table above', () => {
    expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(REFUSAL_REASONS));
  });

  it('refuses a discharged patient and resets the daily quota every 24 h after admission', () => {
    const s = ward();
    expect(ask(s, { quantity: 8 , cabinetId: 'C2' }).ok).toBe(true);
    expect(ask(s, { cabinetId: 'C2', timeMin: DAY - 1 })).toMatchObject({ reason: 'quota-exceeded' });
    expect(ask(s, { cabinetId: 'C2', timeMin: DAY }).ok).toBe(true);
    dischargePatient(s, 'M1', DAY + 1);
    expect(ask(s, { cabinetId: 'C2', timeMin: DAY + 2 })).toMatchObject({ reason: 'unknown-patient' });
  });

  it('counts the daily quota per postpartum day, not per calendar day', () => {
    const s = ward();
    // Admitted at 23:00: midnight does not reset her quota, 23:00 the next day does.
    admitPatient(s, { patientId: 'M2', kind: 'mother', room: 'R1', companionIds: [], timeMin: 23 * 60 });
    expect(ask(s, { patientId: 'M2', quantity: 8, cabinetId: 'C2', timeMin: 23 * 60 + 10 }).ok).toBe(true);
    expect(ask(s, { patientId: 'M2', cabinetId: 'C2', timeMin: DAY + 60 })).toMatchObject({ reason: 'quota-exceeded' });
    expect(ask(s, { patientId: 'M2', cabinetId: 'C2', timeMin: DAY + 23 * 60 - 1 })).toMatchObject({ reason: 'quota-exceeded' });
    expect(ask(s, { patientId: 'M2', cabinetId: 'C2', timeMin: DAY + 23 * 60 }).ok).toBe(true);
  });

  it('returns the first outcome for a repeated request id and changes nothing', () => {
    const s = ward();
    const first = dispense(s, { requestId: 'same', patientId: 'M1', sku: 'pad', quantity: 2, cabinetId: 'C1', timeMin: 10 });
    const snap = snapshotState(s);
    const again = dispense(s, { requestId: 'same', patientId: 'M1', sku: 'pad', quantity: 2, cabinetId: 'C1', timeMin: 10 });
    expect(again).toBe(first);
    expect(snapshotState(s)).toEqual(snap);
  });

  it.each([
    ['negative quantity', { quantity: -1 }, /dispense: request.quantity\(=-1\) must be an integer >= 1/],
    ['fractional quantity', { quantity: 1.5 }, /request.quantity\(=1.5\)/],
    ['unknown cabinet', { cabinetId: 'C9' }, /dispense: request.cabinetId\(="C9"\) must name a cabinet/],
    ['time going back', { timeMin: 1 }, /earlier than the latest state change/],
    ['empty request id', { requestId: '' }, /request.requestId/],
  ])('throws on %s and leaves the state unchanged', (_name, over, message) => {
    const s = ward();
    ask(s, { timeMin: 5 });
    const snap = snapshotState(s);
    expect(() => ask(s, over)).toThrow(DispensingInputError);
    expect(() => ask(s, over)).toThrow(message);
    expect(snapshotState(s)).toEqual(snap);
  });
});
