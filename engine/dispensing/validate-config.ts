/**
 * Checks a dispensing configuration before any state exists: unique ids, known models, SKUs
 * and rooms, slot size classes that fit their SKUs, non-negative integer capacities, sane
 * entitlement limits and initial lots that fit their slots. The first problem found is thrown
 * as a `DispensingConfigError` naming its path and the rule broken.
 */
import type { CabinetModel, DispensingConfig, Location } from './config-types.js';
import { DispensingConfigError } from './errors.js';

const API = 'createDispensingState';

function fail(path: string, rule: string): never {
  throw new DispensingConfigError(API, path, rule);
}

function checkId(value: unknown, path: string, seen: Set<string>, what: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(path, `(=${JSON.stringify(value)}) must be a non-empty string`);
  if (seen.has(value)) fail(path, `(="${value}") duplicates another ${what} id`);
  seen.add(value);
  return value;
}

/** Array check that does not narrow the caller's readonly array type to `any[]`. */
function checkArray(value: unknown, path: string): void {
  if (!Array.isArray(value)) fail(path, 'must be an array');
}

function checkLocation(loc: Location | undefined, path: string): void {
  if (loc === undefined || loc === null || typeof loc !== 'object') fail(path, 'must be an object { x, y } in metres');
  if (!Number.isFinite(loc.x)) fail(`${path}.x`, `(=${String(loc.x)}) must be a finite number of metres`);
  if (!Number.isFinite(loc.y)) fail(`${path}.y`, `(=${String(loc.y)}) must be a finite number of metres`);
}

function checkLimit(value: number | undefined, path: string): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < 0) fail(path, `(=${String(value)}) must be an integer >= 0`);
}

/** Resolved slot id of the model's slot at `index` (explicit id or `"s<index>"`). */
export function slotIdAt(model: CabinetModel, index: number): string {
  return model.slots[index].id ?? `s${index}`;
}

