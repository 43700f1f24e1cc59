/**
 * replayTwinLedger() folds stored rows and sets aside those that do not fit, restarting the
 * fold without them so that a row applied in part leaves no trace, and stops after
 * `maxRestarts` bad rows so that a ledger full of bad rows costs a bounded number of folds.
 */
import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../../scenarios/index.js';
import { simulationDispensingConfig } from '../../../server/services/ward-config.js';
import { replayTwinLedger } from '../../../server/twin/ledger-replay.js';
import type { StoredTwinRow } from '../../../server/twin/ledger-replay.js';

function config() {
  const loaded = loadPreset('county-mch');
  if (!loaded.ok) throw new Error('county-mch must load');
  return simulationDispensingConfig(loaded.scenario)!;
}

const admitted = (id: string, t: number) => ({ type: 'admitted', timeMin: t, patientId: id, kind: 'mother', room: 'room-1', companionIds: [] });
const discharged = (id: string, t: number) => ({ type: 'discharged', timeMin: t, patientId: id });
const row = (seq: number, ...events: object[]): StoredTwinRow => ({ seq, eventId: `e${seq}`, timeMin: seq, body: JSON.stringify(events) });

describe('replayTwinLedger()', () => {
  it('a row that fails halfway leaves nothing of itself in the state, and later rows still apply', () => {
    const rows = [row(1, admitted('m1', 1)), row(2, admitted('m2', 2), discharged('ghost', 2)), row(3, admitted('m3', 3))];
    const { state, unreplayable } = replayTwinLedger(config(), () => rows);
    expect([...state.patients.keys()].sort()).toEqual(['m1', 'm3']);
    expect(unreplayable).toEqual([{ seq: 2, eventId: 'e2', timeMin: 2, reason: 'dischargePatient: patientId(="ghost") is not admitted' }]);
  });

  it('after maxRestarts bad rows the replay stops at the next bad row and sets it and every later row aside', () => {
    let passes = 0;
    const rows = [row(1, admitted('m1', 1)), row(2, discharged('x', 2)), row(3, discharged('y', 3)), row(4, admitted('m4', 4)), row(5, discharged('z', 5)), row(6, admitted('m6', 6))];
    const { state, unreplayable } = replayTwinLedger(config(), () => (passes++, rows), { maxRestarts: 2 });
    expect([...state.patients.keys()].sort()).toEqual(['m1', 'm4']);
    expect(unreplayable.map((r) => r.seq)).toEqual([2, 3, 5, 6]);
    expect(unreplayable[2].reason).toBe('not replayed: more than 2 rows before it did not fit, so the replay stopped at row 5');
    expect(passes).toBe(4);
  });

  it('a body that is JSON but not a list of events is set aside with the reason', () => {
    const { unreplayable } = replayTwinLedger(config(), () => [row(1, admitted('m1', 1)), { seq: 2, eventId: 'e2', timeMin: 2, body: '{"type":"admitted"}' }]);
    expect(unreplayable).toEqual([{ seq: 2, eventId: 'e2', timeMin: 2, reason: "the row's body is not a list of ledger events" }]);
  });
});
