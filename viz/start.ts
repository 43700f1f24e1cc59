/**
 * `npm start`: build the visualizer if it is missing or stale, start the ward server on
 * 127.0.0.1 serving it at `/`, run the headline comparison (`city-mch-baseline` against
 * `city-mch`, common random numbers) through the server's own run queue, print the comparison
 * table, and leave the server up with the URL to open (the compare page shows the result).
 * Flags: `--port N` (default 8080, 0 = any free), `--days D`, `--replications R`, `--seed S`.
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../server/index.js';
import { formatComparison, formatHeadline } from '../server/cli/output/result-tables.js';
import type { ComparisonResult } from '../engine/experiment/index.js';
import { buildVizIfNeeded } from './build-if-needed.js';
import { registerViz } from './serve-static.js';

/** The headline study: baseline first, so differences read "cabinets − baseline". */
export const headlineStudy = ['city-mch-baseline', 'city-mch'] as const;

const { values } = parseArgs({ options: { port: { type: 'string' }, days: { type: 'string' }, replications: { type: 'string' }, seed: { type: 'string' } } });
const int = (name: string, raw: string | undefined, min: number): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`npm start: --${name}(=${raw}) must be an integer >= ${min}`);
    process.exit(2);
  }
  return n;
};
const port = int('port', values.port ?? process.env.WARDTWIN_PORT, 0) ?? 8080;
const days = int('days', values.days, 1);
const replications = int('replications', values.replications, 1);
const seed = int('seed', values.seed, 0);

await buildVizIfNeeded({ log: (line) => console.error(line) });
const app = await buildApp({});
await registerViz(app);
const url = await app.listen({ host: '127.0.0.1', port });
const close = (): void => void app.close().then(() => process.exit(0));
process.on('SIGINT', close);
process.on('SIGTERM', close);

const auth = process.env.WARDTWIN_TOKEN ? { authorization: `Bearer ${process.env.WARDTWIN_TOKEN}` } : undefined;
const scenario = (preset: string): unknown => (days === undefined ? preset : { extends: preset, run: { horizonDays: days } });
const body = { base: scenario(headlineStudy[0]), alternative: scenario(headlineStudy[1]), ...(replications === undefined ? {} : { replications }), ...(seed === undefined ? {} : { seed }) };
const submitted = await app.inject({ method: 'POST', url: '/api/compares', payload: body, headers: auth });
if (submitted.statusCode !== 202) {
  console.error(`npm start: the headline compare was refused: ${submitted.body}`);
  process.exit(1);
}
const { id } = submitted.json<{ id: string }>();
console.error(`Headline study ${headlineStudy[1]} vs ${headlineStudy[0]} (compare ${id}) running; watch it at ${url}/#/results`);
for (;;) {
  const run = (await app.inject({ method: 'GET', url: `/api/runs/${id}` })).json<{ status: string; progress: number; error: string | null; result: unknown }>();
  if (process.stderr.isTTY) process.stderr.write(`\r${Math.round(100 * run.progress)} % `);
  if (run.status === 'succeeded') {
    if (process.stderr.isTTY) process.stderr.write('\n');
    const result = run.result as ComparisonResult;
    console.log(formatComparison(result));
    console.log(formatHeadline(result));
    break;
  }
  if (run.status === 'failed' || run.status === 'cancelled') {
    console.error(`npm start: the headline compare ${run.status}: ${run.error ?? ''}`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
console.log(`\nOpen ${url}/#/compare/${id} (Ctrl-C stops the server).`);
