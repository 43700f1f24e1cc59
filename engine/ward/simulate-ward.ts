/**
 * One replication of the ward model: builds the ward from a validated scenario, runs births,
 * stays, trips, channels, restock, failures, visitors and the roster on one kernel environment
 * from warm-up through the horizon, resets the statistics at the end of warm-up, and returns
 * the KPI values, the role-by-role contact matrices, the events processed and, on request, the
 * series and the dispensing ledger. Randomness: one kernel stream per purpose (births, stays,
 * needs, visitors, fetchers, cabinet, nurse, shop, restock, failures) from (seed, replication,
 * purpose); births, stays and needs never read a stream that channel choices touch.
 */
import type { Scenario } from '../../scenarios/index.js';
import { CallbackServer, Environment } from '../kernel/index.js';
import { RandomStreams } from '../kernel/index.js';
import { Lognormal } from '../kernel/index.js';
import type { Distribution } from '../kernel/index.js';
import { createDispensingState } from '../dispensing/index.js';
import type { LedgerEvent } from '../dispensing/index.js';
import { buildBirthRates } from './birth-rates.js';
import { ContactBook, PURPOSE_VISITS, ROLES } from './contacts.js';
import type { Role } from './contacts.js';
import { dispensingConfig } from './dispensing-setup.js';
import { startFailures } from './failures.js';
import { KpiAccumulator, finishKpis, nurseMinutesByShift } from './kpis.js';
import { createLaneBook } from './lanes.js';
import type { WardKpis } from './kpis.js';
import { buildLayout } from './layout.js';
import { nurseFetchMinutes, nurseServer } from './nurse-channel.js';
import { compileParams } from './params.js';
import { startRestock } from './restock.js';
import { planRoster, shiftIndexAt } from './roster.js';
import { closeStockouts, restartStockouts } from './stockouts.js';
import { SeriesRecorder } from './series.js';
import type { WardSeries } from './series.js';
import { startBirths } from './stays.js';
import { addCareContacts, planVisits } from './visitors.js';
import type { Ward } from './ward-state.js';

/** Options of {@link simulateWard}. */
export interface WardRunOptions {
  /** Base seed of all streams. */
  readonly seed: number;
  /** Replication index (0-based); streams differ per replication. */
  readonly replication: number;
  /** Keep every dispensing ledger event and return it (memory grows with the run); default false. */
  readonly recordLedger?: boolean;
  /** Record the visualizer series; default false. */
  readonly series?: boolean;
}

/** Contact matrices by role pair (symmetric, roles in `roles` order). */
export interface ContactsByRolePair {
  readonly roles: readonly Role[];
  /** Contact episodes. */
  readonly contacts: number[][];
  /** Contact-minutes. */
  readonly contactMinutes: number[][];
}

/** What one replication returns. */
export interface WardReplication {
  readonly scenarioId: string;
  readonly seed: number;
  readonly replication: number;
  /** KPI values after warm-up (DESIGN.md keys plus model extras). */
  readonly kpis: WardKpis;
  readonly contactsByRolePair: ContactsByRolePair;
  /** Expected infections by receiving role (visitors and the public receive none: they are not ward people). */
  readonly expectedInfectionsByRole: Readonly<Record<Role, number>>;
  /** Nurse supply minutes per occurrence of each roster shift, keyed by shift name (A, P, N, ...), min. */
  readonly nurseSupplyMinutesByShift: Readonly<Record<string, number>>;
  /** Kernel events processed (warm-up included). */
  readonly eventsProcessed: number;
  /** Series for the results page, when asked. */
  readonly series?: WardSeries;
  /** Dispensing ledger (whole run, warm-up included), when asked. */
  readonly ledger?: readonly LedgerEvent[];
}

function lognormalOr(mean: number, sd: number): Distribution {
  if (sd > 0) return new Lognormal({ mean, sd });
  return { sample: () => mean, mean, variance: 0 };
}

