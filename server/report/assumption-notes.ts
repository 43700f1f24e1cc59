/**
 * The "rests on" cell of a report's result tables: beside each KPI, the deciding assumptions
 * (scenarios/deciding-assumptions.ts) that drive it, with the value each run used and the
 * parameter's basis from the schema, e.g. `/channels/ownSupplyShare = 0 | 0.5 (A)`. Read from
 * the scenarios in the result, so the note always shows what ran.
 */
import { DECIDING_ASSUMPTIONS, decidingPaths, displayName } from '../../scenarios/index.js';
import type { DisplayLang, Scenario } from '../../scenarios/index.js';
import { valueAt } from './departure-table.js';
import { parameterRows } from './parameter-table.js';

/**
 * The 24 hourly trip weights are summarised by the hours that differ from the most common
 * weight, e.g. `hourly 1 except 0-5 h 0.1, 6 h 0.5, 23 h 0.3` (in Chinese
 * `逐时 1，但 0–5 时 0.1、6 时 0.5、23 时 0.3`).
 */
function short(v: unknown, lang: DisplayLang): string {
  if (!Array.isArray(v) || v.length !== 24 || !v.every((x) => typeof x === 'number')) return JSON.stringify(v);
  const nums = v;
  const usual = [...nums].sort((a, b) => nums.filter((x) => x === b).length - nums.filter((x) => x === a).length || a - b)[0];
  const runs: string[] = [];
  for (let h = 0; h < 24; h++) {
    if (nums[h] === usual) continue;
    let end = h;
    while (end + 1 < 24 && nums[end + 1] === nums[h]) end++;
    const hours = end > h ? `${h}${lang === 'en' ? '-' : '–'}${end}` : String(h);
    runs.push(lang === 'en' ? `${hours} h ${nums[h]}` : `${hours} 时 ${nums[h]}`);
    h = end;
  }
  if (lang !== 'en') return runs.length === 0 ? `逐时 ${usual}` : `逐时 ${usual}，但 ${runs.join('、')}`;
  return runs.length === 0 ? `hourly ${usual}` : `hourly ${usual} except ${runs.join(', ')}`;
}

/** ` (sku)` for a path inside a catalog item, so the reader sees which item (in Chinese by its name). */
function itemLabel(scenario: Scenario, path: string, lang: DisplayLang): string {
  const m = /^\/catalog\/items\/(\d+)\//.exec(path);
  const sku = m === null ? undefined : scenario.catalog.items[Number(m[1])]?.sku;
  if (sku === undefined) return '';
  return lang === 'en' ? ` (${sku})` : `（${displayName('sku', sku, lang)}）`;
}

/** The notes of each KPI key for these scenarios in `lang` (default English; one cell per key, keys without a note are absent). */
export function assumptionNotes(scenarios: readonly Scenario[], lang: DisplayLang = 'en'): ReadonlyMap<string, string> {
  const basis = new Map(parameterRows(scenarios[0]).map((r) => [r.path, r.basis]));
  const byKpi = new Map<string, string[]>();
  for (const a of DECIDING_ASSUMPTIONS) {
    const paths = [...new Set(scenarios.flatMap((s) => decidingPaths(a, s, valueAt)))];
    for (const path of paths) {
      const values = scenarios.map((s) => valueAt(s, path));
      if (values.some((v) => v === undefined)) continue;
      const shown = [...new Set(values.map((v) => short(v, lang)))].join(' | ');
      const note = `${path}${itemLabel(scenarios[0], path, lang)} = ${shown} (${basis.get(path) ?? basis.get(a.path) ?? '?'})`;
      for (const kpi of a.kpis) byKpi.set(kpi, [...(byKpi.get(kpi) ?? []), note]);
    }
  }
  return new Map([...byKpi].map(([kpi, notes]) => [kpi, notes.join(lang === 'en' ? '; ' : '；')]));
}
