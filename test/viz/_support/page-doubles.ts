// Stand-ins the page tests share: a fresh <main> to draw a page into, and a WebSocket the test
// can push messages through.
import { select } from 'd3';
import type { Selection } from 'd3';

/** An empty `<main>` in the document, selected. */
export function freshMain(): Selection<HTMLElement, unknown, null, undefined> {
  document.body.innerHTML = '<main></main>';
  return select<HTMLElement, unknown>(document.querySelector('main') as HTMLElement);
}

/** A WebSocket stand-in: `FakeSocket.last` is the latest one opened; `push` delivers a message. */
export class FakeSocket extends EventTarget {
  static last: FakeSocket | null = null;
  constructor(readonly url: string) {
    super();
    FakeSocket.last = this;
  }
  push(data: unknown): void {
    const e = new Event('message') as Event & { data: string };
    Object.defineProperty(e, 'data', { value: JSON.stringify(data) });
    this.dispatchEvent(e);
  }
  close(): void {
    this.dispatchEvent(new Event('close'));
  }
}
