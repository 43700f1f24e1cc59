import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { loadPreset } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { createDistributedExecutor, createInProcessExecutor, createPoolExecutor, SIMULATION_YOUNG_GENERATION_MB } from '../../../engine/experiment/executors/index.js';
import { planSweep } from '../../../engine/experiment/sweep-plan.js';
import type { SweepPlan } from '../../../engine/experiment/sweep-plan.js';
import { runSweep } from '../../../engine/experiment/run-sweep.js';
import type { SweepResult } from '../../../engine/experiment/run-sweep.js';
import { replicationJobs } from '../../../engine/experiment/replication-job.js';
import { startRedis } from '../../../bench/_support/redis-server.js';
import type { RedisHandle } from '../../../bench/_support/redis-server.js';
import { spawnWardtwin, waitForStderr } from '../../_support/wardtwin.js';
import { executorsAgree } from '../../_support/laws.js';

function shortCounty(): Scenario {
  const r = loadPreset('county-mch');
  if (!r.ok) throw new Error('county-mch preset invalid');
  return { ...r.scenario, run: { ...r.scenario.run, horizonDays: 4, warmupDays: 1 } };
}

function plan(): SweepPlan {
  const p = planSweep(
    { id: 'exec-identity', base: 'county', replications: 2, parameters: [{ path: '/births/caesareanShare', name: 'cs', values: [0.3, 0.4, 0.5] }] },
    () => ({ ok: true, scenario: shortCounty() }),
  );
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.plan;
}


describe('executors give byte-identical sweep results', () => {
  let reference: SweepResult;
  beforeAll(async () => {
    reference = await runSweep(plan(), { executor: createInProcessExecutor() });
  });

  it('pool executor: same JSON as in-process, progress once per job', async () => {
    const pool = createPoolExecutor({ workers: 2 });
    const seen: number[] = [];
    try {
      const r = await runSweep(plan(), { executor: pool, onProgress: (p) => seen.push(p.done) });
      executorsAgree(reference, { pool: r });
      expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      await pool.close();
    }
  });

  it('bench:ward, npm start and the wardtwin command run Node with the pool threads\' young generation (3 semi-spaces)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    const shebang = readFileSync(new URL('../../../server/bin/wardtwin.js', import.meta.url), 'utf8').split('\n')[0];
    for (const line of [pkg.scripts['bench:ward'], pkg.scripts.start, shebang]) {
      const semi = /--max-semi-space-size=(\d+)/.exec(line);
      expect(semi, line).not.toBeNull();
      expect(3 * Number(semi?.[1]), line).toBe(SIMULATION_YOUNG_GENERATION_MB);
    }
  });

  it('pool executor: an aborted batch rejects and later batches still run', async () => {
    const pool = createPoolExecutor({ workers: 1 });
    try {
      const ac = new AbortController();
      const jobs = replicationJobs(shortCounty(), 1, 4);
      const run = pool.run(jobs, { signal: ac.signal, onProgress: () => ac.abort(new Error('stop')) });
      await expect(run).rejects.toThrow('stop');
      const again = await pool.run(jobs.slice(0, 1));
      expect(again[0].replication).toBe(0);
    } finally {
      await pool.close();
    }
  });

  describe('distributed executor (BullMQ on a private redis-server)', () => {
    let redis: RedisHandle;
    const workers: ChildProcess[] = [];
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
      await redis?.stop();
    });

    it('two worker processes, one killed mid-sweep: identical JSON, nothing lost or doubled', async () => {
      const queue = 'wardtwin-test-kill';
      for (let i = 0; i < 2; i++) {
        const w = spawnWardtwin(['worker', '--redis', redis.url, '--queue', queue, '--workers', '1', '--lock-ms', '1500']);
        workers.push(w);
        await waitForStderr(w, 'ready on');
      }
      const ex = createDistributedExecutor({ redisUrl: redis.url, queueName: queue });
      let killed = false;
      const done: number[] = [];
      try {
        const r = await runSweep(plan(), {
          executor: ex,
          onProgress: (p) => {
            done.push(p.done);
            // Kill the first worker after the first finished job: it is then mid-way through its next one.
            if (!killed) {
              killed = true;
              workers[0].kill('SIGKILL');
            }
          },
        });
        expect(killed).toBe(true);
        executorsAgree(reference, { distributed: r });
        // Every job counted exactly once, the retried one included.
        expect(done).toEqual([1, 2, 3, 4, 5, 6]);
      } finally {
        await ex.close();
      }
    }, 90_000);
  });
});
