import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../scenarios/index.js';
import { runReplications } from '../../engine/experiment/index.js';
import { buildReport, renderHtml, renderMarkdown } from '../../server/report/index.js';
import { wardtwin } from './_support/wardtwin.js';

const gen = { nodeVersion: 'v20', packageName: 'wardtwin', license: 'MIT' };

async function shortRun() {
  const p = loadPreset('county-mch');
  if (!p.ok) throw new Error('preset');
  return runReplications({ ...p.scenario, run: { ...p.scenario.run, horizonDays: 2, warmupDays: 1 } }, { replications: 2, engineVersion: '0.1.0' });
}

describe('buildReport()', () => {
  it('lays out the STRESS-DES sections and ODD from the result, with schema sources in the parameter table', async () => {
    const run = await shortRun();
    const doc = buildReport(run, gen);
    expect(doc.sections.map((s) => s.title)).toEqual([
      'STRESS-DES 1. Objectives', 'STRESS-DES 2. Model logic', 'STRESS-DES 3. Data and parameters', 'STRESS-DES 4. Experimentation',
      'STRESS-DES 5. Implementation', 'STRESS-DES 6. Code access', 'Results', 'ODD: Overview', 'ODD: Design concepts', 'ODD: Details',
    ]);
    const md = renderMarkdown(doc);
    expect(md).toContain('| /births/caesareanShare | 0.36 | share 0..1 | S | Li et al., JAMA 2017');
    expect(md).toContain('Warm-up: 1 days');
    expect(md).toContain('Replications: 2, base seed 1');
    // Changing the scenario changes the report: nothing in it is fixed text about one run.
    const other = buildReport({ ...run, replications: 7, scenario: { ...run.scenario, run: { ...run.scenario.run, warmupDays: 9 } } }, gen);
    expect(renderMarkdown(other)).toContain('Warm-up: 9 days');
    expect(renderMarkdown(other)).toContain('Replications: 7');
  });

  it('renders standalone HTML with escaped text and no external resources', async () => {
    const html = renderHtml(buildReport(await shortRun(), gen));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
  });
});

describe('wardtwin report', () => {
  it('exits 2 on a file that is not a result, and writes nothing', () => {
    const d = mkdtempSync(join(tmpdir(), 'wardtwin-report-'));
    writeFileSync(join(d, 'x.json'), '{"kind":"sweep"}');
    const r = wardtwin(['report', join(d, 'x.json'), '--out', join(d, 'r.md')]);
    expect(r.status).toBe(2);
    expect(readdirSync(d)).toEqual(['x.json']);
  });

  it('writes the HTML report of a run result to --out', async () => {
    const d = mkdtempSync(join(tmpdir(), 'wardtwin-report-'));
    writeFileSync(join(d, 'run.json'), JSON.stringify(await shortRun()));
    const r = wardtwin(['report', join(d, 'run.json'), '--format', 'html', '--out', join(d, 'r.html')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(d, 'r.html'), 'utf8')).toContain('STRESS-DES 4. Experimentation');
  });
});
