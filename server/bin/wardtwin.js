#!/usr/bin/env -S node --max-semi-space-size=64
// The `wardtwin` command. It runs the compiled build (`dist/`, from `npm run build`): no
// TypeScript is transpiled at run time. In a checkout with the sources and dev dependencies it
// first compiles `dist/` when it is missing or older than the sources (a few ms to check, a few
// seconds to compile), so editing a scenario or the code and running it still needs no extra
// step; the published package ships `dist/` and skips the check.
//
// Node runs with 64 MB semi-spaces, the young generation the worker pool gives its simulation
// threads (SIMULATION_YOUNG_GENERATION_MB = 3 x 64). A ward run and the HTTP server both make
// short-lived objects at a high rate; with V8's default 16 MB semi-spaces the server would
// fall, run to run, into a mode where each scavenge promoted about half of what it found
// (7-10 ms scavenges every ~30 ms and a mark-compact every 2 s), costing up to 1.5x the CPU
// per request (see bench:http's "server CPU per request"). `npm start` passes the same flag.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

if (existsSync(new URL('../../tsconfig.build.json', import.meta.url))) {
  const { ensureBuilt } = await import('../build/freshness.js');
  try {
    ensureBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    process.stderr.write(`wardtwin: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
await import('../../dist/server/cli/main.js');
