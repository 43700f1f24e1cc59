import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_DEPARTURES, loadPreset, ScenarioSchema } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { departureRows, valueAt } from '../../../server/report/departure-table.js';
import { README_BEGIN, README_END, README_PRESET, readmeParameterTables, withParameterTables } from '../../../server/report/readme-tables.js';
import { runReplications } from '../../../engine/experiment/index.js';
import { buildReport, renderMarkdown } from '../../../server/report/index.js';
import { preset } from '../../engine/experiment/preset.js';

function reference(): Scenario {
  const l = loadPreset(README_PRESET);
  if (!l.ok) throw new Error(l.errors[0].message);
  return l.scenario;
}

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README parameter tables', () => {
  it('the README carries the tables generated from the schema (run npm run docs:parameters when this fails)', () => {
    const block = readme.slice(readme.indexOf(README_BEGIN) + README_BEGIN.length, readme.indexOf(README_END));
    expect(block.trim()).toBe(readmeParameterTables(reference()).trim());
    expect(withParameterTables(readme, reference())).toBe(readme);
  });

  it('every parameter the schema documents with a basis is in the table, with a source', () => {
    const text = readmeParameterTables(reference());
    const top = ScenarioSchema.properties as Record<string, { properties?: Record<string, { basis?: string; source?: string }> }>;
    let n = 0;
    for (const [section, node] of Object.entries(top)) {
      for (const [key, field] of Object.entries(node.properties ?? {})) {
        if (field.basis === undefined || valueAt(reference(), `/${section}/${key}`) === undefined) continue;
        n++;
        expect(text, `${section}/${key}`).toContain(`| \`/${section}/${key}\` |`);
        expect(field.source ?? '', `${section}/${key}`).not.toBe('');
      }
    }
    expect(n).toBeGreaterThan(50);
  });

  it('lists DOMAIN.md departures that exist and still depart', () => {
    const s = reference();
    for (const d of DOMAIN_DEPARTURES) expect(valueAt(s, d.path), d.path).not.toBeUndefined();
    expect(s.catalog.items[3].sku).toBe('wipes');
    expect(s.catalog.items[7].sku).toBe('perineal-care');
    expect(s.births.scheduledCaesareanShare).not.toBe(0.5);
    // DOMAIN.md: visitors 23 % of room entries (Cohen et al. 2012); at one visit a day they are ~1 % of the ~104 a patient-day
    expect(s.people.visitorsPerMotherPerDay / (s.contacts.room.nurseEntriesPerPatientDay + s.contacts.room.staffEntriesPerPatientDay)).toBeLessThan(0.05);
    // DOMAIN.md: scheduled caesareans almost never at weekends; the model runs half a Saturday list
    expect(s.births.scheduledCaesarean.dayOfWeek[5]).toBeGreaterThan(0);
    expect(departureRows(s).map((r) => r.model)).not.toContain('absent');
  });

  it('withParameterTables() refuses a README without the markers', () => {
    expect(() => withParameterTables('# no markers', reference())).toThrow('markers are missing');
  });
});

describe('report: sources and departures', () => {
  it('the "Data and parameters" section gives each parameter its source and lists the departures with the run\'s values', async () => {
    const run = await runReplications(preset('county-mch', 3), { replications: 2 });
    const md = renderMarkdown(buildReport(run, { nodeVersion: 'v20', packageName: 'wardtwin', license: 'MIT' }));
    expect(md).toContain('Departures from the defaults of the domain brief');
    expect(md).toMatch(/\| \/births\/scheduledCaesareanShare \| 0\.5 \(0\.4-0\.6\)[^|]*\| 0\.4 \|/);
    expect(md).toMatch(/\| \/births\/caesareanShare \| 0\.36 \| share[^|]*\| S \| Li et al/);
  });
});
