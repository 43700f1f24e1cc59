// Every text a page shows goes through the message catalogue: a string literal or template
// handed to .text(), a title / aria-label attribute, a page title, a status line or a form
// label fails this test unless it is on the small allow-list below.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const vizDir = join(import.meta.dirname, '../../../viz/src');

/** Where page texts are written: the pages, the app shell and the controls (the time scrubber's buttons). */
const pageDirs = ['pages', 'app', 'controls'];

/**
 * Literals that are not words for a person: the product name, a dash for "no value", and
 * notation read the same in every language (percentile marks, the hour symbol).
 */
const allowed = new Set(["'wardtwin'", "'–'", "''", "'p50'", "'p95'", "'p50 / p95'", "'h'"]);

/** A value handed over directly or returned by an arrow function (`(d) => `after ${d.n} …``). */
const value = String.raw`(?:\(?[\w\s,{}:]*\)?\s*=>\s*)?('[^']*'|\`[^\`]*\`|"[^"]*")`;

const sinks = [
  new RegExp(String.raw`\.text\(\s*` + value, 'g'),
  new RegExp(String.raw`\.attr\(\s*'(?:title|aria-label|placeholder|alt)'\s*,\s*` + value, 'g'),
  /\b(?:startPage|setPageTitle)\(\s*\w+\s*,\s*('[^']*'|`[^`]*`|"[^"]*")/g,
  /\b(?:[a-z]*[sS]tatus|note)\(\s*('[^']*'|`[^`]*`|"[^"]*")/g,
  /\b(?:textField|numberField)\(\s*\w+\s*,\s*'[^']*'\s*,\s*('[^']*'|`[^`]*`)/g,
];

/** Where a chart's texts go: axis titles, legend labels, default titles and units, subtitles, tooltips. */
const chartSinks = [
  /\baxisTitle\(\s*('[^']*'|`[^`]*`)/g,
  /\b(?:label|title|unit|subtitle|tip):\s*('[^']*'|`[^`]*`)/g,
  /\btooltip\([^,]+,\s*\(?[\w{}:\s,]*\)?\s*=>\s*('[^']*'|`[^`]*`)/g,
  /\brampLegend\([^,]+,[^,]+,\s*('[^']*'|`[^`]*`)/g,
];

/** Every literal reaching a sink in `source` that is not allowed, with its line number. */
export function bypasses(code: string, extra: readonly RegExp[] = []): string[] {
  const found: string[] = [];
  // Comments are not shown; blanked out (line breaks kept) so that line numbers stay right.
  const source = code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
  for (const re of [...sinks, ...extra]) {
    for (const m of source.matchAll(re)) {
      const literal = m[1];
      // A template made only of placeholders and punctuation joins texts that were translated.
      let rest = literal;
      while (/\{[^{}]*\}/.test(rest)) rest = rest.replace(/\{[^{}]*\}/g, '');
      if (allowed.has(literal) || !/\p{L}/u.test(rest)) continue;
      found.push(`${source.slice(0, m.index).split('\n').length}: ${m[0]}`);
    }
  }
  // Column headers handed over as an array literal: each of its strings is a text.
  for (const m of source.matchAll(/\.data\(\s*\[([^\]]*)\]/g)) {
    for (const [, key, literal] of m[1].matchAll(/(\bt\(\s*)?('[^']*'|`[^`]*`|"[^"]*")/g)) {
      if (key !== undefined || allowed.has(literal) || !/\p{L}/u.test(literal.replace(/\$\{[^}]*\}/g, ''))) continue;
      found.push(`${source.slice(0, m.index).split('\n').length}: ${literal} in ${m[0]}`);
    }
  }
  return found;
}

describe('no user-visible string bypasses the message catalogue', () => {
  const files = pageDirs.flatMap((dir) => readdirSync(join(vizDir, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f)));

  it('finds the page, shell and control sources', () => {
    expect(files).toEqual(expect.arrayContaining(['pages/results.ts', 'pages/compare.ts', 'pages/run.ts', 'pages/run-live-chart.ts', 'pages/sizing.ts', 'pages/scenario.ts', 'pages/gallery.ts', 'pages/twin.ts', 'pages/portfolio.ts', 'pages/portfolio-table.ts', 'pages/validation.ts', 'app/shell.ts', 'controls/time-scrubber.ts']));
  });

  it.each(files)('%s passes every text through t()', (file) => {
    expect(bypasses(readFileSync(join(vizDir, file), 'utf8'))).toEqual([]);
  });

  it('the scan catches a literal, a template with words, a title and a status', () => {
    const bad = [
      "main.append('h2').text('Results');",
      'row.text(`Run ${id} done`);',
      "cell.attr('title', 'What this counts');",
      "status('Loading…');",
      "startPage(main, 'Compare');",
      "textField(form, 'base', 'Baseline preset', 'x');",
      "vStatus('Asking for the report…');",
      "thead.selectAll('th').data(['', t('a.b'), 'verdict']).join('th');",
      'dots.text((d) => `after ${d.replication} replication(s): ${d.value}`);',
      "cell.attr('aria-label', (d) => 'Fill level');",
    ].join('\n');
    expect(bypasses(bad)).toHaveLength(10);
    expect(bypasses("main.append('h2').text(t('results.title')); row.text(`${a}: ${b}`); dots.text((d) => label(d)); x.text((d) => `${d.a} · ${d.b}`);")).toEqual([]);
  });
});

const chartsDir = join(import.meta.dirname, '../../../viz/src/charts');

describe('no chart text bypasses the message catalogue', () => {
  const files = readdirSync(chartsDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));

  it('finds the chart sources', () => {
    expect(files).toEqual(expect.arrayContaining(['births-heatmap.ts', 'kpi-diff.ts', 'twin-board.ts', 'tornado.ts']));
  });

  it.each(files)('%s passes every text through t()', (file) => {
    expect(bypasses(readFileSync(join(chartsDir, file), 'utf8'), chartSinks)).toEqual([]);
  });

  it('the chart scan catches an axis title, a legend label, a default title and a tooltip', () => {
    const bad = [
      "drawAxis(axes, { title: axisTitle('Wait', 'min') });",
      "swatchLegend(layer, [{ label: 'stock-out', color }]);",
      "export const defaults = { title: 'Trip wait distribution' };",
      'tooltip(bars, (d) => `${d.n} trips`);',
      "rampLegend(legend, l.color, 'Fill level', 0, 0, 160, f);",
    ].join('\n');
    expect(bypasses(bad, chartSinks)).toHaveLength(5);
    expect(bypasses("axisTitle(t('chart.wait.axis'), t('chart.unit.min')); tooltip(bars, (d) => t('chart.wait.binTip', d));", chartSinks)).toEqual([]);
  });
});
