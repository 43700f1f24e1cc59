// `--precision <kpi>:<halfWidth>[%]` and `--max-replications <n>` for `run`, `compare` and
// `start`: instead of a fixed number of replications, add them until the KPI's 95 % interval
// (for a comparison: the paired difference's) is narrow enough, absolute in the KPI's unit or,
// with `%`, relative to its mean. The parsing is strict: a malformed target is bad input
// (exit 2) before anything runs.
import type { Command } from 'commander';
import { DEFAULT_MAX_REPLICATIONS } from '../../../engine/index.js';
import type { PrecisionReport, PrecisionTarget } from '../../../engine/index.js';
import { RUN_BOUNDS } from '../../../scenarios/index.js';
import { flagMessage } from '../output/flag-messages.js';
import { badInput } from '../cli-error.js';
import { integerFlag } from '../options.js';
import { formatNumber } from '../output/format-number.js';

/** The precision flags as commander hands them over. */
export interface PrecisionFlags {
  precision?: PrecisionTarget;
  maxReplications?: number;
}

/**
 * Parses `<kpi>:<halfWidth>[%]`, e.g. `fillRate:0.002` or `boundaryCrossings:2%`.
 * @throws CliError (exit 2) naming the flag and the rule broken
 */
export function parsePrecision(raw: string): PrecisionTarget {
  const m = /^([A-Za-z][A-Za-z0-9]*):([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)(%?)$/.exec(raw.trim());
  const value = m === null ? Number.NaN : Number(m[2]);
  if (m === null || !(value > 0) || !Number.isFinite(value) || (m[3] === '%' && value >= 100)) {
    throw badInput(flagMessage('precision', { raw }));
  }
  return m[3] === '%' ? { kpi: m[1], halfWidth: value / 100, relative: true } : { kpi: m[1], halfWidth: value };
}

/** Adds `--precision` and `--max-replications` to a command. */
export function addPrecisionFlags(command: Command): Command {
  return command
    .option('--precision <kpi:halfWidth[%]>', 'add replications until the KPI\'s 95% CI half-width (compare: of the paired difference) is at most this; absolute, or relative to the mean with %', parsePrecision)
    .option('--max-replications <n>', `cap on replications in --precision mode (default ${DEFAULT_MAX_REPLICATIONS})`, integerFlag('--max-replications', 2, RUN_BOUNDS.replications.max));
}

/**
 * The precision target with its cap, or null without `--precision`.
 * @param start - replications of the first round (the cap must not be below it)
 * @throws CliError (exit 2) for `--max-replications` without `--precision`, or a cap below the start
 */
export function precisionTarget(flags: PrecisionFlags, start: number): PrecisionTarget | null {
  if (flags.precision === undefined) {
    if (flags.maxReplications !== undefined) throw badInput(flagMessage('precisionOnly', {}));
    return null;
  }
  const cap = flags.maxReplications ?? Math.max(DEFAULT_MAX_REPLICATIONS, start);
  const first = Math.max(2, start);
  if (cap < first) throw badInput(flagMessage('maxReplications', { raw: cap, min: first }));
  return { ...flags.precision, maxReplications: cap };
}

/**
 * One line saying how precision mode ended, printed under the table.
 * @param of - what the KPI is of, with a trailing space (e.g. `'paired difference of '`); default none
 */
export function formatPrecision(p: PrecisionReport, of = ''): string {
  const target = `${formatNumber(p.targetHalfWidth)}${p.relative ? ' (the relative target applied to the final mean)' : ''}`;
  const verdict = p.reached
    ? `target reached after ${p.rounds[p.rounds.length - 1]} replications`
    : `target NOT reached: stopped at the cap of ${p.maxReplications} replications`;
  return `precision: ${of}${p.kpi} 95% CI half-width ${formatNumber(p.halfWidth)} against target ${target}; ${verdict} (rounds: ${p.rounds.join(', ')})\n`;
}
