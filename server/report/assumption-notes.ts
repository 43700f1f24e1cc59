/**
 * The "rests on" cell of a report's result tables: beside each KPI, the deciding assumptions
 * (scenarios/deciding-assumptions.ts) that drive it, with the value each run used and the
 * parameter's basis from the schema, e.g. `/channels/ownSupplyShare = 0 | 0.5 (A)`. Read from
 * the scenarios in the result, so the note always shows what ran.
 */
import { DECIDING_ASSUMPTIONS } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { valueAt } from './departure-table.js';
import { parameterRows } from './parameter-table.js';

/** The notes of each KPI key for these scenarios (one cell per key; keys without a note are absent). */
export function assumptionNotes(scenarios: readonly Scenario[]): ReadonlyMap<string, string> {
  const basis = new Map(parameterRows(scenarios[0]).map((r) => [r.path, r.basis]));
  const byKpi = new Map<string, string[]>();
  for (const a of DECIDING_ASSUMPTIONS) {
    const values = scenarios.map((s) => valueAt(s, a.path));
    if (values.some((v) => v === undefined)) continue;
    const shown = [...new Set(values.map((v) => JSON.stringify(v)))].join(' | ');
    const note = `${a.path} = ${shown} (${basis.get(a.path) ?? '?'})`;
    for (const kpi of a.kpis) byKpi.set(kpi, [...(byKpi.get(kpi) ?? []), note]);
  }
  return new Map([...byKpi].map(([kpi, notes]) => [kpi, notes.join('; ')]));
}
