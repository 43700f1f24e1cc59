// The FEFO order behind takeUnits (engine/dispensing/fefo-order.ts): on random histories of one
// cabinet with five slots of a SKU (restocks whose lots tie on expiry across slots, lots that
// arrive already expired or expiring sooner, removals and expiry sweeps, jams and repairs,
// slots moving between SKUs, replayed grants of any lot, copies, time running past expiries),
// every dispense takes the lots a plain scan of the slots before it would take: first expiry
// first, ties to the lower slot, then arrival order; and refuses exactly when the scan finds
// too few units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  applyRestock,
  assignSlot,
  copyDispensingState,
  createDispensingState,
  dispense,
  removeExpired,
  restockCabinet,
  setSlotJammed,
  type DispensingConfig,
  type DispensingState,
  type Grant,
} from '../../../engine/dispensing/index.js';
import { DAY } from './fixtures.js';

const SLOTS = ['s0', 's1', 's2', 's3', 's4', 's5'];

const config: DispensingConfig = {
  catalog: {
    items: [
      { sku: 'pad', name: 'Maternity pad', sizeClass: 'M', unit: 'piece', shelfLifeDays: 3, needsPatient: false },
      { sku: 'nappy', name: 'Newborn nappy', sizeClass: 'M', unit: 'piece', shelfLifeDays: 2, needsPatient: false },
    ],
  },
  cabinetModels: [{ id: 'm', slots: SLOTS.map((id) => ({ id, sizeClass: 'M', capacityUnits: 8 })) }],
  cabinets: [{ id: 'C', modelId: 'm', location: { x: 0, y: 0 }, slotSkus: ['pad', 'pad', 'pad', 'pad', 'pad', 'nappy'] }],
  rules: { idempotencyWindow: 0 },
};

/** What a plain scan of the slots would grant now: null when it finds too few usable units. */
function scanGrants(state: DispensingState, sku: string, quantity: number, timeMin: number): Grant[] | null {
  const cab = state.cabinets[0];
  const usable = cab.slotsBySku[state.skuIndex.get(sku)!].flatMap((slot, position) =>
    slot.jammed ? [] : slot.lots.map((lot, order) => ({ slot, lot, position, order })).filter((x) => x.lot.expiresAtMin > timeMin),
  );
  usable.sort((a, b) => a.lot.expiresAtMin - b.lot.expiresAtMin || a.position - b.position || a.order - b.order);
  const grants: Grant[] = [];
  let left = quantity;
  for (const { slot, lot } of usable) {
    if (left === 0) break;
    const take = Math.min(left, lot.quantity);
    grants.push({ slotId: slot.id, lotId: lot.lotId, quantity: take, expiresAtMin: lot.expiresAtMin });
    left -= take;
  }
  return left === 0 ? grants : null;
}

type Op = 'take' | 'lot' | 'round' | 'jam' | 'remove' | 'sweep' | 'assign' | 'grant' | 'copy';

interface Step {
  readonly op: Op;
  readonly sku: 'pad' | 'nappy';
  readonly slot: number;
  readonly quantity: number;
  readonly expiryDays: number;
  readonly advanceMin: number;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom<Op>('take', 'take', 'take', 'take', 'take', 'lot', 'lot', 'round', 'jam', 'jam', 'remove', 'sweep', 'assign', 'grant', 'copy'),
  sku: fc.constantFrom<Step['sku']>('pad', 'pad', 'nappy'),
  slot: fc.nat(SLOTS.length - 1),
  quantity: fc.integer({ min: 1, max: 12 }),
  // Whole days from today's start: lots of one day tie across slots; 0 is already expired.
  expiryDays: fc.integer({ min: 0, max: 4 }),
  advanceMin: fc.constantFrom(0, 0, 1, 30, 600, DAY),
});

let lotSeq = 0;
let requestSeq = 0;

