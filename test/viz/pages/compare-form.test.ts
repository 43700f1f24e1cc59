// @vitest-environment jsdom
// The Compare page's form: both scenarios are picked from the server's presets (no free text),
// the alternative may be the Scenario page's draft, one button sets up "my draft against its
// baseline", and the POST /api/compares body is one the server's schema accepts.
import { Value } from '@sinclair/typebox/value';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareRequestSchema } from '../../../server/routes/runs/schemas.js';
import { setDraft } from '../../../viz/src/app/draft.js';
import { showCompare } from '../../../viz/src/pages/compare.js';
import { FakeSocket, freshMain } from '../_support/page-doubles.js';

const presets = ['city-mch', 'city-mch-baseline', 'county-mch', 'county-mch-baseline'];

function stubServer(posted: unknown[]): void {
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    if (init.method === 'POST') {
      posted.push(JSON.parse(init.body as string));
      return Promise.resolve(new Response(JSON.stringify({ id: 'c1', kind: 'compare', status: 'queued', href: '/api/runs/c1', stream: '/api/runs/c1/stream' }), { status: 202 }));
    }
    if (url === '/api/scenarios') return Promise.resolve(new Response(JSON.stringify({ presets: presets.map((name) => ({ name })) })));
    return Promise.resolve(new Response('{}', { status: 404 }));
  });
}

describe('Compare page form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the presets and the draft as choices, not a text field', async () => {
    stubServer([]);
    setDraft({ preset: 'county-mch', changes: {} });
    const main = freshMain();
    const close = showCompare(main, []);
    await vi.waitFor(() => expect(main.selectAll('select[name=base] option').size()).toBe(presets.length));
    expect(main.selectAll('input[type=text]').size()).toBe(0);
    const alternatives = main.selectAll<HTMLOptionElement, unknown>('select[name=alternative] option').nodes().map((o) => o.value);
    expect(alternatives).toEqual([...presets, '#draft']);
    expect(main.select('select[name=base]').property('value')).toBe('city-mch-baseline');
    close();
  });

  it('"compare my draft with its baseline" posts the draft (preset plus changes) against the preset\'s baseline', async () => {
    const posted: unknown[] = [];
    stubServer(posted);
    setDraft({ preset: 'county-mch', changes: { births: { caesareanShare: 0.45 }, run: { seed: 7 } } });
    const main = freshMain();
    const close = showCompare(main, []);
    await vi.waitFor(() => expect(main.selectAll('select[name=base] option').size()).toBe(presets.length));
    const draftButton = main.selectAll<HTMLButtonElement, unknown>('button[type=button]').nodes().find((b) => b.textContent === 'Compare my draft with its baseline');
    expect(draftButton).toBeDefined();
    draftButton?.click();
    expect(main.select('select[name=base]').property('value')).toBe('county-mch-baseline');
    expect(main.select('select[name=alternative]').property('value')).toBe('#draft');
    main.select<HTMLFormElement>('form').node()?.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      base: { extends: 'county-mch-baseline', run: { horizonDays: 60 } },
      alternative: { extends: 'county-mch', births: { caesareanShare: 0.45 }, run: { seed: 7, horizonDays: 60 } },
      replications: 5,
    });
    expect(Value.Check(CompareRequestSchema, posted[0])).toBe(true);
    close();
  });
});
