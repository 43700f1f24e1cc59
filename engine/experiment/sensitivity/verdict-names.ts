/**
 * What a person reads for a factor's verdict against the headline difference of a comparison
 * (`can reverse`, `can halve`, `holds`), in English and Chinese. The result keeps the English
 * verdict as its id; tables and reports show these words.
 */
import type { KpiLocale } from '../../ward/index.js';
import type { DifferenceVerdict } from './run-sensitivity.js';

const VERDICTS: Readonly<Record<DifferenceVerdict, Readonly<Record<KpiLocale, string>>>> = {
  'can reverse': { en: 'can reverse', 'zh-CN': '可能逆转' },
  'can halve': { en: 'can halve', 'zh-CN': '可能减半' },
  holds: { en: 'holds', 'zh-CN': '结论稳健' },
};

/** A difference verdict in `lang`; one it does not know as given. */
export function differenceVerdictName(verdict: string, lang: KpiLocale): string {
  return Object.hasOwn(VERDICTS, verdict) ? VERDICTS[verdict as DifferenceVerdict][lang] : verdict;
}
