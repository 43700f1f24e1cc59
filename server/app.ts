/**
 * The ward server as a Fastify plugin: external plugins first (OpenAPI at /docs, rate
 * limiting), then the app's own (store, auth, runner, dispensing service, twin), then the
 * routes, one folder per resource. The WebSocket plugin is the exception: it lives in the run
 * stream's own scope (see routes/runs/stream.ts), because registered here it would add a hook
 * and a handler wrapper to every route, the cabinets' dispense route included. `buildApp` wraps it in a Fastify instance; only
 * `server.ts` listens, so tests drive the very same app through `inject()`.
 */
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import rateLimit from '@fastify/rate-limit';
import { resolveAppOptions } from './config.js';
import type { AppOptions, ResolvedAppOptions } from './config.js';
import { installErrorHandlers } from './errors.js';
import { sharedPlugin } from './plugins/shared-plugin.js';
import { storePlugin } from './plugins/store.js';
import { authPlugin } from './plugins/auth.js';
import { runnerPlugin } from './plugins/runner.js';
import type { RunExecutor } from './runner/run-types.js';
import { workerExecutor } from './runner/worker-executor.js';
import type { ScenarioCatalog } from './services/scenario-catalog.js';
import { presetCatalog } from './services/preset-catalog.js';
import { dispensingPlugin } from './plugins/dispensing.js';
import { twinPlugin } from './plugins/twin.js';
import { healthRoutes } from './routes/health/index.js';
import { dispensingRoutes } from './routes/dispensing/index.js';
import { cabinetRoutes } from './routes/cabinets/index.js';
import { runRoutes } from './routes/runs/index.js';
import { analysisRoutes } from './routes/analyses/index.js';
import { scenarioRoutes } from './routes/scenarios/index.js';
import { twinRoutes } from './routes/twin/index.js';
import { visualizerPlugin } from './plugins/visualizer.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's resolved options (limits, rate limits, token presence). */
    wardConfig: ResolvedAppOptions;
    /** Presets and scenario validation. */
    scenarios: ScenarioCatalog;
  }
}

/** Options of {@link buildApp}: {@link AppOptions} plus test seams. */
export interface BuildAppOptions extends AppOptions {
  /** Executes jobs; default each job in a worker thread, its replications on a pool of `replicationWorkers` threads. */
  executor?: RunExecutor;
  /** Scenario presets and validation; default the `scenarios/` presets. */
  scenarios?: ScenarioCatalog;
}

interface AppPluginOptions extends Record<string, unknown> {
  config: ResolvedAppOptions;
  executor: RunExecutor;
  scenarios: ScenarioCatalog;
}

/** The app as a plugin; register it on a Fastify instance built with {@link fastifyOptions}. */
export const wardApp = sharedPlugin(async (app: FastifyInstance, { config, executor, scenarios }: AppPluginOptions) => {
  app.decorate('wardConfig', config);
  app.decorate('scenarios', scenarios);
  installErrorHandlers(app);

  await app.register(swagger, {
    openapi: {
      info: { title: 'wardtwin', description: 'Maternity-ward supply simulation, dispensing service and live twin', version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  if (config.rateLimit !== false) await app.register(rateLimit, { global: false });

  await app.register(storePlugin, { dbPath: config.dbPath });
  await app.register(authPlugin, { token: config.token });
  await app.register(runnerPlugin, { executor, maxRunning: config.limits.maxRunningRuns, start: config.startRunner });
  await app.register(dispensingPlugin, { preset: config.wardPreset, clockMin: config.serviceClockMin, onEvent: config.onDispensingEvent });
  await app.register(twinPlugin);

  await app.register(healthRoutes);
  await app.register(scenarioRoutes);
  await app.register(runRoutes);
  await app.register(analysisRoutes);
  await app.register(dispensingRoutes);
  await app.register(cabinetRoutes);
  await app.register(twinRoutes);
  await app.register(visualizerPlugin);
});

/** Fastify constructor options for the app: body limit, quiet logger, strict validation. */
export function fastifyOptions(config: ResolvedAppOptions): FastifyServerOptions {
  return {
    logger: { level: config.logLevel },
    bodyLimit: config.limits.bodyLimitBytes,
    // Clients must see that an unknown field is wrong, not have it silently dropped.
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true } },
  };
}

/** Builds the whole app (not listening). Call `app.close()` when done. */
export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const config = resolveAppOptions(options);
  const app = Fastify(fastifyOptions(config));
  await app.register(wardApp, { config, executor: options.executor ?? workerExecutor({ workers: config.replicationWorkers }), scenarios: options.scenarios ?? presetCatalog() });
  return app;
}
