/**
 * Consumption per SKU by postpartum day, from the lines a cabinet log records. The log sees
 * fetches, not use: the ward model's families keep a bedside stock and, on each trip, fetch
 * every item up to `targetHours` of the current postpartum day's use (starting from nothing at
 * admission). So a patient's fetches of one SKU obey, in expectation,
 *
 *   first fetch, on day d1:         q1 = r[d1] x T                  (+ half a unit of rounding up)
 *   fetch k after fetch k-1:        qk = sum over days j of r[j] x (time in day j between them)
 *                                        + r[dk] x T - r[d(k-1)] x T
 *
 * with T = targetHours in days and r[j] the day-j rate times the patient's usage multiplier
 * (mean 1). That is linear in the rates, so they are fitted by least squares over every fetch
 * of every patient, with standard errors clustered by patient (a patient's fetches share her
 * multiplier). Lines of one patient and SKU within `MERGE_MIN` are one fetch (a trip that
 * went on to a second cabinet). Days with too few patients are pooled into the last day fitted.
 * What the log cannot see: units a refusal sent to the nurse station or the shop.
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { leastSquares } from './_internals/least-squares.js';
import type { Observation } from './_internals/least-squares.js';
import type { LogRow } from './log-row.js';

/** Lines of one patient and SKU closer than this are one fetch, min. */
export const MERGE_MIN = 30;
/** A postpartum day gets its own rate when at least this many patients fetched on it. */
export const MIN_PATIENTS_PER_DAY = 20;
/** The scenario's curves hold at most 30 steps. */
const MAX_DAY = 29;
const Z95 = 1.959963984540054;

/** The fitted rate of one postpartum day (the last one fitted covers every later day). */
export interface DayRate {
  readonly day: number;
  /** Units per patient-day. */
  readonly perDay: number;
  readonly ci95: readonly [number, number];
  /** Patients with a fetch on this day (on this and later days for the last one). */
  readonly patients: number;
  /** The scenario's rate for this day before calibration, units per day. */
  readonly scenarioPerDay: number;
}

/** The consumption fit of one SKU. */
export interface SkuConsumptionFit {
  readonly sku: string;
  /** Patients with at least one fetch. */
  readonly patients: number;
  /** Fetches (lines merged as above). */
  readonly fetches: number;
  /** Days 0..lastDay; the last covers every later day. */
  readonly days: readonly DayRate[];
}

interface Fetch {
  readonly timeMin: number;
  quantity: number;
}

function curveRate(curve: readonly { fromDay: number; perDay: number }[], day: number): number {
  let r = 0;
  for (const step of curve) if (step.fromDay <= day) r = step.perDay;
  return r;
}

/** Fetches per patient and SKU (`patient\u0000sku`), merged and in time order. */
function fetchesOf(rows: readonly LogRow[]): Map<string, Fetch[]> {
  const out = new Map<string, Fetch[]>();
  for (const r of rows) {
    if (r.type !== 'dispense' || r.patient === undefined || r.sku === undefined || r.quantity === undefined) continue;
    const k = `${r.patient}\u0000${r.sku}`;
    let list = out.get(k);
    if (list === undefined) out.set(k, (list = []));
    const last = list.at(-1);
    if (last !== undefined && r.timeMin - last.timeMin < MERGE_MIN) last.quantity += r.quantity;
    else list.push({ timeMin: r.timeMin, quantity: r.quantity });
  }
  return out;
}

/**
 * Fits every SKU of the scenario's catalog that the log has fetches of.
 * @param rows the log (checked at the edge), any order within a patient is sorted here
 * @param admittedAt admission minute per patient id (lines of patients without one are left out)
 */
export function fitConsumption(rows: readonly LogRow[], admittedAt: ReadonlyMap<string, number>, scenario: Scenario): SkuConsumptionFit[] {
  const sorted = [...rows].sort((a, b) => a.timeMin - b.timeMin);
  const bySku = new Map<string, { patient: string; fetches: Fetch[] }[]>();
  for (const [k, fetches] of fetchesOf(sorted)) {
    const [patient, sku] = k.split('\u0000');
    if (!admittedAt.has(patient)) continue;
    let list = bySku.get(sku);
    if (list === undefined) bySku.set(sku, (list = []));
    list.push({ patient, fetches });
  }
  const targetDays = scenario.catalog.targetHours / 24;
  const fits: SkuConsumptionFit[] = [];
  for (const item of scenario.catalog.items) {
    const series = bySku.get(item.sku);
    if (series === undefined) continue;
    const dayOf = (patient: string, t: number) => Math.max(0, Math.floor((t - admittedAt.get(patient)!) / MINUTES_PER_DAY));
    const patientsOnDay = new Map<number, Set<string>>();
    for (const { patient, fetches } of series) {
      for (const f of fetches) {
        const d = Math.min(MAX_DAY, dayOf(patient, f.timeMin));
        let set = patientsOnDay.get(d);
        if (set === undefined) patientsOnDay.set(d, (set = new Set()));
        set.add(patient);
      }
    }
    let last = 0;
    while (last < MAX_DAY && (patientsOnDay.get(last + 1)?.size ?? 0) >= MIN_PATIENTS_PER_DAY) last++;
    const p = last + 1;
    const col = (d: number) => Math.min(d, last);
    const obs: Observation[] = [];
    for (const { patient, fetches } of series) {
      const birth = admittedAt.get(patient)!;
      fetches.forEach((f, k) => {
        const x = new Array<number>(p).fill(0);
        const d = dayOf(patient, f.timeMin);
        x[col(d)] += targetDays;
        if (k === 0) {
          obs.push({ x, y: f.quantity - 0.5, group: patient });
          return;
        }
        const prev = fetches[k - 1];
        const dPrev = dayOf(patient, prev.timeMin);
        x[col(dPrev)] -= targetDays;
        for (let j = dPrev; j <= d; j++) {
          const from = Math.max(prev.timeMin, birth + j * MINUTES_PER_DAY);
          const to = Math.min(f.timeMin, birth + (j + 1) * MINUTES_PER_DAY);
          if (to > from) x[col(j)] += (to - from) / MINUTES_PER_DAY;
        }
        obs.push({ x, y: f.quantity, group: patient });
      });
    }
    const fit = leastSquares(obs, p);
    const days: DayRate[] = fit.coef.flatMap((perDay, day) => {
      if (!Number.isFinite(perDay) || !Number.isFinite(fit.se[day])) return [];
      let patients = 0;
      for (const [d, set] of patientsOnDay) if (day === last ? d >= last : d === day) patients += set.size;
      const h = Z95 * fit.se[day];
      return [{ day, perDay, ci95: [perDay - h, perDay + h] as const, patients, scenarioPerDay: curveRate(item.curve, day) }];
    });
    fits.push({ sku: item.sku, patients: series.length, fetches: obs.length, days });
  }
  return fits;
}

/**
 * The fitted rates as a catalog curve (one step per day, a step only where the rate changes at
 * 0.01 units a day), cut to the schema's bounds (0..200 units a day).
 */
export function fittedCurve(fit: SkuConsumptionFit): { fromDay: number; perDay: number }[] {
  const steps: { fromDay: number; perDay: number }[] = [];
  for (const d of fit.days) {
    const prev = steps.at(-1);
    const raw = Number.isFinite(d.perDay) ? d.perDay : (prev?.perDay ?? d.scenarioPerDay);
    const perDay = Math.round(Math.min(200, Math.max(0, raw)) * 100) / 100;
    if (prev === undefined || prev.perDay !== perDay) steps.push({ fromDay: d.day, perDay });
  }
  return steps;
}
