/**
 * The analysis resources. `POST /api/sensitivities` starts a global sensitivity analysis as a
 * job (202 with its id; read, stream and cancel it under `/api/runs/:id` like any job).
 * `GET /api/validation?scenario=…` answers the validation report: the first request for a
 * (scenario, replications, days, seed) starts a job and answers 202; later ones answer 200
 * with the job's status and, once it has succeeded, the report. The simulation always runs on
 * the runner's executor, never on the request's thread, and the same query is never run twice
 * while its job is alive or has succeeded (the report is deterministic). With `?lang=zh-CN` or
 * `Accept-Language: zh`, each row of the report also carries its check and verdict in Chinese.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../errors.js';
import { ErrorSchema, writeErrors } from '../common-schemas.js';
import { rateLimited } from '../rate-limits.js';
import { buildSensitivityRequest, buildValidationRequest } from '../../runner/analysis-request.js';
import type { SensitivityBody } from '../../runner/analysis-request.js';
import type { RunKind } from '../../store/run-store.js';
import { requestLocale } from '../../error-messages.js';
import type { MessageLocale } from '../../../scenarios/index.js';
import { validationCheckName, validationRowText, validationVerdictName } from '../../../engine/index.js';
import type { ValidationReport, ValidationRow } from '../../../engine/index.js';
import { AcceptedSchema } from '../runs/schemas.js';
import { SensitivityRequestSchema, ValidationAnswerSchema, ValidationQuerySchema } from './schemas.js';

interface ValidationQuery {
  scenario: string;
  replications?: number;
  days?: number;
  seed?: number;
  lang?: MessageLocale;
}

/** The report with each row's check and verdict also written in `locale` (`checkText`, `verdictText`); the ids stay as they are. */
function localizedReport(result: unknown, locale: MessageLocale): unknown {
  if (typeof result !== 'object' || result === null || (result as { kind?: unknown }).kind !== 'validation') return result;
  const report = result as ValidationReport;
  const rows = (list: readonly ValidationRow[]) => list.map((r) => {
    const text = validationRowText(r, locale);
    return { ...r, checkText: validationCheckName(r.check, locale), verdictText: validationVerdictName(r.verdict, locale), sourceText: text.source, noteText: text.note };
  });
  return { ...report, verification: rows(report.verification), validation: rows(report.validation) };
}

/** Registers `/api/sensitivities` and `/api/validation`. */
export function analysisRoutes(app: FastifyInstance, _options: unknown, done: () => void): void {
  const { limits } = app.wardConfig;
  const jobsLimit = rateLimited(app.wardConfig, 'jobs');
  const validationJobs = new Map<string, string>();

  const accept = (kind: RunKind, request: unknown) => {
    if (app.runStore.countActive() >= limits.maxActiveRuns) {
      throw new ApiError(429, 'run-limit', `this server takes at most ${limits.maxActiveRuns} queued or running jobs; wait for one to finish or cancel one`);
    }
    const run = app.runner.submit(kind, request);
    return { id: run.id, kind: run.kind, status: run.status, href: `/api/runs/${run.id}`, stream: `/api/runs/${run.id}/stream` };
  };

  app.post<{ Body: SensitivityBody }>(
    '/api/sensitivities',
    { ...jobsLimit, schema: { tags: ['runs'], summary: 'Start a global sensitivity analysis (Morris, then Sobol) of KPIs or of a paired difference; read it under /api/runs/:id', security: [{ bearer: [] }], body: SensitivityRequestSchema, response: { 202: AcceptedSchema, ...writeErrors } } },
    (request, reply) => reply.code(202).send(accept('sensitivity', buildSensitivityRequest(app.scenarios, request.body, limits))),
  );

  app.get<{ Querystring: ValidationQuery }>(
    '/api/validation',
    { ...jobsLimit, schema: { tags: ['runs'], summary: 'The validation report of a preset: starts its job (202) or answers its status and report (200)', querystring: ValidationQuerySchema, response: { 200: ValidationAnswerSchema, 202: AcceptedSchema, 400: ErrorSchema, 429: ErrorSchema } } },
    (request, reply) => {
      const q = request.query;
      // The language only changes the words of the answer, not the job: it is not part of the key.
      const key = JSON.stringify([q.scenario, q.replications ?? null, q.days ?? null, q.seed ?? null]);
      const locale = q.lang ?? requestLocale(request.headers['accept-language']);
      const known = validationJobs.get(key);
      const run = known === undefined ? undefined : app.runStore.get(known);
      if (run !== undefined && run.status !== 'failed' && run.status !== 'cancelled') {
        return reply.code(200).send({ id: run.id, status: run.status, href: `/api/runs/${run.id}`, result: localizedReport(run.result ?? null, locale) });
      }
      const accepted = accept('validation', buildValidationRequest(app.scenarios, q, limits));
      validationJobs.set(key, accepted.id);
      return reply.code(202).send(accepted);
    },
  );
  done();
}
