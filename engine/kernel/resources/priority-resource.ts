/**
 * Priority resources: a queue served by priority (lower first, then arrival), as when a nurse
 * answers a labouring mother before a supply question; and the pre-emptive variant, where an
 * urgent request takes a unit from a holder of worse priority, whose process receives an
 * `Interrupt` with a `Preempted` cause. Modelled on SimPy's PriorityResource and
 * PreemptiveResource.
 */
import { Resource } from './resource.js';
import type { Request } from './resource.js';

/** A resource whose queue is ordered by (priority, arrival). */
export class PriorityResource extends Resource {
  protected override insert(req: Request): void {
    const q = this.queue;
    // Binary search for the first request that goes after this one; equal priorities stay FIFO.
    let lo = 0;
    let hi = q.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (q[mid].priority <= req.priority) lo = mid + 1;
      else hi = mid;
    }
    q.splice(lo, 0, req);
  }
}

/** A priority resource where a request with `preempt` (default) can evict a worse-priority holder. */
export class PreemptiveResource extends PriorityResource {
  protected override beforeQueue(req: Request): void {
    if (!req.preempt || this.users.length < this.capacity || this.users.length === 0) return;
    // The victim is the holder with the worst (priority, arrival): last to be missed.
    let victim = this.users[0];
    for (const u of this.users) {
      if (u.priority > victim.priority || (u.priority === victim.priority && u.arrival > victim.arrival)) victim = u;
    }
    if (victim.priority > req.priority) this.preemptHolder(victim, req.process);
  }
}
