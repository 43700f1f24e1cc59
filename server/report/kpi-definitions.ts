/**
 * KPI definitions for the "objectives and output measures" section, read from the engine's KPI
 * catalogue: they describe the model's outputs, not a run, so every report prints the same
 * text that `GET /api/kpis` serves and the CLI tables label their rows with.
 */
import { kpiDefinition } from '../../engine/index.js';
import type { KpiLocale } from '../../engine/index.js';

/** `definition [unit]` of `key` in `locale`, or `model output` for a key the catalogue does not know. */
export function kpiDefinitionText(key: string, locale: KpiLocale = 'en'): string {
  const d = kpiDefinition(key);
  if (d === undefined) return locale === 'en' ? 'model output' : '模型输出';
  return `${d.definition[locale]} [${d.unit[locale]}]`;
}

/** How a report names KPI `key`: the key in English (as the result names it), `label (key)` in Chinese. */
export function kpiNameText(key: string, locale: KpiLocale = 'en'): string {
  const d = kpiDefinition(key);
  return locale === 'en' || d === undefined ? key : `${d.label[locale]} (${key})`;
}
