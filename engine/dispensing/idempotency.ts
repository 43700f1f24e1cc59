/**
 * Idempotency by request id. A cabinet or the HTTP service may resend a request (a network
 * retry, a double scan); the core must then answer with the first outcome and change nothing.
 *
 * Memory is bounded: the core remembers the most recent `rules.idempotencyWindow` request ids
 * (default 65,536, i.e. days of ward traffic, far longer than any retry) in a FIFO ring. An id
 * older than the window is treated as new. A provincial year (~1–2 million dispenses) therefore
 * holds at most the window's outcomes, a few MB. Window 0 turns idempotency off.
 */
import type { DispenseOutcome } from './request-types.js';
import type { IdempotencyWindow } from './state-types.js';

/** The remembered outcome for `requestId`, or undefined. */
export function recall(window: IdempotencyWindow, requestId: string): DispenseOutcome | undefined {
  return window.size === 0 ? undefined : window.outcomes.get(requestId);
}

/** Remembers a new request's outcome, forgetting the oldest id once the window is full. */
export function remember(window: IdempotencyWindow, requestId: string, outcome: DispenseOutcome): void {
  if (window.size === 0) return;
  const old = window.ring[window.next];
  if (old !== undefined) window.outcomes.delete(old);
  window.ring[window.next] = requestId;
  window.next = window.next + 1 === window.size ? 0 : window.next + 1;
  window.outcomes.set(requestId, outcome);
}
