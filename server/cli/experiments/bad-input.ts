// Options the engine refuses once it sees the results (a `--precision` KPI that is not a KPI
// key) are the user's mistake, not a failed run: they exit 2 like any other bad flag.
import { badInput } from '../cli-error.js';

/**
 * Awaits `work`; a RangeError it rejects with (the engine's "bad option" error) becomes bad
 * input (exit 2) with the engine's message.
 */
export async function asBadInput<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof RangeError) throw badInput(error.message);
    throw error;
  }
}
