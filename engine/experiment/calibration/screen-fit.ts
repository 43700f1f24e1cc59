/**
 * Time at the cabinet screen, from the log's session and restock-visit bounds. A family's
 * session in the ward model takes a fixed `sessionSeconds` (scan the wristband, collect) plus
 * a lognormal time per item line worked (dispensed or refused), so its length T over k lines
 * has mean s + k x mu and variance k x sigma^2: weighted least squares (weight 1/k) gives s and
 * mu with robust standard errors, and the mean of e^2/k (e the residual) gives sigma^2 with a
 * distribution-free standard error. A restocker's visit takes `setupMinutesPerCabinet` plus
 * `secondsPerSlot` per slot filled: ordinary least squares of the visit's length on its slots,
 * once more without the visits whose residual is an outlier (beyond 3.5 robust standard
 * deviations and a second: a line worked whose lot never came leaves no row), with the
 * rounding of times to the second added to the residual variance so that an exact log does
 * not claim a zero-width interval.
 */
import { leastSquares } from './_internals/least-squares.js';
import type { Observation } from './_internals/least-squares.js';
import type { LogRow } from './log-row.js';

const Z95 = 1.959963984540054;

/** An estimate with its 95 % interval. */
export interface Estimate {
  readonly value: number;
  readonly ci95: readonly [number, number];
}

/** The screen-time fit of the families' sessions. */
export interface SessionFit {
  /** Sessions with a login, a logout and at least one line, or none. */
  readonly sessions: number;
  readonly lines: number;
  readonly sessionSeconds: Estimate;
  readonly transactionSecondsMean: Estimate;
  readonly transactionSecondsSd: Estimate;
}

/** The fit of the restockers' visits. */
export interface RestockFit {
  readonly visits: number;
  /** Visits left out of the second fit as outliers. */
  readonly outliers: number;
  readonly slots: number;
  readonly secondsPerSlot: Estimate;
  readonly setupMinutesPerCabinet: Estimate;
}

interface Visit {
  start?: number;
  end?: number;
  readonly lines: Set<string>;
}

function estimate(value: number, se: number): Estimate {
  return { value, ci95: [value - Z95 * se, value + Z95 * se] };
}

/** Visits by session id: start and end from `open` and `close` rows, lines keyed by `lineKey`. */
function visits(rows: readonly LogRow[], open: LogRow['type'], close: LogRow['type'], line: readonly LogRow['type'][], lineKey: (r: LogRow) => string): Visit[] {
  const byId = new Map<string, Visit>();
  const at = (r: LogRow): Visit => {
    const id = `${r.cabinet ?? ''}\u0000${r.session ?? ''}`;
    let v = byId.get(id);
    if (v === undefined) byId.set(id, (v = { lines: new Set() }));
    return v;
  };
  for (const r of rows) {
    if (r.type === open) at(r).start = r.timeMin;
    else if (r.type === close) at(r).end = r.timeMin;
    else if (line.includes(r.type)) at(r).lines.add(lineKey(r));
  }
  return [...byId.values()].filter((v) => v.start !== undefined && v.end !== undefined && v.end >= v.start);
}

/** Fits session and line times; null with fewer than 10 sessions or no spread in lines per session. */
export function fitSessions(rows: readonly LogRow[]): SessionFit | null {
  // A line is one SKU for one patient: a refusal and the part granted after it are one line.
  const all = visits(rows, 'login', 'logout', ['dispense', 'refuse'], (r) => `${r.patient ?? ''}\u0000${r.sku ?? ''}`);
  const obs: Observation[] = all.filter((v) => v.lines.size > 0).map((v) => ({ x: [1, v.lines.size], y: (v.end! - v.start!) * 60, weight: 1 / v.lines.size }));
  if (obs.length < 10) return null;
  const fit = leastSquares(obs, 2);
  if (!fit.coef.every(Number.isFinite)) return null;
  // e^2 / k estimates sigma^2 for each session (the weighted residual is e / sqrt(k)).
  const z = fit.residuals.map((e) => e * e);
  const n = z.length;
  const variance = z.reduce((a, v) => a + v, 0) / Math.max(1, n - 2);
  const zMean = z.reduce((a, v) => a + v, 0) / n;
  const seVar = Math.sqrt(z.reduce((a, v) => a + (v - zMean) ** 2, 0) / Math.max(1, n - 1) / n);
  const sd = Math.sqrt(variance);
  const sdCi: [number, number] = [Math.sqrt(Math.max(0, variance - Z95 * seVar)), Math.sqrt(variance + Z95 * seVar)];
  return {
    sessions: n,
    lines: obs.reduce((a, o) => a + o.x[1], 0),
    sessionSeconds: estimate(fit.coef[0], fit.se[0]),
    transactionSecondsMean: estimate(fit.coef[1], fit.se[1]),
    transactionSecondsSd: { value: sd, ci95: sdCi },
  };
}

/** Fits restock time per slot and per cabinet visit; null with fewer than 5 visits or no spread in slots. */
export function fitRestock(rows: readonly LogRow[]): RestockFit | null {
  const all = visits(rows, 'restock-start', 'restock-end', ['restock'], (r) => r.slot ?? '');
  const obs: Observation[] = all.map((v) => ({ x: [1, v.lines.size], y: v.end! - v.start! }));
  if (obs.length < 5) return null;
  const first = leastSquares(obs, 2);
  if (!first.coef.every(Number.isFinite)) return null;
  const abs = first.residuals.map(Math.abs).sort((a, b) => a - b);
  const limit = Math.max(3.5 * 1.4826 * abs[Math.floor(abs.length / 2)], 1 / 60);
  const kept = obs.filter((_, i) => Math.abs(first.residuals[i]) <= limit);
  const fit = kept.length >= 5 ? leastSquares(kept, 2) : first;
  if (!fit.coef.every(Number.isFinite)) return null;
  const used = kept.length >= 5 ? kept : obs;
  // Rounding each time to the second adds 2/12 s^2 to a visit's length: (X'X)^-1 x that.
  const n = used.length;
  const sx = used.reduce((a, o) => a + o.x[1], 0);
  const sxx = used.reduce((a, o) => a + o.x[1] * o.x[1], 0);
  const det = n * sxx - sx * sx;
  const rounding = 2 / 12 / 3600;
  const se = (i: number) => Math.sqrt(fit.se[i] ** 2 + (det > 0 ? (rounding * (i === 0 ? sxx : n)) / det : 0));
  return {
    visits: obs.length,
    outliers: obs.length - used.length,
    slots: used.reduce((a, o) => a + o.x[1], 0),
    secondsPerSlot: estimate(fit.coef[1] * 60, se(1) * 60),
    setupMinutesPerCabinet: estimate(fit.coef[0], se(0)),
  };
}
