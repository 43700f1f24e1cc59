// The shared laws must be able to fail: they compare everything but the top-level timing.
import { describe, expect, it } from 'vitest';
import { executorsAgree, sameResultGivenSameSeed, stableJson } from './laws.js';

describe('shared laws', () => {
  it('stableJson() drops only the top-level timing and reads a result or its JSON text alike', () => {
    const r = { kind: 'run', kpis: { a: 1 }, timing: { wallTimeMs: 5 }, runs: [{ timing: 1 }] };
    expect(stableJson(r)).toBe('{"kind":"run","kpis":{"a":1},"runs":[{"timing":1}]}');
    expect(stableJson(JSON.stringify(r))).toBe(stableJson(r));
  });

  it('sameResultGivenSameSeed() passes for equal results apart from timing and fails for any other difference', async () => {
    let wall = 0;
    await expect(sameResultGivenSameSeed(() => ({ x: 1, timing: { wallTimeMs: ++wall } }))).resolves.toBe('{"x":1}');
    let x = 0;
    await expect(sameResultGivenSameSeed(() => ({ x: ++x }))).rejects.toThrow(/different result/);
  });

  it('executorsAgree() names the executor whose result differs', () => {
    expect(() => executorsAgree({ x: 1, timing: 1 }, { pool: { x: 1, timing: 2 } })).not.toThrow();
    expect(() => executorsAgree({ x: 1 }, { pool: { x: 1 }, distributed: { x: 2 } })).toThrow(/distributed differs/);
  });
});
