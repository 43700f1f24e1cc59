/**
 * The visualizer's entry: builds the shell, loads the KPI catalogue from the server, and shows
 * the page the hash names. Each page draws into the main area and returns a cleanup (closing
 * streams and timers) run before the next.
 */
import { startRouter } from './app/router.js';
import type { Page, Route } from './app/router.js';
import { buildShell } from './app/shell.js';
import { showGallery } from './pages/gallery.js';
import { showCompare } from './pages/compare.js';
import { showResults } from './pages/results.js';
import { showRun } from './pages/run.js';
import { showScenario } from './pages/scenario.js';
import { showSizing } from './pages/sizing.js';
import { showPortfolio } from './pages/portfolio.js';
import { showValidation } from './pages/validation.js';
import { showTwin } from './pages/twin.js';
import { api } from './pages/_internals/page-kit.js';
import type { ShowPage } from './pages/_internals/page-kit.js';
import { setDisplayNames, setKpiCatalogue } from './adapters/index.js';
import type { DisplayNames, KpiCatalogueEntry } from './api/index.js';
import { getLocale, setLocale } from './i18n/index.js';

const root = document.getElementById('app');
if (root === null) throw new Error('wardtwin viz: index.html must contain <div id="app">');
setLocale(getLocale(), false);
let catalogue: readonly KpiCatalogueEntry[] = [];
let names: DisplayNames = { presets: [], skus: [], roles: [], presetDescriptions: [] };
let current: Route = { page: 'scenario', params: [] };
let cleanup: () => void = () => undefined;
// A new language rebuilds the shell in it and redraws the page with the catalogue's texts in it.
const onLocale = (): void => {
  cleanup();
  cleanup = () => undefined;
  setKpiCatalogue(catalogue, getLocale());
  setDisplayNames(names, getLocale());
  shell = buildShell(root, onLocale);
  show(current);
};
let shell = buildShell(root, onLocale);

const pages: Record<Page, ShowPage> = {
  scenario: (main) => showScenario(main),
  run: (main) => showRun(main),
  results: showResults,
  compare: showCompare,
  sizing: (main) => showSizing(main),
  portfolio: showPortfolio,
  validation: (main) => showValidation(main),
  twin: (main) => showTwin(main),
  gallery: (main) => showGallery(main),
};

function show(route: Route): void {
  current = route;
  cleanup();
  shell.setCurrent(route.page);
  cleanup = pages[route.page](shell.main, route.params);
}

// Pages label KPIs from the catalogue; a server that cannot answer leaves them shown by key.
// Display names likewise: without them presets, SKUs and roles are shown by id.
const kpisLoaded = api()
  .getKpis()
  .then((answer) => {
    catalogue = answer.kpis;
    setKpiCatalogue(catalogue, getLocale());
  })
  .catch(() => undefined);
const namesLoaded = api()
  .getNames()
  .then((answer) => {
    names = answer;
    setDisplayNames(names, getLocale());
  })
  .catch(() => undefined);
void Promise.all([kpisLoaded, namesLoaded]).finally(() => startRouter(window, show));
