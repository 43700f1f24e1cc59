import { describe, expect, it } from 'vitest';
import { displayWidth, maxLineWidth, wrapLine, wrapText } from '../../server/cli/output/display-width.js';
import { formatTable } from '../../server/cli/output/table.js';

describe('displayWidth()', () => {
  it.each([
    ['', 0],
    ['fillRate', 8],
    ['床位', 4],
    ['床位 beds', 9],
    ['补货工时（小时）', 16],
    ['ＡＢ', 4],
    ['한국', 4],
    ['e\u0301', 1],
    ['a\u200bb', 2],
    ['± −', 3],
    ['👶', 2],
  ])('displayWidth(%j) is %i columns', (text, columns) => {
    expect(displayWidth(text)).toBe(columns);
  });
});

describe('wrapLine() and wrapText()', () => {
  it('wrapLine() leaves a line that fits and breaks a long one at spaces with a hanging indent', () => {
    expect(wrapLine('short line', 20)).toEqual(['short line']);
    expect(wrapLine('  how: one two three four five six', 16)).toEqual(['  how: one two', '    three four', '    five six']);
  });

  it('wrapText() measures Chinese text in columns, never exceeding the width', () => {
    const text = '补货 '.repeat(30).trim();
    const wrapped = wrapText(text, 20);
    expect(maxLineWidth(wrapped)).toBeLessThanOrEqual(20);
    expect(wrapped.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  it('wrapLine() breaks Chinese between characters, filling the line, and never before closing or after opening punctuation', () => {
    // 20 columns: ten wide characters a line; the break falls inside the phrase, not at a space.
    expect(wrapLine('补货人工每天三小时，每天实际补货两轮。', 20, 0)).toEqual(['补货人工每天三小时，', '每天实际补货两轮。']);
    expect(wrapLine('每千患者日50货位小时以内', 12, 0)).toEqual(['每千患者日50', '货位小时以内']);
    // ten characters fill 20 columns, but "，" may not start a line, so 十 goes down with it
    expect(wrapLine('一二三四五六七八九十，一', 20, 0)).toEqual(['一二三四五六七八九', '十，一']);
    expect(wrapLine('一二三四五六七（八）', 14, 0)).toEqual(['一二三四五六七', '（八）']);
    for (const line of wrapLine('目标：满足率 >= 99.5%，取物等待 p95 <= 5 分钟，缺货 <= 每千患者日 50 货位小时（单侧 95%）', 40)) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('wrapLine() keeps the spacing of the part that fits (path  rule  message)', () => {
    expect(wrapLine('/births/annualDeliveries  minimum  Expected integer to be at least 1 (got -1)', 60)).toEqual([
      '/births/annualDeliveries  minimum  Expected integer to be at',
      '  least 1 (got -1)',
    ]);
  });

  it('wrapText() cuts a word wider than the line', () => {
    expect(maxLineWidth(wrapText('x'.repeat(50), 20))).toBeLessThanOrEqual(20);
  });
});

describe('formatTable() within a width', () => {
  it('pads cells by display width, so a Chinese name lines up with the Latin rows', () => {
    const lines = formatTable([{ header: 'KPI', align: 'left' }, { header: 'mean' }], [['床位', '1'], ['beds', '22']]).split('\n');
    expect(lines.map(displayWidth)).toEqual([10, 10, 10, 10]);
    expect(lines[2]).toBe('床位     1');
  });

  it('wraps a long header before stacking, and stacks columns with the first one repeated when still too wide', () => {
    const columns = [{ header: 'KPI', align: 'left' as const }, ...['a', 'b', 'c', 'd'].map((h) => ({ header: `column ${h} long header` }))];
    const rows = [['contacts', '1'.repeat(20), '2'.repeat(20), '3'.repeat(20), '4'.repeat(20)]];
    const text = formatTable(columns, rows, { maxWidth: 60 });
    expect(maxLineWidth(text)).toBeLessThanOrEqual(60);
    const parts = text.split('\n\n');
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(part.split('\n').find((l) => l.startsWith('contacts'))).toBeDefined();
    expect(parts[0]).toContain('column a long header');
    expect(parts[1]).toContain('4'.repeat(20));
  });

  it('keeps a group (difference, interval, marker) in one part', () => {
    const columns = [
      { header: 'KPI', align: 'left' as const },
      { header: 'x diff', group: 'x' }, { header: 'x CI', group: 'x' }, { header: '', align: 'left' as const, group: 'x' },
      { header: 'y diff', group: 'y' }, { header: 'y CI', group: 'y' }, { header: '', align: 'left' as const, group: 'y' },
    ];
    const text = formatTable(columns, [['k', '+1.00', '[0.5, 1.5]', '*', '-2.00', '[-30.00, 26.00]', '']], { maxWidth: 40 });
    const parts = text.split('\n\n');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/\+1\.00\s+\[0\.5, 1\.5\]\s+\*/);
    expect(parts[1]).toMatch(/-2\.00\s+\[-30\.00, 26\.00\]/);
  });

  it('prints one table as before when it fits', () => {
    const text = formatTable([{ header: 'KPI', align: 'left' }, { header: 'mean' }], [['contacts', '12.5']], { maxWidth: 200 });
    expect(text).toBe(['KPI       mean', '--------  ----', 'contacts  12.5'].join('\n'));
  });
});
