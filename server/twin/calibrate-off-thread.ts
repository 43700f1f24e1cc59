/**
 * Runs a calibration on a worker thread of its own, so that the event loop keeps answering
 * dispenses while a large log is read and fitted. At most `MAX_RUNNING` at once; more is 429.
 */
import { Worker } from 'node:worker_threads';
import { ApiError } from '../errors.js';
import type { CalibrateTask, CalibrationOutcome } from './calibrate-log.js';

/** Calibrations running at once. */
export const MAX_RUNNING = 2;

const THREAD_FILE = new URL(import.meta.url.endsWith('.ts') ? './calibrate-worker.js' : './calibrate-thread.js', import.meta.url);

let running = 0;

/**
 * Reads and fits `task` on a new worker thread.
 * @throws ApiError 429 `busy` when {@link MAX_RUNNING} calibrations are running
 */
export async function calibrateOffThread(task: CalibrateTask, route: string): Promise<CalibrationOutcome> {
  if (running >= MAX_RUNNING) throw new ApiError(429, 'busy', `${route}: ${MAX_RUNNING} calibrations are running; try again when one has finished`);
  running++;
  try {
    return await new Promise<CalibrationOutcome>((resolve, reject) => {
      const worker = new Worker(THREAD_FILE, { workerData: task });
      worker.once('message', (outcome: CalibrationOutcome) => resolve(outcome));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`${route}: the calibration thread ended (exit code ${code}) without an answer`)));
    });
  } finally {
    running--;
  }
}
