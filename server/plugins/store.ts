/**
 * The store plugin: opens the SQLite file once per app and shares it (runs and the twin
 * ledger) with the other plugins and routes; closes it when the app closes. Opening takes the
 * store for this process (see `store/database.ts`), so a second server on the file is refused.
 */
import type { FastifyInstance } from 'fastify';
import { closeDatabase, openDatabase } from '../store/database.js';
import type { Db } from '../store/database.js';
import { RunStore } from '../store/run-store.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The SQLite handle (runs and twin ledger). */
    db: Db;
    /** The run table. */
    runStore: RunStore;
  }
}

/** Options of {@link storePlugin}. */
export interface StoreOptions extends Record<string, unknown> {
  /** SQLite path or `':memory:'`. */
  dbPath: string;
}

/** Opens the store and decorates `db` and `runStore`. */
export const storePlugin = sharedPlugin((app: FastifyInstance, options: StoreOptions, done: (err?: Error) => void) => {
  let db: Db;
  try {
    db = openDatabase(options.dbPath);
  } catch (error) {
    // Thrown here it would escape the plugin loader as an uncaught exception (a stack trace, exit 1).
    return done(error instanceof Error ? error : new Error(String(error)));
  }
  app.decorate('db', db);
  app.decorate('runStore', new RunStore(db));
  app.addHook('onClose', () => {
    closeDatabase(db);
  });
  done();
});
