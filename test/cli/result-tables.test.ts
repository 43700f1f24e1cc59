import { describe, expect, it } from 'vitest';
import { formatComparison, formatHeadline, formatRunResult } from '../../server/cli/output/result-tables.js';
import { maxLineWidth } from '../../server/cli/output/display-width.js';
import { loadPreset } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import type { ComparisonResult, PairedDifference, RunResult, RunStatistics, Summary, SweepResult } from '../../engine/index.js';
import { formatSweepTable } from '../../server/cli/experiments/sweep-output.js';

function scenario(name: string): Scenario {
  const result = loadPreset(name);
  if (!result.ok) throw new Error(`${name} invalid`);
  result.scenario.run.horizonDays = 30;
  result.scenario.run.warmupDays = 5;
  return result.scenario;
}

const summary = (mean: number, lo: number | null = null, hi = 0, sd = 1, n = 5): Summary => ({ mean, sd, ci95: lo === null ? null : [lo, hi], n });

/** A run of `id` with two KPIs, two role pairs (one never in contact) and two shifts. */
function statistics(id: string, contacts: number, nurseA: number): RunStatistics {
  return {
    scenarioId: id,
    seed: 7,
    replications: 5,
    engineVersion: '9.9.9',
    eventsProcessed: 12_345,
    kpis: { contacts: summary(contacts, contacts - 10, contacts + 10, 8), fillRate: summary(0.995, 0.99, 1, 0.004) },
    contactsByRolePair: {
      'mother-nurse': { contacts: summary(40, 35, 45), contactMinutes: summary(120.5, 100, 141) },
      'nurse-restocker': { contacts: summary(0, 0, 0, 0), contactMinutes: summary(0, 0, 0, 0) },
    },
    nurseSupplyMinutesByShift: { A: summary(nurseA, nurseA - 2, nurseA + 2, 1.5), N: summary(4.25, 3.5, 5, 0.5) },
    scenario: scenario(id),
  };
}

/** A table's rows as cells (columns are separated by at least two spaces; empty cells drop out). */
function rowsAfter(text: string, title: string): string[][] {
  const lines = text.split('\n');
  const at = lines.indexOf(title);
  if (at < 0) throw new Error(`no section "${title}" in:\n${text}`);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 3)) {
    if (line.trim() === '') break;
    rows.push(line.trim().split(/\s{2,}/));
  }
  return rows;
}

function runResult(): RunResult {
  return { kind: 'run', ...statistics('county-mch', 200, 30), timing: { wallTimeMs: 2500, eventsPerSecond: 4938.2, executor: 'pool' } };
}

function difference(): PairedDifference {
  return {
    method: 'paired-crn',
    description: 'county-mch − county-mch-baseline, paired',
    baselineId: 'county-mch-baseline',
    scenarioId: 'county-mch',
    kpis: { contacts: summary(-50, -60, -40), fillRate: summary(0.001, -0.002, 0.004) },
    contactsByRolePair: {
      'mother-nurse': { contacts: summary(-12, -15, -9), contactMinutes: summary(-3, -8, 2) },
      'nurse-restocker': { contacts: summary(0, 0, 0, 0), contactMinutes: summary(0, 0, 0, 0) },
    },
    nurseSupplyMinutesByShift: { A: summary(-20, -25, -15), N: summary(0.5, -1, 2) },
  };
}

function comparison(): ComparisonResult {
  return {
    kind: 'comparison',
    commonRandomNumbers: true,
    seed: 7,
    replications: 5,
    engineVersion: '9.9.9',
    runs: [statistics('county-mch-baseline', 250, 50), statistics('county-mch', 200, 30)],
    differences: [difference()],
    timing: { wallTimeMs: null, eventsPerSecond: null, executor: 'in-process' },
  };
}

