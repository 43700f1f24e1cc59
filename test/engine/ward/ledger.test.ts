import { describe, expect, it } from 'vitest';
import { buildLayout, compileParams, dispensingConfig, simulateWard } from '../../../engine/ward/index.js';
import { replayLedger } from '../../../engine/dispensing/index.js';
import type { LedgerEvent } from '../../../engine/dispensing/index.js';
import { shortPreset } from './presets.js';
import { conservation } from '../../_support/laws.js';

// A county run of three weeks with the whole ledger kept; par triggers, jams and outages on.
const scenario = shortPreset('county-mch', 18, 3);
const scenarioStressed = {
  ...scenario,
  cabinets: { ...scenario.cabinets, jamsPerSlotPerDay: 0.05, offlinePerCabinetPerDay: 0.5 },
};
const run = simulateWard(scenarioStressed, { seed: 21, replication: 0, recordLedger: true });
const ledger: readonly LedgerEvent[] = run.ledger!;
const config = dispensingConfig(scenarioStressed, buildLayout(scenarioStressed, compileParams(scenarioStressed).beds))!;

describe('simulateWard() ledger invariants', () => {
  it('returns the ledger only when asked', () => {
    expect(ledger.length).toBeGreaterThan(1000);
    expect(simulateWard(shortPreset('county-mch', 2, 0), { seed: 1, replication: 0 }).ledger).toBeUndefined();
  });

  it('conservation per cabinet and SKU: initial + restocked = on hand + dispensed + removed', () => {
    conservation(replayLedger(config, ledger));
  });

  it('no slot ever goes negative or over capacity', () => {
    const capacity = new Map<string, number>();
    const level = new Map<string, number>();
    const model = config.cabinetModels[0];
    for (const cab of config.cabinets) model.slots.forEach((s, i) => capacity.set(`${cab.id}/s${i}`, s.capacityUnits));
    for (const lot of config.initialLots ?? []) level.set(`${lot.cabinetId}/${lot.slotId}`, (level.get(`${lot.cabinetId}/${lot.slotId}`) ?? 0) + lot.quantity);
    let checked = 0;
    for (const e of ledger) {
      if (e.type === 'dispensed') {
        for (const g of e.grants) {
          const key = `${e.cabinetId}/${g.slotId}`;
          const v = (level.get(key) ?? 0) - g.quantity;
          level.set(key, v);
          expect(v).toBeGreaterThanOrEqual(0);
          checked++;
        }
      } else if (e.type === 'restocked' || e.type === 'expired-removed') {
        const key = `${e.cabinetId}/${e.slotId}`;
        const v = (level.get(key) ?? 0) + (e.type === 'restocked' ? e.quantity : -e.quantity);
        level.set(key, v);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(capacity.get(key)!);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('entitlements respected: per patient, SKU and postpartum day never above the limit; only admitted patients served', () => {
    const limit = new Map(scenario.catalog.items.map((it) => [it.sku, it.perDayLimit > 0 ? it.perDayLimit : Infinity]));
    const perDay = new Map<string, number>();
    const admitted = new Map<string, number>();
    for (const e of ledger) {
      if (e.type === 'admitted') admitted.set(e.patientId, e.timeMin);
      else if (e.type === 'discharged') admitted.delete(e.patientId);
      else if (e.type === 'dispensed') {
        expect(admitted.has(e.patientId!)).toBe(true);
        // Quota days are postpartum days: whole 24 h since admission.
        const key = `${e.patientId}/${e.sku}/${Math.floor((e.timeMin - admitted.get(e.patientId!)!) / 1440)}`;
        const v = (perDay.get(key) ?? 0) + e.quantity;
        perDay.set(key, v);
        expect(v).toBeLessThanOrEqual(limit.get(e.sku)!);
      }
    }
  });

  it('faults happen and offline cabinets dispense nothing', () => {
    const offline = new Set<string>();
    let faults = 0;
    for (const e of ledger) {
      if (e.type === 'offline') offline.add(e.cabinetId);
      else if (e.type === 'online') offline.delete(e.cabinetId);
      else if (e.type === 'jammed') faults++;
      else if (e.type === 'dispensed') expect(offline.has(e.cabinetId)).toBe(false);
    }
    expect(faults).toBeGreaterThan(0);
  });
});
