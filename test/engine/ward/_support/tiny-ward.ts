// Test support: a tiny ward for trace tests — one room (two beds), one cabinet with two slots
// (pad in one, underpad in the other, ten units each), two SKUs, the nurse station, every time
// fixed (no sd, no lateness, no shortage, no failures, no visitors) and every walk a whole
// number of minutes (walking 60 m/min: room -> cabinet, room -> counter, store -> cabinet and
// counter -> store are 60 m each). Beds are admitted by the test at set times, not by births.
import { admitPatient } from '../../../../engine/dispensing/index.js';
import { assembleWard } from '../../../../engine/ward/assemble-ward.js';
import type { AssembledWard } from '../../../../engine/ward/assemble-ward.js';
import type { Bed } from '../../../../engine/ward/population/bed.js';
import { validateScenario } from '../../../../scenarios/index.js';
import type { Scenario } from '../../../../scenarios/index.js';
import { loadPreset } from '../presets.js';

/** Per-day use of the two SKUs: a pad an hour, an underpad every two hours. */
const PADS_PER_DAY = 24;
const UNDERPADS_PER_DAY = 12;

type Patch = { [key: string]: unknown };

function item(sku: string, sizeClass: string, perDay: number): Patch {
  return {
    sku, name: sku, sizeClass, unit: 'piece', shelfLifeDays: 1000, needsPatient: true, patientKind: 'mother', condition: 'all',
    curve: [{ fromDay: 0, perDay }], basis: 'test', perDayLimit: 0, perStayLimit: 0, stockedBy: ['cabinet', 'nurse-station'],
  };
}

/** The tiny ward's scenario, with `patch` applied section by section (shallow, per section). */
export function tinyScenario(patch: { [section: string]: Patch } = {}): Scenario {
  const base = loadPreset('county-mch');
  const doc: { [section: string]: unknown } = {
    ...base,
    meta: { ...base.meta, id: 'tiny-ward' },
    run: { ...base.run, horizonDays: 2, warmupDays: 0 },
    stays: { ...base.stays, vaginalSdDays: 0, caesareanSdDays: 0, nicuShare: 0 },
    people: {
      ...base.people, companionShare: 0, companionFetchShare: 0, companionSwapsPerDay: 0, visitorsPerMotherPerDay: 0,
      shifts: [{ name: 'D', startHour: 0, hours: 24, nurses: 4 }], nurseSupplyShare: 0.25,
      restockers: 1, restockerShiftStartHour: 0, restockerShiftHours: 24,
    },
    catalog: { ...base.catalog, items: [item('pad', 'M', PADS_PER_DAY), item('underpad', 'L', UNDERPADS_PER_DAY)], tripHourWeights: new Array(24).fill(1), usageCv: 0 },
    cabinets: {
      ...base.cabinets,
      models: [{ id: 'tiny', slotGroups: [{ sizeClass: 'M', capacityUnits: 10, count: 1 }, { sizeClass: 'L', capacityUnits: 10, count: 1 }] }],
      instances: [{ id: 'cab-1', modelId: 'tiny', location: { x: 10, y: 63 }, slotSkus: ['pad', 'underpad'] }],
      transactionSecondsMean: 60, transactionSecondsSd: 0, sessionSeconds: 60, jamsPerSlotPerDay: 0, offlinePerCabinetPerDay: 0,
    },
    layout: {
      ...base.layout, beds: 2, units: 1, bedsPerRoom: 2, roomSpacingM: 10, walkingSpeedMps: 1,
      nurseStation: { x: 70, y: 3 }, storeRoom: { x: 70, y: 63 }, entrance: { x: 0, y: 0 },
    },
    channels: { ...base.channels, order: ['cabinet', 'nurse-station'], nurseHandoverMinutes: 1, nurseStoreRoomMinutes: 1, nurseStationStockShare: 1 },
    restock: {
      ...base.restock, roundHours: [], parTrigger: false, lateShare: 0, upstreamShortShare: 0, setupMinutesPerCabinet: 1, secondsPerSlot: 60, initialFillShare: 1,
    },
  };
  for (const [section, fields] of Object.entries(patch)) doc[section] = { ...(doc[section] as Patch), ...fields };
  const checked = validateScenario(doc);
  if (!checked.ok) throw new Error(`tiny ward: invalid scenario: ${JSON.stringify(checked.errors.slice(0, 3))}`);
  return checked.scenario;
}

/** The assembled tiny ward and its trace. */
export interface TinyWard {
  readonly ward: AssembledWard;
  readonly trace: [string, number][];
}

/** Assembles the tiny ward (nothing started) with a trace. */
export function tinyWard(patch: { [section: string]: Patch } = {}): TinyWard {
  const trace: [string, number][] = [];
  const ward = assembleWard(tinyScenario(patch), { seed: 1, replication: 0, recordLedger: false, series: false, trace: (tag, now) => trace.push([tag, now]) });
  return { ward, trace };
}

/**
 * Admits mother `motherId` to the room at `atMin` with `levels` units of (pad, underpad) at
 * the bedside, and schedules her first trip `firstTripMin` after admission (the births
 * process is not started: the test says who comes when).
 */
export function admitAt(w: TinyWard, motherId: string, atMin: number, levels: readonly [number, number], firstTripMin: number): void {
  const { ctx, dispensing, trips } = w.ward;
  ctx.env.schedule(atMin, () => {
    const now = ctx.env.now;
    const bed: Bed = {
      index: 0, motherId, newbornIds: [], room: 0, birthMin: now, dischargeMin: now + 3 * 1440, nicu: false, companionId: null,
      usage: Float64Array.of(1, 1), level: Float64Array.from(levels), lastMin: now, present: true, onTrip: false, stockedUp: true, tripEvent: -1,
    };
    if (dispensing !== null) admitPatient(dispensing, { patientId: motherId, kind: 'mother', room: ctx.layout.roomIds[0], companionIds: [], timeMin: now });
    trips.schedule(bed, firstTripMin);
  });
}

/** Runs the tiny ward until `untilMin`. */
export function runUntil(w: TinyWard, untilMin: number): void {
  w.ward.ctx.env.run({ until: untilMin });
}
