/**
 * The request-latency histogram of `/metrics`, kept outside prom-client's Histogram because it
 * sits on the dispense route's hot path: prom-client validates and hashes the label set on every
 * observation (about 1 µs), where this one finds its series once per (method, route, status)
 * and then adds to a typed array. It renders the same Prometheus text exposition.
 */

/** One label set's buckets (not cumulative until rendered), sum and count. */
interface Series {
  readonly labels: string;
  readonly counts: Float64Array;
  sum: number;
  count: number;
}

/** Escapes a label value for the text exposition format. */
function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

/** A histogram over (method, route, status code) with fixed upper bounds in seconds. */
export class LatencyHistogram {
  private readonly series = new Map<string, Series>();

  /** @param bounds upper bounds of the buckets, seconds, ascending (`+Inf` is implied) */
  constructor(readonly name: string, readonly help: string, private readonly bounds: readonly number[]) {}

  /** Records one answer that took `seconds`. */
  observe(method: string, route: string, statusCode: number, seconds: number): void {
    const key = `${method} ${statusCode} ${route}`;
    let s = this.series.get(key);
    if (s === undefined) {
      s = { labels: `method="${escapeLabel(method)}",route="${escapeLabel(route)}",status_code="${statusCode}"`, counts: new Float64Array(this.bounds.length + 1), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    let i = 0;
    while (i < this.bounds.length && seconds > this.bounds[i]) i++;
    s.counts[i]++;
    s.sum += seconds;
    s.count++;
  }

  /** The text exposition: HELP, TYPE, then per series the cumulative buckets, sum and count. */
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += s.counts[i];
        lines.push(`${this.name}_bucket{le="${le}",${s.labels}} ${cumulative}`);
      });
      lines.push(`${this.name}_bucket{le="+Inf",${s.labels}} ${s.count}`, `${this.name}_sum{${s.labels}} ${s.sum}`, `${this.name}_count{${s.labels}} ${s.count}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
