// Runs the real `wardtwin` command (`node server/bin/wardtwin.js ...`) as a user would, with
// stdout and stderr piped, and returns its exit code and output.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a finished command left behind. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `node server/bin/wardtwin.js ...args` in the repository root. */
export function wardtwin(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['server/bin/wardtwin.js', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}
