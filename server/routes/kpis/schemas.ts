/**
 * Schemas of `GET /api/kpis`: the engine's KPI catalogue as the server serves it, so that the
 * visualizer and other clients read labels, units and definitions instead of copying them. The
 * route assigns the engine's catalogue to this type, so the compiler keeps the two in step.
 */
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** A text in English and Chinese. */
const LocalizedTextSchema = Type.Object({ en: Type.String(), 'zh-CN': Type.String() }, { additionalProperties: false });

const literals = <T extends string>(values: readonly T[], description: string) => Type.Union(values.map((v) => Type.Literal(v)), { description });

/** One KPI of the ward's output. */
export const KpiDefinitionSchema = Type.Object(
  {
    key: Type.String({ description: 'the key in a run result\'s `kpis`, e.g. fillRate' }),
    label: LocalizedTextSchema,
    unit: LocalizedTextSchema,
    definition: LocalizedTextSchema,
    lowerIsBetter: Type.Union([Type.Boolean(), Type.Null()], { description: 'true: lower is better; false: higher is better; null: context (volume, demand)' }),
    format: literals(['count', 'expected', 'share', 'minutes', 'hours', 'days', 'units', 'rate'] as const, 'how a value is printed (share: a fraction 0..1)'),
    per: literals(['run', 'day', 'shift', 'trip', 'stay', 'patientDays1000'] as const, 'what one value covers; run = total, share or average over the statistics window'),
    range: Type.Object(
      { min: Type.Number(), max: Type.Union([Type.Number(), Type.Null()], { description: 'null: unbounded' }) },
      { additionalProperties: false, description: 'values the KPI can take' },
    ),
  },
  { additionalProperties: false },
);

/** `GET /api/kpis` answer: every KPI in the order of a run result. */
export const KpiCatalogueSchema = Type.Object({ kpis: Type.Array(KpiDefinitionSchema) }, { additionalProperties: false, description: 'KpiCatalogue' });

/** The `GET /api/kpis` answer as a type. */
export type KpiCatalogueBody = Static<typeof KpiCatalogueSchema>;
