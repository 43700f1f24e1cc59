/**
 * Per-cabinet planograms from the demand routed to each cabinet. The trip router is
 * deterministic: a room's trips go first to its nearest cabinet of its own ward unit (the
 * layout's `roomCabinetOrder`), and births fill the least occupied room, so every room carries
 * the same expected share of the ward's demand. A cabinet's routed demand is therefore the
 * ward's expected demand per SKU times the share of rooms routed to it first (computed from the
 * geometry, no simulation). Every bed has the same mix of SKUs, so routing changes how much a
 * cabinet hands out, not the mix: within one model, the planogram's balanced-cover allocation
 * (scale-free) is the same for every cabinet, and what a busy cabinet needs is more capacity.
 * `fitModels` gives it that: each cabinet gets the cheapest model whose planogram covers the
 * demand routed to it at least as long as the plan's base model covers an average cabinet.
 */
import type { Scenario } from '../../scenarios/index.js';
import { buildLayout, compileParams, expectedDemandPerDay, planModelSlots } from '../ward/index.js';
import type { PricedModel } from './cabinet-catalogue.js';

type ScenarioModel = Scenario['cabinets']['models'][number];

/** How a plan's cabinets get their slots. */
export type PlanogramMode = 'uniform' | 'per-cabinet';

/** One cabinet of a plan: its model, the demand routed to it and its planogram. */
export interface CabinetPlan {
  readonly id: string;
  readonly modelId: string;
  /** Share of the ward's rooms whose trips go to this cabinet first (0..1). */
  readonly demandShare: number;
  /** Expected units a day routed to it (all SKUs). */
  readonly demandUnitsPerDay: number;
  /** Shortest days of cover over its stocked SKUs against its routed demand; null when no room is routed to it first. */
  readonly minDaysOfCover: number | null;
  /** Slots per SKU. */
  readonly slotAllocation: Record<string, number>;
}

/** Per cabinet instance (scenario order): the share of rooms whose first cabinet it is. */
export function routedShares(s: Scenario): number[] {
  const layout = buildLayout(s, compileParams(s).beds);
  const shares = new Array<number>(s.cabinets.instances.length).fill(0);
  const rooms = layout.roomCabinetOrder.length;
  for (const order of layout.roomCabinetOrder) if (order.length > 0) shares[order[0]] += 1 / rooms;
  return shares;
}

function asCoreModel(m: ScenarioModel): { id: string; slots: { sizeClass: string; capacityUnits: number }[] } {
  return { id: m.id, slots: m.slotGroups.flatMap((g) => Array.from({ length: g.count }, () => ({ sizeClass: g.sizeClass, capacityUnits: g.capacityUnits }))) };
}

/** Days of cover of a model's planogram against the whole ward's demand (its cover at share 1). */
function wardCover(s: Scenario, m: ScenarioModel): number {
  return planModelSlots(s, asCoreModel(m)).minDaysOfCover;
}

/**
 * The scenario's cabinets, each given the cheapest of `models` whose planogram covers the
 * demand routed to it at least as long as `base` covers a cabinet with an average share
 * (1 / cabinets); when none does, the one with the longest cover. A cabinet no room is routed
 * to first (it serves only other cabinets' overflow) gets the cheapest model.
 * @returns the scenario with those models (added to its models when missing) and the price paid, CNY/yr
 */
export function fitModels(s: Scenario, base: ScenarioModel, models: readonly PricedModel[]): { scenario: Scenario; cabinetsPerYear: number } {
  const shares = routedShares(s);
  const n = shares.length;
  const target = wardCover(s, base) * n;
  const byPrice = [...models].sort((a, b) => a.pricePerYear - b.pricePerYear);
  const covers = new Map(byPrice.map((p) => [p.model.id, wardCover(s, p.model)]));
  let cabinetsPerYear = 0;
  const chosen = shares.map((share) => {
    const fits = byPrice.find((p) => share === 0 || covers.get(p.model.id)! >= target * share - 1e-9);
    const pick = fits ?? byPrice.reduce((a, b) => (covers.get(b.model.id)! > covers.get(a.model.id)! ? b : a));
    cabinetsPerYear += pick.pricePerYear;
    return pick.model;
  });
  const known = new Set(s.cabinets.models.map((m) => m.id));
  const added = [...new Map(chosen.filter((m) => !known.has(m.id)).map((m) => [m.id, m])).values()];
  const instances = s.cabinets.instances.map((c, k) => ({ ...c, modelId: chosen[k].id }));
  return { scenario: { ...s, cabinets: { ...s.cabinets, models: [...s.cabinets.models, ...added], instances } }, cabinetsPerYear };
}

/** Each cabinet's model, routed demand, cover and slots, as the ward model will plan them. */
export function cabinetPlans(s: Scenario): CabinetPlan[] {
  const shares = routedShares(s);
  const demand = expectedDemandPerDay(s).reduce((a, b) => a + b, 0);
  const plans = new Map<string, ReturnType<typeof planModelSlots>>();
  return s.cabinets.instances.map((c, k) => {
    const model = s.cabinets.models.find((m) => m.id === c.modelId);
    let plan = model === undefined ? undefined : plans.get(model.id);
    if (model !== undefined && plan === undefined) plans.set(model.id, (plan = planModelSlots(s, asCoreModel(model))));
    const slotAllocation: Record<string, number> = {};
    const skus = c.slotSkus ?? plan?.cabinets[0].slotSkus ?? [];
    for (const sku of skus) if (sku !== null && sku !== '') slotAllocation[sku] = (slotAllocation[sku] ?? 0) + 1;
    const cover = plan === undefined ? 0 : plan.minDaysOfCover;
    return {
      id: c.id, modelId: c.modelId, demandShare: round4(shares[k]), demandUnitsPerDay: round4(demand * shares[k]),
      minDaysOfCover: shares[k] > 0 ? round4(cover / shares[k]) : null, slotAllocation,
    };
  });
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
