/**
 * Forecast from the twin: when will each slot run out before the next restock round?
 *
 * Method (a small Monte Carlo on the twin's current state, R replications):
 * - Start: the twin's state now (`fromMin` = its clock): every slot's unexpired lots in working
 *   slots of online cabinets; jammed slots, offline cabinets and empty slots count as out at 0.
 * - Horizon: up to the next fixed restock round of the scenario (`restock.roundHours`), or
 *   `untilMin` if given; par-triggered extra rounds are not assumed (the question is whether
 *   the next planned round is soon enough).
 * - Demand: the scenario's demand model. Each admitted patient needs each SKU of their kind at
 *   the catalog curve's rate for their postpartum day (day = whole days since admission), with
 *   `rooming-in` items scaled by 1 − `stays.nicuShare` and `nicu-pumping` items by `nicuShare`.
 *   New births arrive as a Poisson process at `annualDeliveries / 365` a day, each a mother and
 *   a newborn on day 0; nobody is discharged within the horizon (stays are days, the horizon
 *   hours). Units are drawn as a Poisson process with that rate, constant over 15-minute steps.
 * - Where units come from: a unit goes to a cabinet holding the SKU, chosen uniformly; when
 *   that cabinet has none left the next cabinet nearest to it is tried; within a cabinet the lot
 *   with the earliest expiry goes first (as the dispensing core does); lots expire on time.
 * - Randomness: replication r uses the kernel stream `twin-forecast` of (seed, r), so the same
 *   state, seed and R give the same forecast.
 * - Output per slot: the share of replications in which it ran out before the horizon, and the
 *   distribution of its time to stock-out (minutes from `fromMin`): p10/p50/p90 over all
 *   replications, `null` where that quantile lies beyond the horizon (the slot lasts), and the
 *   mean over the replications where it ran out (`null` if it never did).
 */
import { cabinetViews, RandomStreams } from '../../engine/index.js';
import type { DispensingState, RandomStream } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';

/** Options of {@link forecastStockouts}. */
export interface ForecastOptions {
  /** Replications, >= 1. */
  replications: number;
  /** Base seed of the forecast streams. */
  seed: number;
  /** End of the horizon, minutes since the scenario start; default the next restock round. */
  untilMin?: number;
}

/** Time to stock-out of one slot over the replications. */
export interface SlotForecast {
  cabinetId: string;
  slotId: string;
  sku: string;
  /** Usable units now. */
  usableUnits: number;
  /** Share of replications in which the slot ran out before the horizon. */
  runsOutShare: number;
  /** Minutes from `fromMin`; quantiles beyond the horizon are null. */
  timeToStockoutMin: { mean: number | null; p10: number | null; p50: number | null; p90: number | null };
}

/** The forecast. */
export interface Forecast {
  fromMin: number;
  untilMin: number;
  /** `next-restock-round` or `requested`. */
  horizon: 'next-restock-round' | 'requested';
  replications: number;
  seed: number;
  slots: SlotForecast[];
}

const STEP_MIN = 15;

/** The next fixed restock round strictly after `nowMin`, or one day on when there are none. */
export function nextRoundMin(scenario: Scenario, nowMin: number): number {
  const day = Math.floor(nowMin / 1440);
  let best = Infinity;
  for (const hour of scenario.restock.roundHours) {
    for (const d of [day, day + 1]) {
      const at = d * 1440 + hour * 60;
      if (at > nowMin && at < best) best = at;
    }
  }
  return Number.isFinite(best) ? best : nowMin + 1440;
}

function curveRate(curve: readonly { fromDay: number; perDay: number }[], day: number): number {
  let rate = 0;
  let from = -1;
  for (const step of curve) if (step.fromDay <= day && step.fromDay >= from) ({ perDay: rate, fromDay: from } = step);
  return rate;
}

function poisson(rng: RandomStream, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next())));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

