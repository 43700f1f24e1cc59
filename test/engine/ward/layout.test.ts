import { describe, expect, it } from 'vitest';
import { buildLayout, compileParams } from '../../../engine/ward/index.js';
import { unitAtX, unitCount } from '../../../engine/ward/context/layout.js';
import type { Scenario } from '../../../scenarios/index.js';
import { loadPreset } from './presets.js';

function layoutOf(s: Scenario) {
  return buildLayout(s, compileParams(s).beds);
}

describe('buildLayout() ward units', () => {
  it.each([['county-mch', 1], ['city-mch', 2], ['provincial-mch', 6]] as const)('%s is split into %i unit(s) of at most unitMaxBeds beds', (name, units) => {
    const s = loadPreset(name);
    const beds = compileParams(s).beds;
    expect(unitCount(s, beds)).toBe(units);
    const layout = layoutOf(s);
    expect(layout.units).toBe(units);
    const roomsPerUnit = Array.from({ length: units }, (_, u) => layout.roomUnit.filter((x) => x === u).length);
    for (const n of roomsPerUnit) expect(n * s.layout.bedsPerRoom).toBeLessThanOrEqual(s.layout.unitMaxBeds + 2 * s.layout.bedsPerRoom);
    expect(Math.max(...roomsPerUnit) - Math.min(...roomsPerUnit)).toBeLessThanOrEqual(2);
  });

  it('layout.units overrides the derived count; a one-unit ward keeps the scenario nurse station', () => {
    const s = loadPreset('provincial-mch');
    const one = layoutOf({ ...s, layout: { ...s.layout, units: 1 } });
    expect(one.units).toBe(1);
    expect([one.stationX[0], one.stationY[0]]).toEqual([s.layout.nurseStation.x, s.layout.nurseStation.y]);
    expect(layoutOf({ ...s, layout: { ...s.layout, units: 3 } }).units).toBe(3);
  });

  it('units are consecutive stretches of the corridor, each station inside its own rooms, and unitAtX() finds them', () => {
    const layout = layoutOf(loadPreset('provincial-mch'));
    for (let i = 1; i < layout.roomUnit.length; i++) expect(layout.roomUnit[i]).toBeGreaterThanOrEqual(layout.roomUnit[i - 1]);
    for (let r = 0; r < layout.roomX.length; r++) expect(unitAtX(layout, layout.roomX[r])).toBe(layout.roomUnit[r]);
    for (let u = 0; u < layout.units; u++) expect(unitAtX(layout, layout.stationX[u])).toBe(u);
  });

  it('provincial cabinets are assigned to units by location (two per unit) and each room tries its own unit\'s cabinet first', () => {
    const layout = layoutOf(loadPreset('provincial-mch'));
    const perUnit = Array.from({ length: layout.units }, (_, u) => layout.cabinetUnit.filter((x) => x === u).length);
    expect(perUnit).toEqual([2, 2, 2, 2, 2, 2]);
    for (let r = 0; r < layout.roomX.length; r++) expect(layout.cabinetUnit[layout.roomCabinetOrder[r][0]]).toBe(layout.roomUnit[r]);
  });
});
