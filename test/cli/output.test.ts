import { describe, expect, it } from 'vitest';
import { formatInterval, formatNumber, formatShare, formatSigned, formatSignedShare } from '../../server/cli/output/format-number.js';
import { formatTable } from '../../server/cli/output/table.js';
import { createProgressBar } from '../../server/cli/output/progress.js';
import { createSearchProgress } from '../../server/cli/output/search-progress.js';
import { toJsonText } from '../../server/cli/output/json.js';
import { runExperiment } from '../../server/cli/run-context.js';
import { CliError } from '../../server/cli/cli-error.js';

describe('formatNumber', () => {
  it.each([
    [0, '0'], [17, '17'], [-4, '-4'], [1234567, '1,234,567'], [12345.67, '12,345.7'], [98.4, '98.40'],
    [4.321, '4.32'], [99.9999, '100.0'], [0.99963, '0.9996'], [0.05, '0.05'], [0.000732, '0.000732'], [-0.5, '-0.5'],
    [-0.0000001, '-1.00e-7'], [null, '-'], [Number.NaN, '-'], [Infinity, '∞'], [-Infinity, '-∞'],
  ])('formatNumber(%f) is %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('formatInterval() and formatSigned() format intervals and signs', () => {
    expect(formatInterval([1.5, 2000])).toBe('[1.50, 2,000]');
    expect(formatInterval(null)).toBe('-');
    expect(formatSigned(3)).toBe('+3');
    expect(formatSigned(-3)).toBe('-3');
    expect(formatSigned(0)).toBe('0');
  });
});

describe('formatShare', () => {
  it.each([
    [0.9987, '99.87%'], [0.995, '99.50%'], [1, '100.00%'], [0, '0.00%'], [0.5, '50.00%'], [0.99996, '99.996%'], [0.999999, '99.9999%'],
    [0.000004, '0.0004%'], [-0.0000001, '0.0000%'], [null, '-'], [Number.NaN, '-'],
  ])('formatShare(%f) is %s', (value, text) => {
    expect(formatShare(value)).toBe(text);
  });

  it('formatSignedShare() signs a difference in percentage points', () => {
    expect([formatSignedShare(0.001), formatSignedShare(-0.0125), formatSignedShare(0), formatSignedShare(0.00001)]).toEqual(['+0.10%', '-1.25%', '0.00%', '+0.001%']);
  });
});

describe('formatTable', () => {
  it('formatTable() pads text columns left and number columns right', () => {
    expect(formatTable([{ header: 'KPI', align: 'left' }, { header: 'mean' }], [['contacts', '12.5'], ['fillRate', '1']])).toBe(
      ['KPI       mean', '--------  ----', 'contacts  12.5', 'fillRate     1'].join('\n'),
    );
  });
});

describe('createProgressBar', () => {
  function stream(isTTY: boolean): { isTTY: boolean; text: string; write(t: string): boolean } {
    return { isTTY, text: '', write(t: string) { this.text += t; return true; } };
  }

  it('createProgressBar() draws on a terminal and clears itself', () => {
    const s = stream(true);
    const bar = createProgressBar('replications', { json: false, stream: s });
    bar.update({ done: 1, total: 2 });
    bar.finish();
    expect(s.text).toBe(`\r[${'#'.repeat(15)}${'.'.repeat(15)}] 1/2 replications\r\x1b[2K`);
  });

  it.each([[false, false], [true, true]])('createProgressBar() stays silent when isTTY=%s and json=%s', (isTTY, json) => {
    const s = stream(isTTY);
    const bar = createProgressBar('replications', { json, stream: s });
    bar.update({ done: 1, total: 2 });
    bar.finish();
    expect(s.text).toBe('');
  });
});

describe('toJsonText', () => {
  it('toJsonText() prints two-space JSON with a final newline', () => {
    expect(toJsonText({ a: [1, 2] })).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}\n');
  });
});

describe('runExperiment', () => {
  it('runExperiment() turns an engine failure into exit code 1 and clears the bar', async () => {
    let cleared = false;
    const bar = { update: () => undefined, finish: () => { cleared = true; } };
    const failing = runExperiment(bar, () => Promise.reject(new Error('model broke')));
    await expect(failing).rejects.toEqual(new CliError(1, 'run failed: model broke'));
    await expect(failing).rejects.toHaveProperty('exitCode', 1);
    expect(cleared).toBe(true);
  });

  it('runExperiment() passes bad-input errors through with their exit code', async () => {
    const bar = { update: () => undefined, finish: () => undefined };
    await expect(runExperiment(bar, () => Promise.reject(new CliError(2, 'bad')))).rejects.toHaveProperty('exitCode', 2);
  });
});

describe('createSearchProgress', () => {
  const tty = (): { isTTY: boolean; columns: number; lines: string[]; write(t: string): boolean } => ({ isTTY: true, columns: 80, lines: [], write(t: string) { this.lines.push(t); return true; } });
  const share = (line: string): number => Number(/\]\s+(\d+) %/.exec(line)?.[1]);

  it('one bar over the whole search: it never goes back when the next candidate or volume starts, fills only at the end, and fits 80 columns', () => {
    const s = tty();
    const bar = createSearchProgress(2, 10, { json: false, stream: s });
    // Volume 1: two candidates of 3 replications each (each batch restarts at 1/3).
    for (const done of [1, 2, 3, 1, 2, 3]) bar.batch({ done, total: 3 });
    bar.volumeDone();
    for (const done of [1, 2, 3]) bar.batch({ done, total: 3 });
    const shares = s.lines.map(share);
    for (let k = 1; k < shares.length; k++) expect(shares[k]).toBeGreaterThanOrEqual(shares[k - 1]);
    expect(shares.slice(0, 6)).toEqual([5, 10, 15, 20, 25, 30]);
    expect(shares[6]).toBe(50);
    expect(Math.max(...shares)).toBeLessThan(100);
    bar.volumeDone();
    expect(share(s.lines[s.lines.length - 1])).toBe(100);
    expect(s.lines[s.lines.length - 1]).toContain('volume 2/2');
    for (const line of s.lines) expect(line.replace('\r', '').replace('\x1b[K', '').length).toBeLessThanOrEqual(79);
    bar.finish();
    expect(s.lines[s.lines.length - 1]).toBe('\r\x1b[2K');
  });

  it('stays silent for JSON', () => {
    const s = tty();
    const bar = createSearchProgress(2, 10, { json: true, stream: s });
    bar.batch({ done: 1, total: 3 });
    bar.finish();
    expect(s.lines).toEqual([]);
  });
});
