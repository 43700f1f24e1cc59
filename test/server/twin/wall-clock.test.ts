import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadPreset, validateScenario } from '../../../scenarios/index.js';
import { parseZonedTime, WardClock, zoneOffsetMin } from '../../../server/twin/wall-clock.js';
import { testApp } from '../helpers.js';

interface Detail { path: string; rule: string }
const details = (body: string) => (JSON.parse(body) as { details: Detail[] }).details;

describe('wall clock of a ward', () => {
  it('maps the same instant written in UTC and in +08:00 to the same minute of a Shanghai ward', () => {
    const clock = new WardClock('Asia/Shanghai', '2026-01-05');
    expect(clock.startEpochMs).toBe(Date.UTC(2026, 0, 4, 16, 0));
    const local = parseZonedTime('2026-01-05T21:15:00+08:00');
    const utc = parseZonedTime('2026-01-05T13:15:00Z');
    expect(local).toBe(utc);
    expect(clock.minutesAt(local as number)).toBe(21 * 60 + 15);
    expect(clock.isoAt(21 * 60 + 15)).toBe('2026-01-05T21:15:00+08:00');
    expect(clock.isoAt(0)).toBe('2026-01-05T00:00:00+08:00');
  });

  it('follows a daylight-saving zone: minutes are elapsed time, so after the March change local noon is an hour earlier', () => {
    const clock = new WardClock('America/New_York', '2026-03-02');
    expect(clock.isoAt(0)).toBe('2026-03-02T00:00:00-05:00');
    expect(zoneOffsetMin('America/New_York', Date.UTC(2026, 2, 9, 12))).toBe(-240);
    expect(clock.isoAt(7 * 1440 + 12 * 60)).toBe('2026-03-09T13:00:00-04:00');
    expect(clock.minutesAt(parseZonedTime('2026-03-09T12:00:00-04:00') as number)).toBe(7 * 1440 + 11 * 60);
  });

  it('refuses timestamps without a zone, malformed or impossible ones, with the rule', () => {
    expect(parseZonedTime('2026-01-05T21:15:00')).toMatchObject({ rule: 'zone-required' });
    expect(parseZonedTime('yesterday')).toMatchObject({ rule: 'iso-8601' });
    expect(parseZonedTime('2026-02-30T10:00:00Z')).toMatchObject({ rule: 'iso-8601' });
    expect(parseZonedTime('2026-01-05T21:15:30.5-03:30')).toBe(Date.UTC(2026, 0, 6, 0, 45, 30, 500));
  });

  it('the scenario checks its time zone and that startDate falls on startWeekday in startMonth', () => {
    const loaded = loadPreset('county-mch');
    if (!loaded.ok) throw new Error('county-mch must load');
    expect(loaded.scenario.meta.timeZone).toBe('Asia/Shanghai');
    expect(loaded.scenario.run.startDate).toBe('2026-01-05');
    const bad = structuredClone(loaded.scenario) as unknown as { meta: { timeZone: string }; run: { startDate: string } };
    bad.meta.timeZone = 'Mars/Olympus';
    bad.run.startDate = '2026-01-06';
    const result = validateScenario(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['/meta/timeZone time-zone', '/run/startDate weekday']);
  });
});

describe('POST /api/twin/events with ISO times', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());
  const post = (events: object[]) => app.inject({ method: 'POST', url: '/api/twin/events', payload: { events } });

  it('accepts time with a zone, answers with timeMin and local time, and the state says both', async () => {
    app = await testApp();
    const res = await post([
      { eventId: 'a', type: 'offline', cabinetId: 'cab-1', time: '2026-01-05T13:15:00Z' },
      { eventId: 'b', type: 'online', cabinetId: 'cab-1', time: '2026-01-05T22:00:00+08:00', timeMin: 1320 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 2, timeMin: 1320, time: '2026-01-05T22:00:00+08:00' });
    const state = (await app.inject({ url: '/api/twin/state' })).json<Record<string, unknown>>();
    expect(state).toMatchObject({ timeMin: 1320, time: '2026-01-05T22:00:00+08:00', timeZone: 'Asia/Shanghai', startTime: '2026-01-05T00:00:00+08:00' });
  });

  it('refuses a zoneless time (400), a time that disagrees with timeMin (400), one before the start (400), and none at all (400), nothing applied', async () => {
    app = await testApp();
    const res = await post([
      { eventId: 'a', type: 'offline', cabinetId: 'cab-1', time: '2026-01-05T13:15:00' },
      { eventId: 'b', type: 'online', cabinetId: 'cab-1', time: '2026-01-05T22:00:00+08:00', timeMin: 1321 },
      { eventId: 'c', type: 'online', cabinetId: 'cab-1', time: '2026-01-04T22:00:00+08:00' },
      { eventId: 'd', type: 'online', cabinetId: 'cab-1' },
    ]);
    expect(res.statusCode).toBe(400);
    expect(details(res.body).map((d) => `${d.path} ${d.rule}`)).toEqual([
      '/body/events/0/time zone-required', '/body/events/1/timeMin agree', '/body/events/2/time after-start', '/body/events/3/timeMin required',
    ]);
    expect(app.twin.eventCount()).toBe(0);
  });

  it('refuses an ISO time beyond the skew with 422 at /time, and the twin keeps taking events', async () => {
    app = await testApp();
    const far = await post([{ eventId: 'far', type: 'offline', cabinetId: 'cab-1', time: '2030-01-01T00:00:00+08:00' }]);
    expect(far.statusCode).toBe(422);
    expect(details(far.body)[0]).toMatchObject({ path: '/body/events/0/time', rule: 'clock-skew' });
    const next = await post([{ eventId: 'next', type: 'offline', cabinetId: 'cab-1', time: '2026-01-06T08:00:00+08:00' }]);
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json()).toMatchObject({ timeMin: 1440 + 480 });
  });
});
