/**
 * The access log of dispensing actions: one JSON line (level `info`, message `dispensing`) per
 * request to a route that changes what is in the cabinets or who may take from them, written
 * through the request's logger so it carries the request id (`reqId`). Fields:
 *
 * - `action`: `dispense`, `admit`, `discharge`, `restock` or `twin-events`
 * - `actor`: the name of the bearer token the request carried (`anonymous` without tokens)
 * - `statusCode`, `ms` (time to answer)
 * - for a dispense: `cabinetId`, `patientId`, `sku`, `quantity`, the cabinet's `requestId`,
 *   and `outcome` (`granted` or `refused`) with the refusal `reason`
 * - for an admission or discharge: `patientId`; for twin events: `events` (batch size)
 *
 * The hook is added only when the app logs at `info` or below (see plugins/operations.ts).
 */
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';

/** The dispensing routes and the action each logs as, by `METHOD pattern`. */
export const DISPENSING_ACTIONS: Readonly<Record<string, string>> = {
  'POST /api/dispense': 'dispense',
  'POST /api/patients': 'admit',
  'DELETE /api/patients/:id': 'discharge',
  'POST /api/restock': 'restock',
  'POST /api/twin/events': 'twin-events',
};

/** Levels at which `info` lines are written. */
const INFO_ENABLED = new Set(['trace', 'debug', 'info']);

const REASON = /"reason":"([^"]*)"/;

type Body = Record<string, unknown> | undefined;

/** The fields of one access line that depend on the action. */
function details(action: string, request: FastifyRequest, payload: unknown): Record<string, unknown> {
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : undefined) as Body;
  if (action === 'dispense') {
    const text = typeof payload === 'string' ? payload : '';
    const outcome = text.startsWith('{"ok":true') ? 'granted' : text.startsWith('{"ok":false') ? 'refused' : undefined;
    return {
      cabinetId: body?.cabinetId, patientId: body?.patientId, sku: body?.sku, quantity: body?.quantity, requestId: body?.requestId,
      ...(outcome === undefined ? {} : { outcome }), ...(outcome === 'refused' ? { reason: REASON.exec(text)?.[1] } : {}),
    };
  }
  if (action === 'admit') return { patientId: body?.patientId };
  if (action === 'discharge') return { patientId: (request.params as { id?: string } | undefined)?.id };
  if (action === 'twin-events') return { events: Array.isArray(body?.events) ? body.events.length : undefined };
  return {};
}

/** An `onRoute` hook that adds the access-log `onSend` hook to the dispensing routes only. */
export function addAccessLog(route: RouteOptions): void {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const action = methods.map((m) => DISPENSING_ACTIONS[`${m} ${route.url}`]).find((a) => a !== undefined);
  if (action === undefined) return;
  const hook = (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: null, payload: unknown) => void): void => {
    if (INFO_ENABLED.has(request.log.level)) {
      // Checked again per request: a child logger may run at its own level.
      request.log.info({ action, actor: request.actor, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 1000) / 1000, ...details(action, request, payload) }, 'dispensing');
    }
    done(null, payload);
  };
  const existing = route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend];
  route.onSend = [...existing, hook];
}
