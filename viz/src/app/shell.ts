/**
 * The app shell: the header with the navigation (Scenario, Run, Results, Compare, Sizing,
 * Portfolio, Validation, Twin, and the chart gallery), the language switch, and the main area pages draw into.
 */
import { select } from 'd3';
import type { Selection } from 'd3';
import type { Page } from './router.js';
import { toHash } from './router.js';
import { getLocale, locales, setLocale, t } from '../i18n/index.js';
import type { Locale, MessageKey } from '../i18n/index.js';

/** Navigation entries in display order, each with its message id. */
export const navItems: readonly { page: Page; label: MessageKey }[] = [
  { page: 'scenario', label: 'nav.scenario' },
  { page: 'run', label: 'nav.run' },
  { page: 'results', label: 'nav.results' },
  { page: 'compare', label: 'nav.compare' },
  { page: 'sizing', label: 'nav.sizing' },
  { page: 'portfolio', label: 'nav.portfolio' },
  { page: 'validation', label: 'nav.validation' },
  { page: 'twin', label: 'nav.twin' },
  { page: 'gallery', label: 'nav.gallery' },
];

/** Each language named in itself, so a reader finds their own whatever is shown. */
const localeNames: Readonly<Record<Locale, string>> = { 'zh-CN': '中文', en: 'English' };

/** The shell's parts: the main area and a function marking the current page in the nav. */
export interface Shell {
  main: Selection<HTMLElement, unknown, null, undefined>;
  setCurrent(page: Page): void;
}

/**
 * Build the shell inside `root` in the current language. Choosing another language saves it
 * and calls `onLocale` (the app rebuilds the shell and redraws the page).
 */
export function buildShell(root: HTMLElement, onLocale: (locale: Locale) => void = () => undefined): Shell {
  const app = select(root);
  app.selectAll('*').remove();
  const header = app.append('header').attr('class', 'wt-shell-header');
  header.append('h1').text(t('app.name'));
  const links = header
    .append('nav')
    .attr('class', 'wt-nav')
    .selectAll<HTMLAnchorElement, (typeof navItems)[number]>('a')
    .data(navItems)
    .join('a')
    .attr('href', (d) => toHash({ page: d.page, params: [] }))
    .text((d) => t(d.label));
  const pick = header.append('select').attr('class', 'wt-lang').attr('name', 'lang').attr('aria-label', t('app.language'));
  pick.selectAll('option').data(locales).join('option').attr('value', (d) => d).attr('lang', (d) => d).text((d) => localeNames[d]);
  pick.property('value', getLocale());
  pick.on('change', (event: Event) => {
    const chosen = locales.find((l) => l === (event.target as HTMLSelectElement).value);
    if (chosen === undefined) return;
    setLocale(chosen);
    onLocale(chosen);
  });
  const main = app.append('main').attr('class', 'wt-main');
  return {
    main,
    setCurrent: (page) => {
      links.attr('aria-current', (d) => (d.page === page ? 'page' : null));
    },
  };
}
