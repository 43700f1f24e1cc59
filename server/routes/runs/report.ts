/**
 * `GET /api/runs/:id/report?format=md|html`: the report a researcher files with a study, built
 * from the stored result of a finished run or compare (STRESS-DES sections and an ODD model
 * description, see `server/report/`). Nothing is stored: the report is generated from the result
 * on each request, so it always matches the result the API serves. 404 for an unknown id, 409
 * while the job is unfinished, failed or cancelled, or when its kind (sweep, size) has no report.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { packagePath } from '../../../scenarios/package-root.js';
import { ApiError } from '../../errors.js';
import { buildReport, renderHtml, renderMarkdown } from '../../report/index.js';
import type { GeneratorInfo, ReportInput } from '../../report/index.js';
import { ErrorSchema, IdParamsSchema, readErrors } from '../common-schemas.js';
import { ReportQuerySchema, ReportTextSchema } from './report-schemas.js';
import type { ReportQuery } from './report-schemas.js';

let generator: GeneratorInfo | undefined;

/** Package name, licence and Node version for the report's implementation section (read once). */
function generatorInfo(): GeneratorInfo {
  if (generator === undefined) {
    const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { name?: unknown; license?: unknown };
    generator = {
      nodeVersion: process.version,
      packageName: typeof pkg.name === 'string' ? pkg.name : 'wardtwin',
      license: typeof pkg.license === 'string' ? pkg.license : 'unknown',
    };
  }
  return generator;
}

function isReportInput(v: unknown): v is ReportInput {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { kind?: unknown; scenario?: unknown; runs?: unknown; kpis?: unknown };
  if (r.kind === 'run') return typeof r.scenario === 'object' && r.scenario !== null && typeof r.kpis === 'object' && r.kpis !== null;
  return r.kind === 'comparison' && Array.isArray(r.runs) && r.runs.length > 0;
}

/** Registers the report route. */
export function runReportRoute(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  app.get<{ Params: { id: string }; Querystring: ReportQuery }>(
    '/api/runs/:id/report',
    {
      schema: {
        tags: ['runs'],
        summary: 'STRESS-DES report with ODD model description of a finished run or compare (Markdown or HTML)',
        params: IdParamsSchema,
        querystring: ReportQuerySchema,
        produces: ['text/markdown', 'text/html'],
        response: { 200: ReportTextSchema, 409: ErrorSchema, ...readErrors },
      },
    },
    (request, reply) => {
      const { id } = request.params;
      const run = app.runStore.get(id);
      if (!run) throw new ApiError(404, 'not-found', `run "${id}" does not exist`, [{ path: '/params/id', rule: 'exists', message: 'no such run' }]);
      if (run.status !== 'succeeded') {
        throw new ApiError(409, 'not-finished', `run "${id}" is ${run.status}; a report needs a succeeded run`, [{ path: '/params/id', rule: 'succeeded', message: `status is ${run.status}` }]);
      }
      if (!isReportInput(run.result)) {
        throw new ApiError(409, 'no-report', `run "${id}" is a ${run.kind} job; reports are made for runs and compares`, [{ path: '/params/id', rule: 'reportable', message: `kind ${run.kind} has no report` }]);
      }
      const doc = buildReport(run.result, generatorInfo(), request.query.lang);
      const html = request.query.format === 'html';
      return reply.type(html ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8').send(html ? renderHtml(doc) : renderMarkdown(doc));
    },
  );
  done();
}
