/**
 * The ward's wall clock: cabinet logs carry ISO 8601 timestamps with a zone, the twin counts
 * minutes since the scenario start (00:00 of `run.startDate` in `meta.timeZone`). The zone's
 * offset at an instant comes from `Intl.DateTimeFormat`, so daylight-saving zones work as well
 * as fixed ones; everything else is plain epoch arithmetic.
 */

const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Why a timestamp was refused: the JSON Schema-like rule and a sentence. */
export interface TimeProblem {
  rule: 'zone-required' | 'iso-8601';
  message: string;
}

/** Offset of `timeZone` from UTC at the instant `epochMs`, in minutes (east positive: Shanghai +480). */
export function zoneOffsetMin(timeZone: string, epochMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((local - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** Epoch ms of the local wall time `localMs` (a UTC-based ms count of the local fields) in `timeZone`. */
function localToEpoch(timeZone: string, localMs: number): number {
  // Two passes settle the offset except within a DST gap, where the later offset wins.
  let epoch = localMs - zoneOffsetMin(timeZone, localMs) * 60_000;
  epoch = localMs - zoneOffsetMin(timeZone, epoch) * 60_000;
  return epoch;
}

/** Parses an ISO 8601 date-time that carries a zone (`Z` or `±HH:MM`); returns epoch ms or why not. */
export function parseZonedTime(text: string): number | TimeProblem {
  const m = ISO_WITH_ZONE.exec(text);
  if (m === null) {
    if (ISO_WITHOUT_ZONE.test(text)) return { rule: 'zone-required', message: `"${text}" has no zone; write it with its offset, e.g. ${text}+08:00, or Z for UTC` };
    return { rule: 'iso-8601', message: `"${text}" is not an ISO 8601 date-time such as 2026-12-04T21:15:00+08:00` };
  }
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)] as const;
  const local = Date.UTC(...fields);
  const check = new Date(local);
  if (check.getUTCMonth() !== fields[1] || check.getUTCDate() !== fields[2] || fields[3] > 23 || fields[4] > 59 || fields[5] > 59) {
    return { rule: 'iso-8601', message: `"${text}" is not a real date and time` };
  }
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const ms = frac === undefined ? 0 : Math.round(Number(frac) * 1000);
  return local + ms - offset * 60_000;
}

/** One ward's clock: minute 0 is 00:00 of `startDate` in `timeZone`. */
export class WardClock {
  /** Epoch ms of simulation minute 0. */
  readonly startEpochMs: number;

  /**
   * @param timeZone IANA zone name (the scenario's `meta.timeZone`)
   * @param startDate ISO date `YYYY-MM-DD` (the scenario's `run.startDate`)
   */
  constructor(
    readonly timeZone: string,
    startDate: string,
  ) {
    const [y, m, d] = startDate.split('-').map(Number);
    this.startEpochMs = localToEpoch(timeZone, Date.UTC(y, m - 1, d));
  }

  /** Minutes since the scenario start of the instant `epochMs` (fractional; negative before the start). */
  minutesAt(epochMs: number): number {
    return (epochMs - this.startEpochMs) / 60_000;
  }

  /**
   * The ISO 8601 local time with offset of simulation minute `timeMin`, e.g.
   * `2026-01-05T08:30:00+08:00` (with `milliseconds`, `2026-01-05T08:30:00.250+08:00`).
   */
  isoAt(timeMin: number, milliseconds = false): string {
    const epoch = Math.round(this.startEpochMs + timeMin * 60_000);
    const offset = zoneOffsetMin(this.timeZone, epoch);
    const local = new Date(epoch + offset * 60_000).toISOString().slice(0, milliseconds ? 23 : 19);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }
}
