/**
 * One replication of the ward model: wires the parts (context, cabinets and their stock
 * listeners, population, trips with their channels, restock, failures, series) on one kernel
 * environment, runs from warm-up through the horizon, resets the statistics at the end of
 * warm-up, and returns the KPI values, the role-by-role contact matrices, the events processed
 * and, on request, the series and the dispensing ledger. Randomness: one kernel stream per
 * purpose (births, stays, needs, visitors, fetchers, cabinet, nurse, shop, restock, failures)
 * from (seed, replication, purpose); births, stays and needs never read a stream that channel
 * choices touch.
 */
import type { Scenario } from '../../scenarios/index.js';
import { createDispensingState, MINUTES_PER_DAY } from '../dispensing/index.js';
import type { LedgerEvent } from '../dispensing/index.js';
import { ROLES } from './accounting/contacts.js';
import type { Role } from './accounting/contacts.js';
import { InventoryGauge } from './accounting/inventory.js';
import { finishKpis, nurseMinutesByShift } from './accounting/kpis.js';
import type { WardKpis } from './accounting/kpis.js';
import { startSampling } from './accounting/series-sampler.js';
import { SeriesRecorder } from './accounting/series.js';
import type { WardSeries } from './accounting/series.js';
import { SlotBook } from './accounting/slot-book.js';
import { StockoutBook } from './accounting/stockouts.js';
import { CabinetChannel } from './channels/cabinet-channel.js';
import type { SupplyChannel } from './channels/channel.js';
import { NurseChannel, nurseServer } from './channels/nurse-channel.js';
import { planRoster, shiftIndexAt } from './channels/nurse-roster.js';
import { ShopChannel } from './channels/shop-channel.js';
import { createWardContext, wardBasics } from './context/ward-context.js';
import { createCabinets } from './logistics/cabinets.js';
import { dispensingConfig } from './logistics/dispensing-setup.js';
import { Failures } from './logistics/failures.js';
import { ParTrigger } from './logistics/par-trigger.js';
import { Restock } from './logistics/restock.js';
import { buildBirthRates } from './population/birth-rates.js';
import { Population } from './population/population.js';
import { Trips } from './trips/trips.js';

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

/** The minute of the day the night shift covers (03:00): the KPI's night shift is the one covering it. */
const NIGHT_MINUTE = 180;

function matrix(upper: Float64Array): number[][] {
  const n = ROLES.length;
  return ROLES.map((_, a) => ROLES.map((_, b) => upper[Math.min(a, b) * n + Math.max(a, b)]));
}

/**
 * Simulates one replication of `scenario` (assumed valid) and returns its KPIs.
 * Same scenario, seed and replication give byte-identical JSON.
 */
