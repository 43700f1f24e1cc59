/**
 * The series' regular samples and cabinet-board snapshots: two events that repeat from the end
 * of warm-up to the end of the run, each reading the queues and beds as they are then.
 */
import type { CallbackServer, Environment } from '../../kernel/index.js';
import type { SeriesRecorder } from './series.js';

/** What a sample reads. */
export interface SampledWard {
  /** Beds occupied now. */
  readonly population: { readonly bedsPresent: number };
  /** The nurses' line. */
  readonly nurses: CallbackServer;
  /** Each cabinet's screen (scenario order). */
  readonly screens: readonly CallbackServer[];
}

interface Sampler {
  readonly env: Environment;
  readonly ward: SampledWard;
  readonly recorder: SeriesRecorder;
  readonly intervalMin: number;
  readonly endMin: number;
  readonly board: boolean;
}

function onSample(sm: Sampler): void {
  const now = sm.env.now;
  const ward = sm.ward;
  if (sm.board) sm.recorder.board(now);
  else sm.recorder.sample(now, ward.population.bedsPresent, ward.nurses.queueLength, ward.screens.map((q) => q.queueLength));
  if (now + sm.intervalMin <= sm.endMin) sm.env.post(sm.intervalMin, onSample, 1, sm);
}

/**
 * Schedules the samples every `intervalMin` and the board snapshots every `boardIntervalMin`
 * from `startMin` while they fall at or before `endMin`.
 */
export function startSampling(env: Environment, recorder: SeriesRecorder, ward: SampledWard, o: { startMin: number; endMin: number; intervalMin: number; boardIntervalMin: number }): void {
  env.post(o.startMin, onSample, 1, { env, ward, recorder, intervalMin: o.intervalMin, endMin: o.endMin, board: false });
  env.post(o.startMin, onSample, 1, { env, ward, recorder, intervalMin: o.boardIntervalMin, endMin: o.endMin, board: true });
}
