/**
 * The Twin page (`#/twin`): the live twin's cabinets as they are now, each slot's fill, and
 * the forecast time to stock-out per slot before the next restock round. Fill comes from the
 * cabinets the server keeps (`GET /api/cabinets/:id`); the forecast from `POST
 * /api/twin/forecast` when the server offers it (otherwise the page says so and shows fill only).
 */
import { twinCabinets } from '../charts/index.js';
import { twinData } from '../adapters/index.js';
import { ApiRequestError } from '../api/index.js';
import { api, chartCard, errorText, startPage, statusLine } from './_internals/page-kit.js';
import type { Main } from './_internals/page-kit.js';

async function forecastOrNull(note: (text: string) => void): Promise<unknown> {
  try {
    return await api().postJson('/api/twin/forecast', {});
  } catch (err) {
    if (err instanceof ApiRequestError && err.status === 404) note('This server has no twin forecast yet (POST /api/twin/forecast); showing fill only.');
    else note(`Forecast unavailable: ${errorText(err)}`);
    return undefined;
  }
}

/** Shows the Twin page. */
export function showTwin(main: Main): () => void {
  let closed = false;
  startPage(main, 'Twin', 'The cabinets as their logs say they are now, and when each slot will run out.');
  const status = statusLine(main);
  const note = main.append('p').attr('class', 'wt-note');
  const grid = main.append<HTMLElement>('div').attr('class', 'wt-gallery');
  const load = async (): Promise<void> => {
    const list = await api().listCabinets();
    const details = await Promise.all(list.cabinets.map((c) => api().getCabinet(c.id)));
    const forecast = await forecastOrNull((text) => note.text(text));
    if (closed) return;
    const data = twinData(details, list.timeMin, forecast);
    grid.selectAll('*').remove();
    // 18 px per slot row keeps every slot legible.
    chartCard(grid, twinCabinets, data, { height: Math.max(240, 104 + 18 * data.slots.length) });
    status(`${details.length} cabinet(s), ${data.slots.length} stocked slot(s), at minute ${Math.round(list.timeMin)}.`);
    main.attr('data-drawn', 'true');
  };
  load().catch((err: unknown) => {
    if (!closed) status(errorText(err), 'error');
  });
  return () => {
    closed = true;
  };
}
