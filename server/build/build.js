// `npm run build`: compiles the engine, scenarios, server and CLI to JavaScript in `dist/` (tsc
// over tsconfig.build.json; type errors fail the build) and builds the visualizer into
// `viz/dist/` with Vite. Both are what the `wardtwin` command, the worker threads, `npm start`
// and the published package run. `--no-viz` compiles only.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import process from 'node:process';
import { compile, ROOT } from './freshness.js';

const usage = `usage: npm run build [-- --no-viz]
  compiles engine/, scenarios/ and server/ to dist/ and builds the visualizer into viz/dist/
  --no-viz   compile only (no Vite build)
  --help     this text`;

let values;
try {
  ({ values } = parseArgs({ options: { 'no-viz': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } }, strict: true, allowPositionals: false }));
} catch (error) {
  process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

let started = Date.now();
try {
  compile({ strict: true });
} catch (error) {
  process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write(`build: compiled dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
if (!values['no-viz']) {
  started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'viz', 'vite.config.ts'), logLevel: 'warn' });
  process.stdout.write(`build: built viz/dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
