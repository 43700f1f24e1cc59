/**
 * The JSON body parser of the dispensing routes, the ward's hottest path. Two savings over
 * Fastify's default, each keeping its answers (400 for an empty or malformed body, 413 over the
 * body limit, 400 for a length that does not match `content-length`):
 *
 * - `JSON.parse` alone. Fastify's parser also scans every body for `__proto__` / `constructor`
 *   keys; every dispensing body schema, at every depth, is `additionalProperties: false`, so
 *   such a key is already a 400 from validation.
 * - No stream events for a body that has already arrived. A cabinet's request is a couple of
 *   hundred bytes and comes in one packet with its headers. Fastify calls the parser soon after
 *   the headers (in the headers callback, or after the async rate-limit hook); one tick later
 *   Node has usually buffered the whole body (checked: `readableLength` equals its length),
 *   and a single `read()` takes it, instead of the listeners, `resume()`, flowing-mode reads
 *   and end-of-stream tick that Fastify's reader costs per request. A body still in transit
 *   (large, chunked, or slow) is read with listeners as Fastify does.
 */
import { errorCodes } from 'fastify';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';

/** Fastify's parser callback. */
type Done = (err: Error | null, body?: unknown) => void;

/** Parses a complete body; Fastify's own errors, so answers match the other routes. */
export function parseJsonBody(body: Buffer | string, done: Done): void {
  if (body.length === 0) return done(new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY());
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
  } catch {
    return done(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY());
  }
  done(null, parsed);
}

/** Reads a body still in transit with listeners, enforcing the limit as it grows (what Fastify's reader does). */
function readStreaming(payload: Readable, declaredBytes: number, limitBytes: number, done: Done): void {
  const chunks: Buffer[] = [];
  let received = 0;
  const finish = (err: Error | null, body?: Buffer): void => {
    payload.removeListener('data', onData);
    payload.removeListener('end', onEnd);
    payload.removeListener('error', onError);
    if (err !== null) return done(err);
    parseJsonBody(body!, done);
  };
  const onData = (chunk: Buffer | string): void => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    received += buffer.length;
    if (received > limitBytes) return finish(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    chunks.push(buffer);
  };
  const onEnd = (): void => {
    if (!Number.isNaN(declaredBytes) && received !== declaredBytes) return finish(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
    finish(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received));
  };
  const onError = (err: Error & { statusCode?: number }): void => {
    if (!(typeof err.statusCode === 'number' && err.statusCode >= 400)) err.statusCode = 400;
    finish(err);
  };
  payload.on('data', onData);
  payload.on('end', onEnd);
  payload.on('error', onError);
}

/** Takes the body in one `read()` when all of it is buffered, else reads it as it comes. */
function readBody(payload: Readable, declaredBytes: number, limitBytes: number, done: Done): void {
  // With nothing read yet, the buffered length equal to content-length is the whole body, and
  // `read()` without a size hands all of it out as one Buffer.
  if (payload.readableLength === declaredBytes && payload.readableEncoding === null) return parseJsonBody(payload.read() as Buffer, done);
  readStreaming(payload, declaredBytes, limitBytes, done);
}

/**
 * The parser for `application/json` in the dispensing scope.
 * @param limitBytes the largest body accepted (the app's `bodyLimit`); a larger `content-length`
 *   is refused before anything is read, a larger body while it is read.
 */
export function dispensingJsonParser(limitBytes: number): (request: FastifyRequest, payload: Readable, done: Done) => void {
  return (request, payload, done) => {
    const declaredBytes = Number(request.headers['content-length']);
    if (declaredBytes > limitBytes) return done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    if (declaredBytes === 0) return done(new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY());
    // The body is pushed into the stream after this callback returns; look one tick later.
    process.nextTick(readBody, payload, declaredBytes, limitBytes, done);
  };
}
