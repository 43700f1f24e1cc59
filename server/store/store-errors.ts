/**
 * What can go wrong with the store, in words an operator can act on. A {@link StoreError} is
 * raised while opening (a bad path, another process holding the store, a corrupt or newer file)
 * and stops the start with one line; a store fault later on (a full disk, an I/O error) fails the
 * job or request that met it, never the process.
 */
import Database from 'better-sqlite3';

/** Why a store could not be opened. */
export type StoreErrorReason = 'bad-path' | 'locked' | 'corrupt' | 'too-new';

/** A store that cannot be opened; `message` is one line naming the path. */
export class StoreError extends Error {
  constructor(
    readonly reason: StoreErrorReason,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** An error raised by SQLite; `code` is its extended result code, e.g. `SQLITE_FULL`, `SQLITE_IOERR_WRITE`. */
export interface SqliteFault extends Error {
  readonly code: string;
}

/** Whether `error` came from SQLite (a disk I/O error, a full disk, a corrupt page, a busy file). */
export function isStoreFault(error: unknown): error is SqliteFault {
  return error instanceof Database.SqliteError;
}

/** SQLite result codes that mean the file itself is damaged rather than unwritable. */
export function isCorruption(error: unknown): boolean {
  return isStoreFault(error) && (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB');
}

/** A store fault as one line: the SQLite code and its message. */
export function describeStoreFault(error: SqliteFault): string {
  return `${error.code}: ${error.message}`;
}
