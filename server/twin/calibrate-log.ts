/**
 * Calibration at the edge, shared by `wardtwin calibrate` and `POST /api/twin/calibrate`: the
 * log is read against the scenario (its clock and catalog), and only a log without a bad row
 * is fitted (see engine/experiment/calibration/).
 */
import { calibrate } from '../../engine/index.js';
import type { CalibrationResult } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { readCabinetLogCsv, readCabinetLogJson } from './cabinet-log.js';
import type { LogRowError } from './cabinet-log.js';
import { WardClock } from './wall-clock.js';

/** Most log rows one calibration reads by default (about a month of a provincial ward). */
export const DEFAULT_MAX_LOG_ROWS = 200_000;

/** A log as it arrived: CSV text, or a parsed JSON value with the pointer it sits at. */
export type LogInput = { readonly format: 'csv'; readonly text: string } | { readonly format: 'json'; readonly value: unknown; readonly base?: string };

/** A calibration to run: the log, the scenario it is fitted against, its preset name and the row limit. */
export interface CalibrateTask {
  readonly input: LogInput;
  readonly scenario: Scenario;
  readonly preset: string | undefined;
  readonly maxRows: number;
}

/** The fit, or every bad row. */
export type CalibrationOutcome = { ok: true; result: CalibrationResult } | { ok: false; errors: LogRowError[] };

/**
 * Reads `input` against `scenario` and fits it.
 * @param preset the preset `scenario` is, written as the patch's `extends` (none for a file)
 */
export function calibrateLog(input: LogInput, scenario: Scenario, preset: string | undefined, maxRows = DEFAULT_MAX_LOG_ROWS): CalibrationOutcome {
  const options = { clock: new WardClock(scenario.meta.timeZone, scenario.run.startDate), skus: new Set(scenario.catalog.items.map((i) => i.sku)), maxRows };
  const parsed = input.format === 'csv' ? readCabinetLogCsv(input.text, options) : readCabinetLogJson(input.value, options, input.base ?? '');
  if (!parsed.ok) return parsed;
  return { ok: true, result: calibrate(parsed.rows, scenario, preset === undefined ? {} : { extendsPreset: preset }) };
}
