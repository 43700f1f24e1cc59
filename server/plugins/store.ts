/**
 * The store plugin: opens the SQLite file once per app and shares it (runs and the twin
 * ledger) with the other plugins and routes; closes it when the app closes.
 */
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../store/database.js';
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
  const db = openDatabase(options.dbPath);
  app.decorate('db', db);
  app.decorate('runStore', new RunStore(db));
  app.addHook('onClose', () => {
    db.close();
  });
  done();
});
