/**
 * From an application-form row to the two wards the portfolio compares: the hospital with
 * cabinets (to be sized) and its no-cabinet baseline twin, both built from the preset nearest
 * in volume and changed only where the form says something. Every change is an assumption
 * (basis A) and is listed with the hospital, so a programme officer can see what the answer
 * rests on:
 *
 * - preset: county-mch (1,500), city-mch (6,000) or provincial-mch (20,000), nearest by log
 *   volume; its layout, catalog, cabinet model and shop are taken as they are;
 * - deliveries: `births.annualDeliveries` of both wards;
 * - hospital type: recorded (`meta.hospitalType`); the postpartum ward is modelled the same;
 * - 24-hour convenience service: the shop walk is shortened to the hospital's own premises
 *   (`channels.shopWalkM` 50 m instead of the preset's outside walk), in both wards;
 * - floor space: without it the hospital is not eligible and nothing is run;
 * - no separate obstetrics department: flagged (the model's dedicated postpartum ward is an
 *   approximation of a mixed ward), still run;
 * - beds: `layout.beds` (otherwise derived from volume, ~15 per 1,000 deliveries);
 * - nurses: a head count; each nurse works 5 of 7 days, so nurses × 5/7 shift places a day
 *   are shared over the preset's shifts in its proportions (at least one per shift).
 *   Without it, the preset's roster is scaled by deliveries / preset volume (its nurse to
 *   patient ratio kept).
 */
import { assumptionSentence } from './assumption-texts.js';
import type { AssumptionKey } from './assumption-texts.js';
import { validateScenario } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import type { HospitalRow } from './hospital-row.js';

/** Presets a hospital is mapped to, with the volume each one was built for (deliveries a year). */
export const PORTFOLIO_PRESETS = { 'county-mch': 1500, 'city-mch': 6000, 'provincial-mch': 20000 } as const;

/** A preset a hospital maps to. */
export type PortfolioPreset = keyof typeof PORTFOLIO_PRESETS;

/** Returns the scenario of a preset (`city-mch`, `city-mch-baseline`, …); supplied by the edge. */
export type PresetLookup = (name: string) => Scenario;

/** Walk to a 24-hour convenience service on the hospital's premises, m (assumption). */
export const ON_SITE_SHOP_WALK_M = 50;
/** Share of days a nurse on the head count works (5 of 7), for turning a head count into a roster. */
export const NURSE_DAYS_SHARE = 5 / 7;

