/**
 * The thread a calibration runs on (see calibrate-off-thread.ts): reads and fits the log it
 * was handed and posts the outcome back. Reading and fitting take some 25 µs a row, seconds for
 * a month of a large ward, which the dispensing routes must not wait for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { calibrateLog } from './calibrate-log.js';
import type { CalibrateTask } from './calibrate-log.js';

const task = workerData as CalibrateTask;
parentPort?.postMessage(calibrateLog(task.input, task.scenario, task.preset, task.maxRows));