/** Throws `DispensingConfigError` on the first problem in `config`. */
export function validateConfig(config: DispensingConfig): void {
  if (config === null || typeof config !== 'object') fail('config', 'must be an object');
  if (!config.catalog) fail('catalog', 'must be an object { items }');
  checkArray(config.catalog.items, 'catalog.items');
  const skus = new Map<string, string>();
  const skuSeen = new Set<string>();
  config.catalog.items.forEach((item, i) => {
    const p = `catalog.items[${i}]`;
    checkId(item.sku, `${p}.sku`, skuSeen, 'SKU');
    if (typeof item.sizeClass !== 'string' || item.sizeClass === '') fail(`${p}.sizeClass`, 'must be a non-empty string');
    if (!(item.shelfLifeDays > 0)) fail(`${p}.shelfLifeDays`, `(=${String(item.shelfLifeDays)}) must be > 0`);
    if (typeof item.needsPatient !== 'boolean') fail(`${p}.needsPatient`, 'must be a boolean');
    skus.set(item.sku, item.sizeClass);
  });

  checkArray(config.cabinetModels, 'cabinetModels');
  const models = new Map<string, CabinetModel>();
  const modelSeen = new Set<string>();
  config.cabinetModels.forEach((model, m) => {
    const p = `cabinetModels[${m}]`;
    checkId(model.id, `${p}.id`, modelSeen, 'cabinet model');
    checkArray(model.slots, `${p}.slots`);
    const slotSeen = new Set<string>();
    model.slots.forEach((slot, s) => {
      const sp = `${p}.slots[${s}]`;
      checkId(slotIdAt(model, s), `${sp}.id`, slotSeen, 'slot');
      if (typeof slot.sizeClass !== 'string' || slot.sizeClass === '') fail(`${sp}.sizeClass`, 'must be a non-empty string');
      if (!Number.isInteger(slot.capacityUnits) || slot.capacityUnits < 0) {
        fail(`${sp}.capacityUnits`, `(=${String(slot.capacityUnits)}) must be an integer >= 0`);
      }
    });
    models.set(model.id, model);
  });

  checkArray(config.cabinets, 'cabinets');
  const cabSeen = new Set<string>();
  const cabModels = new Map<string, CabinetModel>();
  config.cabinets.forEach((cab, c) => {
    const p = `cabinets[${c}]`;
    checkId(cab.id, `${p}.id`, cabSeen, 'cabinet');
    const model = models.get(cab.modelId);
    if (!model) fail(`${p}.modelId`, `(="${String(cab.modelId)}") must name a cabinet model`);
    checkLocation(cab.location, `${p}.location`);
    const slotSkus = cab.slotSkus ?? [];
    if (slotSkus.length > model.slots.length) {
      fail(`${p}.slotSkus`, `has ${slotSkus.length} entries but model "${model.id}" has ${model.slots.length} slots`);
    }
    slotSkus.forEach((sku, s) => {
      if (sku === null || sku === undefined) return;
      const size = skus.get(sku);
      if (size === undefined) fail(`${p}.slotSkus[${s}]`, `(="${sku}") must name a catalog SKU`);
      if (size !== model.slots[s].sizeClass) {
        fail(`${p}.slotSkus[${s}]`, `(="${sku}", size ${size}) does not fit slot size class ${model.slots[s].sizeClass}`);
      }
    });
    cabModels.set(cab.id, model);
  });

  const roomSeen = new Set<string>();
  (config.rooms ?? []).forEach((room, r) => {
    checkId(room.id, `rooms[${r}].id`, roomSeen, 'room');
    checkLocation(room.location, `rooms[${r}].location`);
  });

  const ruleSeen = new Set<string>();
  (config.entitlements ?? []).forEach((rule, r) => {
    const p = `entitlements[${r}]`;
    if (!skus.has(rule.sku)) fail(`${p}.sku`, `(="${String(rule.sku)}") must name a catalog SKU`);
    if (ruleSeen.has(rule.sku)) fail(`${p}.sku`, `(="${rule.sku}") has more than one entitlement rule`);
    ruleSeen.add(rule.sku);
    checkLimit(rule.perDay, `${p}.perDay`);
    checkLimit(rule.perStay, `${p}.perStay`);
    (rule.kinds ?? []).forEach((k, i) => {
      if (k !== 'mother' && k !== 'newborn') fail(`${p}.kinds[${i}]`, `(="${String(k)}") must be 'mother' or 'newborn'`);
    });
  });

  // Looked up by id, not searched per lot: a ward fills every slot of every cabinet.
  const cabById = new Map<string, (typeof config.cabinets)[number]>();
  for (const c of config.cabinets) if (!cabById.has(c.id)) cabById.set(c.id, c);
  const slotIndexOf = new Map<CabinetModel, Map<string, number>>();
  (config.initialLots ?? []).forEach((lot, l) => {
    const p = `initialLots[${l}]`;
    const model = cabModels.get(lot.cabinetId);
    if (!model) fail(`${p}.cabinetId`, `(="${String(lot.cabinetId)}") must name a cabinet`);
    const cab = cabById.get(lot.cabinetId)!;
    let ids = slotIndexOf.get(model);
    if (ids === undefined) {
      ids = new Map();
      for (let i = 0; i < model.slots.length; i++) if (!ids.has(slotIdAt(model, i))) ids.set(slotIdAt(model, i), i);
      slotIndexOf.set(model, ids);
    }
    const s = ids.get(lot.slotId) ?? -1;
    if (s < 0) fail(`${p}.slotId`, `(="${String(lot.slotId)}") must name a slot of cabinet "${lot.cabinetId}"`);
    if (!cab.slotSkus || cab.slotSkus[s] == null) fail(`${p}.slotId`, `(="${lot.slotId}") has no SKU assigned`);
    if (!Number.isInteger(lot.quantity) || lot.quantity <= 0) fail(`${p}.quantity`, `(=${String(lot.quantity)}) must be an integer > 0`);
    if (!Number.isFinite(lot.expiresAtMin)) fail(`${p}.expiresAtMin`, `(=${String(lot.expiresAtMin)}) must be a finite number of minutes`);
  });

  const rules = config.rules ?? {};
  if (rules.maxAlternatives !== undefined) checkLimit(rules.maxAlternatives, 'rules.maxAlternatives');
  if (rules.idempotencyWindow !== undefined) checkLimit(rules.idempotencyWindow, 'rules.idempotencyWindow');
  if (rules.unlistedSkus !== undefined && rules.unlistedSkus !== 'allow' && rules.unlistedSkus !== 'deny') {
    fail('rules.unlistedSkus', `(="${String(rules.unlistedSkus)}") must be 'allow' or 'deny'`);
  }
}
