/**
 * Errors as the ward's clients see them: always JSON `{ error, message, details }`, with a
 * JSON path for every validation failure, and never a stack trace. Bad input is a 4xx; only
 * a bug in the server itself may answer 500, and then with a fixed message; a store that refuses a
 * write (full disk, I/O error) or a read-only twin answers 503. Each detail's message is in the
 * language the request's `Accept-Language` asks for (Chinese for `zh*`, else English); its
 * path and rule are the same in every language.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MessageLocale, RuleParams } from '../scenarios/index.js';
import { describeStoreFault, isStoreFault } from './store/store-errors.js';
import { ajvParams, foldLiteralUnions, localizeDetails, requestLocale } from './error-messages.js';
import type { AjvIssue } from './error-messages.js';

/** One broken rule in a request: where (`path`, a JSON Pointer prefixed by the request part) and why. */
export interface ErrorDetail {
  /** JSON Pointer into the request, e.g. `/body/replications` or `/params/id`. */
  path: string;
  /** The rule broken, e.g. `maximum`, `required`, `unknown-preset`. */
  rule: string;
  /** Human-readable explanation (English; answered in the request's language). */
  message: string;
  /** The values the message names (limit, allowed values, value got), for writing it in another language; never sent. */
  params?: RuleParams;
}

/** An error the routes throw on purpose; the handler turns it into `{ error, message, details }`. */
export class ApiError extends Error {
  /**
   * @param statusCode HTTP status, 4xx for the client's fault.
   * @param code short machine-readable code, e.g. `not-found`, `run-limit`.
   * @param message human-readable message naming the API and the rule broken.
   * @param details per-field failures, if any.
   */
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Turns Ajv's issues into details with JSON Pointer paths under the request part; a value
 * outside a union of literals is one `anyOf` detail naming the allowed values.
 */
export function validationDetails(issues: readonly AjvIssue[], part: string): ErrorDetail[] {
  return foldLiteralUnions(issues).map((issue) => {
    let path = `/${part}${issue.instancePath ?? ''}`;
    // A missing required property is reported at its parent; point at the property itself.
    const missing = issue.params?.missingProperty;
    if (issue.keyword === 'required' && typeof missing === 'string') path += `/${missing}`;
    const extra = issue.params?.additionalProperty;
    if (issue.keyword === 'additionalProperties' && typeof extra === 'string') path += `/${extra}`;
    const params = ajvParams(issue.keyword, issue.params);
    return { path, rule: issue.keyword ?? 'invalid', message: issue.message ?? 'is invalid', ...(params === undefined ? {} : { params }) };
  });
}

/** Most details one error answer lists; the rest are counted in a last detail (rule `truncated`). */
export const MAX_ERROR_DETAILS = 50;
/** Longest message (the answer's or a detail's) in characters; longer ones are cut with an ellipsis. */
export const MAX_MESSAGE_CHARS = 500;

function clip(text: string): string {
  return text.length <= MAX_MESSAGE_CHARS ? text : `${text.slice(0, MAX_MESSAGE_CHARS - 1)}\u2026`;
}

/**
 * Caps details at {@link MAX_ERROR_DETAILS} (plus one saying, in `locale`, how many were left
 * off) and clips every message and path; what is answered is `{ path, rule, message }` only.
 */
export function capDetails(details: readonly ErrorDetail[], locale: MessageLocale = 'en'): ErrorDetail[] {
  const kept = details.slice(0, MAX_ERROR_DETAILS).map((d) => ({ path: clip(d.path), rule: clip(d.rule), message: clip(d.message) }));
  if (details.length > MAX_ERROR_DETAILS) {
    const left = details.length - MAX_ERROR_DETAILS;
    const message = locale === 'zh-CN' ? `另有 ${left} 个错误未列出；请先改正这些再重试` : `${left} more error${left === 1 ? '' : 's'} left off; fix these and try again`;
    kept.push({ path: '', rule: 'truncated', message });
  }
  return kept;
}

const codeByStatus: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'rate-limited',
  503: 'unavailable',
};

/** Sends the error body, each detail's message in the request's language; used by the handlers below and by routes answering 4xx directly. */
export function sendError(reply: FastifyReply, statusCode: number, code: string, message: string, details: ErrorDetail[] = []): FastifyReply {
  const locale = requestLocale(reply.request.headers['accept-language']);
  return reply.code(statusCode).type('application/json; charset=utf-8').send({ error: code, message: clip(message), details: capDetails(localizeDetails(details, locale), locale) });
}

/**
 * Fastify's `frameworkErrors` option: errors raised before routing (a URL that does not decode,
 * a path parameter over `maxParamLength`) answered in the same shape as every other error.
 */
export function frameworkErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  void sendError(reply, status, codeByStatus[status] ?? 'bad-request', `${request.method}: ${err.message}`, [{ path: '/url', rule: err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'maxLength' : 'url', message: err.message }]);
}

/** Installs the JSON error and not-found handlers on the app. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ApiError) return sendError(reply, err.statusCode, err.code, err.message, err.details);
    const fe = err as FastifyError & { validationContext?: string };
    if (fe.validation) {
      const part = fe.validationContext ?? 'body';
      const where = `${request.method} ${request.routeOptions.url ?? request.url}`;
      const zh = requestLocale(request.headers['accept-language']) === 'zh-CN';
      return sendError(reply, 400, 'validation-failed', zh ? `${where}：请求的 ${part} 无效，见各字段的说明` : `${where}: request ${part} is invalid`, validationDetails(fe.validation, part));
    }
    const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
    if (status >= 400 && status < 500) {
      // Fastify's own 4xx (bad JSON, body too large, media type, rate limit): keep its message, drop its stack.
      return sendError(reply, status, codeByStatus[status] ?? 'bad-request', fe.message);
    }
    if (isStoreFault(err)) {
      // A full disk or an I/O error is the store's state, not a bug: the client may retry later.
      request.log.error({ err }, 'store fault');
      return sendError(reply, 503, 'store-unavailable', `${request.method} ${request.routeOptions.url ?? request.url}: the store refused the request (${describeStoreFault(err)}); nothing was stored, try again later`);
    }
    request.log.error({ err }, 'unhandled error');
    return sendError(reply, 500, 'internal', 'internal server error; the details are in the server log');
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'not-found', `${request.method} ${request.url}: no such route`));
}
