/**
 * Cross-references inside a scenario that a JSON schema cannot state: ids that must be unique,
 * a placed cabinet that names a cabinet model, a fixed planogram that names catalog items and
 * fits the model's slots, consumption curves in day order. A document breaking one of these
 * would otherwise fail deep inside a run; here it fails with the path and rule instead.
 */
import type { Scenario } from './schema/scenario.js';
import type { ValidationError } from './json-value.js';

function uniqueIds(ids: readonly string[], pathOf: (i: number) => string, what: string, errors: ValidationError[]): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else errors.push({ path: pathOf(i), rule: 'unique', message: `${what} "${id}" is already used at index ${first}`, params: { name: JSON.stringify(id) } });
  });
}

/**
 * Checks the cross-references of a document that already passed the schema.
 * Rules: `unique` (SKUs, cabinet model ids, cabinet ids), `reference` (a cabinet's `modelId`,
 * a planogram's SKUs), `maxItems` (a planogram longer than the model's slots), `order`
 * (curve steps must start at day 0 and rise), `shift` (a fixed restock round outside the restocker shift).
 *
 * @param scenario - a schema-valid scenario
 * @returns the errors found, in document order; empty when all references hold
 */
export function checkReferences(scenario: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  const items = scenario.catalog.items;
  uniqueIds(items.map((item) => item.sku), (i) => `/catalog/items/${i}/sku`, 'SKU', errors);
  items.forEach((item, i) => {
    item.curve.forEach((step, j) => {
      const previous = j === 0 ? undefined : item.curve[j - 1].fromDay;
      if (j === 0 && step.fromDay !== 0) {
        errors.push({ path: `/catalog/items/${i}/curve/0/fromDay`, rule: 'order', message: 'the first curve step must start at day 0' });
      } else if (previous !== undefined && step.fromDay <= previous) {
        errors.push({ path: `/catalog/items/${i}/curve/${j}/fromDay`, rule: 'order', message: `fromDay must be above the previous step's ${previous}` });
      }
    });
  });
  const models = scenario.cabinets.models;
  uniqueIds(models.map((m) => m.id), (i) => `/cabinets/models/${i}/id`, 'cabinet model id', errors);
  const instances = scenario.cabinets.instances;
  uniqueIds(instances.map((c) => c.id), (i) => `/cabinets/instances/${i}/id`, 'cabinet id', errors);
  const skus = new Set(items.map((item) => item.sku));
  instances.forEach((cabinet, i) => {
    const model = models.find((m) => m.id === cabinet.modelId);
    if (model === undefined) {
      errors.push({ path: `/cabinets/instances/${i}/modelId`, rule: 'reference', message: `no cabinet model has id "${cabinet.modelId}"`, params: { name: JSON.stringify(cabinet.modelId) } });
    }
    const slotSkus = cabinet.slotSkus;
    if (slotSkus === undefined) return;
    const slots = model === undefined ? Infinity : model.slotGroups.reduce((sum, g) => sum + g.count, 0);
    if (slotSkus.length > slots) {
      errors.push({ path: `/cabinets/instances/${i}/slotSkus`, rule: 'maxItems', message: `planogram has ${slotSkus.length} slots but model "${cabinet.modelId}" has ${slots}`, params: { limit: String(slots), got: String(slotSkus.length) } });
    }
    slotSkus.forEach((sku, j) => {
      // An empty string marks a slot deliberately left empty.
      if (sku !== '' && !skus.has(sku)) {
        errors.push({ path: `/cabinets/instances/${i}/slotSkus/${j}`, rule: 'reference', message: `no catalog item has SKU "${sku}"`, params: { name: JSON.stringify(sku) } });
      }
    });
  });
  checkCalendar(scenario, errors);
  checkRoundsInShift(scenario, errors);
  return errors;
}

/** Hours of day as hh:mm, for messages. */
export function clock(hours: number): string {
  const minutes = Math.round(hours * 60) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A fixed round starts inside the restocker's day shift (rule `shift`): rounds are walked by the
 * restockers, who work day shifts (DOMAIN.md). Not checked when there are no restockers.
 */
function checkRoundsInShift(scenario: Scenario, errors: ValidationError[]): void {
  const { restockers, restockerShiftStartHour: start, restockerShiftHours: length } = scenario.people;
  if (restockers === 0 || length >= 24) return;
  const end = clock(start + length);
  scenario.restock.roundHours.forEach((hour, i) => {
    const intoShift = (((hour - start) % 24) + 24) % 24;
    if (intoShift < length) return;
    errors.push({
      path: `/restock/roundHours/${i}`,
      rule: 'shift',
      message: `the round at ${clock(hour)} lies outside the restocker shift ${clock(start)}-${end} (people.restockerShiftStartHour, people.restockerShiftHours)`,
      params: { got: clock(hour), limit: `${clock(start)}-${end}` },
    });
  });
}

/**
 * The wall clock: `meta.timeZone` must be a zone this runtime knows, and `run.startDate` a real
 * date on `run.startWeekday` in `run.startMonth`, so that minute 0 means one instant.
 */
function checkCalendar(scenario: Scenario, errors: ValidationError[]): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: scenario.meta.timeZone });
  } catch {
    errors.push({ path: '/meta/timeZone', rule: 'time-zone', message: `"${scenario.meta.timeZone}" is not an IANA time zone name (e.g. Asia/Shanghai)`, params: { got: JSON.stringify(scenario.meta.timeZone) } });
  }
  const { startDate, startWeekday, startMonth } = scenario.run;
  const [y, m, d] = startDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    errors.push({ path: '/run/startDate', rule: 'date', message: `"${startDate}" is not a calendar date`, params: { got: JSON.stringify(startDate) } });
    return;
  }
  const weekday = (date.getUTCDay() + 6) % 7;
  if (weekday !== startWeekday) errors.push({ path: '/run/startDate', rule: 'weekday', message: `${startDate} is weekday ${weekday} (0 = Monday); run.startWeekday is ${startWeekday}`, params: { name: String(weekday), limit: String(startWeekday) } });
  if (m - 1 !== startMonth) errors.push({ path: '/run/startDate', rule: 'month', message: `${startDate} is in month ${m - 1} (0 = January); run.startMonth is ${startMonth}`, params: { name: String(m - 1), limit: String(startMonth) } });
}
