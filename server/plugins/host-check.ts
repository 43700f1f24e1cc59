/**
 * Which names the server answers to. A browser page from any web site can make requests to a
 * loopback server once its own name resolves to 127.0.0.1 (DNS rebinding); such requests carry
 * the attacker's name in `Host`. So `Host` must name this server: a loopback name (`localhost`,
 * `127.x.x.x`, `::1`), the bound address, or a name on the configured allow list; for a
 * wildcard bind (`0.0.0.0`, `::`) also this machine's host name and interface addresses. A
 * state-changing request that carries `Origin` must come from a page on one of those names too.
 * Anything else is a 403 in the usual error shape, before any route runs.
 */
import { hostname, networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { sendError } from '../errors.js';
import { sharedPlugin } from './shared-plugin.js';

/** Options of {@link hostCheckPlugin}. */
export interface HostCheckOptions extends Record<string, unknown> {
  /** The address the server binds; default `127.0.0.1`. */
  boundHost: string;
  /** Further host names (no port) accepted in `Host` and `Origin`. */
  allowedHosts: readonly string[];
}

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host name of a `Host` header value (`name:port`, `[v6]:port`), lower case, without brackets. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') < 0 ? undefined : h.indexOf(']'));
  const colon = h.indexOf(':');
  // More than one colon is a bare IPv6 address; one colon separates the port.
  return colon >= 0 && h.indexOf(':', colon + 1) < 0 ? h.slice(0, colon) : h;
}

/** Every host name the server accepts, lower case. */
export function acceptedHosts(boundHost: string, allowed: readonly string[]): Set<string> {
  const names = new Set(['localhost', '::1', ...allowed.map((h) => hostName(h)), hostName(boundHost)]);
  if (boundHost === '0.0.0.0' || boundHost === '::') {
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces())) for (const info of list ?? []) names.add(info.address.toLowerCase());
  }
  return names;
}

function accepted(names: ReadonlySet<string>, name: string): boolean {
  return names.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** Adds the `Host` / `Origin` check as an `onRequest` hook. */
export const hostCheckPlugin = sharedPlugin((app: FastifyInstance, options: HostCheckOptions, done: (err?: Error) => void) => {
  const names = acceptedHosts(options.boundHost, options.allowedHosts);
  app.addHook('onRequest', (request, reply, next) => {
    const host = request.headers.host;
    if (host !== undefined && !accepted(names, hostName(host))) {
      sendError(reply, 403, 'host-not-allowed', `${request.method} ${request.url}: Host "${host}" does not name this server; add it with --allowed-hosts`, [
        { path: '/headers/host', rule: 'allowed-host', message: 'must be a loopback name, the bound address or an allowed host' },
      ]);
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !readMethods.has(request.method)) {
      let name: string | null = null;
      try {
        name = new URL(origin).hostname.replace(/^\[|\]$/g, '').toLowerCase();
      } catch {
        name = null;
      }
      if (name === null || !accepted(names, name)) {
        sendError(reply, 403, 'origin-not-allowed', `${request.method} ${request.url}: a page from ${origin} may not change this server's state`, [
          { path: '/headers/origin', rule: 'allowed-origin', message: 'must be a page served from a loopback name, the bound address or an allowed host' },
        ]);
        return;
      }
    }
    next();
  });
  done();
});