function matrix(upper: Float64Array): number[][] {
  const n = ROLES.length;
  return ROLES.map((_, a) => ROLES.map((_, b) => upper[Math.min(a, b) * n + Math.max(a, b)]));
}

interface Sampler {
  readonly w: Ward;
  readonly rec: SeriesRecorder;
  readonly intervalMin: number;
  readonly board: boolean;
}

function onSample(sm: Sampler): void {
  const w = sm.w;
  const now = w.env.now;
  if (sm.board) sm.rec.board(now);
  else sm.rec.sample(now, w.bedsPresent, w.nurse.server.queueLength, w.cabinets.map((q) => q.screen.queueLength));
  if (now + sm.intervalMin <= w.p.endMin) w.env.schedule(sm.intervalMin, onSample, 1, sm);
}

function onWarmupEnd(w: Ward): void {
  const now = w.env.now;
  w.kpi.reset(now);
  w.kpi.beds.update(now, w.bedsPresent);
  w.kpi.inventory.update(now, w.inventoryUnits);
  w.contacts.reset(now);
  for (let i = 0; i < w.slotEmptySince.length; i++) if (w.slotEmptySince[i] >= 0) w.slotEmptySince[i] = now;
  restartStockouts(w, now);
  w.counting = true;
}

/**
 * Simulates one replication of `scenario` (assumed valid) and returns its KPIs.
 * Same scenario, seed and replication give byte-identical JSON.
 */
