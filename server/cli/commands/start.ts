// `wardtwin start` (what `npm start` runs): the headline study. The city maternal-child
// hospital without cabinets against the same hospital with them, with common random numbers,
// printed as the comparison table and a few lines on the programme's aims (boundary crossings,
// contacts, nurse time, trip time).
import type { Command } from 'commander';
import { formatHeadline } from '../output/result-tables.js';
import { addCompareFlags, compareCommand } from './compare.js';
import type { CompareFlags } from './compare.js';

/** The two presets of the headline study: baseline first, so differences read "cabinets − baseline". */
export const HEADLINE_STUDY = ['city-mch-baseline', 'city-mch'] as const;

/** Registers `start [--seed N] [--replications R] [--days D] [--workers N | --redis URL] [--precision kpi:hw[%]] [--json]`. */
export function registerStart(program: Command): void {
  addCompareFlags(
    program
      .command('start')
      .description(`headline study: ${HEADLINE_STUDY[1]} (cabinets) against ${HEADLINE_STUDY[0]}, common random numbers`),
  ).action(async (flags: CompareFlags) => {
    const result = await compareCommand(HEADLINE_STUDY, flags);
    if (flags.json !== true) process.stdout.write(`\n${formatHeadline(result)}`);
  });
}
