/**
 * The ward server as a Fastify plugin: external plugins first (OpenAPI at /docs, rate
 * limiting), then the app's own (store, auth, runner, dispensing service, twin), then the
 * routes, one folder per resource; the routes with large answers sit in a scope with response
 * compression, the dispensing service's hot path outside it. The WebSocket plugin is the exception: it lives in the run
 * stream's own scope (see routes/runs/stream.ts), because registered here it would add a hook
 * and a handler wrapper to every route, the cabinets' dispense route included. `buildApp` wraps it in a Fastify instance; only
 * `server.ts` listens, so tests drive the very same app through `inject()`.
 */
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import rateLimit from '@fastify/rate-limit';
import compress from '@fastify/compress';
import { resolveAppOptions } from './config.js';
import type { AppOptions, ResolvedAppOptions } from './config.js';
import { frameworkErrorHandler, installErrorHandlers } from './errors.js';
import { finiteNumbersPlugin } from './finite-numbers.js';
import { MAX_ID_LENGTH } from './routes/common-schemas.js';
import { sharedPlugin } from './plugins/shared-plugin.js';
import { storePlugin } from './plugins/store.js';
import { authPlugin } from './plugins/auth.js';
import { hostCheckPlugin } from './plugins/host-check.js';
import { runnerPlugin } from './plugins/runner.js';
import type { RunExecutor } from './runner/run-types.js';
import { workerExecutor } from './runner/worker-executor.js';
import { SlicedWork } from './runner/sliced-work.js';
import type { ScenarioCatalog } from './services/scenario-catalog.js';
import { presetCatalog } from './services/preset-catalog.js';
import { dispensingPlugin } from './plugins/dispensing.js';
import { twinPlugin } from './plugins/twin.js';
import { healthRoutes } from './routes/health/index.js';
import { kpiRoutes } from './routes/kpis/index.js';
import { nameRoutes } from './routes/names/index.js';
import { dispensingRoutes } from './routes/dispensing/index.js';
import { cabinetRoutes } from './routes/cabinets/index.js';
import { runRoutes } from './routes/runs/index.js';
import { RUN_STREAM_PATH_ITEM, STREAM_MESSAGE_SCHEMAS } from './routes/runs/stream-messages.js';
import { portfolioRoutes } from './routes/portfolios/index.js';
import { analysisRoutes } from './routes/analyses/index.js';
import { scenarioRoutes } from './routes/scenarios/index.js';
import { twinRoutes } from './routes/twin/index.js';
import { calibrateRoute } from './routes/twin/calibrate.js';
import { TWIN_STREAM_PATH_ITEM } from './routes/twin/stream.js';
import { streamRoutes } from './routes/streams.js';
import { visualizerPlugin } from './plugins/visualizer.js';
import type { VisualizerOptions } from './plugins/visualizer.js';
import { operationsPlugin } from './plugins/operations.js';
import { createWardMetrics } from './ops/metrics.js';
import { requestId } from './ops/request-id.js';
import { WardLogController } from './ops/log-controller.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's resolved options (limits, rate limits, token presence). */
    wardConfig: ResolvedAppOptions;
    /** Presets and scenario validation. */
    scenarios: ScenarioCatalog;
    /** Runs heavy request work (sweep planning, forecasts) in slices between other requests. */
    slicedWork: SlicedWork;
  }
}

/** Responses smaller than this are sent uncompressed (bytes). */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/** Options of {@link buildApp}: {@link AppOptions} plus test seams. */
export interface BuildAppOptions extends AppOptions {
  /** Executes jobs; default each job in a worker thread, its replications on a pool of `replicationWorkers` threads. */
  executor?: RunExecutor;
  /** Scenario presets and validation; default the `scenarios/` presets. */
  scenarios?: ScenarioCatalog;
  /** Where the visualizer is and whether to build it first when missing or stale; default serve `viz/dist` as it is. */
  visualizer?: VisualizerOptions;
}

interface AppPluginOptions extends Record<string, unknown> {
  config: ResolvedAppOptions;
  executor: RunExecutor;
  scenarios: ScenarioCatalog;
  visualizer?: VisualizerOptions;
}

