// Output files written all-or-nothing: every file goes to a temporary name in its target
// folder first, and only when all are written are they renamed into place (a rename within
// one folder is atomic). A failure part-way leaves no partial or half-updated output.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** One output file. */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Writes all files, or none.
 * @throws the first write error, after removing every temporary file
 */
export function writeFilesAtomically(files: readonly OutputFile[]): void {
  const temps: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const tmp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      temps.push({ tmp, path: f.path });
      writeFileSync(tmp, f.text, { flag: 'wx' });
    }
  } catch (error) {
    for (const t of temps) rmSync(t.tmp, { force: true });
    throw error;
  }
  for (const t of temps) renameSync(t.tmp, t.path);
}
