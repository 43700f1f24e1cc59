/**
 * From a scenario to the dispensing core's configuration for a live ward (the dispensing
 * service and the twin). It is the ward model's own setup (`dispensingConfig` of
 * `engine/ward`: slot groups expanded, the planogram, rooms along the corridor as `room-1`,
 * `room-2`, ..., entitlements and the initial fill), so a twin and a simulation of the same
 * scenario start from identical states. One rule differs, and it changes no stock: a live
 * ward remembers request ids (the core's default idempotency window) because real cabinets
 * retry requests over flaky networks, while the simulation never repeats an id and turns the
 * window off for speed.
 */
import {
  buildLayout,
  compileParams,
  DEFAULT_IDEMPOTENCY_WINDOW,
  dispensingConfig,
} from '../../engine/index.js';
import type { DispensingConfig } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';

/** The simulation's dispensing configuration of `scenario`, or null when it has no cabinets. */
export function simulationDispensingConfig(scenario: Scenario): DispensingConfig | null {
  return dispensingConfig(scenario, buildLayout(scenario, compileParams(scenario).beds));
}

/**
 * Builds the live ward's dispensing configuration from a validated scenario with cabinets.
 * @throws Error when the scenario has no cabinets (a baseline twin cannot dispense)
 */
export function wardDispensingConfig(scenario: Scenario): DispensingConfig {
  const config = simulationDispensingConfig(scenario);
  if (config === null) throw new Error(`wardDispensingConfig: scenario "${scenario.meta.id}" has no cabinets`);
  return { ...config, rules: { ...config.rules, idempotencyWindow: DEFAULT_IDEMPOTENCY_WINDOW } };
}
