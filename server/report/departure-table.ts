/**
 * The departures from DOMAIN.md's defaults as table rows, with the scenario's own value read at
 * each path (or the figure derived from it), so the report and the README show what the model
 * ran with beside what DOMAIN.md gives and why they differ.
 */
import { DOMAIN_DEPARTURES } from '../../scenarios/index.js';
import type { DisplayLang, Scenario } from '../../scenarios/index.js';
import { weekendDip } from '../../engine/index.js';

/** One departure row: parameter, DOMAIN.md default, the scenario's value, reason. */
export interface DepartureRow {
  readonly path: string;
  readonly domain: string;
  readonly model: string;
  readonly reason: string;
}

/** The value at JSON pointer `path` in `doc` (undefined when absent). */
export function valueAt(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const raw of path.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (typeof node === 'object' && node !== null) node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}

/** The rows for `scenario` in `lang` (default English); a path the scenario lacks shows as "absent". */
export function departureRows(scenario: Scenario, lang: DisplayLang = 'en'): DepartureRow[] {
  const en = lang === 'en';
  return DOMAIN_DEPARTURES.map((d) => {
    const v = valueAt(scenario, d.path);
    const dip = (weekendDip(scenario.births) * 100).toFixed(1);
    const model = d.derived === 'weekendDip' ? (en ? `weekend dip ${dip} %` : `周末降幅 ${dip}%`) : v === undefined ? (en ? 'absent' : '无') : JSON.stringify(v);
    return { path: d.path, domain: en ? d.domain : d.zh.domain, model, reason: en ? d.reason : d.zh.reason };
  });
}
