/**
 * Placeholder for pages that need the server's API (scenario form, live run, results,
 * compare, sizing, twin). They arrive with the API; until then each says so and points to the
 * gallery, where their charts can already be seen with fixture data.
 */
import type { Selection } from 'd3';
import type { Page } from '../app/router.js';

/** What each API page will show, in the planner's words. */
const purpose: Record<Exclude<Page, 'gallery'>, string> = {
  scenario: 'Pick a preset and edit deliveries, caesarean share, cabinets, restock rounds, channels and outbreak rules.',
  run: 'Start a run and watch it live: progress and charts filling as sampled series arrive.',
  results: 'Births heat map, stock levels, the cabinet board with replay, trip waits, nurse supply minutes and contacts.',
  compare: 'Baseline against cabinets: KPI differences with 95 % confidence intervals.',
  sizing: 'Cabinets needed against annual deliveries for each service target.',
  twin: "The live twin's cabinets: fill now and forecast time to stock-out per slot.",
};

/** Show the placeholder for `page` in `main`. */
export function showPlaceholder(main: Selection<HTMLElement, unknown, null, undefined>, page: Exclude<Page, 'gallery'>): void {
  main.selectAll('*').remove();
  main.append('h2').text(page[0].toUpperCase() + page.slice(1));
  main.append('p').text(purpose[page]);
  main.append('p').attr('class', 'wt-placeholder').html('This page needs the server API. Its charts can be seen in the <a href="#/gallery">gallery</a>.');
}
