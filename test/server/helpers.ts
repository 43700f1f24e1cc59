/**
 * Test helpers for the server: an app on a throwaway store with a fake, deterministic executor
 * (each "replication" is one macrotask), so route tests never wait for the engine.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/index.js';
import type { BuildAppOptions, RunExecutor } from '../../server/index.js';

/** Result the fake executor computes: depends only on the request, like a real run. */
export function fakeResult(request: unknown): { echo: string; total: number } {
  const r = request as { replications?: number; seed?: number };
  const n = r.replications ?? 1;
  let total = 0;
  for (let i = 0; i < n; i++) total += ((r.seed ?? 0) * 31 + i * 7) % 101;
  return { echo: JSON.stringify(request).length.toString(), total };
}

/**
 * A fake executor: `replications` steps, one per macrotask (`stepMs` apart), reporting a
 * series point per step; rejects when aborted. `gate`, when given, holds every run until resolved.
 */
export function fakeExecutor(options: { stepMs?: number; gate?: Promise<void> } = {}): RunExecutor {
  return async (job, hooks) => {
    if (options.gate) await options.gate;
    const r = job.request as { replications?: number };
    const n = r.replications ?? 1;
    for (let i = 1; i <= n; i++) {
      await new Promise((resolve) => (options.stepMs ? setTimeout(resolve, options.stepMs) : setImmediate(resolve)));
      if (hooks.signal.aborted) throw new Error('aborted');
      hooks.onProgress({ done: i, total: n, point: { replication: i, value: i * 2 } });
    }
    return fakeResult(job.request);
  };
}

/** Builds an app on `:memory:` with the fake executor unless overridden. */
export async function testApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp({ dbPath: ':memory:', token: undefined, executor: fakeExecutor(), logLevel: 'silent', ...options });
  await app.ready();
  return app;
}

/** Polls `GET /api/runs/:id` until the run is finished. */
export async function waitForRun(app: FastifyInstance, id: string, timeoutMs = 10_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const body = (await app.inject({ url: `/api/runs/${id}` })).json<Record<string, unknown>>();
    if (['succeeded', 'failed', 'cancelled'].includes(body.status as string)) return body;
    if (Date.now() > until) throw new Error(`run ${id} still ${String(body.status)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
