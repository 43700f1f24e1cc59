// The seed, replications and horizon bounds are written once (RUN_BOUNDS) and every edge checks
// the same ones: the scenario schema, the HTTP bodies, the sweep document and the CLI flags.
import { describe, expect, it } from 'vitest';
import type { TSchema } from '@sinclair/typebox';
import { RUN_BOUNDS, RunSchema } from '../../scenarios/index.js';
import { SweepSchema } from '../../engine/index.js';
import { CompareRequestSchema, RunRequestSchema } from '../../server/routes/runs/schemas.js';
import { SizeRequestSchema } from '../../server/routes/runs/experiment-schemas.js';
import { ForecastBodySchema } from '../../server/routes/twin/schemas.js';
import { integerFlag } from '../../server/cli/options.js';

function bounds(schema: TSchema | undefined): { min: unknown; max: unknown } {
  return { min: schema?.minimum, max: schema?.maximum };
}

describe('RUN_BOUNDS', () => {
  it('every schema that takes a seed bounds it by RUN_BOUNDS.seed', () => {
    const seeds = [RunSchema, RunRequestSchema, CompareRequestSchema, SizeRequestSchema, ForecastBodySchema, SweepSchema].map((s) => bounds((s.properties as Record<string, TSchema>).seed));
    for (const b of seeds) expect(b).toEqual({ min: RUN_BOUNDS.seed.min, max: RUN_BOUNDS.seed.max });
  });

  it('the scenario run settings and the run body bound replications and the horizon the same way', () => {
    expect(bounds(RunSchema.properties.replications)).toEqual(RUN_BOUNDS.replications);
    expect(bounds(RunRequestSchema.properties.replications)).toEqual(RUN_BOUNDS.replications);
    expect(bounds(RunSchema.properties.horizonDays)).toEqual(RUN_BOUNDS.horizonDays);
  });

  it('a CLI flag bounded by RUN_BOUNDS.seed takes its maximum and refuses one more', () => {
    const seed = integerFlag('--seed', RUN_BOUNDS.seed.min, RUN_BOUNDS.seed.max);
    expect(seed(String(RUN_BOUNDS.seed.max))).toBe(2 ** 31 - 1);
    expect(() => seed(String(RUN_BOUNDS.seed.max + 1))).toThrow(/--seed: "2147483648" must be an integer from 0 to 2147483647/);
  });
});
