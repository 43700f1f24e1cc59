/**
 * The dispensing plugin: builds the live ward (the configured preset's cabinets and catalog)
 * once per app and shares the service with the routes. A preset without cabinets (a baseline
 * twin) cannot serve dispenses, so it is refused at start-up with a clear message.
 */
import type { FastifyInstance } from 'fastify';
import { DispensingService } from '../services/dispensing-service.js';
import { wardDispensingConfig } from '../services/ward-config.js';
import type { Scenario } from '../../scenarios/index.js';
import type { LedgerEvent } from '../../engine/index.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The ward's live dispensing service. */
    dispensing: DispensingService;
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

/** Decorates `dispensing` and `wardScenario`; needs `scenarios` decorated first. */
export const dispensingPlugin = sharedPlugin((app: FastifyInstance, options: DispensingPluginOptions, done: (err?: Error) => void) => {
  const scenario = app.scenarios.get(options.preset) as Scenario | undefined;
  if (!scenario) return done(new Error(`buildApp: wardPreset(="${options.preset}") must name a preset scenario`));
  if (scenario.cabinets.instances.length === 0) return done(new Error(`buildApp: wardPreset(="${options.preset}") has no cabinets; choose a preset with cabinets`));
  app.decorate('wardScenario', scenario);
  app.decorate('dispensing', new DispensingService(wardDispensingConfig(scenario), options.clockMin, options.onEvent));
  done();
});
