/**
 * Cabinet models a sizing plan can choose from: a small catalogue of slot layouts with a price
 * per year, alongside the scenario's own models (priced at the planner's `cabinetPerYear`).
 * No vendor layout or price is published for this programme; the layouts are scaled from the
 * presets' 60-slot model (mc-60: 20 S × 30, 28 M × 16, 12 L × 8 units) and every price is an
 * assumption (basis A) a planner should replace with tender figures.
 */
import type { Scenario } from '../../scenarios/index.js';

type ScenarioModel = Scenario['cabinets']['models'][number];

/** A catalogue model: a scenario cabinet model with its yearly price and where that comes from. */
export interface CatalogueModel extends ScenarioModel {
  /** Lease (or purchase over its life) per cabinet, CNY per cabinet-year. */
  readonly pricePerYear: number;
  readonly basis: 'S' | 'D' | 'A';
  readonly source: string;
}

/** The catalogue (ascending size). */
export const CABINET_CATALOGUE: readonly CatalogueModel[] = [
  {
    id: 'compact-36',
    slotGroups: [{ sizeClass: 'S', capacityUnits: 30, count: 12 }, { sizeClass: 'M', capacityUnits: 16, count: 16 }, { sizeClass: 'L', capacityUnits: 8, count: 8 }],
    pricePerYear: 22_000, basis: 'A',
    source: 'assumption: a 36-slot single-column cabinet at about 3/4 of the 60-slot price (fixed costs of screen, scanner and network do not shrink with slots)',
  },
  {
    id: 'standard-60',
    slotGroups: [{ sizeClass: 'S', capacityUnits: 30, count: 20 }, { sizeClass: 'M', capacityUnits: 16, count: 28 }, { sizeClass: 'L', capacityUnits: 8, count: 12 }],
    pricePerYear: 30_000, basis: 'A',
    source: 'assumption: the presets\' mc-60 layout at the default cabinet price (CNY 150,000 over 5 years)',
  },
  {
    id: 'large-96',
    slotGroups: [{ sizeClass: 'S', capacityUnits: 30, count: 32 }, { sizeClass: 'M', capacityUnits: 16, count: 44 }, { sizeClass: 'L', capacityUnits: 8, count: 20 }],
    pricePerYear: 42_000, basis: 'A',
    source: 'assumption: a main unit with an extension column, about 1.4 times the 60-slot price',
  },
];

/** A model a plan may use, with its price. */
export interface PricedModel {
  readonly model: ScenarioModel;
  /** CNY per cabinet-year. */
  readonly pricePerYear: number;
}

/**
 * Models by id: the scenario's own (priced at `cabinetPerYear`) first, then the catalogue's.
 * @throws RangeError naming the id that is neither
 */
export function pricedModels(s: Scenario, ids: readonly string[], cabinetPerYear: number): PricedModel[] {
  return ids.map((id, i) => {
    const own = s.cabinets.models.find((m) => m.id === id);
    if (own !== undefined) return { model: own, pricePerYear: cabinetPerYear };
    const c = CABINET_CATALOGUE.find((m) => m.id === id);
    if (c === undefined) throw new RangeError(`sizing: models[${i}](=${JSON.stringify(id)}) is neither a cabinet model of scenario "${s.meta.id}" nor one of the catalogue (${CABINET_CATALOGUE.map((m) => m.id).join(', ')})`);
    return { model: { id: c.id, slotGroups: c.slotGroups }, pricePerYear: c.pricePerYear };
  });
}
