/**
 * Calibration from a cabinet transaction log: fits what the log can tell about a scenario —
 * consumption per SKU by postpartum day, trip demand by hour of day, screen time per session
 * and per line, restock time per slot and per cabinet visit — and writes it as an RFC 7386
 * merge patch on the scenario (with `extends` when the scenario is a preset), with fit
 * diagnostics. Pure and deterministic: rows in, numbers out.
 */
import { mergePatch, validateScenario } from '../../../scenarios/index.js';
import type { Json, Scenario } from '../../../scenarios/index.js';
import { fitConsumption, fittedCurve } from './consumption-fit.js';
import type { SkuConsumptionFit } from './consumption-fit.js';
import { fitHours } from './hour-fit.js';
import { refineHourWeights } from './hour-refine.js';
import type { HourFit } from './hour-fit.js';
import type { LogRow } from './log-row.js';
import { fitRestock, fitSessions } from './screen-fit.js';
import type { Estimate, RestockFit, SessionFit } from './screen-fit.js';

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** The preset the scenario is, written as the patch's `extends`; default none (a plain merge patch). */
  readonly extendsPreset?: string;
  /** Rounds of simulation refining the quiet hours' weights (0 = the even-due reading only); default 3. */
  readonly hourRefineRounds?: number;
}

/** What the log held. */
export interface LogSummary {
  readonly rows: number;
  readonly admissions: number;
  readonly dispenseLines: number;
  readonly refusedLines: number;
  /** Dispense lines of patients the log never admits (left out of the consumption fit). */
  readonly linesWithoutAdmission: number;
  readonly fromMin: number;
  readonly toMin: number;
  readonly days: number;
}

/** How far the scenario's current values agree with the log. */
export interface CoverageDiagnostic {
  /** Fitted quantities with a finite 95 % interval. */
  readonly intervals: number;
  /** Of those, how many contain the scenario's current value. */
  readonly containScenarioValue: number;
  readonly share: number;
}

