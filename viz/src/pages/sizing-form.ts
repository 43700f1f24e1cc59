/**
 * The Sizing page's inputs and the size job they ask for: where the ward comes from (a preset,
 * the scenario drafted on the Scenario page, or the programme's application-form fields), the
 * curve and the hospital's own volume, the service targets, the restock rounds allowed, the
 * plan's dimensions (cabinet models, par levels, a planogram per cabinet), the prices with the
 * value of a nurse minute freed, and the replications. {@link sizeRequestOf} turns the fields into the body of
 * `POST /api/sizes`; the server checks every value again and answers with the path and rule.
 */
import type { Selection } from 'd3';
import type { SizeRequest } from '../api/index.js';
import { t } from '../i18n/index.js';
import { numberField, textField } from './_internals/page-kit.js';

type Form = Selection<HTMLFormElement, unknown, null, undefined>;

/** Where the sized ward comes from. */
export type SizingSource = 'preset' | 'draft' | 'hospital';

/** The form's values as read (numbers already parsed; an empty optional number is null). */
export interface SizingFormValues {
  source: SizingSource;
  preset: string;
  curve: string;
  deliveries: number;
  hospitalType: 'general' | 'specialty' | 'maternal-child';
  has24hConvenience: boolean;
  floorSpace: boolean;
  separateObstetrics: boolean;
  beds: number | null;
  nurses: number | null;
  minFillRate: number;
  maxTripWaitP95Min: number;
  maxStockout: number;
  rounds: string;
  /** Cabinet model ids, comma-separated; blank: the scenario's own. */
  models: string;
  /** Par levels (shares of capacity), comma-separated; blank: the scenario's own. */
  parShares: string;
  /** Each cabinet gets the cheapest model covering the demand routed to it (else one model for all). */
  planogramPerCabinet: boolean;
  cabinetPerYear: number;
  restockLaborPerHour: number;
  holdingPerUnitYear: number;
  /** CNY per nurse minute freed; null: the plan's benefit is not valued. */
  nurseMinute: number | null;
  replications: number;
  maxReplications: number;
  days: number;
}

/** Rounds a day allowed, from `1,2,3`; null when a value is not a whole number from 1 to 6. */
export function parseRounds(text: string): number[] | null {
  const parts = text.split(',').map((x) => x.trim()).filter((x) => x !== '');
  const rounds = parts.map(Number);
  return rounds.length > 0 && rounds.every((r) => Number.isInteger(r) && r >= 1 && r <= 6) ? rounds : null;
}

/** Items of a comma-separated list, trimmed, blanks dropped. */
function listItems(text: string): string[] {
  return text.split(',').map((x) => x.trim()).filter((x) => x !== '');
}

/** Par levels from `0.2,0.3`: [] when blank (the scenario's own); null when a value is not a number from 0 to 1. */
export function parseParShares(text: string): number[] | null {
  const items = listItems(text);
  const shares = items.map(Number);
  return items.length <= 10 && items.every((x, i) => /^[0-9.]+$/.test(x) && shares[i] >= 0 && shares[i] <= 1) ? shares : null;
}

/**
 * The `POST /api/sizes` body for the form's values; `draft` is the Scenario page's draft
 * document. The hospital's volume is the `deliveries` of the form (sets the sized scenario's
 * volume for a preset or draft; the form's annual deliveries for a hospital).
 */
export function sizeRequestOf(v: SizingFormValues, draft: Record<string, unknown>): SizeRequest {
  const rounds = parseRounds(v.rounds);
  const models = listItems(v.models);
  const parShares = parseParShares(v.parShares) ?? [];
  const common = {
    curve: v.curve,
    targets: { minFillRate: v.minFillRate, maxTripWaitP95Min: v.maxTripWaitP95Min, maxStockoutSlotHoursPer1000PatientDays: v.maxStockout },
    costs: { cabinetPerYear: v.cabinetPerYear, restockLaborPerHour: v.restockLaborPerHour, holdingPerUnitYear: v.holdingPerUnitYear, ...(v.nurseMinute !== null ? { nurseMinute: v.nurseMinute } : {}) },
    ...(rounds !== null ? { rounds } : {}),
    ...(models.length > 0 ? { models } : {}),
    ...(parShares.length > 0 ? { parShares } : {}),
    planogram: v.planogramPerCabinet ? ('per-cabinet' as const) : ('uniform' as const),
    replications: v.replications,
    maxReplications: v.maxReplications,
    days: v.days,
  };
  if (v.source === 'hospital') {
    const hospital = {
      annualDeliveries: v.deliveries, hospitalType: v.hospitalType, has24hConvenience: v.has24hConvenience, floorSpace: v.floorSpace, separateObstetrics: v.separateObstetrics,
      ...(v.beds !== null ? { beds: v.beds } : {}), ...(v.nurses !== null ? { nurses: v.nurses } : {}),
    };
    return { ...common, hospital };
  }
  return { ...common, scenario: v.source === 'draft' ? draft : v.preset, deliveries: v.deliveries };
}

function select(form: Form, name: string, label: string, options: readonly [string, string][], value: string): void {
  const row = form.append('label').attr('class', 'wt-field');
  row.append('span').text(label);
  const s = row.append('select').attr('name', name);
  s.selectAll('option').data(options).join('option').attr('value', (d) => d[0]).text((d) => d[1]);
  s.property('value', value);
}