export function simulateWard(scenario: Scenario, opts: WardRunOptions): WardReplication {
  const s = scenario;
  const basics = wardBasics(s);
  const p = basics.params;
  const config = dispensingConfig(s, basics.layout);
  const disp = config === null ? null : createDispensingState(config, { ledger: opts.recordLedger === true ? 'retain' : 'counters' });
  const horizonMin = p.endMin - p.warmupMin;
  const o = s.outputs;
  const intervalMin = o.sampleIntervalMin > 0 ? o.sampleIntervalMin : Math.max(1, Math.ceil(horizonMin / o.maxSamples));
  const boardIntervalMin = o.boardIntervalMin > 0 ? o.boardIntervalMin : Math.max(intervalMin, Math.ceil(horizonMin / Math.max(1, Math.floor(o.maxSamples / 10))));
  const recorder = opts.series === true
    ? new SeriesRecorder(disp, { startMin: p.warmupMin, endMin: p.endMin, intervalMin, boardIntervalMin, startWeekday: s.run.startWeekday, shiftNames: s.people.shifts.map((x) => x.name), waitBinMin: o.waitBinMinutes })
    : null;
  const ctx = createWardContext(s, basics, { seed: opts.seed, replication: opts.replication, series: recorder });
  const { env, kpis, contacts } = ctx;

  // Cabinets, and who listens to their stock (the slot book before the par trigger, which reads it).
  const cabinets = disp === null ? null : createCabinets(ctx, disp);
  const inventory = new InventoryGauge(kpis, config?.initialLots?.reduce((a, l) => a + l.quantity, 0) ?? 0);
  const slots = disp === null ? null : new SlotBook(disp, p.skuCount, kpis);
  const stockouts = disp === null ? null : new StockoutBook(disp, p.skuCount, kpis);
  const restock = cabinets === null ? null : new Restock(ctx, cabinets);
  if (cabinets !== null && slots !== null && stockouts !== null && restock !== null) {
    cabinets.stock.listen(slots);
    cabinets.stock.listen(stockouts);
    cabinets.stock.listen(inventory);
    if (recorder !== null) cabinets.stock.listen(recorder);
    cabinets.stock.listen(new ParTrigger(ctx, slots, restock));
  }

  // The nurses follow the roster; each ward unit has its own counter.
  const counters = Array.from({ length: basics.layout.units }, (_, u) => contacts.zone(`nurse-station:${u + 1}`, s.contacts.nurseStation));
  const nurses = nurseServer(env, planRoster(s), p.endMin);

  const trips = new Trips(ctx, (done) => {
    const channels: SupplyChannel[] = [new NurseChannel(ctx, nurses, counters, done), new ShopChannel(ctx, done)];
    if (cabinets !== null) channels.push(new CabinetChannel(ctx, cabinets, done));
    return channels;
  });
  const population = new Population(ctx, buildBirthRates(s, Math.ceil(p.endMin / MINUTES_PER_DAY) + 1), disp, trips);

  if (p.warmupMin > 0) {
    env.schedule(p.warmupMin, () => {
      const nowMin = env.now;
      kpis.reset(nowMin);
      population.restart(nowMin);
      inventory.restart(nowMin);
      contacts.reset(nowMin);
      slots?.restart(nowMin);
      stockouts?.restart(nowMin);
    }, -1);
  }
  population.start();
  restock?.start();
  if (cabinets !== null) new Failures(ctx, cabinets).start();
  if (recorder !== null) {
    startSampling(env, recorder, { population, nurses, screens: cabinets?.screens ?? [] }, { startMin: p.warmupMin, endMin: p.endMin, intervalMin, boardIntervalMin });
  }
  env.run({ until: p.endMin });

  const end = p.endMin;
  slots?.close(end);
  stockouts?.close(end);
  contacts.close(end);
  population.care.addContacts();
  const result: WardReplication = {
    scenarioId: s.meta.id, seed: opts.seed, replication: opts.replication,
    kpis: finishKpis(kpis, {
      nowMin: end, horizonDays: s.run.horizonDays, shiftsPerDay: s.people.shifts.length, nightShift: shiftIndexAt(s, NIGHT_MINUTE),
      contacts: contacts.totalEpisodes(), contactMinutes: contacts.totalMinutes(), expectedInfections: contacts.infections,
      infections: contacts.infectionKpis(),
    }),
    contactsByRolePair: { roles: ROLES, contacts: matrix(contacts.episodes), contactMinutes: matrix(contacts.minutes) },
    expectedInfectionsByRole: Object.fromEntries(ROLES.map((r, i) => [r, contacts.infectionsTo[i]])) as Record<Role, number>,
    nurseSupplyMinutesByShift: nurseMinutesByShift(kpis, s.people.shifts.map((x) => x.name), s.run.horizonDays),
    eventsProcessed: env.eventsProcessed,
  };
  return {
    ...result,
    ...(recorder !== null ? { series: recorder.finish(kpis.waitHistogram()) } : {}),
    ...(opts.recordLedger === true && disp?.ledger ? { ledger: disp.ledger } : {}),
  };
}