/** The calibration's answer. */
export interface CalibrationResult {
  readonly kind: 'calibration';
  readonly scenarioId: string;
  readonly log: LogSummary;
  readonly consumption: readonly SkuConsumptionFit[];
  readonly hours: HourFit | null;
  readonly sessions: SessionFit | null;
  readonly restock: RestockFit | null;
  readonly coverage: CoverageDiagnostic;
  /** What could not be fitted, and why. */
  readonly notFitted: readonly string[];
  /** RFC 7386 merge patch on the scenario (with `extends` when a preset was named). */
  readonly patch: { [key: string]: Json };
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;
const clamp = (v: number, lo: number, hi: number, digits: number): number => round(Math.min(hi, Math.max(lo, v)), digits);

function summary(rows: readonly LogRow[], admittedAt: ReadonlyMap<string, number>): LogSummary {
  let fromMin = Infinity;
  let toMin = -Infinity;
  let dispenseLines = 0;
  let refusedLines = 0;
  let linesWithoutAdmission = 0;
  for (const r of rows) {
    fromMin = Math.min(fromMin, r.timeMin);
    toMin = Math.max(toMin, r.timeMin);
    if (r.type === 'dispense') {
      dispenseLines++;
      if (r.patient === undefined || !admittedAt.has(r.patient)) linesWithoutAdmission++;
    } else if (r.type === 'refuse') refusedLines++;
  }
  if (rows.length === 0) fromMin = toMin = 0;
  return { rows: rows.length, admissions: admittedAt.size, dispenseLines, refusedLines, linesWithoutAdmission, fromMin, toMin, days: (toMin - fromMin) / 1440 };
}

function coverage(consumption: readonly SkuConsumptionFit[], sessions: SessionFit | null, restock: RestockFit | null, s: Scenario): CoverageDiagnostic {
  const pairs: [readonly [number, number], number][] = [];
  for (const f of consumption) for (const d of f.days) pairs.push([d.ci95, d.scenarioPerDay]);
  const add = (e: Estimate, v: number) => pairs.push([e.ci95, v]);
  if (sessions !== null) {
    add(sessions.sessionSeconds, s.cabinets.sessionSeconds);
    add(sessions.transactionSecondsMean, s.cabinets.transactionSecondsMean);
    add(sessions.transactionSecondsSd, s.cabinets.transactionSecondsSd);
  }
  if (restock !== null) {
    add(restock.secondsPerSlot, s.restock.secondsPerSlot);
    add(restock.setupMinutesPerCabinet, s.restock.setupMinutesPerCabinet);
  }
  const finite = pairs.filter(([ci]) => Number.isFinite(ci[0]) && Number.isFinite(ci[1]));
  const inside = finite.filter(([ci, v]) => ci[0] <= v && v <= ci[1]).length;
  return { intervals: finite.length, containScenarioValue: inside, share: finite.length === 0 ? 0 : inside / finite.length };
}

function buildPatch(s: Scenario, consumption: readonly SkuConsumptionFit[], hours: HourFit | null, sessions: SessionFit | null, restock: RestockFit | null, o: CalibrateOptions): { [key: string]: Json } {
  const patch: { [key: string]: Json } = {};
  if (o.extendsPreset !== undefined) patch['extends'] = o.extendsPreset;
  const catalog: { [key: string]: Json } = {};
  if (consumption.length > 0) {
    const fits = new Map(consumption.map((f) => [f.sku, f]));
    // Arrays replace under RFC 7386, so the whole item list goes in, the fitted curves changed.
    catalog['items'] = s.catalog.items.map((item) => {
      const fit = fits.get(item.sku);
      // A log too short to see any day of stay for the item leaves its curve as it was.
      const curve = fit === undefined ? [] : fittedCurve(fit);
      if (fit === undefined || curve.length === 0) return item;
      return { ...item, curve, basis: `D: fitted from a cabinet log (${fit.patients} patients, ${fit.fetches} fetches)` };
    });
  }
  if (hours !== null) catalog['tripHourWeights'] = hours.hours.map((h) => round(h.weight, 3));
  if (Object.keys(catalog).length > 0) patch['catalog'] = catalog;
  if (sessions !== null) {
    patch['cabinets'] = {
      sessionSeconds: clamp(sessions.sessionSeconds.value, 0, 300, 2),
      transactionSecondsMean: clamp(sessions.transactionSecondsMean.value, 1, 120, 2),
      transactionSecondsSd: clamp(sessions.transactionSecondsSd.value, 0, 120, 2),
    };
  }
  if (restock !== null) {
    patch['restock'] = { secondsPerSlot: clamp(restock.secondsPerSlot.value, 1, 600, 2), setupMinutesPerCabinet: clamp(restock.setupMinutesPerCabinet.value, 0, 60, 3) };
  }
  return patch;
}

/**
 * `scenario` with `patch` applied and validated.
 * @throws Error when it does not validate (a bug: every value is cut to its bounds)
 */
function patched(scenario: Scenario, patch: { [key: string]: Json }): Scenario {
  const { extends: _parent, ...changes } = patch;
  const checked = validateScenario(mergePatch(scenario, changes));
  if (!checked.ok) throw new Error(`calibrate: the patched scenario is invalid: ${checked.errors.map((e) => `${e.path} ${e.rule}`).join('; ')}`);
  return checked.scenario;
}

/**
 * Fits `scenario` (assumed valid) to a cabinet log.
 * @param rows the log's rows, checked at the edge (every row carries the fields its type needs)
 * @throws Error when the patched scenario does not validate (a bug: every value is cut to its bounds)
 */
export function calibrate(rows: readonly LogRow[], scenario: Scenario, o: CalibrateOptions = {}): CalibrationResult {
  const admittedAt = new Map<string, number>();
  for (const r of rows) if (r.type === 'admit' && r.patient !== undefined && !admittedAt.has(r.patient)) admittedAt.set(r.patient, r.timeMin);
  const log = summary(rows, admittedAt);
  const consumption = fitConsumption(rows, admittedAt, scenario);
  const direct = fitHours(rows, scenario.catalog.tripHourWeights);
  const sessions = fitSessions(rows);
  const restock = fitRestock(rows);
  // The hour weights are refined by simulating the ward as calibrated in everything else.
  const hours = direct === null || scenario.cabinets.instances.length === 0 || o.hourRefineRounds === 0 ? direct : refineHourWeights(direct, patched(scenario, buildPatch(scenario, consumption, null, sessions, restock, {})), log.days, o.hourRefineRounds);
  const notFitted: string[] = [];
  const fitted = new Set(consumption.map((f) => f.sku));
  for (const item of scenario.catalog.items) if (!fitted.has(item.sku)) notFitted.push(`consumption of ${item.sku}: no dispense lines of admitted patients`);
  if (hours === null) notFitted.push('trip hour weights: fewer than 100 sessions (login rows)');
  if (sessions === null) notFitted.push('session and line times: fewer than 10 sessions with login, logout and a line, or lines per session all alike');
  if (restock === null) notFitted.push('restock times: fewer than 5 restock visits with start and end, or slots per visit all alike');
  const patch = buildPatch(scenario, consumption, hours, sessions, restock, o);
  patched(scenario, patch);
  return { kind: 'calibration', scenarioId: scenario.meta.id, log, consumption, hours, sessions, restock, coverage: coverage(consumption, sessions, restock, scenario), notFitted, patch };
}
