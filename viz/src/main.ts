/**
 * The visualizer's entry: builds the shell and shows the page the hash names. Pages that
 * need the server arrive with the API; the gallery shows every chart with fixture data.
 */
import { startRouter } from './app/router.js';
import type { Route } from './app/router.js';
import { buildShell } from './app/shell.js';
import { showGallery } from './pages/gallery.js';
import { showPlaceholder } from './pages/placeholder.js';

const root = document.getElementById('app');
if (root === null) throw new Error('wardtwin viz: index.html must contain <div id="app">');
const shell = buildShell(root);
let cleanup: () => void = () => undefined;

function show(route: Route): void {
  cleanup();
  cleanup = () => undefined;
  shell.setCurrent(route.page);
  if (route.page === 'gallery') cleanup = showGallery(shell.main);
  else showPlaceholder(shell.main, route.page);
}

startRouter(window, show);
