/**
 * `POST /api/twin/calibrate`: fits a preset to a cabinet transaction log and answers the fits,
 * the diagnostics and the scenario patch. A log with any bad row is refused whole (400, each
 * bad row a detail: `/body/rows/N/field` for JSON rows, `/body/csv` with the line and column
 * in the message for CSV). Bounded by its own body limit and a row limit; reading and fitting
 * (some 25 µs a row) run on a worker thread of their own.
 */
import type { FastifyInstance } from 'fastify';
import { loadPreset } from '../../../scenarios/index.js';
import { ApiError } from '../../errors.js';
import { ErrorSchema, writeErrors } from '../common-schemas.js';
import { rateLimited } from '../rate-limits.js';
import { calibrateOffThread } from '../../twin/calibrate-off-thread.js';
import { CalibrateBodySchema, CalibrationSchema } from './calibrate-schemas.js';
import type { CalibrateBody } from './calibrate-schemas.js';

const ROUTE = 'POST /api/twin/calibrate';

/** Registers `POST /api/twin/calibrate`. */
export function calibrateRoute(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  const { limits } = app.wardConfig;
  app.post<{ Body: CalibrateBody }>(
    '/api/twin/calibrate',
    {
      ...rateLimited(app.wardConfig, 'jobs'),
      bodyLimit: limits.calibrateBodyLimitBytes,
      schema: {
        tags: ['twin'],
        summary: 'Fit a preset to a cabinet transaction log: consumption per SKU by postpartum day, hour weights, session, line and restock times, and the scenario patch',
        security: [{ bearer: [] }],
        body: CalibrateBodySchema,
        response: { 200: CalibrationSchema, 422: ErrorSchema, ...writeErrors },
      },
    },
    async (request) => {
      const { scenario: name, csv, rows } = request.body;
      if ((csv === undefined) === (rows === undefined)) {
        throw new ApiError(400, 'validation-failed', `${ROUTE}: give exactly one of csv and rows`, [{ path: '/body', rule: 'oneOf', message: 'give exactly one of csv and rows' }]);
      }
      const preset = name ?? app.wardConfig.wardPreset;
      const loaded = loadPreset(preset);
      if (!loaded.ok) throw new ApiError(400, 'validation-failed', `${ROUTE}: ${loaded.errors[0]?.message ?? 'bad scenario'}`, [{ path: '/body/scenario', rule: 'preset', message: loaded.errors[0]?.message ?? 'bad scenario' }]);
      const input = csv !== undefined ? { format: 'csv' as const, text: csv } : { format: 'json' as const, value: rows, base: '/body/rows' };
      const outcome = await calibrateOffThread({ input, scenario: loaded.scenario, preset, maxRows: limits.maxCalibrateRows }, ROUTE);
      if (!outcome.ok) {
        const details = outcome.errors.map((e) => ({ path: e.pointer ?? '/body/csv', rule: e.rule, message: e.message }));
        throw new ApiError(400, 'validation-failed', `${ROUTE}: ${outcome.errors.length} bad row${outcome.errors.length === 1 ? '' : 's'} in the log; nothing was fitted`, details);
      }
      return outcome.result;
    },
  );
  done();
}
