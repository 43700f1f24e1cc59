/**
 * The time scrubber: a range input over a run's sampled frames, with play/pause, that
 * drives the cabinet board's `timeIndex` so a planner can replay how the slots emptied.
 */
import type { Selection } from 'd3';
import { t } from '../i18n/index.js';

/** Scrubber options: number of frames, a label per frame, and the callback on each move. */
export interface ScrubberOptions {
  frames: number;
  label: (index: number) => string;
  onChange: (index: number) => void;
  /** Milliseconds per frame while playing (default 250). */
  frameMs?: number;
}

/** Add a scrubber to `container`; returns a function that stops playback. */
export function timeScrubber(container: Selection<HTMLElement, unknown, null, undefined>, options: ScrubberOptions): () => void {
  if (!Number.isInteger(options.frames) || options.frames < 1) throw new RangeError(`timeScrubber: frames(=${options.frames}) must be an integer >= 1`);
  const bar = container.append('div').attr('class', 'wt-scrubber');
  const play = bar.append('button').attr('type', 'button').text(t('scrubber.play'));
  const input = bar.append('input').attr('type', 'range').attr('min', 0).attr('max', options.frames - 1).attr('value', 0).attr('aria-label', t('scrubber.time'));
  const label = bar.append('span').text(options.label(0));
  let timer: ReturnType<typeof setInterval> | null = null;
  const show = (i: number): void => {
    input.property('value', i);
    label.text(options.label(i));
    options.onChange(i);
  };
  const stop = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.text(t('scrubber.play'));
  };
  input.on('input', function () {
    show(Number(this.value));
  });
  play.on('click', () => {
    if (timer !== null) return stop();
    play.text(t('scrubber.pause'));
    timer = setInterval(() => {
      const next = (Number(input.property('value')) + 1) % options.frames;
      show(next);
    }, options.frameMs ?? 250);
  });
  return stop;
}
