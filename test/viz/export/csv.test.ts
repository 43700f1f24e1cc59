import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../viz/src/export/csv.js';
import { pngSize } from '../../../viz/src/export/png.js';
import { kpiDiff } from '../../../viz/src/charts/index.js';
import { kpiDiffFixture } from '../../../viz/src/gallery/fixtures.js';

describe('toCsv()', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField(1.5)).toBe('1.5');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('writes a header and CRLF rows', () => {
    expect(toCsv({ columns: ['a', 'b'], rows: [[1, 'x'], [2, 'y,z']] })).toBe('a,b\r\n1,x\r\n2,"y,z"\r\n');
  });

  it('rejects ragged rows', () => {
    expect(() => toCsv({ columns: ['a', 'b'], rows: [[1]] })).toThrow(/toCsv: rows\[0\] has 1 fields, the header has 2/);
  });

  it("exports a chart's table", () => {
    const lines = toCsv(kpiDiff.table(kpiDiffFixture())).split('\r\n');
    expect(lines[0]).toBe('kpi,diff (% vs baseline),ci95Lo,ci95Hi');
    expect(lines[1]).toBe('nurse supply min/shift,-58.2,-63.1,-53.3');
  });
});

describe('pngSize()', () => {
  it('scales the SVG size to device pixels and rejects bad sizes', () => {
    expect(pngSize(720, 300)).toEqual({ width: 1440, height: 600 });
    expect(pngSize(100, 50, 1.5)).toEqual({ width: 150, height: 75 });
    expect(() => pngSize(0, 10)).toThrow(/pngSize: width\(=0\)/);
    expect(() => pngSize(10, 10, 9)).toThrow(/scale\(=9\) must be in \(0, 8\]/);
  });
});
