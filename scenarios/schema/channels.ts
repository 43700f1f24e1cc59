/**
 * Channels: where a supply trip can go. The cabinets on the ward, the nurse station (a nurse
 * leaves her work and fetches from the store room) and a shop outside the ward (boundary
 * crossing, queue with the public). The order is the fallback order when an item is out.
 * Before any of them, a family may cover a need from its own supplies (brought from home or
 * bought before admission): then it makes no trip at all.
 */
import { Type } from '@sinclair/typebox';
import { int, num } from './field.js';

/** A channel name. */
export const ChannelNameSchema = Type.Union([Type.Literal('cabinet'), Type.Literal('nurse-station'), Type.Literal('shop')]);

/** Channel order and the non-cabinet channels' parameters. */
export const ChannelsSchema = Type.Object(
  {
    order: Type.Array(ChannelNameSchema, {
      description: 'Channels tried in this order; later ones are fallbacks when an item is out (no duplicates)',
      minItems: 1,
      maxItems: 3,
      uniqueItems: true,
      default: ['cabinet', 'nurse-station', 'shop'],
      basis: 'A',
      source: 'DOMAIN.md: without cabinets a trip goes to the nurse station or to a shop; which first is not published (baselines: nurse station, then shop)',
    }),
    ownSupplyShare: num({
      what: 'Chance a family covers a need from its own supplies (brought from home, bought before admission) instead of a trip: one draw per need, so an item line is covered when the draw falls below its share (a family that has one item has the ones with a higher share too); items only the nurse station holds are never covered unless their catalog item sets its own share',
      unit: 'share 0..1', basis: 'A', source: 'no published figure found; 0 keeps every need a trip as DOMAIN.md describes (presets city-mch-own-supplies and city-mch-baseline-own-supplies show 0.5)', default: 0, min: 0, max: 1,
    }),
    nurseHandoverMinutes: num({ what: 'Counter time of a supply handover at the nurse station (request, check, hand over)', unit: 'min', basis: 'A', source: 'exposed assumption', default: 1.5, min: 0, max: 60 }),
    nurseStoreRoomMinutes: num({ what: 'Nurse time to pick the items in the store room (walking added from the plan)', unit: 'min', basis: 'A', source: 'exposed assumption', default: 2, min: 0, max: 60 }),
    nurseStationStockShare: num({ what: 'Chance the store room has a requested item (else the trip falls back)', unit: 'share 0..1', basis: 'A', source: 'exposed assumption', default: 0.98, min: 0, max: 1 }),
    shopWalkM: num({ what: 'Walk from the lift to the shop, one way (outside the ward)', unit: 'm', basis: 'A', source: 'exposed assumption', default: 150, min: 0, max: 5000 }),
    shopCashiers: int({ what: 'Cashiers at the shop', unit: 'servers', basis: 'A', source: 'exposed assumption', default: 2, min: 1, max: 50 }),
    shopServiceMinutesMean: num({ what: 'Mean time to pick and pay at the shop (exponential)', unit: 'min', basis: 'A', source: 'exposed assumption', default: 3, min: 0.1, max: 60 }),
    shopPublicPerHour: num({ what: 'Members of the public arriving at the shop', unit: '1/h', basis: 'A', source: 'exposed assumption', default: 25, min: 0, max: 2000 }),
    shopPublicDwellMinutes: num({ what: 'Mean time a member of the public spends in the shop', unit: 'min', basis: 'A', source: 'exposed assumption', default: 6, min: 0, max: 120 }),
    shopStockShare: num({ what: 'Chance the shop has a requested item', unit: 'share 0..1', basis: 'A', source: 'exposed assumption', default: 0.95, min: 0, max: 1 }),
  },
  { additionalProperties: false, description: 'Supply channels' },
);
