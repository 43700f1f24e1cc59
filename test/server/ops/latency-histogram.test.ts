// The hot-path latency histogram renders the Prometheus text format with cumulative buckets.
import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../../server/ops/latency-histogram.js';

describe('LatencyHistogram', () => {
  it('renders cumulative buckets, +Inf, sum and count per label set, with escaped labels', () => {
    const h = new LatencyHistogram('t_seconds', 'test', [0.001, 0.01, 0.1]);
    for (const s of [0.0005, 0.001, 0.002, 0.05, 3]) h.observe('POST', '/api/dispense', 200, s);
    h.observe('GET', '/a"b', 404, 0.02);
    expect(h.render().split('\n')).toEqual([
      '# HELP t_seconds test',
      '# TYPE t_seconds histogram',
      't_seconds_bucket{le="0.001",method="POST",route="/api/dispense",status_code="200"} 2',
      't_seconds_bucket{le="0.01",method="POST",route="/api/dispense",status_code="200"} 3',
      't_seconds_bucket{le="0.1",method="POST",route="/api/dispense",status_code="200"} 4',
      't_seconds_bucket{le="+Inf",method="POST",route="/api/dispense",status_code="200"} 5',
      't_seconds_sum{method="POST",route="/api/dispense",status_code="200"} 3.0535',
      't_seconds_count{method="POST",route="/api/dispense",status_code="200"} 5',
      't_seconds_bucket{le="0.001",method="GET",route="/a\\"b",status_code="404"} 0',
      't_seconds_bucket{le="0.01",method="GET",route="/a\\"b",status_code="404"} 0',
      't_seconds_bucket{le="0.1",method="GET",route="/a\\"b",status_code="404"} 1',
      't_seconds_bucket{le="+Inf",method="GET",route="/a\\"b",status_code="404"} 1',
      't_seconds_sum{method="GET",route="/a\\"b",status_code="404"} 0.02',
      't_seconds_count{method="GET",route="/a\\"b",status_code="404"} 1',
      '',
    ]);
  });
});
