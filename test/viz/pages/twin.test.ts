// @vitest-environment jsdom
// The Twin page: what needs attention comes first and reads as a chance, the boards mark what
// cannot give, the pick list is there, the forecast is read with GET, and events on the twin
// stream make the page read again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { twinView } from '../../../viz/src/adapters/index.js';
import { drawTwin, FORECAST_QUERY, showTwin } from '../../../viz/src/pages/twin.js';
import { forecast, state } from '../_support/twin-fixtures.js';
import { FakeSocket, freshMain } from '../_support/page-doubles.js';

describe('Twin page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws needs-attention first with chances as percentages, then the boards, then the pick list', () => {
    const main = freshMain();
    drawTwin(main, twinView(state, forecast));
    const headings = main.selectAll('h3').nodes().map((n) => (n as HTMLElement).textContent);
    expect(headings[0]).toBe('Needs attention');
    expect(headings[1]).toBe('Pick list for the round at Wed 16:15');
    const first = main.select('.wt-attention tbody tr').selectAll('td').nodes().map((n) => (n as HTMLElement).textContent);
    expect(first).toEqual(['cab-1', 'pad', '0', '100 %', 'Tue 14:05 (in 0 min)']);
    const second = main.selectAll('.wt-attention tbody tr').nodes()[1] as HTMLElement;
    expect(second.textContent).toContain('53 %');
    expect(second.textContent).toContain('Wed 01:23');
    expect(main.selectAll('g.wt-slot[data-status=offline]').size()).toBe(2);
    expect(main.select('g.wt-slot[data-status=jammed]').attr('aria-label')).toContain('jammed');
    expect(main.select('.wt-picks tbody td').text()).toBe('cab-1');
  });

  it('reads state and forecast with GET and reads them again when the twin stream reports events', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      urls.push(`${init.method} ${url}`);
      return Promise.resolve(new Response(JSON.stringify(url.startsWith('/api/twin/forecast') ? forecast : state)));
    });
    const main = freshMain();
    const close = showTwin(main, [], { origin: 'ws://test', WebSocket: FakeSocket as unknown as new (url: string) => WebSocket, retryMs: 0 });
    await vi.waitFor(() => expect(main.attr('data-drawn')).toBe('true'));
    expect(urls).toEqual(['GET /api/twin/state', `GET /api/twin/forecast?${FORECAST_QUERY}`]);
    expect(FakeSocket.last?.url).toBe('ws://test/api/twin/stream');
    FakeSocket.last?.push({ type: 'events', accepted: 3, timeMin: 2000, eventsAccepted: 9 });
    await vi.waitFor(() => expect(urls.length).toBe(4));
    expect(main.select('.wt-status').text()).toContain('Now Tue 14:05');
    close();
  });
});
