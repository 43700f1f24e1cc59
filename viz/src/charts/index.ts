/**
 * Public entry of the chart modules. Each chart is exported as a namespace holding `kind`,
 * `defaults`, `layout` (pure: data + options -> scales and shapes), `render` (joins in place)
 * and `table` (CSV rows), plus its view-model types.
 */
import * as birthsHeatmap from './births-heatmap.js';
import * as cabinetBoard from './cabinet-board.js';
import * as contactsMatrix from './contacts-matrix.js';
import * as kpiDiff from './kpi-diff.js';
import * as nurseSupply from './nurse-supply.js';
import * as sizingCurve from './sizing-curve.js';
import * as stockLevel from './stock-level.js';
import * as tripWait from './trip-wait.js';
import * as twinBoard from './twin-board.js';
import * as twinCabinets from './twin-cabinets.js';
import * as tornado from './tornado.js';

export { birthsHeatmap, cabinetBoard, contactsMatrix, kpiDiff, nurseSupply, sizingCurve, stockLevel, tripWait, twinBoard, twinCabinets, tornado };

export { binWaits } from './trip-wait-bins.js';

export type { BirthsHeatmapData, BirthsHeatmapOptions } from './births-heatmap.js';
export type { StockLevelData, StockLevelOptions, StockSeries } from './stock-level.js';
export type { CabinetBoardData, CabinetBoardOptions, BoardCabinet } from './cabinet-board.js';
export type { TripWaitData, TripWaitOptions } from './trip-wait.js';
export type { NurseSupplyData, NurseSupplyOptions } from './nurse-supply.js';
export type { ContactsMatrixData, ContactsMatrixOptions } from './contacts-matrix.js';
export type { KpiDiffData, KpiDiffOptions, KpiDiffRow } from './kpi-diff.js';
export type { SizingCurveData, SizingCurveOptions, SizingCurve, SizingSelectDetail } from './sizing-curve.js';
export type { TwinCabinetsData, TwinCabinetsOptions, TwinSlot } from './twin-cabinets.js';
export type { TwinBoardData, TwinBoardOptions, TwinView, CabinetBoard, BoardSlot, SlotStatus, AttentionItem, PickItem } from './twin-board.js';
export { percent } from './twin-board.js';
export type { TornadoData, TornadoOptions, TornadoRow } from './tornado.js';
export type { ChartModule, Table } from './_internals/chart.js';
export type { ChartContainer, Margin } from './_internals/frame.js';
export { okabeIto, sequential } from './_internals/palette.js';
export { keyboardPoints } from './_internals/keyboard-points.js';
export type { KeyboardPointsSpec } from './_internals/keyboard-points.js';
export { tooltip } from './_internals/tooltip.js';
