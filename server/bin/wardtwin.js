#!/usr/bin/env -S node --max-semi-space-size=64
// The `wardtwin` command. The sources are TypeScript run through tsx, so an `npm install`
// is all a user needs: no build step between editing a scenario and running it.
//
// Node runs with 64 MB semi-spaces, the young generation the worker pool gives its simulation
// threads (SIMULATION_YOUNG_GENERATION_MB = 3 x 64). A ward run and the HTTP server both make
// short-lived objects at a high rate; with V8's default 16 MB semi-spaces the server would
// fall, run to run, into a mode where each scavenge promoted about half of what it found
// (7-10 ms scavenges every ~30 ms and a mark-compact every 2 s), costing up to 1.5x the CPU
// per request (see bench:http's "server CPU per request"). `npm start` passes the same flag.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
