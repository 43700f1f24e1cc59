/**
 * One replication of the ward model: assembles the parts (see assemble-ward.ts), starts
 * births, restock rounds, failures and the series' samples on one kernel environment, runs
 * from warm-up through the horizon, resets the statistics at the end of
 * warm-up, and returns the KPI values, the role-by-role contact matrices, the events processed
 * and, on request, the series and the dispensing ledger. Randomness: one kernel stream per
 * purpose (births, stays, needs, visitors, fetchers, cabinet, nurse, shop, restock, failures)
 * from (seed, replication, purpose); births, stays and needs never read a stream that channel
 * choices touch.
 */
import type { Scenario } from '../../scenarios/index.js';
import type { LedgerEvent } from '../dispensing/index.js';
import { MOTHER, ROLES } from './accounting/contacts.js';
import type { Role } from './accounting/contacts.js';
import { finishKpis, nurseMinutesByShift } from './accounting/kpis.js';
import type { WardKpis } from './accounting/kpis.js';
import { startSampling } from './accounting/series-sampler.js';
import type { WardSeries } from './accounting/series.js';
import { assembleWard } from './assemble-ward.js';
import { MINUTES_PER_DAY } from '../dispensing/index.js';
import type { ForecastRecorder, ForecastTrack } from './forecast/forecast-track.js';
import { warmStart, warmStartScenario } from './forecast/warm-start.js';
import type { WardStart } from './forecast/ward-start.js';
import { shiftIndexAt } from './channels/nurse-roster.js';
import type { WardTrace } from './context/ward-context.js';
import type { RoomEntriesByRole, WardDiagnostics } from './accounting/diagnostics.js';
import type { KpiAccumulator } from './accounting/kpi-accumulator.js';
import type { Population } from './population/population.js';
import type { ScreenLogRecord } from './accounting/screen-log.js';

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
  /** Called with (what, when) at each traced step (trips, screens, nurses, restock, stock-outs); default none. */
  readonly trace?: WardTrace;
  /** Start from this live state instead of an empty ward (the twin forecast); default none. */
  readonly start?: WardStart;
  /** Record the validation diagnostics (births by hour and weekday, twins); default false. */
  readonly diagnostics?: boolean;
  /** Record every screen session and restock visit (what a cabinet's own log adds to the ledger); default false. */
  readonly screenLog?: boolean;
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
  /** Validation diagnostics, when asked. */
  readonly diagnostics?: WardDiagnostics;
  /** Series for the results page, when asked. */
  readonly series?: WardSeries;
  /** Dispensing ledger (whole run, warm-up included), when asked. */
  readonly ledger?: readonly LedgerEvent[];
  /** Screen sessions and restock visits (whole run, warm-up included), when asked. */
  readonly screenLog?: ScreenLogRecord;
  /** What a warm-started run records for the twin forecast (runs with `start` and cabinets). */
  readonly forecast?: ForecastTrack;
}

/** The minute of the day the night shift covers (03:00): the KPI's night shift is the one covering it. */
const NIGHT_MINUTE = 180;

function matrix(upper: Float64Array): number[][] {
  const n = ROLES.length;
  return ROLES.map((_, a) => ROLES.map((_, b) => upper[Math.min(a, b) * n + Math.max(a, b)]));
}

/** The room entries after warm-up by who enters (they add up to the room-entry KPI's count). */
function roomEntriesByRole(population: Population, kpis: KpiAccumulator): RoomEntriesByRole {
  const { care, visits } = population;
  return {
    nurse: care.nurseEntries, staff: care.entries - care.nurseEntries, visitor: visits.visitorEntries,
    companion: visits.entries - visits.visitorEntries + kpis.companionTrips, mother: kpis.trips - kpis.companionTrips,
  };
}

/**
 * Simulates one replication of `scenario` (assumed valid) and returns its KPIs.
 * Same scenario, seed and replication give byte-identical JSON.
 */
export function simulateWard(scenario: Scenario, opts: WardRunOptions): WardReplication {
  const start = opts.start;
  const s = start === undefined ? scenario : warmStartScenario(scenario, start);
  const ward = assembleWard(s, { seed: opts.seed, replication: opts.replication, recordLedger: opts.recordLedger === true, series: opts.series === true, trace: opts.trace, diagnostics: opts.diagnostics === true, screenLog: opts.screenLog === true, ...(start !== undefined ? { start } : {}) });
  const { ctx, cabinets, inventory, population } = ward;
  const { env, kpis, contacts, params: p } = ctx;
  const recorder = ctx.series;
  let forecast: ForecastRecorder | null = null;

  if (start !== undefined) {
    forecast = warmStart(ward, start);
  } else {
    if (p.warmupMin > 0) {
      env.post(p.warmupMin, () => {
        const nowMin = env.now;
        inventory.flush();
        kpis.reset(nowMin);
        population.restart(nowMin);
        inventory.restart(nowMin);
        contacts.reset(nowMin);
        cabinets?.slots.restart(nowMin);
        cabinets?.stockouts.restart(nowMin);
      }, -1);
    }
    population.start();
    cabinets?.restock.start();
    cabinets?.failures.start();
  }
  if (recorder !== null) {
    startSampling(env, recorder, { population, nurses: ward.nurses, screens: cabinets?.screens ?? [] }, { startMin: p.warmupMin, endMin: p.endMin, ...ward.sampling });
  }
  env.run({ until: p.endMin });

  const end = p.endMin;
  inventory.flush();
  cabinets?.slots.close(end);
  cabinets?.stockouts.close(end);
  contacts.close(end);
  population.care.addContacts();
  contacts.addHousehold(population.care.householdFactors());
  const mothers = contacts.ofRole(MOTHER);
  const result: WardReplication = {
    scenarioId: s.meta.id, seed: opts.seed, replication: opts.replication,
    kpis: finishKpis(kpis, {
      nowMin: end, horizonDays: start === undefined ? s.run.horizonDays : start.horizonMin / MINUTES_PER_DAY, shiftsPerDay: s.people.shifts.length, nightShift: shiftIndexAt(s, NIGHT_MINUTE),
      contacts: contacts.totalEpisodes(), contactMinutes: contacts.totalMinutes(), expectedInfections: contacts.infections,
      motherContacts: mothers.episodes, motherContactMinutes: mothers.minutes, roomEntries: population.care.entries + population.visits.entries,
      infections: contacts.infectionKpis(),
    }),
    contactsByRolePair: { roles: ROLES, contacts: matrix(contacts.episodes), contactMinutes: matrix(contacts.minutes) },
    expectedInfectionsByRole: Object.fromEntries(ROLES.map((r, i) => [r, contacts.infectionsTo[i]])) as Record<Role, number>,
    nurseSupplyMinutesByShift: nurseMinutesByShift(kpis, s.people.shifts.map((x) => x.name), start === undefined ? s.run.horizonDays : start.horizonMin / MINUTES_PER_DAY),
    eventsProcessed: env.eventsProcessed,
  };
  return {
    ...result,
    ...(ctx.diagnostics !== null ? { diagnostics: ctx.diagnostics.finish(roomEntriesByRole(population, kpis)) } : {}),
    ...(recorder !== null ? { series: recorder.finish(kpis.waitHistogram()) } : {}),
    ...(opts.recordLedger === true && ward.dispensing?.ledger ? { ledger: ward.dispensing.ledger } : {}),
    ...(forecast !== null ? { forecast: forecast.finish(end) } : {}),
    ...(ctx.screenLog !== null ? { screenLog: ctx.screenLog.finish() } : {}),
  };
}
