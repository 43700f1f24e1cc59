/**
 * Fastify's own per-request log lines ("incoming request", "request completed") moved from
 * `info` to `debug`: at the default `info` the log then holds the dispensing access log (see
 * access-log.ts) and what went wrong, not two lines for every dispense and health probe, which
 * would cost the hot route and drown the audit trail. Errors keep their level.
 */
import { LogController } from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The app's log controller. */
export class WardLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
