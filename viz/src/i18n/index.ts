/** The visualizer's languages, messages and number/time formats. */
export { t, tCount, getLocale, setLocale, pickLocale, messagesOf, locales, LOCALE_STORAGE_KEY } from './locale.js';
export type { CountedNoun, Locale } from './locale.js';
export type { MessageKey } from './messages-en.js';
export { formatNumber, formatCount, formatShare, formatKpiValue, formatPercent, formatTime, SCENARIO_TIME_ZONE } from './format.js';
