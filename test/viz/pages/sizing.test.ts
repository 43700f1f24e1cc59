// @vitest-environment jsdom
// The Sizing page: the form becomes a POST /api/sizes body the server's schema accepts (from a
// preset, the Scenario page's draft or the application form), the curve grows and the progress
// bar moves as volumes are sized, the readout gives the plan at the hospital's volume, and a
// point opens the run the job stored behind it.
import { Value } from '@sinclair/typebox/value';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SizeRequestSchema } from '../../../server/routes/runs/experiment-schemas.js';
import { clockTime, sizingReadout } from '../../../viz/src/adapters/index.js';
import { setDraft } from '../../../viz/src/app/draft.js';
import { showSizing } from '../../../viz/src/pages/sizing.js';
import { parseParShares, parseRounds, sizeRequestOf } from '../../../viz/src/pages/sizing-form.js';
import type { SizingFormValues } from '../../../viz/src/pages/sizing-form.js';
import { FakeSocket, freshMain } from '../_support/page-doubles.js';

const values: SizingFormValues = {
  source: 'preset', preset: 'county-mch', curve: '1000:3000:1000', deliveries: 2500, hospitalType: 'general', has24hConvenience: true, floorSpace: true,
  separateObstetrics: false, beds: 40, nurses: null, minFillRate: 0.99, maxTripWaitP95Min: 4, maxStockout: 20, rounds: '1, 3', cabinetPerYear: 20000,
  restockLaborPerHour: 60, holdingPerUnitYear: 2, replications: 3, maxReplications: 6, days: 30, models: '', parShares: '', planogramPerCabinet: false, nurseMinute: null,
};

const point = (deliveries: number, cabinets: number, runId: string) => ({
  deliveries, cabinets, roundsPerDay: 2, roundHours: [7, 18.5], costPerYear: 64250.4, fillRate: 0.9961, tripWaitP95Min: 2.5, bindingTarget: 'fillRate', restockLaborHoursPerDay: 1.25, slotAllocation: { diaper: 3, pad: 4, wipes: 1 }, runId,
});

