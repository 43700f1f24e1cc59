/**
 * Feeding one watcher of a run. The run never waits for a watcher: when a client's socket
 * still holds more than `maxBufferedBytes` unsent, the batch is dropped for that client (it
 * learns how many it missed in the next message and can read every point from `/series`).
 * Only the final `end` message is always sent.
 */
import type { Observable, Subscription } from 'rxjs';
import type { RunBatch } from './run-hub.js';
import type { RunMessage } from './run-types.js';
import type { RunStatus } from '../store/run-store.js';

/** The part of a WebSocket the feed uses (a test can pass a fake). */
export interface ClientSink {
  /** Bytes queued but not yet sent. */
  readonly bufferedAmount: number;
  send(text: string): void;
  close(code?: number): void;
}

/** Options of {@link feedClient}. */
export interface FeedOptions {
  /** Drop a batch for a client with more than this many unsent bytes; default 256 KiB. */
  maxBufferedBytes?: number;
  /** Status to report if the stream completes without an end (server closing). */
  onCompleteWithoutEnd?: () => { status: RunStatus; error: string | null };
}

/** Subscribes `sink` to a run's shared stream; unsubscribe when the socket closes. */
export function feedClient(id: string, stream: Observable<RunBatch>, sink: ClientSink, options: FeedOptions = {}): Subscription {
  const maxBuffered = options.maxBufferedBytes ?? 256 * 1024;
  let dropped = 0;
  let ended = false;
  const send = (message: RunMessage): void => sink.send(JSON.stringify(message));
  const end = (status: RunStatus, error: string | null): void => {
    if (ended) return;
    ended = true;
    send({ type: 'end', id, status, error });
    sink.close(1000);
  };
  return stream.subscribe({
    next: (batch) => {
      if (batch.points.length > 0 || batch.end === null) {
        if (sink.bufferedAmount > maxBuffered && batch.end === null) {
          dropped += 1;
        } else {
          send({ type: 'progress', id, progress: batch.progress, points: batch.points, dropped });
          dropped = 0;
        }
      }
      if (batch.end) end(batch.end.status, batch.end.error);
    },
    complete: () => {
      const final = options.onCompleteWithoutEnd?.() ?? { status: 'queued' as RunStatus, error: null };
      end(final.status, final.error);
    },
  });
}