/** The app as a plugin; register it on a Fastify instance built with {@link fastifyOptions}. */
export const wardApp = sharedPlugin(async (app: FastifyInstance, { config, executor, scenarios, visualizer }: AppPluginOptions) => {
  app.decorate('wardConfig', config);
  app.decorate('scenarios', scenarios);
  app.decorate('slicedWork', new SlicedWork());
  installErrorHandlers(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'wardtwin', description: 'Maternity-ward supply simulation, dispensing service and live twin', version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: { ...STREAM_MESSAGE_SCHEMAS } },
      // @fastify/websocket hides the stream route from the generated document; its messages are described by hand.
      paths: { '/api/runs/{id}/stream': RUN_STREAM_PATH_ITEM, '/api/twin/stream': TWIN_STREAM_PATH_ITEM },
    },
  });
  if (config.rateLimit !== false) await app.register(rateLimit, { global: false });

  await app.register(storePlugin, { dbPath: config.dbPath });
  await app.register(hostCheckPlugin, { boundHost: config.host, allowedHosts: config.allowedHosts });
  await app.register(authPlugin, { tokens: config.tokens, failuresPerMinute: config.rateLimit === false ? undefined : config.rateLimit.authFailuresPerMinute });
  await app.register(runnerPlugin, { executor, maxRunning: config.limits.maxRunningRuns, start: config.startRunner });
  const metrics = createWardMetrics();
  const onEvent = config.onDispensingEvent;
  await app.register(dispensingPlugin, { preset: config.wardPreset, clockMin: config.serviceClockMin, onEvent: onEvent === undefined ? metrics.onLedgerEvent : (e) => (onEvent(e), metrics.onLedgerEvent(e)) });
  await app.register(twinPlugin);
  await app.register(operationsPlugin, { metrics });

  // The dispensing service's hot path and the health probe answer in a few hundred bytes: they
  // stay outside the compressed scope and carry no compression hooks at all (two hooks per
  // request cost the dispense route measurable CPU even when nothing was compressed).
  await app.register(healthRoutes);
  await app.register(dispensingRoutes);
  await app.register(compressedRoutes, { visualizer: visualizer ?? {} });
});

/**
 * The routes whose answers can be large (OpenAPI, scenarios, results, reports, cabinets, the
 * twin, the visualizer's files), in a scope of their own with response compression (br, gzip,
 * deflate as the client accepts; Node 20 has no zstd). Answers under the threshold go out as
 * they are; no request decompression (no client sends compressed bodies).
 */
async function compressedRoutes(app: FastifyInstance, { visualizer }: { visualizer: VisualizerOptions }): Promise<void> {
  await app.register(compress, { threshold: COMPRESS_THRESHOLD_BYTES, encodings: ['br', 'gzip', 'deflate'], globalDecompression: false });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(kpiRoutes);
  await app.register(nameRoutes);
  await app.register(scenarioRoutes);
  await app.register(runRoutes);
  await app.register(portfolioRoutes);
  await app.register(analysisRoutes);
  await app.register(cabinetRoutes);
  await app.register(twinRoutes);
  await app.register(calibrateRoute);
  await app.register(streamRoutes);
  await app.register(visualizerPlugin, visualizer);
}

/**
 * Fastify constructor options for the app: body limit, JSON logs at the configured level with
 * request ids (Fastify's own two lines per request at debug: the dispensing access log and the
 * metrics cover requests), strict validation.
 */
export function fastifyOptions(config: ResolvedAppOptions): FastifyServerOptions {
  return {
    logger: { level: config.logLevel },
    genReqId: requestId,
    requestIdHeader: false,
    logController: new WardLogController(),
    bodyLimit: config.limits.bodyLimitBytes,
    // Room for an id of MAX_ID_LENGTH characters percent-encoded (up to 12 bytes each), so a
    // valid id is never a 414; longer path segments get one in the usual error shape.
    routerOptions: { maxParamLength: MAX_ID_LENGTH * 12 },
    frameworkErrors: frameworkErrorHandler,
    // Clients must see that an unknown field is wrong, not have it silently dropped.
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true }, plugins: [finiteNumbersPlugin] },
  };
}

/** Builds the whole app (not listening). Call `app.close()` when done. */
export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const config = resolveAppOptions(options);
  const app = Fastify(fastifyOptions(config));
  await app.register(wardApp, { config, executor: options.executor ?? workerExecutor({ workers: config.replicationWorkers }), scenarios: options.scenarios ?? presetCatalog(), ...(options.visualizer !== undefined ? { visualizer: options.visualizer } : {}) });
  return app;
}
