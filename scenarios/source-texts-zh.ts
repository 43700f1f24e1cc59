/**
 * The schema's `source` strings (where a parameter's value comes from: a publication, DOMAIN.md,
 * a site plan or an exposed assumption) in Chinese, for the report's parameter table and any
 * other Chinese text that cites them. Keyed by the English string, which stays the schema's own
 * text (JSON, OpenAPI, the README's table); a test checks every source of the schema has an entry
 * and every entry is a source of the schema, so a new field cannot ship without its Chinese text.
 */
import type { DisplayLang } from './display-names.js';
import { CONTACT_SOURCES_ZH } from './source-texts-zh-contacts.js';
import { WARD_SOURCES_ZH } from './source-texts-zh-ward.js';

const SOURCES_ZH: Readonly<Record<string, string>> = { ...WARD_SOURCES_ZH, ...CONTACT_SOURCES_ZH };

/** The Chinese text of schema source `en`; undefined when it has none. */
export function sourceTextZh(en: string): string | undefined {
  return Object.hasOwn(SOURCES_ZH, en) ? SOURCES_ZH[en] : undefined;
}

/** Schema source `en` in `lang`: itself in English or when it has no Chinese text. */
export function sourceText(en: string, lang: DisplayLang): string {
  return lang === 'en' ? en : (sourceTextZh(en) ?? en);
}

/** The English sources with a Chinese text, for tests. */
export const TRANSLATED_SOURCES: readonly string[] = [...Object.keys(WARD_SOURCES_ZH), ...Object.keys(CONTACT_SOURCES_ZH)];
