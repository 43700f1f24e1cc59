/**
 * Restock: fixed rounds at set times of day and/or par-level triggers; a restocker walks from
 * the store room along the cabinets, spending seconds per slot, with lots that expire (first
 * expiry first out). Upstream stock can be short or late.
 */
import { Type } from '@sinclair/typebox';
import { num, flag } from './field.js';

/** Restock policy. */
export const RestockSchema = Type.Object(
  {
    roundHours: Type.Array(Type.Number({ minimum: 0, maximum: 23.99 }), {
      description: 'Fixed restock rounds, hours of day, each inside the restocker shift (people.restockerShiftStartHour, restockerShiftHours; validation rule `shift`) (S: hospital ADC practice, 2 a day; default 07:00 and 18:30, inside the restocker day shift and before the evening trip surge, where sizing places two rounds; DOMAIN.md\'s example 04:45 lies outside a day shift)',
      maxItems: 24,
      default: [7, 18.5],
    }),
    parTrigger: flag('Call an extra round when a SKU in a cabinet falls below its par level (inside the restocker shift)', 'S', 'par-level restock cut stock-outs 38 % in one hospital', true),
    parShare: num({ what: 'Par level as a share of a SKU\'s capacity in a cabinet', unit: 'share 0..1', basis: 'A', source: 'exposed assumption', default: 0.25, min: 0, max: 1 }),
    parResponseMinutes: num({ what: 'Delay from a par trigger to the restocker leaving the store room', unit: 'min', basis: 'A', source: 'exposed assumption', default: 45, min: 0, max: 1440 }),
    targetShare: num({ what: 'Fill each slot up to this share of its capacity', unit: 'share 0..1', basis: 'A', source: 'exposed assumption', default: 1, min: 0.05, max: 1 }),
    secondsPerSlot: num({ what: 'Restock time per slot filled', unit: 's', basis: 'S', source: 'Kelm & Campbell 2018: 11.5-21.3 s per transaction', default: 15, min: 1, max: 600 }),
    setupMinutesPerCabinet: num({ what: 'Fixed time per cabinet visit (open, log in, close)', unit: 'min', basis: 'A', source: 'exposed assumption', default: 1, min: 0, max: 60 }),
    upstreamShortShare: num({ what: 'Chance a SKU line of a round is short upstream', unit: 'share 0..1', basis: 'A', source: 'DOMAIN.md: upstream stock can run short', default: 0.02, min: 0, max: 1 }),
    upstreamShortFill: num({ what: 'Share of the planned quantity delivered when short', unit: 'share 0..1', basis: 'A', source: 'exposed assumption', default: 0.5, min: 0, max: 1 }),
    lateShare: num({ what: 'Chance a round starts late', unit: 'share 0..1', basis: 'A', source: 'exposed assumption', default: 0.05, min: 0, max: 1 }),
    lateMinutesMean: num({ what: 'Mean lateness of a late round (exponential)', unit: 'min', basis: 'A', source: 'exposed assumption', default: 60, min: 0, max: 1440 }),
    remainingShelfLifeShare: num({ what: 'Share of an item\'s shelf life still left when a lot reaches the cabinet (initial fill and every restock); low values make expiry and first-expiry-first-out matter within a run', unit: 'share 0..1', basis: 'A', source: 'exposed assumption (1 = fresh lots; hospital stock often arrives with months used)', default: 1, min: 0.001, max: 1 }),
    initialFillShare: num({ what: 'Slot fill at simulation start', unit: 'share 0..1', basis: 'A', source: 'exposed assumption', default: 1, min: 0, max: 1 }),
  },
  { additionalProperties: false, description: 'Restock policy' },
);
