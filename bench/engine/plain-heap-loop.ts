/**
 * The speed limit: a plain binary-heap callback loop with no kernel around it (no validation,
 * no priorities, no cancellation, no statistics objects), running the same M/M/c model with
 * the same random streams as the kernel's callback path. Written the way one would by hand:
 * a heap over parallel arrays keyed by (time, sequence).
 */
import type { RandomStream } from '../../engine/kernel/index.js';

type Fn = (arg: number) => void;

class PlainHeap {
  t: number[] = [];
  s: number[] = [];
  f: Fn[] = [];
  seq = 0;
  now = 0;

  push(delay: number, fn: Fn): void {
    const at = this.now + delay;
    const seq = this.seq++;
    const { t, s, f } = this;
    let i = t.length;
    t.push(at);
    s.push(seq);
    f.push(fn);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (t[p] < at || (t[p] === at && s[p] < seq)) break;
      t[i] = t[p];
      s[i] = s[p];
      f[i] = f[p];
      i = p;
    }
    t[i] = at;
    s[i] = seq;
    f[i] = fn;
  }

  /** Pops the top event, sets now, returns its callback (undefined when empty). */
  pop(): Fn | undefined {
    const { t, s, f } = this;
    const n = t.length - 1;
    if (n < 0) return undefined;
    const fn = f[0];
    this.now = t[0];
    const lt = t.pop()!;
    const ls = s.pop()!;
    const lf = f.pop()!;
    if (n === 0) return fn;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (t[c + 1] < t[c] || (t[c + 1] === t[c] && s[c + 1] < s[c]))) c++;
      if (lt < t[c] || (lt === t[c] && ls < s[c])) break;
      t[i] = t[c];
      s[i] = s[c];
      f[i] = f[c];
      i = c;
    }
    t[i] = lt;
    s[i] = ls;
    f[i] = lf;
    return fn;
  }
}

/** Result of one M/M/c run. */
export interface MmcRun {
  served: number;
  meanWait: number;
  events: number;
}

/** M/M/c with the plain loop until `customers` are served. */
export function runPlainMmc(c: number, lambda: number, mu: number, customers: number, arrivals: RandomStream, services: RandomStream): MmcRun {
  const heap = new PlainHeap();
  const queue: number[] = [];
  let head = 0;
  let busy = 0;
  let served = 0;
  let waitSum = 0;
  let events = 0;
  let done = false;
  const departure = (): void => {
    served++;
    if (served >= customers) done = true;
    if (head < queue.length) {
      waitSum += heap.now - queue[head++];
      if (head > 4096 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      heap.push(-Math.log(1 - services.next()) / mu, departure);
    } else {
      busy--;
    }
  };
  const arrival = (): void => {
    heap.push(-Math.log(1 - arrivals.next()) / lambda, arrival);
    if (busy < c) {
      busy++;
      heap.push(-Math.log(1 - services.next()) / mu, departure);
    } else {
      queue.push(heap.now);
    }
  };
  heap.push(0, arrival);
  while (!done) {
    const fn = heap.pop()!;
    events++;
    fn(0);
  }
  return { served, meanWait: waitSum / served, events };
}