export function simulateWard(scenario: Scenario, opts: WardRunOptions): WardReplication {
  const s = scenario;
  const p = compileParams(s);
  const env = new Environment();
  const streams = new RandomStreams(opts.seed, opts.replication);
  const layout = buildLayout(s, p.beds);
  const config = dispensingConfig(s, layout);
  const disp = config === null ? null : createDispensingState(config, { ledger: opts.recordLedger === true ? 'retain' : 'counters' });
  const contacts = new ContactBook(s.contacts);
  const maxSlots = disp === null ? 0 : Math.max(...disp.cabinets.map((c) => c.slots.length));
  const horizonMin = p.endMin - p.warmupMin;
  const o = s.outputs;
  const intervalMin = o.sampleIntervalMin > 0 ? o.sampleIntervalMin : Math.max(1, Math.ceil(horizonMin / o.maxSamples));
  const boardIntervalMin = o.boardIntervalMin > 0 ? o.boardIntervalMin : Math.max(intervalMin, Math.ceil(horizonMin / Math.max(1, Math.floor(o.maxSamples / 10))));
  const recorder = opts.series === true
    ? new SeriesRecorder(disp, { startMin: p.warmupMin, endMin: p.endMin, intervalMin, boardIntervalMin, startWeekday: s.run.startWeekday, shiftNames: s.people.shifts.map((x) => x.name), waitBinMin: o.waitBinMinutes })
    : null;
  const w: Ward = {
    env, s, p,
    rng: {
      births: streams.stream('births'), stays: streams.stream('stays'), needs: streams.stream('needs'), visitors: streams.stream('visitors'),
      fetchers: streams.stream('fetchers'), cabinet: streams.stream('cabinet'), nurse: streams.stream('nurse'), shop: streams.stream('shop'),
      restock: streams.stream('restock'), failures: streams.stream('failures'),
    },
    dist: {
      vaginalStay: lognormalOr(s.stays.vaginalMeanDays, s.stays.vaginalSdDays),
      caesareanStay: lognormalOr(s.stays.caesareanMeanDays, s.stays.caesareanSdDays),
      usage: lognormalOr(1, s.catalog.usageCv),
      transaction: lognormalOr(s.cabinets.transactionSecondsMean, s.cabinets.transactionSecondsSd),
    },
    rates: buildBirthRates(s, Math.ceil(p.endMin / 1440) + 1),
    visitPlan: planVisits(s, layout, p),
    careEntries: new Float64Array(3),
    layout, disp, contacts,
    corridors: Array.from({ length: layout.units }, (_, u) => contacts.zone(`corridor:${u + 1}`, s.contacts.corridor)),
    room: contacts.zone('room', s.contacts.room, PURPOSE_VISITS),
    lift: contacts.zone('lift', s.contacts.lift),
    shopZone: contacts.zone('shop', s.contacts.shop),
    kpi: new KpiAccumulator(o.waitBinMinutes, o.waitBins, s.people.shifts.length),
    cabinets: (disp?.cabinets ?? []).map((c) => ({ index: c.index, screen: new CallbackServer(env, { capacity: 1 }), zone: contacts.zone(`cabinet:${c.id}`, s.contacts.cabinet) })),
    nurse: { server: nurseServer(env, planRoster(s), p.endMin), zones: Array.from({ length: layout.units }, (_, u) => contacts.zone(`nurse-station:${u + 1}`, s.contacts.nurseStation)), fetchMin: nurseFetchMinutes(s, p) },
    series: recorder,
    roomLoad: new Int32Array(layout.roomX.length),
    slotEmptySince: new Float64Array((disp?.cabinets.length ?? 0) * maxSlots).fill(-1),
    skuEmptySince: new Float64Array((disp?.cabinets.length ?? 0) * p.skuCount).fill(-1),
    maxSlots,
    lanes: createLaneBook(disp, p.skuCount),
    inventoryUnits: disp === null ? 0 : config!.initialLots!.reduce((a, l) => a + l.quantity, 0),
    bedsPresent: 0, nextBed: 0, nextRequest: 0, tripPool: [], visitPool: [], parPending: false, counting: p.warmupMin === 0,
  };
  w.kpi.inventory.update(0, w.inventoryUnits);
  if (p.warmupMin > 0) env.schedule(p.warmupMin, onWarmupEnd, -1, w);
  startBirths(w);
  startRestock(w);
  if (disp !== null) startFailures(w);
  if (recorder !== null) {
    env.schedule(p.warmupMin, onSample, 1, { w, rec: recorder, intervalMin, board: false });
    env.schedule(p.warmupMin, onSample, 1, { w, rec: recorder, intervalMin: boardIntervalMin, board: true });
  }
  env.run({ until: p.endMin });
  const end = p.endMin;
  for (let i = 0; i < w.slotEmptySince.length; i++) if (w.slotEmptySince[i] >= 0) w.kpi.laneEmptyMin += end - w.slotEmptySince[i];
  closeStockouts(w, end);
  contacts.close(end);
  addCareContacts(w);
  const kpis = finishKpis(w.kpi, {
    nowMin: end, horizonDays: s.run.horizonDays, shiftsPerDay: s.people.shifts.length, nightShift: shiftIndexAt(s, 180),
    contacts: contacts.totalEpisodes(), contactMinutes: contacts.totalMinutes(), expectedInfections: contacts.infections,
    infections: contacts.infectionKpis(),
  });
  const result: WardReplication = {
    scenarioId: s.meta.id, seed: opts.seed, replication: opts.replication, kpis,
    contactsByRolePair: { roles: ROLES, contacts: matrix(contacts.episodes), contactMinutes: matrix(contacts.minutes) },
    expectedInfectionsByRole: Object.fromEntries(ROLES.map((r, i) => [r, contacts.infectionsTo[i]])) as Record<Role, number>,
    nurseSupplyMinutesByShift: nurseMinutesByShift(w.kpi, s.people.shifts.map((x) => x.name), s.run.horizonDays),
    eventsProcessed: env.eventsProcessed,
  };
  return {
    ...result,
    ...(recorder !== null ? { series: recorder.finish(w.kpi.waitHistogram) } : {}),
    ...(opts.recordLedger === true && disp?.ledger ? { ledger: disp.ledger } : {}),
  };
}
