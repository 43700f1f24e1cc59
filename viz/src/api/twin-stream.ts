/**
 * Watching the twin: opens `GET /api/twin/stream` and calls back after every accepted batch of
 * cabinet log events, so the Twin page refreshes when something happened. The socket reconnects
 * after a drop (the server restarted), at most once every `retryMs`.
 */
import { wsOrigin } from './stream.js';

/** A message of the twin stream. */
export interface TwinStreamMessage {
  type: 'snapshot' | 'events';
  timeMin: number;
  eventsAccepted: number;
  accepted?: number;
}

/** Options of {@link watchTwin}. */
export interface WatchTwinOptions {
  /** `ws:`/`wss:` origin; default the page's. */
  origin?: string;
  /** WebSocket constructor (tests pass a fake); default the global one. */
  WebSocket?: new (url: string) => WebSocket;
  /** Wait before reconnecting after a drop, ms (default 5000; 0 = never reconnect). */
  retryMs?: number;
}

/** Parses one frame of the twin stream; null for anything else. */
export function parseTwinMessage(text: string): TwinStreamMessage | null {
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Partial<TwinStreamMessage>;
  return (m.type === 'snapshot' || m.type === 'events') && typeof m.timeMin === 'number' && typeof m.eventsAccepted === 'number' ? (m as TwinStreamMessage) : null;
}

/** Opens the twin stream; `onMessage` gets every message. Returns the function that closes it. */
export function watchTwin(onMessage: (m: TwinStreamMessage) => void, options: WatchTwinOptions = {}): () => void {
  const Ctor = options.WebSocket ?? WebSocket;
  const origin = options.origin ?? wsOrigin(location);
  const retryMs = options.retryMs ?? 5000;
  let closed = false;
  let socket: WebSocket | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const open = (): void => {
    socket = new Ctor(`${origin}/api/twin/stream`);
    socket.addEventListener('message', (event: MessageEvent) => {
      const m = typeof event.data === 'string' ? parseTwinMessage(event.data) : null;
      if (m !== null) onMessage(m);
    });
    socket.addEventListener('close', () => {
      if (!closed && retryMs > 0) timer = setTimeout(open, retryMs);
    });
  };
  open();
  return () => {
    closed = true;
    if (timer !== null) clearTimeout(timer);
    socket?.close();
  };
}