describe('Sizing page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sizeRequestOf() gives a body the server schema accepts from a preset, the draft and the application form', () => {
    const preset = sizeRequestOf(values, {});
    expect(Value.Check(SizeRequestSchema, preset)).toBe(true);
    expect(preset).toMatchObject({ scenario: 'county-mch', deliveries: 2500, rounds: [1, 3], days: 30, replications: 3, maxReplications: 6, costs: { cabinetPerYear: 20000, restockLaborPerHour: 60, holdingPerUnitYear: 2 }, targets: { minFillRate: 0.99, maxTripWaitP95Min: 4, maxStockoutSlotHoursPer1000PatientDays: 20 } });
    const draft = sizeRequestOf({ ...values, source: 'draft' }, { extends: 'city-mch', births: { caesareanShare: 0.4 } });
    expect(Value.Check(SizeRequestSchema, draft)).toBe(true);
    expect(draft.scenario).toEqual({ extends: 'city-mch', births: { caesareanShare: 0.4 } });
    const form = sizeRequestOf({ ...values, source: 'hospital' }, {});
    expect(Value.Check(SizeRequestSchema, form)).toBe(true);
    expect(form).not.toHaveProperty('scenario');
    expect(form.hospital).toEqual({ annualDeliveries: 2500, hospitalType: 'general', has24hConvenience: true, floorSpace: true, separateObstetrics: false, beds: 40 });
    expect(parseRounds('1,7')).toBeNull();
    expect(parseRounds('')).toBeNull();
  });

  it('sizeRequestOf() sends the plan options: models, par levels, the planogram and the nurse-minute value; blank ones are left to the server\'s defaults', () => {
    const withPlan = sizeRequestOf({ ...values, models: ' compact-36, large-96 ,', parShares: '0.2, 0.35', planogramPerCabinet: true, nurseMinute: 1.2 }, {});
    expect(Value.Check(SizeRequestSchema, withPlan)).toBe(true);
    expect(withPlan).toMatchObject({ models: ['compact-36', 'large-96'], parShares: [0.2, 0.35], planogram: 'per-cabinet', costs: { cabinetPerYear: 20000, nurseMinute: 1.2 } });
    const plain = sizeRequestOf(values, {});
    expect(plain).not.toHaveProperty('models');
    expect(plain).not.toHaveProperty('parShares');
    expect(plain.planogram).toBe('uniform');
    expect(plain.costs).not.toHaveProperty('nurseMinute');
    expect(parseParShares('')).toEqual([]);
    expect(parseParShares('0.2,1.5')).toBeNull();
    expect(parseParShares('0.2,x')).toBeNull();
  });

  it('the form sends the plan options typed into it, with labels in the page\'s language; a bad par level is refused before anything is sent', async () => {
    const posted: unknown[] = [];
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      if (init.method === 'POST') {
        posted.push(JSON.parse(init.body as string));
        return Promise.resolve(new Response(JSON.stringify({ id: 'job2', kind: 'size', status: 'queued', href: '/api/runs/job2', stream: '/api/runs/job2/stream' }), { status: 202 }));
      }
      return Promise.resolve(new Response(JSON.stringify({ presets: [{ name: 'city-mch' }] })));
    });
    FakeSocket.last = null;
    const main = freshMain();
    const close = showSizing(main);
    await vi.waitFor(() => expect(main.selectAll('select[name=preset] option').size()).toBe(1));
    expect(main.select('input[name=nurseMinute]').attr('type')).toBe('number');
    expect(main.select('form').text()).toContain('Planogram per cabinet');
    expect(main.select('form').text()).toContain('Value of a nurse minute freed');
    const set = (name: string, value: string): void => void main.select<HTMLInputElement>(`input[name=${name}]`).property('value', value);
    set('models', 'mc-60,large-96');
    set('parShares', '0.2,2');
    set('nurseMinute', '1.5');
    main.select<HTMLInputElement>('input[name=planogramPerCabinet]').property('checked', true);
    const submit = (): void => void main.select<HTMLFormElement>('form').node()?.dispatchEvent(new Event('submit', { cancelable: true }));
    submit();
    expect(main.text()).toContain('Par levels must be numbers from 0 to 1');
    expect(posted).toEqual([]);
    set('parShares', '0.2,0.4');
    submit();
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ scenario: 'city-mch', models: ['mc-60', 'large-96'], parShares: [0.2, 0.4], planogram: 'per-cabinet', costs: { nurseMinute: 1.5 } });
    expect(Value.Check(SizeRequestSchema, posted[0])).toBe(true);
    await vi.waitFor(() => expect(FakeSocket.last).not.toBeNull());
    // Read through a cast: the reset above narrowed the static field to null for the compiler.
    (FakeSocket.last as FakeSocket | null)?.push({ type: 'progress', id: 'job2', progress: 1, points: [{ ...point(7000, 4, 'job2-v7000'), nurseSupplyMinutesFreedPerYear: 40000, benefitCnyPerYear: 60000 }], dropped: 0 });
    expect(main.select('.wt-sizing-readout').text()).toContain('CNY 60,000 a year (40,000 nurse minutes against the ward without cabinets)');
    close();
    FakeSocket.last = null;
  });

  it('the readout reads the first volume at or above the hospital\'s, with round times as a clock', () => {
    const r = sizingReadout({ curve: [point(3000, 3, 'b'), point(1000, 1, 'a')] }, 2500);
    expect(r).toMatchObject({ deliveries: 3000, cabinets: 3, runId: 'b', costPerYear: 64250.4, restockLaborHoursPerDay: 1.25, bindingTarget: 'fillRate' });
    expect(sizingReadout({ curve: [point(1000, 1, 'a')] }, 9000)?.deliveries).toBe(1000);
    expect([7, 18.5, 12.25].map(clockTime)).toEqual(['07:00', '18:30', '12:15']);
    // The benefit beside the cost, from a curve point or from one sizing's paired summary; none when not valued.
    expect(r?.benefit).toBeNull();
    expect(sizingReadout({ curve: [{ ...point(3000, 3, 'b'), nurseSupplyMinutesFreedPerYear: 5000, benefitCnyPerYear: 6000 }] }, 2500)?.benefit).toEqual({ nurseMinutesFreedPerYear: 5000, cnyPerYear: 6000 });
    const one = { kind: 'sizing', annualDeliveries: 3000, cabinets: 3, cost: { total: 90000 }, benefit: { nurseSupplyMinutesFreedPerYear: { mean: 4000 }, benefitCnyPerYear: { mean: 4800 } } };
    expect(sizingReadout(one, 3000)).toMatchObject({ costPerYear: 90000, benefit: { nurseMinutesFreedPerYear: 4000, cnyPerYear: 4800 } });
  });

  it('submits the draft, grows the curve with a progress bar, reads out the plan and opens the run behind a point', async () => {
    const posted: unknown[] = [];
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      if (init.method === 'POST') {
        posted.push(JSON.parse(init.body as string));
        return Promise.resolve(new Response(JSON.stringify({ id: 'job1', kind: 'size', status: 'queued', href: '/api/runs/job1', stream: '/api/runs/job1/stream' }), { status: 202 }));
      }
      if (url === '/api/scenarios') return Promise.resolve(new Response(JSON.stringify({ presets: [{ name: 'city-mch' }, { name: 'county-mch' }] })));
      return Promise.resolve(new Response(JSON.stringify({ id: 'job1', kind: 'size', status: 'succeeded', progress: 1, error: null, result: { kind: 'sizing-curve', costRisesWithRounds: true, curve: [point(1000, 1, 'job1-v1000'), point(7000, 4, 'job1-v7000')] } })));
    });
    setDraft({ preset: 'city-mch', changes: { births: { caesareanShare: 0.45 } } });
    const main = freshMain();
    const close = showSizing(main);
    await vi.waitFor(() => expect(main.selectAll('select[name=preset] option').size()).toBe(2));
    main.select<HTMLSelectElement>('select[name=source]').property('value', 'draft');
    main.select<HTMLFormElement>('form').node()?.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(FakeSocket.last).not.toBeNull());
    expect(posted[0]).toMatchObject({ scenario: { extends: 'city-mch', births: { caesareanShare: 0.45 } }, deliveries: 6000, curve: '1000:10000:1000' });
    expect(Value.Check(SizeRequestSchema, posted[0])).toBe(true);
    FakeSocket.last?.push({ type: 'progress', id: 'job1', progress: 0.5, points: [point(1000, 1, 'job1-v1000')], dropped: 0 });
    expect(main.select('progress').property('value')).toBe(0.5);
    expect(main.selectAll('[data-chart="sizing-curve"] circle.wt-point').size()).toBe(1);
    expect(main.select('.wt-sizing-assumption').empty()).toBe(true); // the live points carry no assumption
    FakeSocket.last?.push({ type: 'end', id: 'job1', status: 'succeeded', error: null });
    await vi.waitFor(() => expect(main.selectAll('[data-chart="sizing-curve"] circle.wt-point').size()).toBe(2));
    // The finished curve was searched assuming cost does not fall as rounds are added: the page says so.
    expect(main.select('.wt-sizing-assumption').text()).toContain('Assumed (A): at a fixed cabinet count cost does not fall as restock rounds are added');
    const readout = main.select('.wt-sizing-readout').text();
    expect(readout).toContain('7,000 deliveries/yr');
    expect(readout).toContain('2 a day at 07:00, 18:30');
    expect(readout).toContain('CNY 64,250');
    expect(readout).toContain('1.25 h a day');
    expect(readout).toContain('pad × 4, diaper × 3, wipes × 1');
    expect(readout).toContain('fill rate');
    expect(main.select('.wt-sizing-readout a').attr('href')).toBe('#/results/job1-v7000');
    // The curve is one tab stop: Tab lands on the first point, End moves to the last, Enter opens its run.
    const points = main.selectAll<SVGCircleElement, unknown>('circle.wt-point[role=button]').nodes();
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['0', '-1']);
    points[0].focus();
    points[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(points[1]);
    expect(points[1].getAttribute('aria-label')).toContain('4 cabinets at 7,000 deliveries/yr');
    points[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(location.hash).toBe('#/results/job1-v7000');
    expect(document.title).toContain('Sizing');
    close();
  });
});
