/**
 * Watching a run live: opens the run's WebSocket stream and hands each message to the page.
 * The server batches and samples (a slow tab misses batches rather than slowing the run), so
 * here each message is parsed once and passed on; a page coalesces drawing to animation frames.
 */
import type { RunMessage } from './types.js';

/** What a page does with the stream. */
export interface StreamHandlers {
  onMessage(message: RunMessage): void;
  /** The socket closed (after `end`, or on a network failure: `clean` false). */
  onClose?(clean: boolean): void;
}

/** Options of {@link watchRun}. */
export interface WatchOptions {
  /** `ws:`/`wss:` origin; default from `location` (same origin as the page). */
  origin?: string;
  /** WebSocket constructor (tests pass a fake); default the global one. */
  WebSocket?: new (url: string) => WebSocket;
}

/** The stream URL of run `id` on `origin` (a `ws:`/`wss:` origin). */
export function streamUrl(id: string, origin: string): string {
  return `${origin}/api/runs/${encodeURIComponent(id)}/stream`;
}

/** The WebSocket origin matching an http(s) `location`. */
export function wsOrigin(loc: { protocol: string; host: string }): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}`;
}

/** Parses one frame; returns null for anything that is not a known message. */
export function parseMessage(text: string): RunMessage | null {
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof x !== 'object' || x === null) return null;
  const type = (x as { type?: unknown }).type;
  return type === 'snapshot' || type === 'progress' || type === 'end' ? (x as RunMessage) : null;
}

/** Opens the stream of run `id`; returns a function that closes it. */
export function watchRun(id: string, handlers: StreamHandlers, options: WatchOptions = {}): () => void {
  const Ctor = options.WebSocket ?? WebSocket;
  const origin = options.origin ?? wsOrigin(location);
  const socket = new Ctor(streamUrl(id, origin));
  let ended = false;
  socket.addEventListener('message', (event: MessageEvent) => {
    const message = typeof event.data === 'string' ? parseMessage(event.data) : null;
    if (message === null) return;
    if (message.type === 'end') ended = true;
    handlers.onMessage(message);
  });
  socket.addEventListener('close', () => handlers.onClose?.(ended));
  return () => socket.close();
}
