// `npm start` as a planner meets it: build the visualizer if it is missing or stale, start the
// ward server on 127.0.0.1, run the headline study (city hospital without cabinets against the
// same hospital with them, common random numbers) as the server's own compare job, so that it
// is stored and appears in the visualizer, print the comparison table and the URL of its
// compare page, and keep serving until Ctrl-C. Ctrl-C before the study ends cancels it, so the
// next start does not resume a study nobody is waiting for.
import type { ComparisonResult } from '../../../engine/index.js';
import { CliError, EXIT_RUN_FAILED, badInput } from '../cli-error.js';
import { formatComparison, formatHeadline } from '../output/result-tables.js';
import { fill, presetName } from '../output/header-messages.js';
import type { CliLang } from '../output/messages.js';
import { startWords } from './start-words.js';
import { createProgressBar } from '../output/progress.js';
import { listenOnPortOrFree } from './listen-on-port.js';
import { readOnlyTwinNotice } from '../twin-notice.js';
import { wrapText } from '../output/display-width.js';

/** What the serving start needs; every field comes from a flag. */
export interface HeadlineServerOptions {
  /** The study's two presets, baseline first. */
  study: readonly [string, string];
  /** Port to try first; a busy one falls back to a free port. */
  port: number;
  /** SQLite store of the server. */
  dbPath: string;
  /** Build the visualizer when missing or stale (default on; `--no-build` serves what exists). */
  build: boolean;
  replications?: number;
  seed?: number;
  /** Days after warm-up (sets each scenario's run.horizonDays). */
  days?: number;
  /** Replication threads per job (1 = in the job's own thread). */
  workers?: number;
  /** Language of everything printed. */
  lang: CliLang;
  /** Print each KPI's definition under the tables. */
  explain: boolean;
}

interface JobView {
  status: string;
  progress: number;
  error: string | null;
  result: unknown;
}

const say = (line: string): void => void process.stderr.write(`${wrapText(line)}\n`);

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): { signalled: Promise<void>; dispose(): void } {
  let onSignal: () => void = () => undefined;
  const signalled = new Promise<void>((resolve) => (onSignal = resolve));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { signalled, dispose: () => void (process.off('SIGINT', onSignal), process.off('SIGTERM', onSignal)) };
}

/** Runs the serving start; resolves when Ctrl-C has closed the server. */
export async function serveHeadline(o: HeadlineServerOptions): Promise<void> {
  let listening;
  try {
    // The server's static plugin builds the visualizer when asked; the API and the comparison work without it.
    const visualizer = { build: o.build ? { log: say } : (false as const) };
    listening = await listenOnPortOrFree({ host: '127.0.0.1', port: o.port, dbPath: o.dbPath, visualizer, ...(o.workers !== undefined ? { replicationWorkers: o.workers } : {}) });
  } catch (error) {
    throw badInput(`start: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { server, busyPort } = listening;
  const w = startWords(o.lang);
  const stop = untilSignal();
  try {
    if (busyPort !== null) say(fill(w.busyPort, { port: busyPort, url: server.url }));
    say(fill(w.serving, { url: server.url, db: o.dbPath }));
    const notice = readOnlyTwinNotice(server.app, o.dbPath);
    if (notice !== null) process.stderr.write(notice);
    const scenario = (preset: string): unknown => (o.days === undefined ? preset : { extends: preset, run: { horizonDays: o.days } });
    const token = server.app.wardConfig.token;
    const submitted = await server.app.inject({
      method: 'POST',
      url: '/api/compares',
      payload: { base: scenario(o.study[0]), alternative: scenario(o.study[1]), ...(o.replications !== undefined ? { replications: o.replications } : {}), ...(o.seed !== undefined ? { seed: o.seed } : {}) },
      ...(token !== undefined ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });
    if (submitted.statusCode !== 202) throw badInput(fill(w.refused, { body: submitted.body }));
    const { id } = submitted.json<{ id: string }>();
    const link = `${server.url}/#/compare/${id}`;
    say(fill(w.studyJob, { a: presetName(o.study[0], o.lang), b: presetName(o.study[1], o.lang), id, link }));
    const job = await Promise.race([waitForJob(server.app.inject.bind(server.app), id, w.progress), stop.signalled.then(() => null)]);
    if (job === null) {
      server.app.runner.cancel(id);
      say(w.stopped);
      return;
    }
    if (job.status !== 'succeeded') throw new CliError(EXIT_RUN_FAILED, fill(w.failed, { status: w.statuses[job.status] ?? job.status, error: job.error === null ? '' : `${o.lang === 'en' ? ': ' : '：'}${job.error}` }));
    const result = job.result as ComparisonResult;
    process.stdout.write(wrapText(`${formatComparison(result, { lang: o.lang, explain: o.explain })}\n${formatHeadline(result, o.lang)}\n${fill(w.open, { link })}\n`));
    await stop.signalled;
  } finally {
    stop.dispose();
    await server.close();
  }
}

type Inject = (options: { url: string }) => Promise<{ json<T>(): T }>;

/** Polls the job until it is finished, drawing its progress on a terminal. */
async function waitForJob(inject: Inject, id: string, label: string): Promise<JobView> {
  const bar = createProgressBar(label, { json: false });
  try {
    for (;;) {
      const job = (await inject({ url: `/api/runs/${id}` })).json<JobView>();
      if (job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled') return job;
      bar.update({ done: Math.round(100 * job.progress), total: 100 });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    bar.finish();
  }
}
