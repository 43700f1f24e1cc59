/**
 * The dispensing plugin: builds the live ward (the configured preset's cabinets and catalog)
 * once per app and shares the service with the routes. A preset without cabinets (a baseline
 * twin) cannot serve dispenses, so it is refused at start-up with a clear message.
 */
import type { FastifyInstance } from 'fastify';
import { DispensingLedger } from '../services/dispensing-ledger.js';
import { DispensingService } from '../services/dispensing-service.js';
import { wardDispensingConfig } from '../services/ward-config.js';
import type { Scenario } from '../../scenarios/index.js';
import type { LedgerEvent } from '../../engine/index.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The ward's live dispensing service. */
    dispensing: DispensingService;
    /** Its stored ledger: a route answers once `durable()` has resolved. */
    dispensingLedger: DispensingLedger;
    /** The scenario the live ward (dispensing service and twin) is configured from. */
    wardScenario: Scenario;
  }
}

/** Options of {@link dispensingPlugin}. */
export interface DispensingPluginOptions extends Record<string, unknown> {
  /** Preset name of the ward. */
  preset: string;
  /** Service clock, minutes; default real time. */
  clockMin?: (() => number) | undefined;
  /** Ledger event hook. */
  onEvent?: ((event: LedgerEvent) => void) | undefined;
}

/** Decorates `dispensing`, `dispensingLedger` and `wardScenario`; needs `scenarios` and `db` decorated first. */
export const dispensingPlugin = sharedPlugin((app: FastifyInstance, options: DispensingPluginOptions, done: (err?: Error) => void) => {
  const scenario = app.scenarios.get(options.preset) as Scenario | undefined;
  if (!scenario) return done(new Error(`buildApp: wardPreset(="${options.preset}") must name a preset scenario`));
  if (scenario.cabinets.instances.length === 0) return done(new Error(`buildApp: wardPreset(="${options.preset}") has no cabinets; choose a preset with cabinets`));
  app.decorate('wardScenario', scenario);
  const hook = options.onEvent;
  // The service is built after the ledger, whose failure handler reloads it from what is stored.
  let service: DispensingService | null = null;
  const ledger = new DispensingLedger(app.db, scenario.meta.id, (error) => {
    app.log.error({ err: error }, 'dispensing ledger write failed; the service reloads what is stored');
    service?.reload();
  });
  const sink = hook === undefined ? (event: LedgerEvent) => ledger.record(event) : (event: LedgerEvent) => {
    ledger.record(event);
    hook(event);
  };
  try {
    service = new DispensingService(wardDispensingConfig(scenario), options.clockMin, sink, () => ledger.events());
  } catch (error) {
    return done(new Error(`buildApp: the stored dispensing ledger of ward "${scenario.meta.id}" does not replay (${(error as Error).message}); the store belongs to another configuration of this ward`));
  }
  app.decorate('dispensingLedger', ledger);
  app.decorate('dispensing', service);
  // Anything recorded but not yet committed goes to disk before the store closes.
  app.addHook('preClose', (next) => {
    ledger.flush();
    next();
  });
  done();
});
