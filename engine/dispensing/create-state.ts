/**
 * Building the live state from a validated configuration: cabinets with their slots indexed by
 * SKU, each cabinet's and room's neighbours sorted by walking distance (so routing is a scan,
 * not a sort), compiled entitlements, empty counters and the initial lots in expiry order.
 */
import type { DispensingConfig } from './config-types.js';
import { DispensingConfigError } from './errors.js';
import { nearestFirst } from './walking-distance.js';
import { emptyFefoOrders } from './fefo-order.js';
import { insertLot, noteLotId } from './slot-stock.js';
import type {
  CabinetState,
  CompiledEntitlement,
  DispensingCounters,
  DispensingState,
  DispensingStateOptions,
  RoomState,
  SlotState,
} from './state-types.js';
import { REFUSAL_REASONS, type RefusalReason } from './request-types.js';
import { slotIdAt, validateConfig } from './validate-config.js';

/** Default number of alternative cabinets a refusal names. */
export const DEFAULT_MAX_ALTERNATIVES = 3;
/** Default idempotency window (request ids remembered). */
export const DEFAULT_IDEMPOTENCY_WINDOW = 65_536;

function compileEntitlements(config: DispensingConfig, skuIndex: Map<string, number>): CompiledEntitlement[] {
  const allow = (config.rules?.unlistedSkus ?? 'allow') === 'allow';
  const open: CompiledEntitlement = { mother: allow, newborn: allow, perDay: Infinity, perStay: Infinity };
  const out: CompiledEntitlement[] = config.catalog.items.map(() => open);
  for (const rule of config.entitlements ?? []) {
    const kinds = rule.kinds ?? ['mother', 'newborn'];
    out[skuIndex.get(rule.sku)!] = {
      mother: kinds.includes('mother'),
      newborn: kinds.includes('newborn'),
      perDay: rule.perDay ?? Infinity,
      perStay: rule.perStay ?? Infinity,
    };
  }
  return out;
}

function emptyCounters(cells: number): DispensingCounters {
  const byReason = {} as Record<RefusalReason, number>;
  for (const r of REFUSAL_REASONS) byReason[r] = 0;
  return {
    grants: 0,
    refusals: 0,
    refusalsByReason: byReason,
    initialUnits: new Float64Array(cells),
    restockedUnits: new Float64Array(cells),
    dispensedUnits: new Float64Array(cells),
    removedUnits: new Float64Array(cells),
    events: 0,
  };
}

/**
 * Validates `config` and builds a fresh state at time 0 (initial lots in place, nobody
 * admitted, empty ledger).
 *
 * @throws DispensingConfigError naming the path and the rule broken (duplicate ids, unknown
 *   model, SKU or room, size-class mismatch, negative capacity, initial lots over capacity …).
 */
export function createDispensingState(config: DispensingConfig, options: DispensingStateOptions = {}): DispensingState {
  validateConfig(config);
  const items = config.catalog.items;
  const skuIndex = new Map<string, number>();
  items.forEach((item, i) => skuIndex.set(item.sku, i));
  const models = new Map(config.cabinetModels.map((m) => [m.id, m]));
  const locations = config.cabinets.map((c) => c.location);

  const cabinets: CabinetState[] = config.cabinets.map((cab, c) => {
    const model = models.get(cab.modelId)!;
    const slotsBySku: SlotState[][] = items.map(() => []);
    const slots: SlotState[] = model.slots.map((spec, s) => {
      const sku = cab.slotSkus?.[s];
      const slot: SlotState = {
        id: slotIdAt(model, s),
        index: s,
        sizeClass: spec.sizeClass,
        capacityUnits: spec.capacityUnits,
        skuIndex: sku == null ? -1 : skuIndex.get(sku)!,
        jammed: false,
        lots: [],
        onHandUnits: 0,
        headExpiryMin: Infinity,
      };
      if (slot.skuIndex >= 0) slotsBySku[slot.skuIndex].push(slot);
      return slot;
    });
    return {
      id: cab.id,
      index: c,
      modelId: cab.modelId,
      location: { x: cab.location.x, y: cab.location.y },
      online: cab.online ?? true,
      slots,
      slotById: new Map(slots.map((s) => [s.id, s])),
      slotsBySku,
      nearest: nearestFirst(cab.location, locations).filter((i) => i !== c),
      slotsEmptied: 0,
      ...emptyFefoOrders(slots.length, items.length),
    };
  });
  const cabinetIndex = new Map(cabinets.map((c) => [c.id, c.index]));
  const rooms = new Map<string, RoomState>();
  for (const room of config.rooms ?? []) {
    rooms.set(room.id, { id: room.id, location: { ...room.location }, nearest: nearestFirst(room.location, locations) });
  }

  const windowSize = config.rules?.idempotencyWindow ?? DEFAULT_IDEMPOTENCY_WINDOW;
  const state: DispensingState = {
    config,
    items,
    skuIndex,
    entitlements: compileEntitlements(config, skuIndex),
    cabinets,
    cabinetIndex,
    rooms,
    patients: new Map(),
    idempotency: { size: windowSize, outcomes: new Map(), ring: new Array<string | undefined>(windowSize), next: 0 },
    maxAlternatives: config.rules?.maxAlternatives ?? DEFAULT_MAX_ALTERNATIVES,
    counters: emptyCounters(cabinets.length * items.length),
    ledger: (options.ledger ?? 'retain') === 'retain' ? [] : null,
    sink: options.onEvent ?? null,
    nowMin: 0,
    nextLotSeq: 1,
  };

  (config.initialLots ?? []).forEach((lot, l) => {
    const cab = cabinets[cabinetIndex.get(lot.cabinetId)!];
    const slot = cab.slotById.get(lot.slotId)!;
    if (slot.onHandUnits + lot.quantity > slot.capacityUnits) {
      throw new DispensingConfigError(
        'createDispensingState',
        `initialLots[${l}].quantity`,
        `(=${lot.quantity}) would fill slot "${lot.slotId}" of cabinet "${lot.cabinetId}" beyond its capacity ${slot.capacityUnits}`,
      );
    }
    const lotId = lot.lotId ?? `L${state.nextLotSeq++}`;
    if (slot.lots.some((x) => x.lotId === lotId)) {
      throw new DispensingConfigError('createDispensingState', `initialLots[${l}].lotId`, `(="${lotId}") is already in slot "${lot.slotId}"`);
    }
    insertLot(slot, { lotId, quantity: lot.quantity, expiresAtMin: lot.expiresAtMin });
    noteLotId(state, lotId);
    state.counters.initialUnits[cab.index * items.length + slot.skuIndex] += lot.quantity;
  });
  return state;
}
