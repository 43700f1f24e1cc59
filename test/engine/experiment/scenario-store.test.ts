import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../../scenarios/index.js';
import { scenarioHash } from '../../../engine/experiment/executors/scenario-store.js';

describe('scenarioHash()', () => {
  const p = loadPreset('county-mch');
  if (!p.ok) throw new Error('preset');
  const s = p.scenario;

  it('gives the same key for the same document (also a structural copy) and a 64-digit hex string', () => {
    expect(scenarioHash(s)).toMatch(/^[0-9a-f]{64}$/);
    expect(scenarioHash(structuredClone(s))).toBe(scenarioHash(s));
  });

  it('gives a different key when any parameter changes, so a worker never runs a job against another scenario', () => {
    const changed = { ...s, births: { ...s.births, caesareanShare: s.births.caesareanShare + 0.01 } };
    expect(scenarioHash(changed)).not.toBe(scenarioHash(s));
  });
});
