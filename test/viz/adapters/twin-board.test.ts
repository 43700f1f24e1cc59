// The Twin page's view and the board's geometry, without a DOM: what cannot give anything
// never reads as stock, urgency comes first, probabilities read as probabilities, and times
// as the ward's clock.
import { describe, expect, it } from 'vitest';
import { duration, twinView, wallClock } from '../../../viz/src/adapters/index.js';
import { percent, twinBoard } from '../../../viz/src/charts/index.js';
import { forecast, state } from '../_support/twin-fixtures.js';

describe('twinView()', () => {
  const view = twinView(state, forecast);

  it('an offline cabinet and a jammed slot have no usable fill whatever is on the shelf', () => {
    const cab2 = view.boards.find((b) => b.id === 'cab-2')!;
    expect(cab2.slots.map((s) => [s.status, s.usableFill])).toEqual([['offline', 0], ['offline', 0]]);
    const cab1 = view.boards.find((b) => b.id === 'cab-1')!;
    expect(cab1.slots.map((s) => [s.status, s.usableFill])).toEqual([['stocked', 1], ['jammed', 0], ['empty', 0], ['unassigned', 0]]);
  });

  it('puts offline cabinets first, then the boards by their worst chance of running out; slots keep their positions', () => {
    expect(view.boards.map((b) => b.id)).toEqual(['cab-2', 'cab-1', 'cab-3']);
    expect(view.boards[1].slots.map((s) => s.position)).toEqual([0, 1, 2, 3]);
    expect(view.boards[1].worst).toBe(1);
  });

  it('lists what needs attention, most likely first, leaving out what will not run out', () => {
    expect(view.attention.map((a) => `${a.cabinetId} ${a.sku} ${a.probability}`)).toEqual(['cab-1 pad 1', 'cab-3 pad 0.53', 'cab-1 nappy 0.1']);
    expect(view.attention[1].medianMin).toBe(678);
    expect(view.picks).toEqual([{ cabinetId: 'cab-1', slotId: 's2', sku: 'pad', units: 9 }]);
  });

  it('without a forecast: boards only, no probabilities', () => {
    const bare = twinView(state);
    expect(bare.untilMin).toBeNull();
    expect(bare.attention).toEqual([]);
    expect(bare.boards.flatMap((b) => b.slots).every((s) => s.outBeforeRestock === null)).toBe(true);
  });
});

describe('reading numbers and times', () => {
  it('a probability reads as a percentage, with the ends kept honest', () => {
    expect(percent(0.53)).toBe('53 %');
    expect(percent(0.001)).toBe('< 1 %');
    expect(percent(0.999)).toBe('> 99 %');
    expect(percent(1)).toBe('100 %');
  });

  it('twin minutes read as the ward clock, or in the scenario time zone when the origin is known', () => {
    expect(wallClock(0)).toBe('Mon 00:00');
    expect(wallClock(1440 + 14 * 60 + 5)).toBe('Tue 14:05');
    expect(wallClock(60, { originIso: '2026-12-07T00:00:00Z', timeZone: 'Asia/Shanghai' })).toBe('Mon 09:00');
    expect(duration(35)).toBe('35 min');
    expect(duration(125)).toBe('2 h 05 min');
  });
});

describe('twin board layout', () => {
  const view = twinView(state, forecast);
  const l = twinBoard.layout({ view, clockText: '' });
  const cell = (key: string) => l.cells.find((c) => c.key === key)!;

  it('offline slots are grey and say off, a jammed slot is white with a dashed outline, an empty one outlined', () => {
    expect(cell('cab-2/s0')).toMatchObject({ fill: twinBoard.marks.offline, text: 'off' });
    expect(cell('cab-1/s1')).toMatchObject({ fill: '#ffffff', stroke: twinBoard.marks.jammed, dash: '4,2', text: 'jam' });
    expect(cell('cab-1/s2')).toMatchObject({ fill: '#ffffff', stroke: twinBoard.marks.empty, text: '0', risk: '100 %' });
    expect(cell('cab-1/s0').fill).toBe(l.color(1));
  });

  it('shows the chance of running out as a percentage and labels the offline board', () => {
    expect(cell('cab-3/s0').risk).toBe('53 %');
    expect(l.blocks.find((b) => b.id === 'cab-2')!.label).toBe('cab-2 · OFFLINE');
    expect(l.blocks.find((b) => b.id === 'cab-3')!.label).toBe('cab-3 · up to 53 %');
  });

  it('places slots by position in rows of `columns`', () => {
    const small = twinBoard.layout({ view, clockText: '' }, { columns: 2 });
    const c = (key: string) => small.cells.find((x) => x.key === key)!;
    expect(c('cab-1/s2').y).toBeGreaterThan(c('cab-1/s0').y);
    expect(c('cab-1/s2').x).toBe(c('cab-1/s0').x);
  });
});
