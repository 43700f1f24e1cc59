/**
 * Catalog: the supply items with, per item, a consumption curve by postpartum day for the
 * mother or the newborn, the cabinet slot size it needs, and the per-patient entitlement.
 * Items are kept at the bedside; a trip happens when one of them runs low.
 */
import { Type } from '@sinclair/typebox';
import { num } from './field.js';

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
  },
  { additionalProperties: false, description: 'A supply item' },
);

/** Items, bedside stock policy and per-patient variability. */
export const CatalogSchema = Type.Object(
  {
    items: Type.Array(ItemSchema, { description: 'Supply items', minItems: 1, maxItems: 200 }),
    reorderHours: num({ what: 'A trip starts when the first bedside item falls to this many hours of use', unit: 'h', basis: 'A', source: 'exposed assumption', default: 3, min: 0, max: 72 }),
    targetHours: num({ what: 'A trip fetches every item below this many hours of use, up to it', unit: 'h', basis: 'A', source: 'exposed assumption', default: 12, min: 0.5, max: 168 }),
    usageCv: num({ what: 'Coefficient of variation of a patient\'s usage rate around the curve (drawn once per patient and item)', unit: 'ratio', basis: 'A', source: 'exposed assumption', default: 0.2, min: 0, max: 2 }),
  },
  { additionalProperties: false, description: 'Catalog and bedside stock' },
);
