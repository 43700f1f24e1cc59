/**
 * The ward context: what every part of one replication reads and nothing owns alone — the
 * clock, the scenario and its compiled parameters, the random streams by purpose, the
 * distributions built once, the layout, the contact book with its shared zones, the KPI
 * accumulator and the optional series recorder. The parts' own state (beds, trips, queues,
 * stock books) lives in the parts; they get the context when they are built.
 */
import { DiagnosticsRecorder } from '../accounting/diagnostics.js';
import type { Scenario } from '../../../scenarios/index.js';
import { Environment, Lognormal, RandomStreams } from '../../kernel/index.js';
import type { Distribution, RandomStream } from '../../kernel/index.js';
import { ContactBook, PURPOSE_VISITS } from '../accounting/contacts.js';
import type { Zone } from '../accounting/contacts.js';
import { KpiAccumulator } from '../accounting/kpi-accumulator.js';
import type { SeriesRecorder } from '../accounting/series.js';
import { ScreenLog } from '../accounting/screen-log.js';
import { buildLayout } from './layout.js';
import type { WardLayout } from './layout.js';
import { compileParams } from './params.js';
import type { WardParams } from './params.js';

/** Random streams by purpose, each from (seed, replication, purpose). */
export interface WardStreams {
  readonly births: RandomStream;
  readonly stays: RandomStream;
  readonly needs: RandomStream;
  readonly visitors: RandomStream;
  readonly fetchers: RandomStream;
  readonly cabinet: RandomStream;
  readonly nurse: RandomStream;
  readonly shop: RandomStream;
  readonly restock: RandomStream;
  readonly failures: RandomStream;
  /** Whether a need is met from the family's own supplies (drawn only when some share is above 0). */
  readonly ownSupplies: RandomStream;
}

/** Distributions built once per run. */
export interface WardDistributions {
  /** Postpartum stay after vaginal delivery, days. */
  readonly vaginalStay: Distribution;
  /** Postpartum stay after caesarean, days. */
  readonly caesareanStay: Distribution;
  /** A patient's usage multiplier (mean 1). */
  readonly usage: Distribution;
  /** Screen time per item line, seconds. */
  readonly transaction: Distribution;
}

/**
 * A trace of what happens, for tests and debugging: `tag` says what (`m0 at cabinet`,
 * `stock-out cab-1 nappy`), `nowMin` when. Called only when given.
 */
export type WardTrace = (tag: string, nowMin: number) => void;

/** What the parts of one replication share (see the module header). */
export interface WardContext {
  readonly env: Environment;
  readonly scenario: Scenario;
  readonly params: WardParams;
  readonly streams: WardStreams;
  readonly distributions: WardDistributions;
  readonly layout: WardLayout;
  readonly contacts: ContactBook;
  /** Corridor stretch of each ward unit. */
  readonly corridors: readonly Zone[];
  /** Patient rooms (visitors and nurse care at the bedside; crowd contacts only). */
  readonly roomZone: Zone;
  readonly liftZone: Zone;
  readonly shopZone: Zone;
  readonly kpis: KpiAccumulator;
  /** The visualizer's series, when asked for. */
  readonly series: SeriesRecorder | null;
  /** The trace, when asked for. */
  readonly trace: WardTrace | null;
  /** Validation diagnostics, when asked for. */
  readonly diagnostics: DiagnosticsRecorder | null;
  /** Screen sessions and restock visits, when asked for. */
  readonly screenLog: ScreenLog | null;
}

/** Where the context's randomness comes from and whether series are kept. */
export interface WardContextOptions {
  readonly seed: number;
  readonly replication: number;
  /** Built by the caller from the dispensing state, or null. */
  readonly series: SeriesRecorder | null;
  /** Called at each traced step; default none. */
  readonly trace?: WardTrace;
  /** Record validation diagnostics; default false. */
  readonly diagnostics?: boolean;
  /** Record screen sessions and restock visits; default false. */
  readonly screenLog?: boolean;
}

/** A lognormal by mean and sd, or the constant `mean` when sd is 0. */
function lognormalOr(mean: number, sd: number): Distribution {
  if (sd > 0) return new Lognormal({ mean, sd });
  return { sample: () => mean, mean, variance: 0 };
}

/** The scenario's parameters and layout, before the context exists (the dispensing set-up needs them). */
export function wardBasics(scenario: Scenario): { params: WardParams; layout: WardLayout } {
  const params = compileParams(scenario);
  return { params, layout: buildLayout(scenario, params.beds) };
}

/** Builds the context of one replication of `scenario` (assumed valid). */
export function createWardContext(scenario: Scenario, basics: { params: WardParams; layout: WardLayout }, o: WardContextOptions): WardContext {
  const s = scenario;
  const { params, layout } = basics;
  const streams = new RandomStreams(o.seed, o.replication);
  const contacts = new ContactBook(s.contacts);
  return {
    env: new Environment(),
    scenario: s,
    params,
    streams: {
      births: streams.stream('births'), stays: streams.stream('stays'), needs: streams.stream('needs'), visitors: streams.stream('visitors'),
      fetchers: streams.stream('fetchers'), cabinet: streams.stream('cabinet'), nurse: streams.stream('nurse'), shop: streams.stream('shop'),
      restock: streams.stream('restock'), failures: streams.stream('failures'), ownSupplies: streams.stream('own-supplies'),
    },
    distributions: {
      vaginalStay: lognormalOr(s.stays.vaginalMeanDays, s.stays.vaginalSdDays),
      caesareanStay: lognormalOr(s.stays.caesareanMeanDays, s.stays.caesareanSdDays),
      usage: lognormalOr(1, s.catalog.usageCv),
      transaction: lognormalOr(s.cabinets.transactionSecondsMean, s.cabinets.transactionSecondsSd),
    },
    layout,
    contacts,
    corridors: Array.from({ length: layout.units }, (_, u) => contacts.zone(`corridor:${u + 1}`, s.contacts.corridor, s.contacts.airborne.corridor)),
    roomZone: contacts.zone('room', s.contacts.room, s.contacts.airborne.room, PURPOSE_VISITS),
    liftZone: contacts.zone('lift', s.contacts.lift, s.contacts.airborne.lift),
    shopZone: contacts.zone('shop', s.contacts.shop, s.contacts.airborne.shop),
    kpis: new KpiAccumulator(s.outputs.waitBinMinutes, s.outputs.waitBins, s.people.shifts.length),
    series: o.series,
    trace: o.trace ?? null,
    diagnostics: o.diagnostics === true ? new DiagnosticsRecorder(params.warmupMin, s.run.startWeekday) : null,
    screenLog: o.screenLog === true ? new ScreenLog() : null,
  };
}
