/**
 * Starting the ward server: the only place that listens. Binds loopback by default and
 * refuses to expose the API on any other address without a bearer token, because a
 * dispensing service open to the hospital network must not take orders from anyone.
 */
import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { BuildAppOptions } from './app.js';
import { resolveAppOptions } from './config.js';

/** Options of {@link startServer}: where to listen plus every {@link BuildAppOptions} field. */
export interface StartServerOptions extends BuildAppOptions {
  /** Address to bind; default `127.0.0.1`. */
  host?: string;
  /** TCP port; default 8080; 0 picks a free one. */
  port?: number;
}

/** A listening server. */
export interface RunningServer {
  app: FastifyInstance;
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops taking requests, stops runs (they resume on the next start) and closes the store. */
  close(): Promise<void>;
}

/** Whether `host` only reaches this machine. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}

/**
 * Builds the app and listens. Throws (before opening anything) when asked to bind a
 * non-loopback address without a token, or given a bad port.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`startServer: port(=${port}) must be an integer in 0..65535`);
  const config = resolveAppOptions(options);
  if (!isLoopback(host) && config.tokens.length === 0) {
    throw new Error(`startServer: refusing to bind ${host} (not loopback) without a token; set WARDTWIN_TOKEN or WARDTWIN_TOKENS, or pass token`);
  }
  const app = await buildApp({ ...options, host, token: config.token });
  try {
    const url = await app.listen({ host, port });
    return { app, url, close: () => app.close() };
  } catch (err) {
    await app.close();
    throw err;
  }
}
