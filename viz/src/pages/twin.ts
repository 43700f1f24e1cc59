/**
 * The Twin page (`#/twin`): the live twin's cabinets as they are now, each slot's fill, and
 * the forecast time to stock-out per slot before the next restock round. Fill comes from the
 * twin state (`GET /api/twin/state`, or the dispensing service's cabinets without a twin); the
 * forecast (median time to stock-out before the next restock round) from `POST /api/twin/forecast`.
 */
import { twinCabinets } from '../charts/index.js';
import { twinData } from '../adapters/index.js';
import type { TwinCabinetView } from '../adapters/index.js';
import { ApiRequestError } from '../api/index.js';
import { api, chartCard, errorText, startPage, statusLine } from './_internals/page-kit.js';
import type { Main } from './_internals/page-kit.js';

async function forecastOrNull(note: (text: string) => void): Promise<unknown> {
  try {
    return await api().postJson('/api/twin/forecast', { replications: 100 });
  } catch (err) {
    if (err instanceof ApiRequestError && err.status === 404) note('This server has no twin forecast (POST /api/twin/forecast); showing fill only.');
    else note(`Forecast unavailable: ${errorText(err)}`);
    return undefined;
  }
}

/** The twin's cabinets: the twin state, or the dispensing service's cabinets when there is no twin. */
async function twinCabinetsNow(): Promise<{ nowMin: number; cabinets: TwinCabinetView[] }> {
  try {
    const state = (await api().getJson('/api/twin/state')) as { timeMin: number; cabinets: TwinCabinetView[] };
    return { nowMin: state.timeMin, cabinets: state.cabinets };
  } catch (err) {
    if (!(err instanceof ApiRequestError && err.status === 404)) throw err;
    const list = await api().listCabinets();
    const details = await Promise.all(list.cabinets.map((c) => api().getCabinet(c.id)));
    return { nowMin: list.timeMin, cabinets: details.map((d) => ({ id: d.id, slots: d.slotDetails })) };
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
    const now = await twinCabinetsNow();
    const forecast = await forecastOrNull((text) => note.text(text));
    if (closed) return;
    const data = twinData(now.cabinets, now.nowMin, forecast);
    grid.selectAll('*').remove();
    // 18 px per slot row keeps every slot legible.
    chartCard(grid, twinCabinets, data, { height: Math.max(240, 104 + 18 * data.slots.length) });
    status(`${now.cabinets.length} cabinet(s), ${data.slots.length} stocked slot(s), at minute ${Math.round(now.nowMin)} of the twin's clock.`);
    main.attr('data-drawn', 'true');
  };
  load().catch((err: unknown) => {
    if (!closed) status(errorText(err), 'error');
  });
  return () => {
    closed = true;
  };
}