describe('formatRunResult()', () => {
  it('prints the header, one KPI row per key in catalogue order with its unit, mean, 95% CI, sd and n, and the timing line', () => {
    const text = formatRunResult(runResult());
    expect(text.startsWith('county-mch: ')).toBe(true);
    expect(text).toContain('seed 7, 5 replications, 30 days after 5 days warm-up, engine 9.9.9');
    const kpiTitle = text.split('\n').find((l) => l.startsWith('KPI'));
    expect(kpiTitle?.trim().split(/\s{2,}/)).toEqual(['KPI', 'unit', 'mean', '95% CI', 'sd', 'n']);
    const kpiRows = text.split('\n').filter((l) => /^(contacts|fillRate)\s/.test(l)).map((l) => l.trim().split(/\s{2,}/));
    expect(kpiRows).toEqual([
      ['fillRate', '%', '99.50%', '[99.00%, 100.00%]', '0.40%', '5'],
      ['contacts', 'episodes', '200', '[190, 210]', '8', '5'],
    ]);
    expect(text.trimEnd().split('\n').at(-1)).toBe('wall time 2.5 s, 4,938 events/s (pool)');
  });

  it('lists only the role pairs with contacts, and nurse supply minutes by shift in roster order', () => {
    const text = formatRunResult(runResult());
    expect(rowsAfter(text, 'Contacts by role pair (mean over replications)')).toEqual([['mother-nurse', '40', '[35, 45]', '120.5', '[100, 141]']]);
    expect(rowsAfter(text, 'Nurse supply minutes by shift (per shift worked)')).toEqual([
      ['A', '30', '[28, 32]', '1.50', '5'],
      ['N', '4.25', '[3.50, 5]', '0.5', '5'],
    ]);
  });

  it.each([
    ['one replication', { replications: 1 }, true, true],
    ['no shifts in the result', { nurseSupplyMinutesByShift: {} }, false, false],
  ] as const)('with %s: note %s, shift section %s', (_, patch, note, shifts) => {
    const text = formatRunResult({ ...runResult(), ...patch });
    expect(text.includes('(one replication: no confidence intervals')).toBe(note);
    expect(text.includes('Nurse supply minutes by shift')).toBe(shifts);
  });

  it('says when timing was not measured', () => {
    expect(formatRunResult({ ...runResult(), timing: { wallTimeMs: null, eventsPerSecond: null, executor: 'distributed' } })).toContain('timing: not measured (distributed)');
  });
});

describe('formatComparison()', () => {
  const text = formatComparison(comparison());
  const lines = text.split('\n');

  it('names under the tables the basis-A assumptions the results rest on, beside each KPI', () => {
    const at = lines.findIndex((l) => l.startsWith('These results rest on assumptions'));
    expect(at).toBeGreaterThan(0);
    const section = text.slice(text.indexOf('These results rest on assumptions')).replace(/\s+/g, ' ');
    expect(section).toContain('fillRate');
    expect(section).toContain('/channels/nurseStationStockShare = 0.98 (A)');
  });

  it('heads the table with the runs and the paired difference, and says how differences are paired', () => {
    expect(lines[0]).toBe('Comparison of county-mch-baseline, county-mch with common random numbers');
    expect(lines[1]).toBe('seed 7, 5 replications per scenario, 30 days after 5 days warm-up, engine 9.9.9');
    expect(lines[2]).toContain('paired by replication');
    // Too wide for 80 columns side by side, the table stacks: the runs, then the difference
    // under its header wrapped over two lines, the KPI column repeated.
    expect(lines[4].trim().split(/\s{2,}/)).toEqual(['KPI', 'unit', 'county-mch-baseline', 'county-mch']);
    const second = lines.indexOf('', 6) + 1;
    expect(lines[second].trim()).toBe('county-mch −');
    expect(lines[second + 1].trim().split(/\s{2,}/)).toEqual(['KPI', 'county-mch-baseline', '95% CI']);
  });

  it('gives each KPI (catalogue order, with its unit) as mean ± half-width per run, then the difference, its CI and * when the CI excludes 0', () => {
    expect(lines.slice(6, 8).map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['fillRate', '%', '99.50% ± 0.50%', '99.50% ± 0.50%'],
      ['contacts', 'episodes', '250 ± 10', '200 ± 10'],
    ]);
    const second = lines.indexOf('', 6) + 1;
    expect(lines.slice(second + 3, second + 5).map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['fillRate', '+0.10%', '[-0.20%, 0.40%]'],
      ['contacts', '-50', '[-60, -40]', '*'],
    ]);
  });

  it('fits 80 terminal columns and explains ±, the 95% CI and * in a legend', () => {
    expect(maxLineWidth(text)).toBeLessThanOrEqual(80);
    const legend = text.slice(text.indexOf('Legend:')).replace(/\s+/g, ' ');
    expect(legend).toMatch(/a ± h = mean a over the replications, h the half-width/);
    expect(legend).toContain('95% CI = the range that holds the true mean');
    expect(legend).toContain('* = that interval excludes 0');
  });

  it('marks a share\'s mean ± half-width that runs past 100 % with ^ and explains it; within range, no mark and no note', () => {
    expect(text).not.toContain('^ = the 95% CI runs past');
    const c = comparison();
    c.runs[1].kpis.fillRate = summary(0.9995, 0.9985, 1.0005, 0.0008);
    const marked = formatComparison(c);
    expect(marked).toContain('99.95% ± 0.10%^');
    expect(marked.replace(/\s+/g, ' ')).toContain('^ = the 95% CI runs past the values the KPI can take (a share stays within 0-100%');
  });

  it('adds the paired role-pair and nurse-minutes-by-shift sections and the timing line', () => {
    expect(rowsAfter(text, 'Contacts by role pair, county-mch − county-mch-baseline (paired)')).toEqual([
      ['mother-nurse', '-12', '[-15, -9]', '*', '-3', '[-8, 2]'],
    ]);
    expect(rowsAfter(text, 'Nurse supply minutes by shift, county-mch − county-mch-baseline (paired)')).toEqual([
      ['A', '-20', '[-25, -15]', '*'],
      ['N', '+0.5', '[-1, 2]'],
    ]);
    expect(text.trimEnd().split('\n').at(-1)).toBe('timing: not measured (in-process)');
  });
});