function step(state: DispensingState, s: Step, timeMin: number): DispensingState {
  const slotId = SLOTS[s.slot];
  const slot = state.cabinets[0].slotById.get(slotId)!;
  switch (s.op) {
    case 'take': {
      const expected = scanGrants(state, s.sku, s.quantity, timeMin);
      const out = dispense(state, { requestId: `r${requestSeq++}`, sku: s.sku, quantity: s.quantity, cabinetId: 'C', timeMin });
      expect(out.ok ? out.grants : null).toEqual(expected);
      return state;
    }
    case 'lot': {
      const quantity = Math.min(1 + (s.quantity % 4), slot.capacityUnits - slot.onHandUnits);
      const expiresAtMin = (Math.floor(timeMin / DAY) + s.expiryDays) * DAY;
      if (quantity > 0 && slot.skuIndex >= 0) {
        applyRestock(state, { lines: [{ cabinetId: 'C', slotId, lots: [{ lotId: `x${lotSeq++}`, quantity, expiresAtMin }] }] }, timeMin);
      }
      return state;
    }
    case 'round':
      restockCabinet(state, 0, { mode: 'round', parFraction: 0.5 + (s.quantity % 2) / 2 }, timeMin);
      return state;
    case 'jam':
      setSlotJammed(state, 'C', slotId, !slot.jammed, timeMin);
      return state;
    case 'remove':
      if (slot.lots.length > 0) {
        const lotId = slot.lots[s.quantity % slot.lots.length].lotId;
        applyRestock(state, { lines: [{ cabinetId: 'C', slotId, removeLotIds: [lotId] }] }, timeMin);
      }
      return state;
    case 'sweep':
      removeExpired(state, timeMin);
      return state;
    case 'assign':
      // The restocker empties the slot, then it is given a SKU (or none).
      if (slot.lots.length > 0) applyRestock(state, { lines: [{ cabinetId: 'C', slotId, removeLotIds: slot.lots.map((l) => l.lotId) }] }, timeMin);
      assignSlot(state, 'C', slotId, s.quantity % 5 === 0 ? null : s.sku, timeMin);
      return state;
    case 'grant': {
      // A replayed ledger names its lots: any lot of the slot, not necessarily the FEFO one.
      if (slot.lots.length === 0) return state;
      const lot = slot.lots[s.quantity % slot.lots.length];
      const quantity = 1 + (s.quantity % lot.quantity);
      const grants = [{ slotId, lotId: lot.lotId, quantity, expiresAtMin: lot.expiresAtMin }];
      const sku = state.items[slot.skuIndex].sku;
      applyEvent(state, { type: 'dispensed', timeMin, requestId: `g${requestSeq++}`, patientId: null, actorId: null, cabinetId: 'C', sku, quantity, grants });
      return state;
    }
    case 'copy':
      return copyDispensingState(state, null);
  }
}

describe('takeUnits FEFO order', () => {
  it('a slot jammed at the front of the order and then cleared is first again', () => {
    const state = createDispensingState(config);
    restockCabinet(state, 0, { mode: 'round' }, 0);
    const take = (quantity: number, timeMin: number): string => {
      const out = dispense(state, { requestId: `j${requestSeq++}`, sku: 'pad', quantity, cabinetId: 'C', timeMin });
      return out.ok ? out.grants.map((g) => `${g.slotId}:${g.quantity}`).join(' ') : out.reason;
    };
    // Every slot's lot expires at the same minute: the lowest slot first.
    expect(take(8, 1)).toBe('s0:8');
    expect(take(1, 2)).toBe('s1:1');
    setSlotJammed(state, 'C', 's1', true, 3);
    expect(take(1, 4)).toBe('s2:1');
    setSlotJammed(state, 'C', 's1', false, 5);
    expect(take(8, 6)).toBe('s1:7 s2:1');
  });

  it('a lot that arrives in a slot further back and expires sooner is taken next', () => {
    const state = createDispensingState(config);
    restockCabinet(state, 0, { mode: 'round' }, 0);
    // s3's full lot goes back to the store room to make room for a lot that expires sooner.
    applyRestock(state, { lines: [{ cabinetId: 'C', slotId: 's3', removeLotIds: ['L4'], lots: [{ lotId: 'soon', quantity: 2, expiresAtMin: DAY }] }] }, 1);
    const out = dispense(state, { requestId: 'soon-1', sku: 'pad', quantity: 3, cabinetId: 'C', timeMin: 2 });
    expect(out.ok && out.grants.map((g) => `${g.slotId}/${g.lotId}:${g.quantity}`)).toEqual(['s3/soon:2', 's0/L1:1']);
  });

  it('dispense() takes the lots a plain scan of the slots would, through restocks, jams, removals, slot moves, replayed grants and copies', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 120 }), (steps) => {
        let state = createDispensingState(config);
        let timeMin = 0;
        restockCabinet(state, 0, { mode: 'round' }, timeMin);
        for (const s of steps) {
          state = step(state, s, timeMin);
          timeMin += s.advanceMin;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