/** What a hospital's answer rests on. */
export interface MappingAssumption {
  /** The form field (or `preset`) the assumption comes from. */
  readonly field: string;
  readonly basis: 'A';
  /** The English sentence. */
  readonly text: string;
  /** Which sentence it is, and the figures it names: `assumptionSentence` writes it in either language (absent in results written before they were kept). */
  readonly key?: AssumptionKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** An assumption of `field` from its sentence's key and figures. */
function assume(field: string, key: AssumptionKey, params: Readonly<Record<string, string | number>>): MappingAssumption {
  return { field, basis: 'A', text: assumptionSentence(key, params), key, params };
}

/** The wards of one hospital, or why it is not run. */
export interface HospitalScenarios {
  readonly preset: PortfolioPreset;
  /** The hospital with cabinets (the preset's cabinet model and catalog), to be sized. */
  readonly scenario: Scenario;
  /** The same hospital without cabinets: nurse station and shop only. */
  readonly baseline: Scenario;
  readonly eligible: boolean;
  /** Why the answer is limited: `no-floor-space`, `no-separate-obstetrics`. */
  readonly flags: readonly string[];
  readonly assumptions: readonly MappingAssumption[];
}

/** The preset nearest to `deliveries` by log volume (ties go to the smaller). */
export function presetFor(deliveries: number): PortfolioPreset {
  let best: PortfolioPreset = 'county-mch';
  for (const p of Object.keys(PORTFOLIO_PRESETS) as PortfolioPreset[]) {
    if (Math.abs(Math.log(deliveries / PORTFOLIO_PRESETS[p])) < Math.abs(Math.log(deliveries / PORTFOLIO_PRESETS[best]))) best = p;
  }
  return best;
}

/** Shares `places` nurse places over shifts in proportion to `weights` (largest remainder, each >= 1). */
export function shareNurses(weights: readonly number[], places: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (places * w) / total);
  const out = exact.map((x) => Math.floor(x));
  const order = exact.map((x, k) => ({ k, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.k - b.k);
  let left = Math.round(places) - out.reduce((a, b) => a + b, 0);
  for (const { k } of order) {
    if (left <= 0) break;
    out[k]++;
    left--;
  }
  return out.map((n) => Math.min(500, Math.max(1, n)));
}

/**
 * Builds the wards for one hospital.
 * @param row - the hospital's form row
 * @param presets - looks presets up by name
 * @param horizonDays - days simulated after warm-up, when the caller shortens the presets' year
 * @throws RangeError when the changed scenario is not valid (with the schema's message)
 */
export function hospitalScenarios(row: HospitalRow, presets: PresetLookup, horizonDays?: number): HospitalScenarios {
  const preset = presetFor(row.annualDeliveries);
  const volume = PORTFOLIO_PRESETS[preset];
  const assumptions: MappingAssumption[] = [
    assume('preset', 'preset', { preset, volume }),
    assume('hospitalType', 'hospitalType', { type: row.hospitalType }),
  ];
  const flags: string[] = [];
  const cabinets = presets(preset);
  const shifts = cabinets.people.shifts;
  let nurses: number[];
  if (row.nurses !== undefined) {
    nurses = shareNurses(shifts.map((s) => s.nurses), row.nurses * NURSE_DAYS_SHARE);
    assumptions.push(assume('nurses', 'nursesGiven', { nurses: row.nurses, places: nurses.reduce((a, b) => a + b, 0), roster: shifts.map((s, k) => `${s.name} ${nurses[k]}`).join(' / ') }));
  } else {
    nurses = shifts.map((s) => Math.min(500, Math.max(1, Math.round((s.nurses * row.annualDeliveries) / volume))));
    assumptions.push(assume('nurses', 'nursesScaled', { deliveries: row.annualDeliveries, volume, roster: shifts.map((s, k) => `${s.name} ${nurses[k]}`).join(' / ') }));
  }
  if (row.beds !== undefined) assumptions.push(assume('beds', 'beds', { beds: row.beds }));
  if (row.has24hConvenience) assumptions.push(assume('has24hConvenience', 'has24hConvenience', { onSite: ON_SITE_SHOP_WALK_M, walk: cabinets.channels.shopWalkM }));
  if (!row.floorSpace) flags.push('no-floor-space');
  if (!row.separateObstetrics) {
    flags.push('no-separate-obstetrics');
    assumptions.push(assume('separateObstetrics', 'separateObstetrics', {}));
  }
  const build = (base: Scenario, id: string, name: string): Scenario => {
    const doc = {
      ...base,
      meta: { ...base.meta, id, name, hospitalType: row.hospitalType, has24hConvenience: row.has24hConvenience },
      run: horizonDays === undefined ? base.run : { ...base.run, horizonDays },
      births: { ...base.births, annualDeliveries: row.annualDeliveries },
      layout: row.beds === undefined ? base.layout : { ...base.layout, beds: row.beds },
      people: { ...base.people, shifts: base.people.shifts.map((s, k) => ({ ...s, nurses: nurses[k] ?? s.nurses })) },
      channels: row.has24hConvenience ? { ...base.channels, shopWalkM: ON_SITE_SHOP_WALK_M } : base.channels,
    };
    const v = validateScenario(doc);
    if (!v.ok) throw new RangeError(`line ${row.line}: the ${id} scenario is invalid: ${v.errors.map((e) => `${e.path} ${e.rule} ${e.message}`).join('; ')}`);
    return v.scenario;
  };
  const id = `h${row.line}-${preset}`;
  return {
    preset,
    scenario: build(cabinets, id, row.name),
    baseline: build(presets(`${preset}-baseline`), `${id}-baseline`, `${row.name} (no cabinets)`),
    eligible: row.floorSpace,
    flags,
    assumptions,
  };
}
