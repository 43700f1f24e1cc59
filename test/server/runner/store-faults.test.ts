/**
 * A store that refuses writes (an I/O error, a full disk) fails the job or request that met it
 * and nothing else: the process keeps serving health, the dispensing service and later jobs.
 * Progress writes are the dangerous ones: the worker executor reports progress from a worker's
 * message event, where an uncaught SqliteError used to end the whole process.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, workerExecutor } from '../../../server/index.js';
import { fakeExecutor, testApp, waitForRun } from '../helpers.js';

const ioError = (): Error => new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE');
const worker = (): ReturnType<typeof workerExecutor> => workerExecutor({ entry: new URL('../_support/progress-worker.ts', import.meta.url), workers: 1 });

async function submit(app: FastifyInstance, replications: number): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications, seed: 1 } });
  expect(res.statusCode).toBe(202);
  return res.json<{ id: string }>().id;
}

describe('store write errors during a job', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('a progress write that throws SqliteError from the worker executor fails that job; health, dispensing and the next job still work', async () => {
    app = await testApp({ executor: worker() });
    const setProgress = app.runStore.setProgress.bind(app.runStore);
    app.runStore.setProgress = () => {
      throw ioError();
    };
    const id = await submit(app, 3);
    const run = await waitForRun(app, id);
    expect(run.status).toBe('failed');
    expect(run.error).toBe('the store refused a write (SQLITE_IOERR_WRITE: disk I/O error); the job was stopped');
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: 'm1', kind: 'mother', room: 'room-1' } })).statusCode).toBe(201);
    app.runStore.setProgress = setProgress;
    const next = await waitForRun(app, await submit(app, 2));
    expect(next).toMatchObject({ status: 'succeeded', result: { steps: 2 } });
  });

  it('a result write that throws fails the job (recorded as failed), and the process stays up', async () => {
    app = await testApp({ executor: worker() });
    const finish = app.runStore.finish.bind(app.runStore);
    app.runStore.finish = (id, status, outcome) => {
      if (status === 'succeeded') throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
      finish(id, status, outcome);
    };
    const run = await waitForRun(app, await submit(app, 2));
    expect(run).toMatchObject({ status: 'failed', error: 'the store refused a write (SQLITE_FULL: database or disk is full); the job was stopped', result: null });
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });

  it('marking a job running that throws fails it at once instead of holding the runner slot', async () => {
    app = await testApp({ executor: worker() });
    const setStatus = app.runStore.setStatus.bind(app.runStore);
    app.runStore.setStatus = () => {
      throw ioError();
    };
    const run = await waitForRun(app, await submit(app, 2));
    expect(run.status).toBe('failed');
    app.runStore.setStatus = setStatus;
    expect((await waitForRun(app, await submit(app, 2))).status).toBe('succeeded');
  });
});

describe('a full disk during a request', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('POST /api/runs and POST /api/twin/events answer 503 in the error shape, change nothing, and work again when there is room', async () => {
    app = await testApp({ startRunner: false });
    // SQLite's own page limit makes the file "full" exactly as a full disk does (SQLITE_FULL).
    const pages = app.db.pragma('page_count', { simple: true }) as number;
    app.db.pragma(`max_page_count = ${pages}`);
    const events = Array.from({ length: 2000 }, (_, i) => ({ eventId: `a${i}`, type: 'admission', patientId: `m${i}`, kind: 'mother', room: 'room-1', timeMin: 10 }));
    const twin = await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events } });
    expect(twin.statusCode).toBe(503);
    expect(twin.json()).toEqual({ error: 'store-unavailable', message: 'POST /api/twin/events: the store refused the request (SQLITE_FULL: database or disk is full); nothing was stored, try again later', details: [] });
    const state = (await app.inject({ url: '/api/twin/state' })).json<{ eventsAccepted: number; patients: { mother: number } }>();
    expect(state).toMatchObject({ eventsAccepted: 0, patients: { mother: 0 } });
    // A run stores its resolved scenario (tens of KB): more pages than the file may grow by.
    const run = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1, seed: 1 } });
    expect(run.statusCode).toBe(503);
    expect(run.json<{ error: string }>().error).toBe('store-unavailable');
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: unknown[] }>().runs).toEqual([]);
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    app.db.pragma('max_page_count = 1073741823');
    expect((await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events } })).statusCode).toBe(200);
  });
});

describe('a full disk at start', () => {
  it('a store that refuses the re-queue write at start does not stop the server, and the interrupted job still runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wardtwin-full-start-'));
    const dbPath = join(dir, 'store.db');
    try {
      const first = await testApp({ dbPath, startRunner: false });
      const id = first.runStore.create('interrupted', 'run', { replications: 2, seed: 1 }).id;
      first.runStore.setStatus(id, 'running');
      await first.close();
      const app = await buildApp({ dbPath, token: undefined, executor: fakeExecutor(), logLevel: 'silent' });
      app.runStore.requeueInterrupted = () => {
        throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
      };
      await app.ready();
      try {
        expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
        expect((await waitForRun(app, id)).status).toBe('succeeded');
      } finally {
        await app.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
