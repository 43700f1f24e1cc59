/**
 * Scenario identity and run settings: which hospital this is, how long to simulate, how much
 * of the start to discard (warm-up: the ward starts empty, so the first days under-count
 * patients), and the seed from which every random stream is derived.
 */
import { Type } from '@sinclair/typebox';
import { int } from './field.js';
import { RUN_BOUNDS } from './run-bounds.js';

/** Who the scenario describes. Not used by the model, printed in reports. */
export const MetaSchema = Type.Object(
  {
    id: Type.String({ description: 'Scenario id, kebab-case (e.g. city-mch)', minLength: 1, maxLength: 80, pattern: '^[a-z0-9][a-z0-9-]*$' }),
    name: Type.String({ description: 'Human-readable name', minLength: 1, maxLength: 200 }),
    description: Type.String({ description: 'What the scenario is for', maxLength: 4000, default: '' }),
    hospitalType: Type.Union([Type.Literal('general'), Type.Literal('specialty'), Type.Literal('maternal-child')], {
      description: 'Hospital type as in the programme application form',
      default: 'maternal-child',
    }),
    has24hConvenience: Type.Boolean({ description: 'Hospital already has a 24-hour convenience service (application form)', default: false }),
    timeZone: Type.String({
      description: "Time zone of the ward's wall clock, an IANA name; the twin reads cabinet timestamps in it [IANA zone] (A: the presets are Chinese hospitals)",
      default: 'Asia/Shanghai',
      minLength: 1,
      maxLength: 64,
      pattern: '^[A-Za-z][A-Za-z0-9_+/-]*$',
      unit: 'IANA zone',
      basis: 'A',
      source: 'presets: hospitals in mainland China',
    }),
  },
  { additionalProperties: false, description: 'Scenario identity' },
);

/** Run length, warm-up, seed and calendar start. */
export const RunSchema = Type.Object(
  {
    seed: int({ what: 'Base seed of all random streams', unit: 'integer', basis: 'A', source: 'run setting', default: 1, min: RUN_BOUNDS.seed.min, max: RUN_BOUNDS.seed.max }),
    startWeekday: int({ what: 'Weekday of simulation minute 0 (0 = Monday ... 6 = Sunday)', unit: 'weekday', basis: 'A', source: 'DESIGN.md: Monday 00:00 unless stated', default: 0, min: 0, max: 6 }),
    startMonth: int({ what: 'Month of simulation minute 0 (0 = January)', unit: 'month', basis: 'A', source: 'run setting', default: 0, min: 0, max: 11 }),
    startDate: Type.String({
      description: 'Calendar date of simulation minute 0 (00:00 in meta.timeZone); must fall on startWeekday in startMonth [ISO date YYYY-MM-DD] (A: run setting)',
      default: '2026-01-05',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      unit: 'ISO date',
      basis: 'A',
      source: 'run setting: a Monday in January, matching the startWeekday and startMonth defaults',
    }),
    horizonDays: num0({ what: 'Simulated days after warm-up (statistics window)', def: 365, min: RUN_BOUNDS.horizonDays.min, max: RUN_BOUNDS.horizonDays.max }),
    warmupDays: num0({ what: 'Days simulated and discarded first; statistics reset at its end', def: 14, min: 0, max: 365 }),
    replications: int({ what: 'Default number of replications', unit: 'count', basis: 'A', source: 'run setting', default: 10, min: RUN_BOUNDS.replications.min, max: RUN_BOUNDS.replications.max }),
  },
  { additionalProperties: false, description: 'Run settings' },
);

function num0(o: { what: string; def: number; min: number; max: number }) {
  return int({ what: o.what, unit: 'd', basis: 'A', source: 'run setting', default: o.def, min: o.min, max: o.max });
}
