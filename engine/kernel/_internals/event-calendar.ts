/**
 * The event calendar: the ward's to-do list ordered by when things happen. It is a binary
 * min-heap of slot numbers over pooled, parallel typed arrays keyed by (time, priority,
 * insertion sequence), so equal-time events resolve the same way on every run and the hot path
 * allocates nothing per event (slots are recycled through a free list).
 *
 * Each heap position also holds its slot's time (`heapTime`), so sifting compares times read
 * side by side with the slot numbers instead of through them; priority and sequence, needed
 * only on equal times, are read through the slot. A ward year keeps a few thousand events
 * pending, and the sifts were most of the calendar's cost.
 *
 * Cancellation is lazy: a cancelled slot keeps its place in the heap with its handler cleared
 * and is skipped when it surfaces. An {@link EventId} packs the slot and a per-slot generation
 * so that a stale id never cancels the slot's next occupant.
 */

/** Handle returned by `Environment.schedule`; pass it to `cancel`. Opaque number. */
export type EventId = number;

/** A callback-path handler: called with the argument given at scheduling time. */
export type Handler = (arg: never) => void;

const SLOT_BITS = 24;
const SLOT_SPACE = 2 ** SLOT_BITS; // up to 16.7 M pending events
const GEN_MASK = 2 ** 29 - 1; // generations wrap at 2^29 so ids stay below 2^53

/** The pending events of one environment: a heap of slots over parallel arrays (see the module header). */
export class EventCalendar {
  /** Firing time of each slot, minutes. */
  time: Float64Array;
  /** Priority of each slot (lower fires first at equal time). */
  prio: Float64Array;
  /** Insertion sequence of each slot (lower fires first at equal time and priority). */
  seq: Float64Array;
  /** Generation of each slot, bumped on every reuse. */
  gen: Uint32Array;
  /** Handler of each slot; `null` when free or cancelled. */
  fn: (Handler | null)[];
  /** Argument of each slot. */
  arg: unknown[];
  /** The heap: slot numbers, heap[0] is the next event. */
  heap: Int32Array;
  /** Firing time of the slot at each heap position (`heapTime[i] === time[heap[i]]`), minutes. */
  heapTime: Float64Array;
  /** Number of entries in the heap (cancelled ones included). */
  size = 0;
  /** Next insertion sequence number. */
  nextSeq = 0;
  private free: Int32Array;
  private freeTop = 0;
  private capacity = 0;

  constructor(initialCapacity = 1024) {
    this.time = new Float64Array(0);
    this.prio = new Float64Array(0);
    this.seq = new Float64Array(0);
    this.gen = new Uint32Array(0);
    this.heap = new Int32Array(0);
    this.heapTime = new Float64Array(0);
    this.free = new Int32Array(0);
    this.fn = [];
    this.arg = [];
    this.grow(initialCapacity);
  }

  private grow(to: number): void {
    if (to > SLOT_SPACE) throw new RangeError(`Environment: pending events(=${to}) must be <= ${SLOT_SPACE}`);
    const old = this.capacity;
    const copy = <A extends Float64Array | Uint32Array | Int32Array>(a: A, make: (n: number) => A): A => {
      const b = make(to);
      b.set(a);
      return b;
    };
    this.time = copy(this.time, (n) => new Float64Array(n));
    this.prio = copy(this.prio, (n) => new Float64Array(n));
    this.seq = copy(this.seq, (n) => new Float64Array(n));
    this.gen = copy(this.gen, (n) => new Uint32Array(n));
    this.heap = copy(this.heap, (n) => new Int32Array(n));
    this.heapTime = copy(this.heapTime, (n) => new Float64Array(n));
    const free = new Int32Array(to);
    free.set(this.free.subarray(0, this.freeTop));
    // New slots are handed out lowest first, so push them in reverse.
    let top = this.freeTop;
    for (let s = to - 1; s >= old; s--) free[top++] = s;
    this.free = free;
    this.freeTop = top;
    for (let s = old; s < to; s++) {
      this.fn.push(null);
      this.arg.push(undefined);
    }
    this.capacity = to;
  }

  /** Inserts an event; returns its id. `at` and `priority` must already be validated. */
  push(at: number, priority: number, fn: Handler, arg: unknown, sequence = this.nextSeq++): EventId {
    if (this.freeTop === 0) this.grow(this.capacity * 2);
    const slot = this.free[--this.freeTop];
    this.time[slot] = at;
    this.prio[slot] = priority;
    this.seq[slot] = sequence;
    this.fn[slot] = fn;
    this.arg[slot] = arg;
    // Sift up with a hole instead of swaps.
    const heap = this.heap;
    const heapTime = this.heapTime;
    const prio = this.prio;
    const seq = this.seq;
    let i = this.size++;
    while (i > 0) {
      const parentIndex = (i - 1) >> 1;
      const tp = heapTime[parentIndex];
      if (tp < at) break;
      const p = heap[parentIndex];
      if (tp === at && (prio[p] < priority || (prio[p] === priority && seq[p] < sequence))) break;
      heap[i] = p;
      heapTime[i] = tp;
      i = parentIndex;
    }
    heap[i] = slot;
    heapTime[i] = at;
    return this.gen[slot] * SLOT_SPACE + slot;
  }

  /** Removes heap[0] from the heap (the caller has read its fields) and frees its slot. */
  popTop(): void {
    const heap = this.heap;
    const top = heap[0];
    const n = --this.size;
    this.fn[top] = null;
    this.arg[top] = undefined;
    this.gen[top] = (this.gen[top] + 1) & GEN_MASK;
    this.free[this.freeTop++] = top;
    if (n === 0) return;
    const last = heap[n];
    const heapTime = this.heapTime;
    const prio = this.prio;
    const seq = this.seq;
    const tl = heapTime[n];
    const pl = prio[last];
    const sl = seq[last];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let tc = heapTime[c];
      const r = c + 1;
      if (r < n) {
        const tr = heapTime[r];
        if (tr < tc || (tr === tc && (prio[heap[r]] < prio[heap[c]] || (prio[heap[r]] === prio[heap[c]] && seq[heap[r]] < seq[heap[c]])))) {
          c = r;
          tc = tr;
        }
      }
      if (tl < tc) break;
      const cs = heap[c];
      if (tl === tc && (pl < prio[cs] || (pl === prio[cs] && sl < seq[cs]))) break;
      heap[i] = cs;
      heapTime[i] = tc;
      i = c;
    }
    heap[i] = last;
    heapTime[i] = tl;
  }

  /** Drops cancelled events from the top so heap[0] (if any) is live. */
  skipCancelled(): void {
    while (this.size > 0 && this.fn[this.heap[0]] === null) this.popTop();
  }

  /** Cancels a pending event; false when it already fired, was cancelled or never existed. */
  cancel(id: EventId): boolean {
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return false;
    const slot = id % SLOT_SPACE;
    const generation = (id - slot) / SLOT_SPACE;
    if (slot >= this.capacity || this.gen[slot] !== generation || this.fn[slot] === null) return false;
    this.fn[slot] = null;
    this.arg[slot] = undefined;
    return true;
  }

  /** Live (non-cancelled) slots in firing order; for snapshots, O(n log n). */
  liveSlotsInOrder(): number[] {
    const slots: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const s = this.heap[i];
      if (this.fn[s] !== null) slots.push(s);
    }
    const { time, prio, seq } = this;
    return slots.sort((a, b) => time[a] - time[b] || prio[a] - prio[b] || seq[a] - seq[b]);
  }
}
