// Runs a job makes on its way (a size job's run behind each point) are stored as succeeded run
// jobs; a job re-run after a crash writes them again under the same ids, so there is one record
// per id with the newer result, never a duplicate or a constraint error.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/store/database.js';
import { RunStore } from '../../../server/store/run-store.js';

describe('RunStore.putFinished', () => {
  it('stores a succeeded run and rewrites it under the same id', () => {
    const db = openDatabase(':memory:');
    let clock = 0;
    const store = new RunStore(db, () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString());
    store.putFinished('job-v1000', 'run', { seed: 1 }, { kind: 'run', kpis: { a: 1 } });
    expect(store.get('job-v1000')).toMatchObject({ kind: 'run', status: 'succeeded', progress: 1, request: { seed: 1 }, result: { kpis: { a: 1 } }, error: null });
    expect(store.series('job-v1000')).toEqual([]);
    expect(store.countActive()).toBe(0);
    store.putFinished('job-v1000', 'run', { seed: 2 }, { kind: 'run', kpis: { a: 2 } });
    expect(store.list({ limit: 10, offset: 0 })).toHaveLength(1);
    expect(store.get('job-v1000')).toMatchObject({ request: { seed: 2 }, result: { kpis: { a: 2 } } });
    db.close();
  });
});
