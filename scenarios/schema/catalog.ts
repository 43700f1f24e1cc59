/**
 * Catalog: the supply items with, per item, a consumption curve by postpartum day for the
 * mother or the newborn, the cabinet slot size it needs, and the per-patient entitlement.
 * Items are kept at the bedside; a trip happens when one of them runs low, mostly in waking
 * hours (families stock up before the night rather than walk at 02:00).
 *
 * Quotas ("one item, one person") count per postpartum day, the n-th 24 h since admission. A
 * trip fetches up to `targetHours` of use ahead, so within one postpartum day a patient can
 * fetch up to a day's use plus the look-ahead: limits are set so that a typical patient is never
 * refused, perDayLimit >= rate x (1 + targetHours / 24) x p95 of the usage multiplier (1.39 for
 * usageCv 0.2), rounded up with a unit or two for the trip's whole-unit rounding. A refusal
 * sends the rest to the next channel (the nurse station), it is not dropped.
 */
import { Type } from '@sinclair/typebox';
import { num } from './field.js';
import { ChannelNameSchema } from './channels.js';

/**
 * Default trip activity by hour of day, 00..23 (A): the share of trips falling due in that hour
 * that families make then. Quiet 23:00-06:00 (asleep; 0.1 is a need that cannot wait), a
 * half-awake 06:00; the rest is made earlier, in the last fully active hour before the quiet
 * hours (stocking up before the night). Waking hours are flat: meal and round peaks are not
 * modelled.
 */
export const TRIP_HOURS = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.3];

/** One step of a consumption curve: from this postpartum day on, this many units a day. */
export const CurveStepSchema = Type.Object(
  {
    fromDay: Type.Integer({ description: 'First postpartum day (0 = day of delivery) this rate applies to [d]', minimum: 0, maximum: 60 }),
    perDay: Type.Number({ description: 'Units used per day from that day on [units/d]', minimum: 0, maximum: 200 }),
  },
  { additionalProperties: false },
);

/** One supply item. */
export const ItemSchema = Type.Object(
  {
    sku: Type.String({ description: 'Stock-keeping unit id', minLength: 1, maxLength: 60, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }),
    name: Type.String({ description: 'Item name', minLength: 1, maxLength: 120 }),
    sizeClass: Type.Union([Type.Literal('S'), Type.Literal('M'), Type.Literal('L')], { description: 'Cabinet slot size the item needs' }),
    unit: Type.String({ description: 'What one unit is (piece, pack of 20, ...)', minLength: 1, maxLength: 40 }),
    shelfLifeDays: Type.Number({ description: 'Shelf life of a lot [d]', minimum: 1, maximum: 3650 }),
    needsPatient: Type.Boolean({ description: 'Dispense is tied to an identified patient ("one item, one person")', default: true }),
    patientKind: Type.Union([Type.Literal('mother'), Type.Literal('newborn')], { description: 'Whose consumption this is (and whose entitlement)' }),
    condition: Type.Union([Type.Literal('all'), Type.Literal('rooming-in'), Type.Literal('nicu-pumping')], {
      description: 'Who needs it: all patients of that kind, only rooming-in pairs, or only mothers whose newborn is in the neonatal unit (pumping)',
      default: 'all',
    }),
    curve: Type.Array(CurveStepSchema, { description: 'Consumption by postpartum day, steps sorted by fromDay, first fromDay 0', minItems: 1, maxItems: 30 }),
    basis: Type.String({ description: 'Provenance of the curve (S/D/A and source)', maxLength: 200, default: 'A' }),
    perDayLimit: Type.Integer({ description: 'Entitlement: most units per patient per day (0 = no limit) [units/d]', minimum: 0, maximum: 1000, default: 0 }),
    perStayLimit: Type.Integer({ description: 'Entitlement: most units per patient per stay (0 = no limit) [units]', minimum: 0, maximum: 100000, default: 0 }),
    ownSupplyShare: Type.Optional(Type.Number({
      description: 'This item\'s own-supply share, in place of channels.ownSupplyShare (which applies to items a cabinet or the shop holds; items only the nurse station holds default to 0) [share 0..1] (A: exposed assumption)',
      minimum: 0,
      maximum: 1,
      unit: 'share 0..1',
      basis: 'A',
      source: 'exposed assumption',
    })),
    stockedBy: Type.Array(ChannelNameSchema, {
      description: 'Channels that hold this item (A): a medical item handed out by nurses only is ["nurse-station"], a convenience item sold only in the shop is ["shop"]; cabinets never hold an item without "cabinet" here (no duplicates)',
      minItems: 1,
      maxItems: 3,
      uniqueItems: true,
      default: ['cabinet', 'nurse-station', 'shop'],
      basis: 'A',
      source: 'exposed assumption; which items only nurses hand out is a ward rule (presets: the perineal-care pack)',
    }),
  },
  { additionalProperties: false, description: 'A supply item' },
);

/** Items, bedside stock policy and per-patient variability. */
export const CatalogSchema = Type.Object(
  {
    items: Type.Array(ItemSchema, { description: 'Supply items', minItems: 1, maxItems: 200 }),
    reorderHours: num({ what: 'A trip starts when the first bedside item falls to this many hours of use', unit: 'h', basis: 'A', source: 'exposed assumption', default: 4, min: 0, max: 72 }),
    targetHours: num({ what: 'A trip fetches every item below this many hours of use, up to it (a day\'s supply: about 1.3 trips per patient-day instead of 2.7 at 12 h)', unit: 'h', basis: 'A', source: 'exposed assumption', default: 24, min: 0.5, max: 168 }),
    tripHourWeights: Type.Array(Type.Number({ minimum: 0, maximum: 1 }), {
      description: 'Trip activity by hour of day, 00..23: share of trips falling due in that hour made then; the rest are made earlier, in the last hour with weight 1 before it (stocking up before the night) [share 0..1, 24 entries] (A: exposed assumption; quiet 23:00-06:00)',
      minItems: 24,
      maxItems: 24,
      default: TRIP_HOURS,
      basis: 'A',
      source: 'exposed assumption; quiet 23:00-06:00',
    }),
    usageCv: num({ what: 'Coefficient of variation of a patient\'s usage rate around the curve (drawn once per patient and item)', unit: 'ratio', basis: 'A', source: 'exposed assumption', default: 0.2, min: 0, max: 2 }),
  },
  { additionalProperties: false, description: 'Catalog and bedside stock' },
);
