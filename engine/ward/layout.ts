/**
 * Ward layout: patient rooms along both sides of one corridor (doors every `roomSpacingM`,
 * rooms at y = -3 and +3), the nurse station, the store room and the entrance with the lift.
 * Walking distance is Manhattan (corridors at right angles), as in the dispensing core's
 * router, so both agree on which cabinet is nearest.
 */
import type { Scenario } from '../../scenarios/index.js';

/** Geometry derived once per run. */
export interface WardLayout {
  readonly roomX: Float64Array;
  readonly roomY: Float64Array;
  readonly cabinetX: Float64Array;
  readonly cabinetY: Float64Array;
  /** Per room: cabinet indices, nearest first (ties by index). */
  readonly roomCabinetOrder: readonly (readonly number[])[];
}

/** Walking distance in metres (Manhattan). */
export function distanceM(ax: number, ay: number, bx: number, by: number): number {
  return Math.abs(ax - bx) + Math.abs(ay - by);
}

/** Room id as given to the dispensing core. */
export function roomId(i: number): string {
  return `room-${i + 1}`;
}

/** Builds the layout for `beds` beds. */
export function buildLayout(s: Scenario, beds: number): WardLayout {
  const rooms = Math.max(1, Math.ceil(beds / s.layout.bedsPerRoom));
  const roomX = new Float64Array(rooms);
  const roomY = new Float64Array(rooms);
  for (let i = 0; i < rooms; i++) {
    roomX[i] = s.layout.roomSpacingM * (Math.floor(i / 2) + 1);
    roomY[i] = i % 2 === 0 ? 3 : -3;
  }
  const cabs = s.cabinets.instances;
  const cabinetX = Float64Array.from(cabs.map((c) => c.location.x));
  const cabinetY = Float64Array.from(cabs.map((c) => c.location.y));
  const roomCabinetOrder = Array.from(roomX, (x, r) => {
    const d = cabs.map((_, c) => distanceM(x, roomY[r], cabinetX[c], cabinetY[c]));
    return cabs.map((_, c) => c).sort((a, b) => d[a] - d[b] || a - b);
  });
  return { roomX, roomY, cabinetX, cabinetY, roomCabinetOrder };
}