interface SlotSim {
  cab: number;
  sku: number;
  lots: { exp: number; qty: number }[];
  units: number;
  outAt: number;
}

function quantile(sorted: readonly number[], q: number): number | null {
  const v = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return Number.isFinite(v) ? v : null;
}

/**
 * Forecasts per slot the time to stock-out before the next restock round (see the module header).
 * @throws RangeError for replications < 1 or untilMin not after the twin's clock
 */
export function forecastStockouts(state: DispensingState, scenario: Scenario, options: ForecastOptions): Forecast {
  const steps = forecastSteps(state, scenario, options);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/**
 * The work of a forecast in units of replications x 15-minute steps x people on the ward (the
 * admitted patients plus a mother and a newborn per expected birth within the horizon): what
 * its inner loop costs, known before it starts.
 */
export function forecastCost(state: DispensingState, scenario: Scenario, options: ForecastOptions): number {
  const untilMin = options.untilMin ?? nextRoundMin(scenario, state.nowMin);
  const horizonMin = Math.max(0, untilMin - state.nowMin);
  const births = (scenario.births.annualDeliveries / 365 / 1440) * horizonMin;
  return options.replications * Math.ceil(horizonMin / STEP_MIN) * (state.patients.size + 2 * births);
}

/**
 * {@link forecastStockouts} one 15-minute step at a time: the generator yields after each step
 * of each replication and returns the same forecast, so a server can run it in slices.
 * The state is read when it is called; later changes to it do not reach the forecast.
 */
export function forecastSteps(state: DispensingState, scenario: Scenario, options: ForecastOptions): Generator<void, Forecast, void> {
  const fromMin = state.nowMin;
  const untilMin = options.untilMin ?? nextRoundMin(scenario, fromMin);
  if (!Number.isInteger(options.replications) || options.replications < 1) throw new RangeError(`forecastStockouts: replications(=${options.replications}) must be an integer >= 1`);
  if (!(untilMin > fromMin)) throw new RangeError(`forecastStockouts: untilMin(=${untilMin}) must be after the twin's clock (${fromMin})`);
  const items = scenario.catalog.items;
  const skuOf = (sku: string): number => items.findIndex((i) => i.sku === sku);
  const nicu = scenario.stays.nicuShare;
  const scale = items.map((i) => (i.condition === 'rooming-in' ? 1 - nicu : i.condition === 'nicu-pumping' ? nicu : 1));
  const slots: { cabinetId: string; slotId: string; sku: string; cab: number; skuIndex: number; lots: { exp: number; qty: number }[] }[] = [];
  cabinetViews(state, fromMin).forEach((cab, cabIndex) => {
    for (const slot of cab.slotDetails) {
      if (slot.sku === null) continue;
      const usable = cab.online && !slot.jammed;
      const lots = usable ? slot.lots.filter((l) => l.expiresAtMin > fromMin).map((l) => ({ exp: l.expiresAtMin, qty: l.quantity })) : [];
      slots.push({ cabinetId: cab.id, slotId: slot.id, sku: slot.sku, cab: cabIndex, skuIndex: skuOf(slot.sku), lots });
    }
  });
  const patients = [...state.patients.values()].map((p) => ({ kind: p.kind, admittedAtMin: p.admittedAtMin }));
  const birthsPerStep = (scenario.births.annualDeliveries / 365 / 1440) * STEP_MIN;
  const outTimes: number[][] = slots.map(() => []);
  const streams = (r: number): RandomStream => new RandomStreams(options.seed, r).stream('twin-forecast');
  // Everything above reads the state now; the replications below use only these copies (and
  // the cabinets' fixed layout), so the state may move on while the forecast runs in slices.
  return simulate();
  function* simulate(): Generator<void, Forecast, void> {
    for (let r = 0; r < options.replications; r++) {
      const rng = streams(r);
      const sims: SlotSim[] = slots.map((s) => ({ cab: s.cab, sku: s.skuIndex, lots: s.lots.map((l) => ({ ...l })), units: s.lots.reduce((a, l) => a + l.qty, 0), outAt: s.lots.length === 0 ? fromMin : Infinity }));
      const bySkuCab = new Map<string, SlotSim[]>();
      for (const sim of sims) {
        const key = `${sim.sku}:${sim.cab}`;
        bySkuCab.set(key, [...(bySkuCab.get(key) ?? []), sim]);
      }
      const cabsBySku = items.map((_, k) => state.cabinets.filter((c) => bySkuCab.has(`${k}:${c.index}`)).map((c) => c.index));
      const people = [...patients];
      for (let t0 = fromMin; t0 < untilMin; t0 += STEP_MIN) {
        if (t0 > fromMin) yield;
        const step = Math.min(STEP_MIN, untilMin - t0);
        for (let b = poisson(rng, birthsPerStep * (step / STEP_MIN)); b > 0; b--) {
          const at = t0 + rng.next() * step;
          people.push({ kind: 'mother', admittedAtMin: at }, { kind: 'newborn', admittedAtMin: at });
        }
        items.forEach((item, k) => {
          if (cabsBySku[k].length === 0) return;
          let ratePerDay = 0;
          for (const p of people) if (p.kind === item.patientKind && p.admittedAtMin <= t0) ratePerDay += curveRate(item.curve, Math.floor((t0 - p.admittedAtMin) / 1440));
          const times: number[] = [];
          for (let n = poisson(rng, (ratePerDay * scale[k] * step) / 1440); n > 0; n--) times.push(t0 + rng.next() * step);
          times.sort((a, b) => a - b);
          for (const t of times) {
            const first = cabsBySku[k][Math.floor(rng.next() * cabsBySku[k].length)];
            const order = [first, ...state.cabinets[first].nearest.filter((c) => cabsBySku[k].includes(c))];
            for (const c of order) if (take(bySkuCab.get(`${k}:${c}`)!, t)) break;
          }
        });
      }
      sims.forEach((sim, i) => {
        expireUntil(sim, untilMin);
        outTimes[i].push(sim.outAt <= untilMin ? sim.outAt - fromMin : Infinity);
      });
    }
    return {
      fromMin, untilMin, horizon: options.untilMin === undefined ? 'next-restock-round' : 'requested', replications: options.replications, seed: options.seed,
      slots: slots.map((s, i) => {
        const times = [...outTimes[i]].sort((a, b) => a - b);
        const ran = times.filter(Number.isFinite);
        return {
          cabinetId: s.cabinetId, slotId: s.slotId, sku: s.sku, usableUnits: s.lots.reduce((a, l) => a + l.qty, 0),
          runsOutShare: ran.length / times.length,
          timeToStockoutMin: { mean: ran.length > 0 ? ran.reduce((a, x) => a + x, 0) / ran.length : null, p10: quantile(times, 0.1), p50: quantile(times, 0.5), p90: quantile(times, 0.9) },
        };
      }),
    };
  }
}

/** Drops lots expired by `t`; marks the slot out when nothing is left. */
function expireUntil(sim: SlotSim, t: number): void {
  while (sim.lots.length > 0 && sim.lots[0].exp <= t) {
    const lot = sim.lots.shift()!;
    sim.units -= lot.qty;
    if (sim.units === 0 && !Number.isFinite(sim.outAt)) sim.outAt = lot.exp;
  }
}

/** Takes one unit at `t` from the cabinet's slots of the SKU, earliest expiry first; false if none. */
function take(slots: SlotSim[], t: number): boolean {
  let best: SlotSim | null = null;
  for (const sim of slots) {
    expireUntil(sim, t);
    if (sim.units > 0 && (best === null || sim.lots[0].exp < best.lots[0].exp)) best = sim;
  }
  if (best === null) return false;
  best.units--;
  if (--best.lots[0].qty === 0) best.lots.shift();
  if (best.units === 0) best.outAt = t;
  return true;
}
