/**
 * The ward assembled for one replication, nothing started yet: the context, the cabinets with
 * the listeners of their stock changes (the slot book before the par trigger, which reads it),
 * the nurses, the trips with their channels, the population, restock and failures.
 * `simulateWard` starts and runs it; the mechanism tests start only the parts they look at.
 */
import type { Scenario } from '../../scenarios/index.js';
import { startConfig } from './forecast/ward-start.js';
import type { WardStart } from './forecast/ward-start.js';
import { createDispensingState, MINUTES_PER_DAY } from '../dispensing/index.js';
import type { DispensingState } from '../dispensing/index.js';
import type { CallbackServer } from '../kernel/index.js';
import { InventoryGauge } from './accounting/inventory.js';
import { SeriesRecorder } from './accounting/series.js';
import { SlotBook } from './accounting/slot-book.js';
import { StockoutBook } from './accounting/stockouts.js';
import { CabinetChannel } from './channels/cabinet-channel.js';
import type { SupplyChannel } from './channels/channel.js';
import { NurseChannel, nurseServer } from './channels/nurse-channel.js';
import { planRoster } from './channels/nurse-roster.js';
import { ShopChannel } from './channels/shop-channel.js';
import { createWardContext, wardBasics } from './context/ward-context.js';
import type { WardContext, WardTrace } from './context/ward-context.js';
import { createCabinets } from './logistics/cabinets.js';
import type { Cabinets } from './logistics/cabinets.js';
import { dispensingConfig } from './logistics/dispensing-setup.js';
import { Failures } from './logistics/failures.js';
import { ParTrigger } from './logistics/par-trigger.js';
import { Restock } from './logistics/restock.js';
import { buildBirthRates } from './population/birth-rates.js';
import { Population } from './population/population.js';
import { Trips } from './trips/trips.js';

/** How to assemble a replication. */
export interface AssembleOptions {
  readonly seed: number;
  readonly replication: number;
  /** Keep every dispensing ledger event. */
  readonly recordLedger: boolean;
  /** Record the visualizer series. */
  readonly series: boolean;
  /** Called at each traced step. */
  readonly trace?: WardTrace;
  /** A warm start: the cabinets get its slot assignments, lots and online flags instead of the initial fill. */
  readonly start?: WardStart;
  /** Record validation diagnostics. */
  readonly diagnostics?: boolean;
  /** Record screen sessions and restock visits. */
  readonly screenLog?: boolean;
}

/** The cabinets and what keeps their books (absent in a ward without cabinets). */
export interface AssembledCabinets extends Cabinets {
  readonly slots: SlotBook;
  readonly stockouts: StockoutBook;
  readonly restock: Restock;
  readonly failures: Failures;
}

/** The parts of one replication (see the module header). */
export interface AssembledWard {
  readonly ctx: WardContext;
  readonly dispensing: DispensingState | null;
  readonly cabinets: AssembledCabinets | null;
  readonly inventory: InventoryGauge;
  /** The nurses free to break off for supplies. */
  readonly nurses: CallbackServer;
  readonly trips: Trips;
  readonly population: Population;
  /** Sample interval of the series and of the board snapshots, min. */
  readonly sampling: { readonly intervalMin: number; readonly boardIntervalMin: number };
}

/** Assembles one replication of `scenario` (assumed valid); nothing is scheduled but the nurse roster. */
export function assembleWard(scenario: Scenario, o: AssembleOptions): AssembledWard {
  const s = scenario;
  const basics = wardBasics(s);
  const p = basics.params;
  const planned = dispensingConfig(s, basics.layout);
  const config = planned !== null && o.start !== undefined ? startConfig(planned, o.start) : planned;
  const disp = config === null ? null : createDispensingState(config, { ledger: o.recordLedger ? 'retain' : 'counters' });
  const horizonMin = p.endMin - p.warmupMin;
  const out = s.outputs;
  const intervalMin = out.sampleIntervalMin > 0 ? out.sampleIntervalMin : Math.max(1, Math.ceil(horizonMin / out.maxSamples));
  const boardIntervalMin = out.boardIntervalMin > 0 ? out.boardIntervalMin : Math.max(intervalMin, Math.ceil(horizonMin / Math.max(1, Math.floor(out.maxSamples / 10))));
  const recorder = o.series
    ? new SeriesRecorder(disp, { startMin: p.warmupMin, endMin: p.endMin, intervalMin, boardIntervalMin, startWeekday: s.run.startWeekday, shiftNames: s.people.shifts.map((x) => x.name), waitBinMin: out.waitBinMinutes })
    : null;
  const ctx = createWardContext(s, basics, { seed: o.seed, replication: o.replication, series: recorder, trace: o.trace, diagnostics: o.diagnostics === true, screenLog: o.screenLog === true });
  const { env, kpis, contacts } = ctx;

  const inventory = new InventoryGauge(kpis, config?.initialLots?.reduce((a, l) => a + l.quantity, 0) ?? 0);
  let cabinets: AssembledCabinets | null = null;
  if (disp !== null) {
    const base = createCabinets(ctx, disp);
    const slots = new SlotBook(disp, p.skuCount, kpis);
    const stockouts = new StockoutBook(disp, p.skuCount, kpis, ctx.trace);
    const restock = new Restock(ctx, base);
    base.stock.listen(slots);
    base.stock.listen(stockouts);
    base.stock.listen(inventory);
    if (recorder !== null) base.stock.listen(recorder);
    if (ctx.diagnostics !== null) {
      const pp = s.people;
      const night = pp.restockerShiftHours >= 24 ? -1 : Math.round((pp.restockerShiftStartHour + pp.restockerShiftHours) * 60) % MINUTES_PER_DAY;
      base.stock.listen(ctx.diagnostics.attachCabinets(disp.cabinets.length, p.skuCount, night, Math.round((24 - pp.restockerShiftHours) * 60)));
    }
    base.stock.listen(new ParTrigger(ctx, slots, restock));
    cabinets = { ...base, slots, stockouts, restock, failures: new Failures(ctx, base) };
  }

  // The nurses follow the roster; each ward unit has its own counter.
  const counters = Array.from({ length: basics.layout.units }, (_, u) => contacts.zone(`nurse-station:${u + 1}`, s.contacts.nurseStation, s.contacts.airborne.nurseStation));
  const nurses = nurseServer(env, planRoster(s), p.endMin);
  const withCabinets = cabinets;
  const trips = new Trips(ctx, (done) => {
    const channels: SupplyChannel[] = [new NurseChannel(ctx, nurses, counters, done), new ShopChannel(ctx, done)];
    if (withCabinets !== null) channels.push(new CabinetChannel(ctx, withCabinets, done));
    return channels;
  });
  const population = new Population(ctx, buildBirthRates(s, Math.ceil(p.endMin / MINUTES_PER_DAY) + 1), disp, trips);
  return { ctx, dispensing: disp, cabinets, inventory, nurses, trips, population, sampling: { intervalMin, boardIntervalMin } };
}
