/**
 * The visualizer's language: chosen once from the saved choice (`localStorage`
 * `wardtwin.lang`), else the browser's `navigator.languages` (any `zh*` gives zh-CN), else
 * English; `t(key, params)` looks a message up in that language.
 */
import { messagesEn } from './messages-en.js';
import type { MessageKey } from './messages-en.js';
import { messagesZhCN } from './messages-zh-CN.js';

/** The languages the visualizer speaks (the KPI catalogue's locales). */
export const locales = ['zh-CN', 'en'] as const;

/** One language. */
export type Locale = (typeof locales)[number];

/** The `localStorage` key holding the user's choice. */
export const LOCALE_STORAGE_KEY = 'wardtwin.lang';

const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en: messagesEn, 'zh-CN': messagesZhCN };

/** The locale for a saved choice and the browser's language list (first match wins). */
export function pickLocale(saved: string | null | undefined, languages: readonly string[]): Locale {
  if (saved === 'en' || saved === 'zh-CN') return saved;
  for (const lang of languages) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

function detect(): Locale {
  const saved = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
  const langs = globalThis.navigator?.languages ?? [];
  return pickLocale(saved, langs);
}

let current: Locale = detect();

/** The language in use. */
export function getLocale(): Locale {
  return current;
}

/** Switches the language (saved for the next visit when `remember`) and sets `<html lang>`. */
export function setLocale(locale: Locale, remember = true): void {
  current = locale;
  if (remember) globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  if (globalThis.document !== undefined) document.documentElement.lang = locale;
}

/** The message `key` in the current language, with each `{name}` replaced by `params.name`. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const text = catalogues[current][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Nouns counted in the catalogues with a plural form per `Intl.PluralRules` category. */
export type CountedNoun = 'cabinets' | 'replications' | 'units' | 'problems';

/**
 * "1 cabinet", "2 cabinets", "3 台智能柜": `n` (formatted in the page's locale) with the noun's
 * form for `n`'s plural category; a category the catalogue lacks uses its `other` form.
 */
export function tCount(noun: CountedNoun, n: number): string {
  const category = new Intl.PluralRules(current).select(n);
  const key = (category === 'one' ? `count.${noun}.one` : `count.${noun}.other`) as MessageKey;
  return t(key, { n: new Intl.NumberFormat(current).format(n) });
}

/** The messages of `locale` (for tests comparing catalogues). */
export function messagesOf(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogues[locale];
}
