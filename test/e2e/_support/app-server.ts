/**
 * The server for end-to-end tests: the real app (real runner and engine) on a free loopback
 * port with a temporary SQLite file, serving the built visualizer at `/` (built first when
 * missing or stale, so that the server's visualizer plugin finds it when the app is built).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../server/index.js';
import { buildVizIfNeeded } from '../../../viz/build-if-needed.js';

/** A running test server. */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the app if needed and starts the server on 127.0.0.1 with a temp db. */
export async function startTestServer(): Promise<TestServer> {
  await buildVizIfNeeded();
  const dir = mkdtempSync(join(tmpdir(), 'wardtwin-e2e-db-'));
  const app = await buildApp({ dbPath: join(dir, 'runs.db'), rateLimit: false, logLevel: 'warn' });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
