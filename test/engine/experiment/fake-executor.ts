// A fake executor for experiment tests: replication outcomes from a formula of
// (scenario, seed, replication) instead of the ward model, so the statistics can be checked
// against hand-computed values. It returns outcomes in job order, like every real executor.
import type { Executor } from '../../../engine/experiment/index.js';
import type { ReplicationJob, ReplicationOutcome } from '../../../engine/experiment/index.js';
import type { WardKpis } from '../../../engine/ward/index.js';

/** KPI values of a fake replication: a function of the job only. */
export type FakeKpis = (job: ReplicationJob) => Record<string, number>;

const ROLES = ['mother', 'nurse'] as const;

/** Builds an executor that answers each job with `kpis(job)` and a 2×2 contact matrix. */
export function fakeExecutor(kpis: FakeKpis, log: ReplicationJob[] = []): Executor & { closed: boolean } {
  const executor = {
    kind: 'in-process' as const,
    parallelism: 1,
    closed: false,
    run(jobs: readonly ReplicationJob[], options: { onProgress?: (p: { done: number; total: number; index: number }) => void } = {}): Promise<ReplicationOutcome[]> {
      // Finish in reverse to show that callers rely on job order, not completion order.
      const out = new Array<ReplicationOutcome>(jobs.length);
      let done = 0;
      for (let i = jobs.length - 1; i >= 0; i--) {
        const job = jobs[i];
        log.push(job);
        const r = job.replication;
        out[i] = {
          scenarioId: job.scenario.meta.id,
          seed: job.seed,
          replication: r,
          kpis: kpis(job) as unknown as WardKpis,
          contactsByRolePair: { roles: [...ROLES], contacts: [[r, 1], [1, 2 * r]], contactMinutes: [[10, 0], [0, 5]] },
          // a baseline's nurses fetch 3 more minutes on the A shift than its cabinet twin's
          nurseSupplyMinutesByShift: { A: 10 + r + (job.scenario.meta.id.endsWith('-baseline') ? 3 : 0), N: 2 * r },
          eventsProcessed: 1000,
        };
        options.onProgress?.({ done: ++done, total: jobs.length, index: i });
      }
      return Promise.resolve(out);
    },
    close(): Promise<void> {
      executor.closed = true;
      return Promise.resolve();
    },
  };
  return executor;
}