describe('formatHeadline()', () => {
  it('prints one line per headline KPI present, relative to the baseline, marking non-significant ones', () => {
    expect(formatHeadline(comparison()).split('\n')).toEqual([
      'county-mch against county-mch-baseline, paired over 5 replications:',
      '  contacts: -50 (-20 %), 95% CI [-60, -40]',
      '  fillRate: +0.10%, 95% CI [-0.20%, 0.40%] (not significant)',
      '',
    ]);
  });

  it('names each KPI with its unit and the presets by their Chinese names in Chinese', () => {
    const lines = formatHeadline(comparison(), 'zh-CN').split('\n');
    expect(lines[0]).toBe('县妇幼保健院 相对 县妇幼保健院（无智能柜），按 5 次重复配对：');
    expect(lines[1]).toBe('  密切接触次数（次）：-50 (-20 %)，95% 置信区间 [-60, -40]');
    expect(lines[2]).toMatch(/^ {2}首站满足率（%）：\+0\.10%，95% 置信区间 \[-0\.20%, 0\.40%\]（不显著）$/);
    expect(lines.join('\n')).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('leaves out the relative change when the baseline mean is 0', () => {
    const c = comparison();
    c.runs[0].kpis.contacts = summary(0, -1, 1);
    expect(formatHeadline(c)).toContain('  contacts: -50, 95% CI [-60, -40]\n');
  });
});

describe('formatSweepTable()', () => {
  it('prints a share as a percentage mean ± half-width, marking one that runs past 100 % with ^ and the note', () => {
    const point = (index: number, fill: Summary) => ({ index, parameters: { rounds: index + 1 }, kpis: { fillRate: fill, contacts: summary(200, 190, 210) }, eventsProcessed: 1 });
    const sweep: SweepResult = {
      kind: 'sweep', id: 'rounds', commonRandomNumbers: true, seed: 1, replications: 5, engineVersion: '9.9.9',
      axes: [{ name: 'rounds', path: '/restock/roundsPerDay', values: [1, 2] }],
      points: [point(0, summary(0.9912, 0.9892, 0.9932)), point(1, summary(0.9995, 0.9985, 1.0005))],
      eventsProcessed: 2, sweep: {}, baseScenario: {}, timing: { wallTimeMs: null, eventsPerSecond: null, executor: 'in-process' },
    };
    const text = formatSweepTable(sweep, ['fillRate', 'contacts']);
    expect(text).toMatch(/\n0 +1 +99\.12% ± 0\.20% +200 ± 10\n/);
    expect(text).toMatch(/\n1 +2 +99\.95% ± 0\.10%\^ +200 ± 10\n/);
    expect(text.replace(/\s+/g, ' ')).toContain('^ = the 95% CI runs past the values the KPI can take');
  });
});
