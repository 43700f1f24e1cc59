// Reading a JSON document named on the command line: a missing file or broken JSON is bad
// input (exit 2) with the file name and the parser's reason, never a stack trace.
import { readFileSync } from 'node:fs';
import { badInput } from '../cli-error.js';

/** Reads and parses a JSON file. @throws CliError (exit 2) when unreadable or not JSON */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw badInput(`${path}: cannot read ${what} (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badInput(`${path}: ${what} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
