/**
 * Every page of the visualizer, with data, in English and Chinese (and Chinese on a 390 px
 * phone), checked by axe-core with the WCAG 2.2 AA and best-practice rules in Chromium against
 * the real server. The data is made first through the API: a stored run and a comparison (short
 * county runs), a size curve, a portfolio of two hospitals, the validation report the
 * Validation page asks for, a sensitivity analysis (loaded into the page as its file), and a day
 * of cabinet events fed to the twin; the Run page runs a week of the draft live, the Scenario
 * page also shows a field's error. Any violation fails the test, printed as rule, impact,
 * targets and axe's help.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { simulateWard } from '../../engine/ward/index.js';
import { loadPreset } from '../../scenarios/index.js';
import { twinEventFromLedger } from '../../server/twin/twin-events.js';
import { launchBrowser } from './_support/browser.js';
import type { TestBrowser } from './_support/browser.js';
import { startTestServer } from './_support/app-server.js';
import type { TestServer } from './_support/app-server.js';
import { axeViolations, violationLine } from './_support/axe.js';

const waitMs = 5 * 60_000;
const jobMs = 15 * 60_000;
let server: TestServer | undefined;
let browser: TestBrowser | undefined;
let page: Page;
/** Job ids made in beforeAll, by kind. */
const jobs: Record<string, string> = {};
let sizeResult: unknown;
let sensitivityResult: unknown;

function url(path: string): string {
  if (server === undefined) throw new Error('e2e: the test server did not start');
  return `${server.url}${path}`;
}

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url(path), { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`e2e: ${method} ${path} answered ${res.status}: ${text}`);
  return JSON.parse(text) as unknown;
}

