/**
 * Starting an assembled ward from a live state instead of an empty ward: the clock is moved to
 * `nowMin` (the nurse roster catches up on the way, nothing else is scheduled yet), the books
 * start counting there, jams of the start are set, the patients present get their beds, and
 * births (the scenario's NHPP from now on), fixed restock rounds, failures and the repairs of
 * what is broken now are started. The forecast recorder listens from the first moment.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { MINUTES_PER_DAY, setCabinetOnline, setSlotJammed } from '../../dispensing/index.js';
import type { AssembledWard } from '../assemble-ward.js';
import { ForecastRecorder } from './forecast-track.js';
import type { WardStart } from './ward-start.js';

/** The first two fixed rounds strictly after `nowMin`, absolute minutes (Infinity where there are none). */
export function nextRounds(scenario: Scenario, nowMin: number): [number, number] {
  if (scenario.people.restockers === 0 || scenario.restock.roundHours.length === 0) return [Infinity, Infinity];
  const day = Math.floor(nowMin / MINUTES_PER_DAY);
  const times = [day, day + 1, day + 2].flatMap((d) => scenario.restock.roundHours.map((h) => d * MINUTES_PER_DAY + h * 60)).filter((t) => t > nowMin).sort((a, b) => a - b);
  return [times[0], times[1]];
}

/** The scenario a warm start runs: no warm-up, the run ends `horizonMin` after `nowMin`. */
export function warmStartScenario(scenario: Scenario, start: WardStart): Scenario {
  return { ...scenario, run: { ...scenario.run, warmupDays: 0, horizonDays: (start.nowMin + start.horizonMin) / MINUTES_PER_DAY } };
}

/**
 * Starts `ward` (assembled with `start`) at `start.nowMin`; returns the forecast recorder, or
 * null for a ward without cabinets.
 */
export function warmStart(ward: AssembledWard, start: WardStart): ForecastRecorder | null {
  const { ctx, cabinets, population, inventory } = ward;
  const now = start.nowMin;
  ctx.env.run({ until: now });
  inventory.flush();
  ctx.kpis.reset(now);
  ctx.contacts.reset(now);
  inventory.restart(now);
  let recorder: ForecastRecorder | null = null;
  const held = new Set(start.holdOffline ?? []);
  if (cabinets !== null) {
    const disp = cabinets.dispensing;
    for (const live of start.cabinets) {
      const cab = disp.cabinets[disp.cabinetIndex.get(live.id) ?? -1];
      if (cab === undefined) continue;
      live.slots.forEach((slot, i) => {
        if (slot.jammed && cab.slots[i] !== undefined) {
          setSlotJammed(disp, cab.id, cab.slots[i].id, true, now);
          cabinets.stock.jamChanged(cab, cab.slots[i].skuIndex, now);
        }
      });
    }
    for (const id of held) if (disp.cabinetIndex.has(id)) setCabinetOnline(disp, id, false, now);
    cabinets.slots.restart(now);
    cabinets.stockouts.restart(now);
    const [next, after] = nextRounds(ctx.scenario, now);
    recorder = new ForecastRecorder(ctx, cabinets, now, next, after);
    cabinets.stock.listen(recorder);
  }
  population.admitPresent(start.patients, now);
  population.start(now);
  if (cabinets !== null) {
    cabinets.restock.start(now);
    cabinets.failures.start();
    cabinets.failures.resume(held);
  }
  return recorder;
}
