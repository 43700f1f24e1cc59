/**
 * The fixed words of a report (section titles, table headers, the model's description) in
 * English and Chinese. `{name}` marks a value filled in from the result by {@link fill}. The
 * English texts are those the report always printed; Chinese is chosen with `--lang zh-CN` or
 * `?lang=zh-CN`.
 */
import { REPORT_TEXT_EN } from './report-text-en.js';
import { REPORT_TEXT_ZH } from './report-text-zh.js';
import type { ReportText } from './report-text-en.js';

/** The languages a report is written in. */
export type ReportLang = 'en' | 'zh-CN';

export type { ReportText } from './report-text-en.js';

/** The report's words in `lang`. */
export function reportText(lang: ReportLang): ReportText {
  return lang === 'zh-CN' ? REPORT_TEXT_ZH : REPORT_TEXT_EN;
}

/** `text` with each `{name}` replaced by `params.name`. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
