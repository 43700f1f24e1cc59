import { describe, expect, it } from 'vitest';
import { forecastStart, simulatedLiveState } from '../../../engine/experiment/index.js';
import { simulateWard } from '../../../engine/ward/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { preset } from './preset.js';

/** county-mch with a stay quota of 10 maternity pads, which every mother reaches on day 1 or 2. */
function tightQuota(): Scenario {
  const s = preset('county-mch');
  return { ...s, catalog: { ...s.catalog, items: s.catalog.items.map((i) => (i.sku === 'maternity-pad' ? { ...i, perStayLimit: 10 } : i)) } };
}

describe('forecast warm start and the patients\' quotas', () => {
  it('a patient at her stay quota in the live state draws no more of that item in the forecast', () => {
    const s = tightQuota();
    const live = simulatedLiveState(s, 6, 5);
    const sku = live.skuIndex.get('maternity-pad')!;
    const atQuota = [...live.patients.values()].filter((p) => p.kind === 'mother' && p.stayUnits[sku] >= 10).map((p) => p.id);
    expect(atQuota.length).toBeGreaterThan(3);
    const start = forecastStart(live, 24);
    const carried = start.patients.find((p) => p.id === atQuota[0])!;
    expect(carried.quotaUse).toContainEqual(expect.objectContaining({ sku: 'maternity-pad', stayUnits: 10 }));
    for (const replication of [0, 1, 2]) {
      const run = simulateWard(s, { seed: 1, replication, start, recordLedger: true });
      const drawn = (run.ledger ?? []).filter((e) => e.type === 'dispensed' && e.sku === 'maternity-pad' && e.patientId !== null && atQuota.includes(e.patientId));
      expect(drawn).toEqual([]);
      const refused = (run.ledger ?? []).filter((e) => e.type === 'refused' && e.reason === 'quota-exceeded' && e.patientId !== null && atQuota.includes(e.patientId));
      expect(refused.length).toBeGreaterThan(0);
    }
  });

  it('a patient below her quota keeps the rest of it, counted from her real admission', () => {
    const s = tightQuota();
    const live = simulatedLiveState(s, 6, 5);
    const sku = live.skuIndex.get('maternity-pad')!;
    const start = forecastStart(live, 24);
    const run = simulateWard(s, { seed: 1, replication: 0, start, recordLedger: true });
    const got = new Map<string, number>();
    for (const e of run.ledger ?? []) if (e.type === 'dispensed' && e.sku === 'maternity-pad' && e.patientId !== null) got.set(e.patientId, (got.get(e.patientId) ?? 0) + e.quantity);
    for (const p of live.patients.values()) expect((got.get(p.id) ?? 0) + p.stayUnits[sku], p.id).toBeLessThanOrEqual(10);
  });
});
