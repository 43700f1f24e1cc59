import { describe, expect, it } from 'vitest';
import { compareScenarios, pairedDifferences, summarise } from '../../../engine/experiment/index.js';
import type { ReplicationJob } from '../../../engine/experiment/index.js';
import { fakeExecutor } from './fake-executor.js';
import { preset } from './preset.js';

describe('compareScenarios', () => {
  it('compareScenarios() runs every scenario with the same seed and replication indices and pairs them', async () => {
    const log: ReplicationJob[] = [];
    // Shared noise per replication (the "births"), plus a fixed effect of cabinets.
    const noise = [30, -10, 55, 0, -25];
    const executor = fakeExecutor((job) => {
      const cabinets = job.scenario.cabinets.instances.length > 0;
      return { boundaryCrossings: 500 + noise[job.replication] - (cabinets ? 400 + job.replication : 0), deliveries: 1000 + noise[job.replication] };
    }, log);
    const result = await compareScenarios([preset('city-mch-baseline'), preset('city-mch')], { seed: 11, replications: 5, executor, engineVersion: 'v' });
    const pairs = log.map((j) => `${j.scenario.meta.id}:${j.seed}:${j.replication}`).sort();
    expect(pairs).toEqual([0, 1, 2, 3, 4].flatMap((r) => [`city-mch-baseline:11:${r}`, `city-mch:11:${r}`]).sort());
    expect(result.kind).toBe('comparison');
    expect(result.commonRandomNumbers).toBe(true);
    expect(result.runs.map((r) => r.scenarioId)).toEqual(['city-mch-baseline', 'city-mch']);
    expect(result.differences).toHaveLength(1);
    const diff = result.differences[0];
    expect(diff.method).toBe('paired-crn');
    expect(diff.baselineId).toBe('city-mch-baseline');
    expect(diff.scenarioId).toBe('city-mch');
    expect(diff.description).toContain('common random numbers');
    expect(diff.kpis['boundaryCrossings']).toEqual(summarise([-400, -401, -402, -403, -404]));
    expect(diff.kpis['deliveries']).toEqual({ mean: 0, sd: 0, ci95: [0, 0], n: 5 });
    // Pairing removes the shared noise: the paired interval is far narrower than either run's.
    expect(diff.kpis['boundaryCrossings'].sd).toBeLessThan(result.runs[0].kpis['boundaryCrossings'].sd / 10);
    expect(diff.contactsByRolePair['mother-mother'].contacts).toEqual(pairedDifferences([0, 1, 2, 3, 4], [0, 1, 2, 3, 4]));
    expect(result.runs[0].nurseSupplyMinutesByShift.A).toEqual(summarise([13, 14, 15, 16, 17]));
    expect(diff.nurseSupplyMinutesByShift).toEqual({ A: { mean: -3, sd: 0, ci95: [-3, -3], n: 5 }, N: { mean: 0, sd: 0, ci95: [0, 0], n: 5 } });
  });

  it('compareScenarios() differences every later scenario against the first and counts progress over all jobs', async () => {
    const executor = fakeExecutor((job) => ({ k: job.scenario.births.annualDeliveries + job.replication }));
    const dones: number[] = [];
    const result = await compareScenarios([preset('county-mch'), preset('city-mch'), preset('provincial-mch')], {
      replications: 2, executor, onProgress: (p) => { dones.push(p.done); expect(p.total).toBe(6); },
    });
    expect(result.differences.map((d) => [d.baselineId, d.scenarioId])).toEqual([['county-mch', 'city-mch'], ['county-mch', 'provincial-mch']]);
    expect(dones).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('compareScenarios() refuses fewer than two scenarios', async () => {
    await expect(compareScenarios([preset('county-mch')])).rejects.toThrow('compareScenarios: scenarios.length(=1) must be ≥ 2');
  });

  it('compareScenarios() on the ward model: cabinets and baseline see the same births (CRN)', async () => {
    const result = await compareScenarios([preset('county-mch-baseline', 3), preset('county-mch', 3)], { seed: 5, replications: 2 });
    const deliveries = result.differences[0].kpis['deliveries'];
    expect(deliveries.mean).toBe(0);
    expect(deliveries.sd).toBe(0);
    expect(result.runs[0].kpis['deliveries'].mean).toBeGreaterThan(0);
  });
});
