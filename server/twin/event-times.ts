/**
 * Times of incoming cabinet log events: each event says when it happened either as `timeMin`
 * (minutes since the scenario start) or as `time`, an ISO 8601 timestamp with its zone, or
 * both (then they must agree to the millisecond). A timestamp without a zone is ambiguous and
 * refused, as is an instant before the scenario start; all problems of a batch come back at once.
 */
import { ApiError } from '../errors.js';
import type { ErrorDetail } from '../errors.js';
import type { TwinEvent } from './twin-events.js';
import { parseZonedTime } from './wall-clock.js';
import type { WardClock } from './wall-clock.js';

/** An event as posted: `timeMin`, `time` or both. */
export type PostedTwinEvent = Omit<TwinEvent, 'timeMin'> & { timeMin?: number };

/** Agreement needed between `time` and `timeMin`, minutes (one millisecond). */
const AGREE_MIN = 1 / 60_000;

/**
 * Gives every event its `timeMin`, from `time` where one is posted.
 * @throws ApiError 400 with a detail per event whose time is missing, zoneless, malformed, before the start or disagreeing
 */
export function resolveEventTimes(events: readonly PostedTwinEvent[], clock: WardClock): TwinEvent[] {
  const problems: ErrorDetail[] = [];
  const resolved = events.map((e, i): TwinEvent => {
    const at = `/body/events/${i}`;
    if (e.time === undefined) {
      if (e.timeMin === undefined) problems.push({ path: `${at}/timeMin`, rule: 'required', message: 'an event needs timeMin or time' });
      return { ...e, timeMin: e.timeMin ?? 0 };
    }
    const parsed = parseZonedTime(e.time);
    if (typeof parsed !== 'number') {
      problems.push({ path: `${at}/time`, rule: parsed.rule, message: parsed.message });
      return { ...e, timeMin: 0 };
    }
    const minutes = clock.minutesAt(parsed);
    if (minutes < 0) {
      problems.push({ path: `${at}/time`, rule: 'after-start', message: `"${e.time}" is before the scenario start, ${clock.isoAt(0)}` });
    } else if (e.timeMin !== undefined && Math.abs(e.timeMin - minutes) > AGREE_MIN) {
      problems.push({ path: `${at}/timeMin`, rule: 'agree', message: `timeMin(=${e.timeMin}) is not time "${e.time}", which is minute ${minutes}` });
    }
    return { ...e, timeMin: minutes };
  });
  if (problems.length > 0) throw new ApiError(400, 'validation-failed', `POST /api/twin/events: ${problems.length} event time(s) refused, nothing applied`, problems);
  return resolved;
}
