/**
 * The twin plugin: the live twin of the configured ward, rebuilt at start-up from its ledger
 * in the store (so a restart loses nothing that was accepted), shared with the twin routes.
 */
import type { FastifyInstance } from 'fastify';
import { simulationDispensingConfig } from '../services/ward-config.js';
import { Twin } from '../twin/twin.js';
import { TwinStore } from '../twin/twin-store.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The live twin of the ward. */
    twin: Twin;
  }
}

/** Decorates `twin`; needs `db` and `wardScenario` decorated first. */
export const twinPlugin = sharedPlugin((app: FastifyInstance, _options: Record<string, unknown>, done: (err?: Error) => void) => {
  // The simulation's own configuration, so a twin fed a simulated ledger holds the simulated state.
  const config = simulationDispensingConfig(app.wardScenario);
  if (config === null) return done(new Error(`buildApp: ward "${app.wardScenario.meta.id}" has no cabinets to twin`));
  const { maxPatients, maxTwinSkewMin } = app.wardConfig.limits;
  app.decorate('twin', new Twin(config, new TwinStore(app.db, app.wardScenario.meta.id), { maxPatients, maxSkewMin: maxTwinSkewMin }));
  done();
});
