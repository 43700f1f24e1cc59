/**
 * Every rule a portfolio file can break is written in Chinese from its rule and figures, and in
 * English keeps the engine's words: the errors come from the real parser, not a copy of them.
 */
import { describe, expect, it } from 'vitest';
import { parseHospitals } from '../../engine/index.js';
import { formatRowError } from '../../server/cli/experiments/portfolio-output.js';

const HEAD = 'name,annual deliveries,hospital type,24h convenience,floor space,separate obstetrics';

/** Files that break one header, file or syntax rule each, and the rule. */
const files: ReadonlyArray<{ rule: string; text: string }> = [
  { rule: 'required', text: '' },
  { rule: 'required', text: `${HEAD}\n` },
  { rule: 'required', text: 'name,annual deliveries\nA,1500\n' },
  { rule: 'unique', text: `${HEAD},name\nA,1500,1,yes,yes,yes,B\n` },
  { rule: 'separator', text: 'name;annual deliveries\nA;1500\n' },
  { rule: 'unterminated-quote', text: `${HEAD}\n"A,1500,1,yes,yes,yes\n` },
  { rule: 'quote', text: `${HEAD}\n"A"x,1500,1,yes,yes,yes\n` },
  { rule: 'integer', text: `${HEAD}\nA,abc,1,yes,yes,yes\n` },
  { rule: 'yes-no', text: `${HEAD}\nA,1500,1,maybe,yes,yes\n` },
  { rule: 'enum', text: `${HEAD}\nA,1500,9,yes,yes,yes\n` },
];

describe('portfolio row and header errors in both languages', () => {
  it.each(files)('$rule: Chinese from the rule, English as the engine wrote it', ({ rule, text }) => {
    const errors = parseHospitals(text).errors.filter((e) => e.rule === rule);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      const zh = formatRowError(e, 'zh-CN');
      // Only the rule, column header and accepted headers may stay Latin; the sentence is Chinese.
      const sentence = zh.slice(zh.indexOf(`${e.rule}：`) + e.rule.length + 1).replace(/可用的表头：[^）]*/, '');
      expect(sentence, zh).toMatch(/[\u4e00-\u9fff]/);
      expect(sentence, zh).not.toMatch(/\b(the|must|column|header|file|quote)\b/);
      expect(formatRowError(e, 'en')).toContain(e.message);
    }
  });
});
