/**
 * The warm start of a forecast from a dispensing state (the twin's live state): its cabinets,
 * slots, lots, jams, offline flags and patients with the quota they have used, as plain JSON for the replication jobs. Also
 * a live state for benchmarks and tests: the dispensing state a simulated ward reaches after
 * some days, rebuilt from the run's ledger exactly as a twin fed that ledger would hold it.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { replayLedger } from '../../dispensing/index.js';
import type { DispensingState } from '../../dispensing/index.js';
import { buildLayout, compileParams, dispensingConfig, simulateWard } from '../../ward/index.js';
import type { WardStart } from '../../ward/index.js';

/** Minutes in an hour. */
const MINUTES_PER_HOUR = 60;

/**
 * The start of a forecast from `state` at its clock.
 * @param horizonHours - hours to simulate, > 0
 * @param holdOffline - cabinet ids kept offline for the whole horizon (a what-if)
 */
export function forecastStart(state: DispensingState, horizonHours: number, holdOffline: readonly string[] = []): WardStart {
  if (!(horizonHours > 0) || !Number.isFinite(horizonHours)) throw new RangeError(`forecastStart: horizonHours(=${horizonHours}) must be a finite number > 0`);
  return {
    nowMin: state.nowMin,
    horizonMin: horizonHours * MINUTES_PER_HOUR,
    cabinets: state.cabinets.map((cab) => ({
      id: cab.id,
      online: cab.online,
      slots: cab.slots.map((slot) => ({
        id: slot.id,
        sku: slot.skuIndex < 0 ? null : state.items[slot.skuIndex].sku,
        jammed: slot.jammed,
        capacityUnits: slot.capacityUnits,
        lots: slot.lots.map((l) => ({ quantity: l.quantity, expiresAtMin: l.expiresAtMin })),
      })),
    })),
    patients: [...state.patients.values()].map((p) => {
      // The quota a patient has used stays used in the forecast ("one item, one person").
      const quotaUse = state.items.flatMap((item, k) => (p.stayUnits[k] > 0 ? [{ sku: item.sku, dayIndex: p.dayIndex[k], dayUnits: p.dayUnits[k], stayUnits: p.stayUnits[k] }] : []));
      return { id: p.id, kind: p.kind, room: p.room, companionIds: [...p.companionIds], admittedAtMin: p.admittedAtMin, ...(quotaUse.length > 0 ? { quotaUse } : {}) };
    }),
    ...(holdOffline.length > 0 ? { holdOffline: [...holdOffline] } : {}),
  };
}

/**
 * The dispensing state of `scenario` after `days` simulated days (no warm-up), rebuilt from
 * the run's ledger, its clock at the last ledger event.
 * @throws RangeError for days not > 0, or a scenario without cabinets
 */
export function simulatedLiveState(scenario: Scenario, days: number, seed: number): DispensingState {
  if (!(days > 0)) throw new RangeError(`simulatedLiveState: days(=${days}) must be > 0`);
  const s: Scenario = { ...scenario, run: { ...scenario.run, warmupDays: 0, horizonDays: days } };
  const config = dispensingConfig(s, buildLayout(s, compileParams(s).beds));
  if (config === null) throw new RangeError(`simulatedLiveState: scenario "${s.meta.id}" has no cabinets`);
  const run = simulateWard(s, { seed, replication: 0, recordLedger: true });
  const state = replayLedger(config, run.ledger ?? []);
  return state;
}