function checkbox(form: Form, name: string, label: string, checked: boolean): void {
  const row = form.append('label').attr('class', 'wt-field wt-check');
  row.append('input').attr('type', 'checkbox').attr('name', name).property('checked', checked);
  row.append('span').text(label);
}

/** A number input left blank unless the planner fills it in (blank: not sent). */
function optionalNumberField(form: Form, name: string, label: string, limits: { min: number }): void {
  const row = form.append('label').attr('class', 'wt-field');
  row.append('span').text(label);
  row.append('input').attr('type', 'number').attr('inputmode', 'decimal').attr('name', name).attr('min', limits.min).attr('step', 'any').property('value', '');
}

function group(form: Form, legend: string): Form {
  const set = form.append('fieldset').attr('class', 'wt-fieldset');
  set.append('legend').text(legend);
  return set as unknown as Form;
}

/** Draws the inputs into `form`, `presets` offered for the preset source (default city-mch). */
export function sizingForm(form: Form, presets: readonly string[]): void {
  const ward = group(form, t('sizing.group.ward'));
  select(ward, 'source', t('sizing.source'), [['preset', t('sizing.source.preset')], ['draft', t('sizing.source.draft')], ['hospital', t('sizing.source.hospital')]], 'preset');
  select(ward, 'preset', t('sizing.preset'), presets.map((p) => [p, p]), presets.includes('city-mch') ? 'city-mch' : (presets[0] ?? ''));
  numberField(ward, 'deliveries', t('sizing.deliveries'), 6000, { min: 1, step: 1 });
  textField(ward, 'curve', t('sizing.curve'), '1000:10000:1000');
  const hospital = group(form, t('sizing.group.hospital'));
  select(hospital, 'hospitalType', t('sizing.form.type'), [['general', t('sizing.form.type.general')], ['specialty', t('sizing.form.type.specialty')], ['maternal-child', t('sizing.form.type.maternalChild')]], 'maternal-child');
  checkbox(hospital, 'has24hConvenience', t('sizing.form.convenience'), false);
  checkbox(hospital, 'floorSpace', t('sizing.form.floorSpace'), true);
  checkbox(hospital, 'separateObstetrics', t('sizing.form.obstetrics'), true);
  textField(hospital, 'beds', t('sizing.form.beds'), '');
  textField(hospital, 'nurses', t('sizing.form.nurses'), '');
  const targets = group(form, t('sizing.group.targets'));
  numberField(targets, 'minFillRate', t('sizing.minFillRate'), 0.995, { min: 0 });
  numberField(targets, 'maxTripWaitP95Min', t('sizing.maxWait'), 5, { min: 0 });
  numberField(targets, 'maxStockout', t('sizing.maxStockout'), 50, { min: 0 });
  textField(targets, 'rounds', t('sizing.rounds'), '1,2,3,4');
  const plan = group(form, t('sizing.group.plan'));
  textField(plan, 'models', t('sizing.models'), '');
  textField(plan, 'parShares', t('sizing.parShares'), '');
  checkbox(plan, 'planogramPerCabinet', t('sizing.planogramPerCabinet'), false);
  const costs = group(form, t('sizing.group.costs'));
  numberField(costs, 'cabinetPerYear', t('sizing.cabinetCost'), 30000, { min: 0 });
  numberField(costs, 'restockLaborPerHour', t('sizing.labourCost'), 50, { min: 0 });
  numberField(costs, 'holdingPerUnitYear', t('sizing.holdingCost'), 1.5, { min: 0 });
  optionalNumberField(costs, 'nurseMinute', t('sizing.nurseMinute'), { min: 0 });
  const reps = group(form, t('sizing.group.replications'));
  numberField(reps, 'replications', t('sizing.replications'), 3, { min: 2, step: 1 });
  numberField(reps, 'maxReplications', t('sizing.maxReplications'), 3, { min: 2, step: 1 });
  numberField(reps, 'days', t('sizing.days'), 30, { min: 1, step: 1 });
}

/** Reads the form drawn by {@link sizingForm}. */
export function readSizingForm(form: Form): SizingFormValues {
  const value = (name: string): string => form.select<HTMLInputElement>(`[name=${name}]`).property('value') as string;
  const n = (name: string): number => Number(value(name));
  const optional = (name: string): number | null => (value(name).trim() === '' ? null : Number(value(name)));
  const checked = (name: string): boolean => form.select<HTMLInputElement>(`[name=${name}]`).property('checked') === true;
  return {
    source: value('source') as SizingSource, preset: value('preset'), curve: value('curve'), deliveries: n('deliveries'),
    hospitalType: value('hospitalType') as SizingFormValues['hospitalType'], has24hConvenience: checked('has24hConvenience'), floorSpace: checked('floorSpace'),
    separateObstetrics: checked('separateObstetrics'), beds: optional('beds'), nurses: optional('nurses'),
    minFillRate: n('minFillRate'), maxTripWaitP95Min: n('maxTripWaitP95Min'), maxStockout: n('maxStockout'), rounds: value('rounds'),
    models: value('models'), parShares: value('parShares'), planogramPerCabinet: checked('planogramPerCabinet'),
    cabinetPerYear: n('cabinetPerYear'), restockLaborPerHour: n('restockLaborPerHour'), holdingPerUnitYear: n('holdingPerUnitYear'), nurseMinute: optional('nurseMinute'),
    replications: n('replications'), maxReplications: n('maxReplications'), days: n('days'),
  };
}
