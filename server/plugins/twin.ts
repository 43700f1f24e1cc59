/**
 * The twin plugin: the live twin of the configured ward, rebuilt at start-up from its ledger
 * in the store (so a restart loses nothing that was accepted), shared with the twin routes.
 * Rows that no longer replay are quarantined and the twin starts read-only, never a crash loop.
 */
import type { FastifyInstance } from 'fastify';
import { simulationDispensingConfig } from '../services/ward-config.js';
import { damagedStore } from '../store/database.js';
import { isCorruption } from '../store/store-errors.js';
import { Twin } from '../twin/twin.js';
import { TwinFeed } from '../twin/twin-feed.js';
import { TwinForecaster } from '../twin/twin-forecaster.js';
import { TwinQuarantine } from '../twin/twin-quarantine.js';
import { TwinStore } from '../twin/twin-store.js';
import { WardClock } from '../twin/wall-clock.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The live twin of the ward. */
    twin: Twin;
    /** Forecasts from the twin's state on a pool of their own. */
    twinForecaster: TwinForecaster;
    /** Watchers of accepted event batches (the twin stream). */
    twinFeed: TwinFeed;
    /** The ward's wall clock: ISO timestamps to simulation minutes and back. */
    wardClock: WardClock;
  }
}

/** Decorates `twin`; needs `db` and `wardScenario` decorated first. */
export const twinPlugin = sharedPlugin((app: FastifyInstance, _options: Record<string, unknown>, done: (err?: Error) => void) => {
  // The simulation's own configuration, so a twin fed a simulated ledger holds the simulated state.
  const config = simulationDispensingConfig(app.wardScenario);
  if (config === null) return done(new Error(`buildApp: ward "${app.wardScenario.meta.id}" has no cabinets to twin`));
  const ward = app.wardScenario.meta.id;
  const { maxPatients, maxTwinSkewMin } = app.wardConfig.limits;
  let twin: Twin;
  try {
    twin = new Twin(config, new TwinStore(app.db, ward), new TwinQuarantine(app.db, ward), { maxPatients, maxSkewMin: maxTwinSkewMin });
  } catch (error) {
    // Thrown here it would escape the plugin loader; a damaged page is the store's fault, one line.
    if (isCorruption(error)) return done(damagedStore(app.wardConfig.dbPath, (error as Error).message));
    return done(error instanceof Error ? error : new Error(String(error)));
  }
  if (twin.readOnly) {
    app.log.warn({ ward, quarantined: twin.quarantinedRows.map((r) => ({ seq: r.seq, eventId: r.eventId, reason: r.reason })) }, 'twin is read-only: stored ledger rows could not be replayed and are quarantined');
  }
  app.decorate('twin', twin);
  const forecaster = new TwinForecaster(app.wardScenario, app.wardConfig.limits, app.wardConfig.forecastWorkers);
  app.decorate('twinForecaster', forecaster);
  app.decorate('twinFeed', new TwinFeed());
  app.addHook('onClose', async () => forecaster.close());
  app.decorate('wardClock', new WardClock(app.wardScenario.meta.timeZone, app.wardScenario.run.startDate));
  done();
});
