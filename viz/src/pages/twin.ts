/**
 * The Twin page (`#/twin`): visual management of the live cabinets. It reads the twin state
 * (`GET /api/twin/state`) and the ward model's forecast from it (`GET /api/twin/forecast`, so it
 * works with a token), and shows first what needs attention (the cabinet's SKUs most likely to
 * run out before the next restock), then every cabinet as a board of slots (offline and jammed
 * marked, never green), then the pick list for the next round. Times are the ward's wall clock.
 * It refreshes when the twin stream (`/api/twin/stream`) says events arrived. Without a twin it
 * shows the dispensing service's cabinets, without a forecast.
 */
import type { Selection } from 'd3';
import { duration, skuName, twinView, wallClock } from '../adapters/index.js';
import { ApiRequestError, watchTwin } from '../api/index.js';
import type { WatchTwinOptions } from '../api/index.js';
import { percent, twinBoard } from '../charts/index.js';
import type { TwinView } from '../charts/index.js';
import { heightFor } from '../charts/twin-board.js';
import { getLocale, t, tCount } from '../i18n/index.js';
import { api, chartCard, errorText, startPage, statusLine } from './_internals/page-kit.js';
import type { Main } from './_internals/page-kit.js';

/** The forecast the page asks for: a day ahead, 50 replications. */
export const FORECAST_QUERY = 'horizonHours=24&replications=50';

/** Most rows of the "needs attention" list. */
const ATTENTION_ROWS = 12;

type Parent = Selection<HTMLElement, unknown, null, undefined>;

function table(parent: Parent, caption: string, head: string[], rows: string[][]): void {
  const tab = parent.append('table').attr('class', 'wt-table');
  tab.append('caption').text(caption);
  tab.append('thead').append('tr').selectAll('th').data(head).join('th').attr('scope', 'col').text((d) => d);
  tab.append('tbody').selectAll('tr').data(rows).join('tr').selectAll('td').data((r) => r).join('td').text((d) => d);
}

/** Twin minute `min` on the ward's wall clock, weekday in the page's language. */
function clock(min: number): string {
  return wallClock(min, { locale: getLocale() === 'zh-CN' ? 'zh-CN' : 'en-GB' });
}

/** The clock line: now, the next round, the horizon, in the ward's wall clock. */
export function clockText(view: TwinView): string {
  const parts = [t('twin.clockNow', { time: clock(view.nowMin) })];
  if (view.nextRoundMin !== null) parts.push(t('twin.clockNext', { time: clock(view.nextRoundMin) }));
  if (view.untilMin !== null && view.replications !== null) parts.push(t('twin.clockForecast', { time: clock(view.untilMin), replications: view.replications }));
  return parts.join(t('twin.clockSep'));
}

/** Draws the page body for `view` into `body` (replacing what was there). */
export function drawTwin(body: Parent, view: TwinView, width = 720): void {
  body.selectAll('*').remove();
  const attention = body.append('section').attr('class', 'wt-attention');
  attention.append('h3').text(t('twin.attention'));
  if (view.untilMin === null) attention.append('p').text(t('twin.noForecast'));
  else if (view.attention.length === 0) attention.append('p').text(t('twin.nothingRunsOut'));
  else {
    const head = [t('twin.col.cabinet'), t('twin.col.sku'), t('twin.col.usable'), t('twin.col.chance'), t('twin.col.median')];
    table(attention, t('twin.attentionCaption'), head, view.attention.slice(0, ATTENTION_ROWS).map((a) => [
      a.cabinetId, skuName(a.sku), String(a.usableUnits), percent(a.probability),
      a.medianMin === null ? t('twin.lastsHorizon') : t('twin.runsOutAt', { time: clock(view.nowMin + a.medianMin), duration: duration(a.medianMin) }),
    ]));
  }
  const boards = body.append<HTMLElement>('div').attr('class', 'wt-gallery');
  chartCard(boards, twinBoard, { view, clockText: clockText(view) }, { width, height: heightFor(view.boards, { width }) });
  const picks = body.append('section').attr('class', 'wt-picks');
  picks.append('h3').text(view.nextRoundMin === null ? t('twin.pickList') : t('twin.pickListAt', { time: clock(view.nextRoundMin) }));
  if (view.picks.length === 0) picks.append('p').text(view.untilMin === null ? t('twin.noPickForecast') : t('twin.noPicks'));
  else {
    const head = [t('twin.col.cabinet'), t('twin.col.slot'), t('twin.col.sku'), t('twin.col.units')];
    table(picks, t('twin.picksCaption'), head, view.picks.map((p) => [p.cabinetId, p.slotId, skuName(p.sku), String(p.units)]));
  }
}

async function stateNow(): Promise<{ state: unknown; twin: boolean }> {
  try {
    return { state: await api().getJson('/api/twin/state'), twin: true };
  } catch (err) {
    if (!(err instanceof ApiRequestError && err.status === 404)) throw err;
    const list = await api().listCabinets();
    const details = await Promise.all(list.cabinets.map((c) => api().getCabinet(c.id)));
    return { state: { timeMin: list.timeMin, cabinets: details.map((d) => ({ id: d.id, online: true, slots: d.slotDetails })) }, twin: false };
  }
}

/** Shows the Twin page; `stream` options are for tests (a fake WebSocket). */
export function showTwin(main: Main, _params: string[] = [], stream: WatchTwinOptions = {}): () => void {
  let closed = false;
  let loading = false;
  let again = false;
  startPage(main, t('twin.title'), t('twin.intro'));
  const status = statusLine(main);
  const body = main.append<HTMLElement>('div').attr('class', 'wt-twin');
  const width = Math.max(360, Math.min(1100, main.node()?.clientWidth ?? 720));
  const load = async (): Promise<void> => {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      const { state, twin } = await stateNow();
      let forecast: unknown;
      if (twin) {
        status(t('twin.forecasting'));
        forecast = await api().getJson(`/api/twin/forecast?${FORECAST_QUERY}`).catch((err: unknown) => {
          status(t('twin.forecastUnavailable', { error: errorText(err) }), 'error');
          return undefined;
        });
      }
      if (closed) return;
      const view = twinView(state, forecast);
      drawTwin(body, view, width);
      if (forecast !== undefined || !twin) status(t(twin ? 'twin.summaryLive' : 'twin.summary', { cabinets: tCount('cabinets', view.boards.length), clock: clockText(view) }));
      main.attr('data-drawn', 'true');
    } finally {
      loading = false;
      if (again && !closed) {
        again = false;
        void load();
      }
    }
  };
  load().catch((err: unknown) => {
    if (!closed) status(errorText(err), 'error');
  });
  const stop = watchTwin((m) => {
    if (m.type === 'events' && !closed) load().catch((err: unknown) => status(errorText(err), 'error'));
  }, stream);
  return () => {
    closed = true;
    stop();
  };
}
