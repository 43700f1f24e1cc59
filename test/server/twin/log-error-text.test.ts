/**
 * Cabinet-log errors in Chinese: every rule the log reader can break, produced by the real
 * reader, reads as a Chinese sentence with its place (line and column, or pointer) and figures;
 * English keeps the reader's own sentence.
 */
import { describe, expect, it } from 'vitest';
import { readCabinetLogCsv, readCabinetLogJson } from '../../../server/twin/cabinet-log.js';
import type { LogRowError } from '../../../server/twin/cabinet-log.js';
import { LOG_RULES_IN_CHINESE, logErrorText } from '../../../server/twin/log-error-text.js';
import { WardClock } from '../../../server/twin/wall-clock.js';

const options = { clock: new WardClock('Asia/Shanghai', '2026-01-05'), skus: new Set(['nappy']), maxRows: 3 };
const HEAD = 'time,type,cabinet,session,patient,kind,sku,quantity,slot';
const T = '2026-01-05T21:15:00+08:00';

function errorsOf(r: ReturnType<typeof readCabinetLogCsv>): LogRowError[] {
  return r.ok ? [] : r.errors;
}

const errors: LogRowError[] = [
  ...errorsOf(readCabinetLogCsv('', options)),
  ...errorsOf(readCabinetLogCsv('time,cabinet\n', options)),
  ...errorsOf(readCabinetLogCsv(`${HEAD}\n${T},admit,,,m1,,,,\n${T},admit,,,m2,,,,\n${T},admit,,,m3,,,,\n${T},admit,,,m4,,,,\n`, options)),
  ...errorsOf(readCabinetLogCsv(`${HEAD}\n,,,,,,,,\nbad,fly,,,,,,,\n2026-01-05T21:15:00,admit,,,m1,cat,,,\n${T},dispense,c1,s1,m1,,gauze,0,\n${T},admit,,,${'p'.repeat(121)},,,,\n"x"y,admit,,,,,,,\n`, { ...options, maxRows: 100 })),
  ...errorsOf(readCabinetLogCsv(`time,type\n"${T},admit\n`, options)),
  ...errorsOf(readCabinetLogJson({ rows: 1 }, options)),
  ...errorsOf(readCabinetLogJson([1, { time: T, type: 'admit', patient: true }], options)),
];

describe('cabinet-log errors in Chinese', () => {
  it('the reader breaks every rule the texts know (the inputs cover them)', () => {
    expect([...new Set(errors.map((e) => e.rule))].sort()).toEqual([...LOG_RULES_IN_CHINESE].sort());
  });

  it('each error reads in Chinese with its place, and in English as the reader wrote it', () => {
    for (const e of errors) {
      const zh = logErrorText(e, 'zh-CN');
      expect(zh, e.message).toMatch(/^(第 \d+ 行|\/)/);
      expect(zh, e.message).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, e.message).not.toMatch(/\b(is|not|must|needs|the|row|line|column)\b/);
      expect(logErrorText(e, 'en')).toBe(e.message);
    }
  });

  it('a figure the English names is in the Chinese too', () => {
    const at = (rule: string): string => logErrorText(errors.find((e) => e.rule === rule)!, 'zh-CN');
    expect(at('maxRows')).toContain('4 行');
    expect(at('reference')).toContain('"gauze"');
    expect(at('integer')).toContain('"0"');
    expect(at('zone-required')).toContain('+08:00');
  });
});
