// @vitest-environment jsdom
// Every chart rendered with fixed fixture data and compared with its SVG snapshot in
// test/viz/__snapshots__/ (a mismatch writes <chart>-changed.svg beside it and fails).
import { describe, it } from 'vitest';
import { birthsHeatmap, cabinetBoard, contactsMatrix, kpiDiff, nurseSupply, sizingCurve, stockLevel, tornado, tripWait, twinCabinets } from '../../../viz/src/charts/index.js';
import type { ChartContainer } from '../../../viz/src/charts/index.js';
import * as fx from '../../../viz/src/gallery/fixtures.js';
import { expectSvgSnapshot, freshContainer, svgOf } from '../_support/snapshot.js';

const cases: [string, (c: ChartContainer) => void][] = [
  [birthsHeatmap.kind, (c) => birthsHeatmap.render(c, fx.birthsFixture())],
  [stockLevel.kind, (c) => stockLevel.render(c, fx.stockFixture())],
  [cabinetBoard.kind, (c) => cabinetBoard.render(c, fx.boardFixture(), { timeIndex: 12 })],
  [tripWait.kind, (c) => tripWait.render(c, fx.tripWaitFixture())],
  [nurseSupply.kind, (c) => nurseSupply.render(c, fx.nurseSupplyFixture())],
  [contactsMatrix.kind, (c) => contactsMatrix.render(c, fx.contactsFixture())],
  [kpiDiff.kind, (c) => kpiDiff.render(c, fx.kpiDiffFixture())],
  [sizingCurve.kind, (c) => sizingCurve.render(c, fx.sizingFixture())],
  [twinCabinets.kind, (c) => twinCabinets.render(c, fx.twinFixture())],
  [tornado.kind, (c) => tornado.render(c, fx.tornadoFixture())],
];

describe('chart SVG snapshots', () => {
  it.each(cases)('%s renders as its snapshot', (name, draw) => {
    const c = freshContainer();
    draw(c);
    expectSvgSnapshot(name, svgOf(c));
  });
});
