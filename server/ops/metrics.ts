/**
 * Prometheus metrics of one ward server (served at `GET /metrics` in the text format):
 *
 * - `wardtwin_http_request_duration_seconds{method,route,status_code}`: a histogram of each
 *   answered request; its `_count` is the request count, so `rate(..._count[1m])` is the request
 *   rate by route. `route` is the route pattern (`/api/patients/:id`), `(unmatched)` for a 404
 *   with no route, so the label set stays bounded.
 * - `wardtwin_dispense_outcomes_total{outcome,reason}`: dispenses granted, and refused by reason
 *   (`out-of-stock`, `not-entitled`, ...), counted from the dispensing service's ledger events.
 * - `wardtwin_jobs{state}`: jobs (runs, compares, sweeps, sizes) `queued` and `running`.
 * - `wardtwin_store_bytes`: size of the SQLite store (pages in use x page size).
 * - Node's process metrics (`process_*`, `nodejs_*`), collected once per process.
 *
 * The dispense route is the hot path: a request costs one map lookup and a few additions (see
 * latency-histogram.ts); the gauges are computed only when scraped. Everything else is
 * prom-client's.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { LedgerEvent } from '../../engine/index.js';
import { LatencyHistogram } from './latency-histogram.js';

/** What the gauges read when scraped. */
export interface MetricSources {
  /** Jobs waiting and executing now. */
  jobs(): { queued: number; running: number };
  /** Bytes the store takes. */
  storeBytes(): number;
}

/** The metrics of one app. */
export interface WardMetrics {
  /** Records one answered request. */
  observeRequest(this: void, method: string, route: string, statusCode: number, seconds: number): void;
  /** Counts dispense outcomes; pass to the dispensing service as (part of) its ledger hook. */
  onLedgerEvent(this: void, event: LedgerEvent): void;
  /** Tells the gauges where to read; until then they report nothing. */
  setSources(sources: MetricSources): void;
  /** The text exposition of this app's and the process's metrics. */
  render(): Promise<string>;
  /** The content type of {@link render}'s text. */
  readonly contentType: string;
}

/** Request latency buckets, seconds: a dispense answers in well under a millisecond, a report in seconds. */
const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

let processRegistry: Registry | undefined;

/** Node's default metrics, in one registry per process (each would otherwise add its own GC observer). */
function processMetrics(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Creates the metrics of one app (their own registry, so several apps in one process never clash). */
export function createWardMetrics(): WardMetrics {
  const registry = new Registry();
  // Started with the first app rather than the first scrape: the CPU counters count from here.
  const process = processMetrics();
  let sources: MetricSources | undefined;
  const duration = new LatencyHistogram('wardtwin_http_request_duration_seconds', 'Time to answer a request, by route pattern, method and status code', LATENCY_BUCKETS);
  const outcomes = new Counter({ name: 'wardtwin_dispense_outcomes_total', help: 'Dispenses by outcome (granted, refused) and refusal reason', labelNames: ['outcome', 'reason'] as const, registers: [registry] });
  new Gauge({
    name: 'wardtwin_jobs', help: 'Jobs (runs, compares, sweeps, sizes) by state', labelNames: ['state'] as const, registers: [registry],
    collect() {
      if (sources === undefined) return;
      const { queued, running } = sources.jobs();
      this.set({ state: 'queued' }, queued);
      this.set({ state: 'running' }, running);
    },
  });
  new Gauge({
    name: 'wardtwin_store_bytes', help: 'Bytes of the SQLite store (pages in use x page size)', registers: [registry],
    collect() {
      if (sources !== undefined) this.set(sources.storeBytes());
    },
  });
  const granted = outcomes.labels('granted', '');
  const refused = new Map<string, { inc(): void }>();
  return {
    observeRequest(method, route, statusCode, seconds) {
      duration.observe(method, route, statusCode, seconds);
    },
    onLedgerEvent(event) {
      if (event.type === 'dispensed') granted.inc();
      else if (event.type === 'refused') {
        let child = refused.get(event.reason);
        if (child === undefined) refused.set(event.reason, (child = outcomes.labels('refused', event.reason)));
        child.inc();
      }
    },
    setSources(s) {
      sources = s;
    },
    async render() {
      return `${await Registry.merge([process, registry]).metrics()}\n${duration.render()}`;
    },
    contentType: registry.contentType,
  };
}
