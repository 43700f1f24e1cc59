/**
 * Read-only views of the ward's diagnostics as the validation checks use them (the ward hands
 * out plain arrays; the checks never change them).
 */
import type { WardDiagnostics } from '../../ward/index.js';

/** One queue's per-hour sums (see the ward's queue log). */
export type QueueCellsView = WardDiagnostics['queues']['nurse'];

/** One (cabinet, SKU) pair's restock cycles (see the ward's stock-cycle log). */
export type StockCyclePairView = WardDiagnostics['stockCycles'][number];

/** One class of a pair's lines (later trips, or admission stock-ups). */
export type LineTallyView = WardDiagnostics['stockCycles'][number]['admission'];
