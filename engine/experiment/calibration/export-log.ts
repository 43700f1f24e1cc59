/**
 * A cabinet transaction log written by the ward model: one replication run with its ledger
 * and screen log kept, turned into the rows a real ward's cabinets would record. The log of a
 * scenario whose parameters are known is what a calibration is checked against (fit it, and the
 * known parameters must come back), and it is the shipped sample log. Deterministic: the same
 * scenario, seed and replication give the same rows.
 */
import type { Scenario } from '../../../scenarios/index.js';
import type { LedgerEvent } from '../../dispensing/index.js';
import { buildLayout, compileParams, dispensingConfig, simulateWard } from '../../ward/index.js';
import type { ScreenLogRecord } from '../../ward/index.js';
import type { LogRow } from './log-row.js';

/** Options of {@link exportCabinetLog}. */
export interface ExportLogOptions {
  /** Base seed of the replication's streams. */
  readonly seed: number;
  /** Replication index; default 0. */
  readonly replication?: number;
}

/** Order of rows at one instant: admissions, then screens taken, lines, screens left, discharges. */
const PHASE: Readonly<Record<LogRow['type'], number>> = {
  admit: 0, 'restock-start': 1, login: 1, dispense: 2, refuse: 2, restock: 2, jam: 2, clear: 2, offline: 2, online: 2, logout: 3, 'restock-end': 3, discharge: 4,
};

const key = (cabinetId: string, timeMin: number): string => `${cabinetId}@${timeMin}`;

/**
 * Rows of the ledger and the screen log of one run, sorted by time; `skuOfSlot` (keyed
 * `cabinet/slot`, from {@link slotSkus}) names a restocked lot's SKU and follows slot
 * reassignments in the ledger.
 * @throws Error when a dispensed line or a restocked lot has no screen visit (a broken run)
 */
export function cabinetLogRows(ledger: readonly LedgerEvent[], screens: ScreenLogRecord, skuOfSlot: Map<string, string>): LogRow[] {
  const rows: LogRow[] = [];
  const sessionAt = new Map<string, string>();
  screens.sessions.forEach((v, i) => {
    const session = `s${i + 1}`;
    sessionAt.set(key(v.cabinetId, v.startMin), session);
    rows.push({ timeMin: v.startMin, type: 'login', cabinet: v.cabinetId, session }, { timeMin: v.endMin, type: 'logout', cabinet: v.cabinetId, session });
  });
  const visitAt = new Map<string, string>();
  screens.restockVisits.forEach((v, i) => {
    const session = `v${i + 1}`;
    visitAt.set(key(v.cabinetId, v.endMin), session);
    rows.push({ timeMin: v.startMin, type: 'restock-start', cabinet: v.cabinetId, session }, { timeMin: v.endMin, type: 'restock-end', cabinet: v.cabinetId, session });
  });
  const find = (map: Map<string, string>, cabinetId: string, timeMin: number, what: string): string => {
    const session = map.get(key(cabinetId, timeMin));
    if (session === undefined) throw new Error(`exportCabinetLog: ${what} at ${cabinetId}, minute ${timeMin}, has no screen visit`);
    return session;
  };
  for (const e of ledger) {
    if (e.type === 'admitted') rows.push({ timeMin: e.timeMin, type: 'admit', patient: e.patientId, kind: e.kind });
    else if (e.type === 'discharged') rows.push({ timeMin: e.timeMin, type: 'discharge', patient: e.patientId });
    else if (e.type === 'dispensed' || e.type === 'refused') {
      rows.push({
        timeMin: e.timeMin, type: e.type === 'dispensed' ? 'dispense' : 'refuse', cabinet: e.cabinetId, session: find(sessionAt, e.cabinetId, e.timeMin, 'a line'),
        ...(e.patientId !== null ? { patient: e.patientId } : {}), sku: e.sku, quantity: e.quantity,
      });
    } else if (e.type === 'restocked') {
      rows.push({ timeMin: e.timeMin, type: 'restock', cabinet: e.cabinetId, session: find(visitAt, e.cabinetId, e.timeMin, 'a lot'), slot: e.slotId, sku: skuOfSlot.get(`${e.cabinetId}/${e.slotId}`) ?? '', quantity: e.quantity });
    } else if (e.type === 'jammed' || e.type === 'cleared') rows.push({ timeMin: e.timeMin, type: e.type === 'jammed' ? 'jam' : 'clear', cabinet: e.cabinetId, slot: e.slotId });
    else if (e.type === 'offline' || e.type === 'online') rows.push({ timeMin: e.timeMin, type: e.type, cabinet: e.cabinetId });
    else if (e.type === 'slot-assigned') {
      if (e.sku === null) skuOfSlot.delete(`${e.cabinetId}/${e.slotId}`);
      else skuOfSlot.set(`${e.cabinetId}/${e.slotId}`, e.sku);
    }
  }
  // A stable sort: rows of one instant keep their phase, then the order they were made in.
  return rows.map((row, i) => ({ row, i })).sort((a, b) => a.row.timeMin - b.row.timeMin || PHASE[a.row.type] - PHASE[b.row.type] || a.i - b.i).map((x) => x.row);
}

/** The SKU of every slot at the start, keyed `cabinet/slot` (the scenario's planogram). */
export function slotSkus(scenario: Scenario): Map<string, string> {
  const config = dispensingConfig(scenario, buildLayout(scenario, compileParams(scenario).beds));
  const out = new Map<string, string>();
  if (config === null) return out;
  const models = new Map(config.cabinetModels.map((m) => [m.id, m]));
  for (const cab of config.cabinets) {
    const model = models.get(cab.modelId);
    model?.slots.forEach((slot, i) => {
      const sku = cab.slotSkus?.[i];
      if (sku !== undefined && sku !== null) out.set(`${cab.id}/${slot.id ?? `s${i}`}`, sku);
    });
  }
  return out;
}

/**
 * Runs one replication of `scenario` (assumed valid, with cabinets) and returns its cabinet log.
 * @throws RangeError when the scenario has no cabinets (there is no cabinet log to write)
 */
export function exportCabinetLog(scenario: Scenario, opts: ExportLogOptions): LogRow[] {
  if (scenario.cabinets.instances.length === 0) throw new RangeError(`exportCabinetLog: scenario ${scenario.meta.id} has no cabinets, so no cabinet log`);
  const run = simulateWard(scenario, { seed: opts.seed, replication: opts.replication ?? 0, recordLedger: true, screenLog: true });
  if (run.ledger === undefined || run.screenLog === undefined) throw new Error('exportCabinetLog: the run kept no ledger');
  return cabinetLogRows(run.ledger, run.screenLog, slotSkus(scenario));
}