/** Waits for job `id` to succeed (polling its status) and answers its result. */
async function finished(id: string): Promise<unknown> {
  const until = Date.now() + jobMs;
  for (;;) {
    const job = (await call('GET', `/api/runs/${encodeURIComponent(id)}`)) as { status: string; error: string | null; result: unknown };
    if (job.status === 'succeeded') return job.result;
    if (job.status === 'failed' || job.status === 'cancelled') throw new Error(`e2e: job ${id} ${job.status}: ${job.error ?? ''}`);
    if (Date.now() > until) throw new Error(`e2e: job ${id} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const shortCounty = (preset: string) => ({ extends: preset, run: { horizonDays: 7, warmupDays: 1 } });

/** The first day of a simulated county ward's ledger, posted to the twin as its cabinets' log. */
async function feedTwin(): Promise<void> {
  const loaded = loadPreset('county-mch');
  if (!loaded.ok) throw new Error('county-mch must load');
  const scenario = { ...loaded.scenario, run: { ...loaded.scenario.run, horizonDays: 2, warmupDays: 0 } };
  const ledger = simulateWard(scenario, { seed: 4, replication: 0, recordLedger: true }).ledger ?? [];
  const events = ledger.filter((e) => e.timeMin <= 1440).map((e, i) => twinEventFromLedger(e, `sim-${i}`));
  for (let i = 0; i < events.length; i += 500) await call('POST', '/api/twin/events', { events: events.slice(i, i + 500) });
}

async function makeData(): Promise<void> {
  const csv = '医院名称,年分娩量,医院类型,24小时便利店,放置空间,独立产科\n汀湾县人民医院,830,1,否,否,是\n沐渚市妇幼保健院,3100,3,否,是,是\n';
  const accepted = async (path: string, body: unknown): Promise<string> => ((await call('POST', path, body)) as { id: string }).id;
  jobs.run = await accepted('/api/runs', { scenario: shortCounty('county-mch'), replications: 2 });
  jobs.compare = await accepted('/api/compares', { base: shortCounty('county-mch-baseline'), alternative: shortCounty('county-mch'), replications: 2 });
  jobs.size = await accepted('/api/sizes', { scenario: shortCounty('county-mch'), curve: '1000:3000:2000', replications: 2, maxReplications: 2, rounds: [1, 2] });
  jobs.portfolio = await accepted('/api/portfolios', { csv, days: 3, replications: 2 });
  jobs.sensitivity = await accepted('/api/sensitivities', {
    scenario: shortCounty('county-mch'),
    kpis: ['nurseSupplyMinutesPerShift', 'fillRate'],
    factors: [{ path: '/births/caesareanShare' }, { path: '/births/annualDeliveries' }],
    trajectories: 2,
  });
  // The Validation page asks for the report with its form's defaults; asking first makes it a stored job.
  jobs.validation = ((await call('GET', '/api/validation?scenario=county-mch&replications=10')) as { id: string }).id;
  await feedTwin();
  for (const id of [jobs.run, jobs.compare, jobs.portfolio, jobs.validation]) await finished(id);
  sizeResult = await finished(jobs.size);
  sensitivityResult = await finished(jobs.sensitivity);
}

beforeAll(async () => {
  const [started, launched] = await Promise.allSettled([startTestServer(), launchBrowser()]);
  if (started.status === 'fulfilled') server = started.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  if (started.status === 'rejected') throw started.reason;
  if (launched.status === 'rejected') throw launched.reason;
  page = await launched.value.context.newPage();
  page.setDefaultTimeout(waitMs);
  await makeData();
}, jobMs + 2 * waitMs);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, waitMs);

/** Loads `json` into the page's file input `selector` as a file. */
async function loadFile(selector: string, json: unknown): Promise<void> {
  await page.locator(selector).setInputFiles({ name: 'result.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
}

/** The pages visited: the hash, and how to bring its data onto the page once it is open. */
const visits: ReadonlyArray<{ name: string; hash: () => string; ready: () => Promise<void> }> = [
  { name: 'scenario', hash: () => '#/scenario', ready: () => page.locator('input[name="/births/annualDeliveries"]').waitFor() },
  {
    name: 'scenario with a field error',
    hash: () => '#/scenario',
    ready: async () => {
      await expect.poll(() => page.locator('input[name="/births/annualDeliveries"]').inputValue(), { timeout: waitMs }).not.toBe('');
      await page.locator('input[name="/births/caesareanShare"]').fill('1.7');
      await expect.poll(() => page.locator('[data-path="/births/caesareanShare"] .wt-field-error').textContent(), { timeout: waitMs }).not.toBe('');
    },
  },
  {
    name: 'run, finished live',
    hash: () => '#/scenario',
    ready: async () => {
      // The draft lives in the page: a week of the default preset, run from the Run page.
      await expect.poll(() => page.locator('input[name="/births/annualDeliveries"]').inputValue(), { timeout: waitMs }).not.toBe('');
      await page.locator('input[name="/run/horizonDays"]').fill('7');
      await page.locator('input[name="/run/replications"]').fill('2');
      await page.click('button[name=run]');
      await page.waitForURL(/#\/run$/);
      await page.click('button[name=start]');
      await page.locator('.wt-open-results').waitFor();
      await page.locator('[data-chart="live-kpi"] svg').waitFor();
    },
  },
  { name: 'results list', hash: () => '#/results', ready: () => page.locator('.wt-run-list a').first().waitFor() },
  { name: 'results of a run', hash: () => `#/results/${jobs.run}`, ready: () => page.locator('main[data-drawn=true]').waitFor() },
  { name: 'compare form', hash: () => '#/compare', ready: () => page.locator('main form button').first().waitFor() },
  { name: 'comparison', hash: () => `#/compare/${jobs.compare}`, ready: () => page.locator('main[data-drawn=true]').waitFor() },
  {
    name: 'sizing',
    hash: () => '#/sizing',
    ready: async () => {
      await loadFile('main input[type=file]', sizeResult);
      await page.locator('[data-chart="sizing-curve"] .wt-point').first().waitFor();
    },
  },
  { name: 'portfolio', hash: () => `#/portfolio/${jobs.portfolio}`, ready: () => page.locator('main[data-drawn=true]').waitFor() },
  {
    name: 'validation',
    hash: () => '#/validation',
    ready: async () => {
      await page.locator('main form').first().locator('button[type=submit]').click();
      await page.locator('main table tbody tr').first().waitFor();
      await loadFile('main > label input[type=file]', sensitivityResult);
      await page.locator('[data-chart="tornado"] svg').first().waitFor();
    },
  },
  { name: 'twin', hash: () => '#/twin', ready: () => page.locator('main[data-drawn=true] [data-chart="twin-board"] svg').waitFor() },
  { name: 'chart gallery', hash: () => '#/gallery', ready: () => page.locator('[data-chart] svg').first().waitFor() },
];

describe('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  for (const [lang, width] of [['en', 1280], ['zh-CN', 1280], ['zh-CN', 390]] as const) {
    it(`every page with data has no violation (${lang}, ${width} px wide)`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url('/'));
      await page.evaluate((l) => localStorage.setItem('wardtwin.lang', l), lang);
      const found: string[] = [];
      for (const visit of visits) {
        await page.goto(url(`/${visit.hash()}`));
        await page.reload();
        await visit.ready();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        for (const v of await axeViolations(page)) found.push(`${visit.name} (${visit.hash()}): ${violationLine(v)}`);
      }
      expect(found, `axe-core found:\n${found.join('\n')}`).toEqual([]);
    }, 2 * jobMs);
  }
});
