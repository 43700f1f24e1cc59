// @vitest-environment jsdom
// What every page shares: a page starts clean (no `data-drawn` left by the page before, which
// the end-to-end tests wait on), text fields carry their name and value, a job's end state
// reads the same on every page, and a stored job is drawn or its state explained.
import { select } from 'd3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endText, numberField, showStoredJob, startPage, textField } from '../../../../viz/src/pages/_internals/page-kit.js';
import type { StatusLine } from '../../../../viz/src/pages/_internals/page-kit.js';

function freshMain() {
  document.body.innerHTML = '<main></main>';
  return select<HTMLElement, unknown>(document.querySelector('main') as HTMLElement);
}

describe('page kit', () => {
  it('startPage() empties main, gives it the heading and clears data-drawn of the previous page', () => {
    const main = freshMain();
    main.append('p').text('old page');
    main.attr('data-drawn', 'true');
    startPage(main, 'Compare', 'Baseline against cabinets.');
    expect(main.attr('data-drawn')).toBeNull();
    expect(main.select('h2').text()).toBe('Compare');
    expect(main.selectAll('p').nodes().map((n) => (n as HTMLElement).textContent)).toEqual(['Baseline against cabinets.']);
  });

  it('startPage() names the browser tab after the page', () => {
    const main = freshMain();
    startPage(main, 'Results');
    expect(document.title).toBe('Results — wardtwin');
    startPage(main, 'Sizing', 'How many cabinets.');
    expect(document.title).toBe('Sizing — wardtwin');
  });

  it('textField() appends a labelled input with its name and value', () => {
    const form = freshMain().append('form');
    textField(form, 'horizonDays', 'Horizon (days)', '60');
    expect(form.select('label.wt-field span').text()).toBe('Horizon (days)');
    expect(form.select<HTMLInputElement>('input[name=horizonDays]').node()?.value).toBe('60');
  });

  it('numberField() appends a labelled number input with its limits and a numeric keypad', () => {
    const form = freshMain().append('form');
    numberField(form, 'replications', 'Replications', 5, { min: 1, step: 1 });
    numberField(form, 'share', 'Share', 0.3);
    const reps = form.select<HTMLInputElement>('input[name=replications]').node()!;
    expect([reps.type, reps.value, reps.min, reps.step, reps.inputMode]).toEqual(['number', '5', '1', '1', 'numeric']);
    const share = form.select<HTMLInputElement>('input[name=share]').node()!;
    expect([share.type, share.value, share.min, share.step, share.inputMode]).toEqual(['number', '0.3', '', 'any', 'decimal']);
  });

  it('endText() adds the error only when there is one', () => {
    expect(endText('Compare c1', 'failed', 'boom')).toBe('Compare c1 failed: boom');
    expect(endText('Size job s1', 'cancelled', null)).toBe('Size job s1 cancelled');
  });

  describe('showStoredJob()', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    /** Serves `body` with `status` for every request, and records what the status line was told. */
    async function load(status: number, body: unknown, draw: () => boolean): Promise<[string, string | undefined][]> {
      vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })));
      const said: [string, string | undefined][] = [];
      const line: StatusLine = (text, kind) => said.push([text, kind]);
      showStoredJob('r1', 'Run', 'nothing to draw.', line, () => false, draw);
      await vi.waitFor(() => expect(said.length).toBeGreaterThan(0));
      return said;
    }

    it('says nothing when draw() drew the job', async () => {
      let drawn = false;
      vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ id: 'r1', status: 'succeeded', error: null, result: {} }))));
      showStoredJob('r1', 'Run', 'nothing to draw.', () => undefined, () => false, () => (drawn = true));
      await vi.waitFor(() => expect(drawn).toBe(true));
    });

    it('fetches a finished run\'s ward series from /series and hands draw() the result with it', async () => {
      const urls: string[] = [];
      const series = { t: [0, 15], stock: [] };
      vi.stubGlobal('fetch', (url: string) => {
        urls.push(url);
        const body = url.endsWith('/series')
          ? { id: 'r1', status: 'succeeded', points: [], ward: [{ scenarioId: 'county-mch', series }] }
          : { id: 'r1', kind: 'run', status: 'succeeded', error: null, result: { scenarioId: 'county-mch', kpis: {} } };
        return Promise.resolve(new Response(JSON.stringify(body)));
      });
      let seen: unknown = null;
      showStoredJob('r1', 'Run', 'nothing to draw.', () => undefined, () => false, (detail) => ((seen = detail.result), true));
      await vi.waitFor(() => expect(seen).not.toBeNull());
      expect(urls).toEqual(['/api/runs/r1', '/api/runs/r1/series']);
      expect(seen).toEqual({ scenarioId: 'county-mch', kpis: {}, series });
    });

    it('gives the state of a job with nothing to draw, as an error when the job failed', async () => {
      expect(await load(200, { id: 'r1', status: 'running', error: null, result: null }, () => false)).toEqual([['Run r1 is running; nothing to draw.', 'info']]);
      expect(await load(200, { id: 'r1', status: 'failed', error: 'boom', result: null }, () => false)).toEqual([['Run r1 is failed: boom; nothing to draw.', 'error']]);
    });

    it('shows a failed call as an error, and nothing once the page has closed', async () => {
      const said = await load(404, { error: 'not-found', message: 'run r1 not found' }, () => true);
      expect(said).toEqual([['run r1 not found', 'error']]);
      let told = false;
      vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ id: 'r1', status: 'running', error: null, result: null }))));
      let asked = false;
      showStoredJob('r1', 'Run', 'nothing to draw.', () => (told = true), () => ((asked = true), true), () => false);
      await vi.waitFor(() => expect(asked).toBe(true));
      expect(told).toBe(false);
    });
  });
});
