import { describe, expect, it } from 'vitest';
import { layout, table } from '../../../viz/src/charts/contacts-matrix.js';
import { contactsFixture } from '../../../viz/src/gallery/fixtures.js';

describe('contacts-matrix layout()', () => {
  const data = contactsFixture();
  const l = layout(data);

  it('draws n x n square cells with roles on both axes', () => {
    expect(l.cells).toHaveLength(36);
    expect(l.x.domain()).toEqual(data.roles);
    expect(l.y.domain()).toEqual(data.roles);
    expect(l.cells.every((c) => c.size === l.x.bandwidth())).toBe(true);
  });

  it('colours from 0 to the largest cell, and puts (nurse, mother) at row nurse, column mother', () => {
    expect(l.color.domain()).toEqual([0, 11.5]);
    const c = l.cells.find((d) => d.row === 'nurse' && d.column === 'mother')!;
    expect(c.value).toBe(6.2);
    expect([c.x, c.y]).toEqual([l.x('mother'), l.y('nurse')]);
  });

  it('rejects a non-square matrix', () => {
    expect(() => layout({ roles: ['a', 'b'], values: [[1, 2]] })).toThrow(/contacts-matrix: values must be 2 x 2/);
  });

  it('table() has a row per role pair', () => {
    expect(table(data).rows).toHaveLength(36);
  });
});
