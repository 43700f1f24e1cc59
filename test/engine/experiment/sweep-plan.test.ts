import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { planSweep } from '../../../engine/experiment/sweep-plan.js';
import { setAtPointer } from '../../../engine/experiment/json-pointer.js';

const county = (): { ok: true; scenario: Scenario } => {
  const r = loadPreset('county-mch');
  if (!r.ok) throw new Error('preset');
  return { ok: true, scenario: r.scenario };
};

describe('planSweep()', () => {
  it('builds the Cartesian grid, first axis slowest', () => {
    const p = planSweep({ id: 's', base: 'x', replications: 2, parameters: [
      { path: '/births/caesareanShare', name: 'cs', values: [0.3, 0.5] },
      { path: '/restock/roundHours', name: 'rounds', values: [[8], [8, 16], [8, 12, 18]] },
    ] }, county);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.plan.points.map((x) => x.at)).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]]);
    expect(p.plan.points[4].scenario.births.caesareanShare).toBe(0.5);
    expect(p.plan.points[4].scenario.restock.roundHours).toEqual([8, 16]);
  });

  it('reports every error with its path in the sweep document', () => {
    const p = planSweep({ id: 'Bad Id', base: 'x', replications: 0, parameters: [] }, county);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.errors.map((e) => e.path).sort()).toEqual(['/id', '/parameters', '/replications']);
  });

  it('reports an out-of-range value at /parameters/i/values/j and a bad pointer at /parameters/i/path', () => {
    const p = planSweep({ id: 's', base: 'x', replications: 1, parameters: [
      { path: '/births/caesareanShare', values: [0.3, 7] },
      { path: '/births/nope/deeper', values: [1] },
    ] }, county);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.errors.map((e) => e.path)).toEqual(['/parameters/0/values/1', '/parameters/1/path']);
  });

  it('reports base errors under /base', () => {
    const p = planSweep({ id: 's', base: 'x', replications: 1, parameters: [{ path: '/births/caesareanShare', values: [0.3] }] },
      () => ({ ok: false, errors: [{ path: '', rule: 'preset', message: 'unknown preset "x"' }] }));
    expect(!p.ok && p.errors[0].path).toBe('/base');
  });
});

describe('setAtPointer()', () => {
  it('copies, never mutates, and unescapes ~1 and ~0', () => {
    const doc = { a: { 'b/c': 1, 'd~e': [1, 2] } };
    const r = setAtPointer(doc, '/a/d~0e/1', 9);
    expect(r.ok && r.doc).toEqual({ a: { 'b/c': 1, 'd~e': [1, 9] } });
    expect(doc.a['d~e'][1]).toBe(2);
    expect(setAtPointer(doc, '/a/b~1c', 5).ok).toBe(true);
    expect(setAtPointer(doc, '/x/y', 5)).toEqual({ ok: false, message: '/x: no such field' });
  });
});
