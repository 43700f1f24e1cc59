/**
 * Ward layout: patient rooms along both sides of one corridor (doors every `roomSpacingM`,
 * rooms at y = -3 and +3), the entrance with the lift at the start, and cabinets at points on
 * this plan. A large ward is split into ward units (nursing units of ~40-50 beds, as Chinese
 * obstetric wards are organised): consecutive rooms along the corridor, each unit with its own
 * nurse station at the middle of its rooms, its store room beside it and its stretch of
 * corridor, so people at one unit's counter never crowd another's. Cabinets belong to the unit
 * whose stretch they stand in; a room tries its own unit's cabinets first, nearest first.
 * Walking distance is Manhattan (corridors at right angles), as in the dispensing core's
 * router, so both agree on which cabinet is nearest.
 */
import type { Scenario } from '../../../scenarios/index.js';

/** Geometry derived once per run. */
export interface WardLayout {
  readonly roomX: Float64Array;
  readonly roomY: Float64Array;
  readonly cabinetX: Float64Array;
  readonly cabinetY: Float64Array;
  /** Per room: cabinet indices, own unit's first, then nearest first (ties by index). */
  readonly roomCabinetOrder: readonly (readonly number[])[];
  /** Ward units (1 for a small ward). */
  readonly units: number;
  /** Unit of each room. */
  readonly roomUnit: Int32Array;
  /** Unit of each cabinet (the unit whose corridor stretch holds it). */
  readonly cabinetUnit: Int32Array;
  /** Nurse station of each unit, m. */
  readonly stationX: Float64Array;
  readonly stationY: Float64Array;
  /** Where one unit's stretch ends and the next begins (x, m; `units - 1` entries, ascending). */
  readonly unitBoundsX: Float64Array;
  /** Id of each room as given to the dispensing core (`roomId`), made once. */
  readonly roomIds: readonly string[];
}

/** Walking distance in metres (Manhattan). */
export function distanceM(ax: number, ay: number, bx: number, by: number): number {
  return Math.abs(ax - bx) + Math.abs(ay - by);
}

/** Room id as given to the dispensing core. */
export function roomId(i: number): string {
  return `room-${i + 1}`;
}

/** Ward units for `beds` beds: the scenario's `layout.units`, or ceil(beds / unitMaxBeds). */
export function unitCount(s: Scenario, beds: number): number {
  const doors = Math.ceil(Math.max(1, Math.ceil(beds / s.layout.bedsPerRoom)) / 2);
  const units = s.layout.units > 0 ? s.layout.units : Math.ceil(beds / s.layout.unitMaxBeds);
  // A unit holds at least one pair of facing rooms.
  return Math.max(1, Math.min(doors, units));
}

/** Unit whose corridor stretch holds `x`. */
export function unitAtX(layout: Pick<WardLayout, 'unitBoundsX'>, x: number): number {
  const b = layout.unitBoundsX;
  let u = 0;
  while (u < b.length && x >= b[u]) u++;
  return u;
}

/** Builds the layout for `beds` beds. */
export function buildLayout(s: Scenario, beds: number): WardLayout {
  const L = s.layout;
  const rooms = Math.max(1, Math.ceil(beds / L.bedsPerRoom));
  const units = unitCount(s, beds);
  const roomX = new Float64Array(rooms);
  const roomY = new Float64Array(rooms);
  const roomUnit = new Int32Array(rooms);
  for (let i = 0; i < rooms; i++) {
    roomX[i] = L.roomSpacingM * (Math.floor(i / 2) + 1);
    roomY[i] = i % 2 === 0 ? 3 : -3;
    // Facing pairs of rooms are shared out in order along the corridor, as evenly as they go.
    roomUnit[i] = Math.floor((Math.floor(i / 2) * units) / Math.ceil(rooms / 2));
  }
  const stationX = new Float64Array(units);
  const stationY = new Float64Array(units).fill(L.nurseStation.y);
  const unitBoundsX = new Float64Array(units - 1);
  if (units === 1) stationX[0] = L.nurseStation.x;
  for (let u = 0; u < units; u++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < rooms; i++) {
      if (roomUnit[i] !== u) continue;
      lo = Math.min(lo, roomX[i]);
      hi = Math.max(hi, roomX[i]);
    }
    if (units > 1) stationX[u] = (lo + hi) / 2;
    if (u > 0) unitBoundsX[u - 1] = (lo + unitEndX(roomX, roomUnit, u - 1)) / 2;
  }
  const cabs = s.cabinets.instances;
  const cabinetX = Float64Array.from(cabs.map((c) => c.location.x));
  const cabinetY = Float64Array.from(cabs.map((c) => c.location.y));
  const cabinetUnit = Int32Array.from(cabinetX, (x) => unitAtX({ unitBoundsX }, x));
  const roomCabinetOrder = Array.from(roomX, (x, r) => {
    const d = cabs.map((_, c) => distanceM(x, roomY[r], cabinetX[c], cabinetY[c]));
    const other = (c: number): number => (cabinetUnit[c] === roomUnit[r] ? 0 : 1);
    return cabs.map((_, c) => c).sort((a, b) => other(a) - other(b) || d[a] - d[b] || a - b);
  });
  const roomIds = Array.from(roomX, (_, r) => roomId(r));
  return { roomX, roomY, cabinetX, cabinetY, roomCabinetOrder, units, roomUnit, cabinetUnit, stationX, stationY, unitBoundsX, roomIds };
}

function unitEndX(roomX: Float64Array, roomUnit: Int32Array, u: number): number {
  let hi = -Infinity;
  for (let i = 0; i < roomX.length; i++) if (roomUnit[i] === u) hi = Math.max(hi, roomX[i]);
  return hi;
}
