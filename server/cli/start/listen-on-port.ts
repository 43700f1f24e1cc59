// Listening where the planner asked, or next door: `npm start` should open the visualizer even
// when another program (or a second wardtwin) already holds port 8080, so a busy port falls
// back to any free port, and says so, instead of failing.
import { startServer } from '../../server.js';
import type { RunningServer, StartServerOptions } from '../../server.js';

/** A listening server and whether it had to leave the port asked for. */
export interface ListenOutcome {
  server: RunningServer;
  /** The port asked for, when it was busy and a free one was taken instead; else null. */
  busyPort: number | null;
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
}

/**
 * Starts the server on `options.port`; when that port is in use, on a free port instead.
 * Other failures (a bad host, a refused non-loopback bind) are thrown as they are.
 */
export async function listenOnPortOrFree(options: StartServerOptions & { port: number }): Promise<ListenOutcome> {
  try {
    return { server: await startServer(options), busyPort: null };
  } catch (error) {
    if (!isAddressInUse(error) || options.port === 0) throw error;
    return { server: await startServer({ ...options, port: 0 }), busyPort: options.port };
  }
}
