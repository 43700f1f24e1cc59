/**
 * The app shell: the header with the navigation (Scenario, Run, Results, Compare, Sizing,
 * Portfolio, Twin, and the chart gallery) and the main area pages draw into.
 */
import { select } from 'd3';
import type { Selection } from 'd3';
import type { Page } from './router.js';
import { toHash } from './router.js';

/** Navigation entries in display order. */
export const navItems: readonly { page: Page; label: string }[] = [
  { page: 'scenario', label: 'Scenario' },
  { page: 'run', label: 'Run' },
  { page: 'results', label: 'Results' },
  { page: 'compare', label: 'Compare' },
  { page: 'sizing', label: 'Sizing' },
  { page: 'portfolio', label: 'Portfolio' },
  { page: 'validation', label: 'Validation' },
  { page: 'twin', label: 'Twin' },
  { page: 'gallery', label: 'Gallery' },
];

/** The shell's parts: the main area and a function marking the current page in the nav. */
export interface Shell {
  main: Selection<HTMLElement, unknown, null, undefined>;
  setCurrent(page: Page): void;
}

/** Build the shell inside `root` (once). */
export function buildShell(root: HTMLElement): Shell {
  const app = select(root);
  app.selectAll('*').remove();
  const header = app.append('header').attr('class', 'wt-shell-header');
  header.append('h1').text('wardtwin');
  const links = header
    .append('nav')
    .attr('class', 'wt-nav')
    .selectAll<HTMLAnchorElement, (typeof navItems)[number]>('a')
    .data(navItems)
    .join('a')
    .attr('href', (d) => toHash({ page: d.page, params: [] }))
    .text((d) => d.label);
  const main = app.append('main').attr('class', 'wt-main');
  return {
    main,
    setCurrent: (page) => {
      links.attr('aria-current', (d) => (d.page === page ? 'page' : null));
    },
  };
}
