import { describe, expect, it } from 'vitest';
import { runReplications, summarise } from '../../../engine/experiment/index.js';
import type { ReplicationJob } from '../../../engine/experiment/index.js';
import { fakeExecutor } from './fake-executor.js';
import { preset } from './preset.js';
import { sameResultGivenSameSeed, stableJson } from '../../_support/laws.js';

describe('runReplications', () => {
  it('runReplications() runs replications 0..R-1 with the seed and summarises each KPI in replication order', async () => {
    const log: ReplicationJob[] = [];
    const executor = fakeExecutor((job) => ({ deliveries: 100 + job.replication * 2, fillRate: 0.99 }), log);
    const progress: Array<[number, number]> = [];
    const result = await runReplications(preset('county-mch'), {
      seed: 7, replications: 4, executor, engineVersion: '9.9.9', onProgress: (p) => progress.push([p.done, p.total]),
    });
    expect(log.map((j) => [j.seed, j.replication]).sort()).toEqual([[7, 0], [7, 1], [7, 2], [7, 3]]);
    expect(result.kind).toBe('run');
    expect(result.scenarioId).toBe('county-mch');
    expect(result.seed).toBe(7);
    expect(result.replications).toBe(4);
    expect(result.engineVersion).toBe('9.9.9');
    expect(result.eventsProcessed).toBe(4000);
    expect(result.kpis).toEqual({ deliveries: summarise([100, 102, 104, 106]), fillRate: summarise([0.99, 0.99, 0.99, 0.99]) });
    expect(result.contactsByRolePair['mother-mother'].contacts).toEqual(summarise([0, 1, 2, 3]));
    expect(result.contactsByRolePair['mother-nurse'].contacts).toEqual(summarise([1, 1, 1, 1]));
    expect(result.contactsByRolePair['nurse-nurse'].contactMinutes).toEqual(summarise([5, 5, 5, 5]));
    expect(Object.keys(result.contactsByRolePair)).toEqual(['mother-mother', 'mother-nurse', 'nurse-nurse']);
    expect(result.nurseSupplyMinutesByShift).toEqual({ A: summarise([10, 11, 12, 13]), N: summarise([0, 2, 4, 6]) });
    expect(Object.keys(result.nurseSupplyMinutesByShift)).toEqual(['A', 'N']);
    expect(progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(result.timing).toEqual({ wallTimeMs: null, eventsPerSecond: null, executor: 'in-process' });
    expect(executor.closed).toBe(false); // the caller's executor stays open
  });

  it('runReplications() takes seed and replications from the scenario by default and times with an injected clock', async () => {
    const scenario = preset('county-mch');
    let t = 0;
    const result = await runReplications(scenario, { executor: fakeExecutor(() => ({ x: 1 })), clock: () => (t += 500) });
    expect(result.seed).toBe(scenario.run.seed);
    expect(result.replications).toBe(scenario.run.replications);
    expect(result.engineVersion).toBe('unknown');
    expect(result.timing.wallTimeMs).toBe(500);
    expect(result.timing.eventsPerSecond).toBe((scenario.run.replications * 1000) / 0.5);
  });

  it.each([
    [{ replications: 0 }, 'runReplications: replications(=0) must be an integer ≥ 1'],
    [{ replications: 1.5 }, 'runReplications: replications(=1.5) must be an integer ≥ 1'],
    [{ seed: -1 }, 'runReplications: seed(=-1) must be an integer ≥ 0'],
  ])('runReplications(%j) rejects bad options', async (options, message) => {
    await expect(runReplications(preset('county-mch'), { ...options, executor: fakeExecutor(() => ({ x: 1 })) })).rejects.toThrow(message);
  });

  it('runReplications() fails the run when a KPI is not finite, naming the KPI', async () => {
    const executor = fakeExecutor((job) => ({ tripWaitP95Min: job.replication === 1 ? Number.NaN : 2 }));
    await expect(runReplications(preset('county-mch'), { replications: 3, executor })).rejects.toThrow(
      'KPI "tripWaitP95Min": summarise: values[1](=NaN) must be a finite number',
    );
  });

  it('runReplications() on the ward model gives byte-identical JSON for the same seed, apart from timing', async () => {
    const scenario = preset('county-mch', 2);
    const a = await runReplications(scenario, { seed: 3, replications: 2, engineVersion: 't' });
    await sameResultGivenSameSeed(() => runReplications(scenario, { seed: 3, replications: 2, engineVersion: 't' }));
    expect(a.kpis['deliveries'].n).toBe(2);
    expect(Object.keys(a.kpis)).toEqual(expect.arrayContaining(['deliveries', 'fillRate', 'boundaryCrossings', 'contacts', 'expectedInfections']));
    const c = await runReplications(scenario, { seed: 4, replications: 2, engineVersion: 't' });
    expect(stableJson(c)).not.toBe(stableJson(a));
  });
});
