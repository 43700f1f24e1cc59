import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../engine/experiment/portfolio/csv-parse.js';

describe('parseCsv()', () => {
  it('drops a leading BOM and reads CRLF, LF and lone CR record ends', () => {
    const r = parseCsv('\uFEFFa,b\r\n1,2\n3,4\r5,6');
    expect(r.map((x) => x.fields)).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
    expect(r.map((x) => x.line)).toEqual([1, 2, 3, 4]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes, and counts lines from where each record starts', () => {
    const r = parseCsv('name,note\r\n"仁济医院, 东院","he said ""yes"""\r\n"two\r\nlines",x\r\n市妇幼,y\r\n');
    expect(r.map((x) => x.fields)).toEqual([['name', 'note'], ['仁济医院, 东院', 'he said "yes"'], ['two\r\nlines', 'x'], ['市妇幼', 'y']]);
    expect(r.map((x) => x.line)).toEqual([1, 2, 3, 5]);
    expect(r.every((x) => x.error === undefined)).toBe(true);
  });

  it('keeps empty fields, skips blank lines, and reads a file without a final line end', () => {
    expect(parseCsv('a,,c\n\n,\n\r\nlast').map((x) => x.fields)).toEqual([['a', '', 'c'], ['', ''], ['last']]);
  });

  it('reports text after a closing quote at its line and column, and the other records still parse', () => {
    const r = parseCsv('a,b\n1,"x"y\n2,3\n');
    expect(r[1].error).toMatchObject({ line: 2, column: 2, rule: 'quote' });
    expect(r[2]).toEqual({ line: 3, fields: ['2', '3'] });
  });

  it('reports a quote never closed at the line where it opened', () => {
    const r = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(r.map((x) => x.line)).toEqual([1, 2, 3]);
    expect(r[2].error).toMatchObject({ line: 3, column: 2, rule: 'unterminated-quote' });
  });
});
