import { describe, expect, it } from 'vitest';
import { readCabinetLogCsv, readCabinetLogJson, writeCabinetLogCsv } from '../../../server/twin/cabinet-log.js';
import { WardClock } from '../../../server/twin/wall-clock.js';

const clock = new WardClock('Asia/Shanghai', '2026-01-05');
const options = { clock, skus: new Set(['nappy', 'maternity-pad']), maxRows: 10 };
const HEAD = 'time,type,cabinet,session,patient,kind,sku,quantity,slot';

describe('reading a cabinet log', () => {
  it('reads a good CSV row into minutes since the scenario start (either zone notation)', () => {
    const r = readCabinetLogCsv(`${HEAD}\n2026-01-05T21:15:00+08:00,admit,,,m1,mother,,,\n2026-01-05T13:16:30Z,dispense,cab-1,s1,m1,,maternity-pad,4,\n`, options);
    expect(r).toEqual({ ok: true, rows: [{ timeMin: 1275, type: 'admit', patient: 'm1', kind: 'mother' }, { timeMin: 1276.5, type: 'dispense', cabinet: 'cab-1', session: 's1', patient: 'm1', sku: 'maternity-pad', quantity: 4 }] });
  });

  it('reports every bad CSV row with its 1-based line (header = line 1), column and rule', () => {
    const text = [
      HEAD,
      '2026-01-05T21:15:00+08:00,admit,,,m1,mother,,,',
      '2026-01-05T21:16:00,dispense,cab-1,s1,m1,,nappy,2,',
      '2026-01-05T21:17:00+08:00,dispense,cab-1,s1,m1,,tissue,0,',
      '2026-01-05T21:18:00+08:00,teleport,cab-1,,,,,,',
      '2026-01-05T21:19:00+08:00,restock,cab-1,v1,,,nappy,5,',
      '2026-01-05T21:20:00+08:00,admit,,,m2,father,,,',
    ].join('\n');
    const r = readCabinetLogCsv(text, options);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.column, e.rule])).toEqual([
      [3, 'time', 'zone-required'],
      [4, 'quantity', 'integer'],
      [4, 'sku', 'reference'],
      [5, 'type', 'enum'],
      [6, 'slot', 'required'],
      [7, 'kind', 'enum'],
    ]);
    expect(r.errors[1].message).toBe('line 4, column quantity (8): quantity "0" must be a whole number 1..100000');
  });

  it('names JSON rows by pointer, and refuses a header without time or type and logs over the row limit', () => {
    const j = readCabinetLogJson({ rows: [{ time: '2026-01-05T21:15:00+08:00', type: 'jam', cabinet: 'cab-1' }, 'x'] }, options, '/body');
    expect(j.ok).toBe(false);
    if (!j.ok) expect(j.errors.map((e) => [e.pointer, e.rule])).toEqual([['/body/rows/0/slot', 'required'], ['/body/rows/1', 'type']]);
    const h = readCabinetLogCsv('when,what\n1,2\n', options);
    expect(h.ok ? [] : h.errors.map((e) => [e.line, e.rule])).toEqual([[1, 'columns']]);
    const many = readCabinetLogCsv(`${HEAD}\n${'2026-01-05T21:15:00+08:00,offline,cab-1,,,,,,\n'.repeat(11)}`, options);
    expect(many.ok ? [] : many.errors.map((e) => [e.line, e.rule])).toEqual([[12, 'maxRows']]);
  });

  it('writes what it reads: a written log reads back to the same rows (times to the millisecond)', () => {
    const rows = [
      { timeMin: 0.25, type: 'admit' as const, patient: 'n1', kind: 'newborn' as const },
      { timeMin: 61.5, type: 'dispense' as const, cabinet: 'cab,1', session: 's"1', patient: 'n1', sku: 'nappy', quantity: 3 },
    ];
    expect(readCabinetLogCsv(writeCabinetLogCsv(rows, clock), options)).toEqual({ ok: true, rows });
  });
});
