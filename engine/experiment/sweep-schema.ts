/**
 * The sweep document: a base scenario, a grid of parameter values addressed by JSON Pointer
 * and the replications per grid point. "How sensitive is the contact reduction to the
 * caesarean share and the transmission probability?" is one sweep file. Like a scenario, it
 * has one TypeBox schema that serves validation, documentation and the CLI.
 */
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { RUN_BOUNDS } from '../../scenarios/index.js';

/** Schema version of sweep documents. */
export const SWEEP_SCHEMA_VERSION = 1;

/** One swept parameter. */
export const SweepParameterSchema = Type.Object(
  {
    path: Type.String({ description: 'JSON Pointer into the scenario, e.g. /births/caesareanShare', pattern: '^/', minLength: 2, maxLength: 300 }),
    name: Type.Optional(Type.String({ description: 'Column name in tables and CSV; default the pointer', minLength: 1, maxLength: 60, pattern: '^[A-Za-z0-9_.-]+$' })),
    values: Type.Array(Type.Unknown(), { description: 'Values the parameter takes (any JSON, e.g. numbers or arrays)', minItems: 1, maxItems: 1000 }),
  },
  { additionalProperties: false },
);

/** The sweep document. */
export const SweepSchema = Type.Object(
  {
    sweepVersion: Type.Optional(Type.Literal(SWEEP_SCHEMA_VERSION, { description: 'Sweep schema version' })),
    id: Type.String({ description: 'Sweep id, kebab-case; names the output files', minLength: 1, maxLength: 80, pattern: '^[a-z0-9][a-z0-9-]*$' }),
    description: Type.Optional(Type.String({ description: 'What the sweep asks', maxLength: 4000 })),
    base: Type.Union(
      [
        Type.String({ description: 'Preset name or scenario file path', minLength: 1, maxLength: 500 }),
        Type.Object({}, { additionalProperties: true, description: 'Inline scenario document (may use "extends")' }),
      ],
      { description: 'Base scenario every grid point starts from' },
    ),
    parameters: Type.Array(SweepParameterSchema, { description: 'Grid axes; the grid is their Cartesian product (first axis slowest)', minItems: 1, maxItems: 8 }),
    replications: Type.Integer({ description: 'Replications per grid point (common random numbers across points)', minimum: 1, maximum: 1000 }),
    seed: Type.Optional(Type.Integer({ description: "Base seed; default the base scenario's run.seed", minimum: RUN_BOUNDS.seed.min, maximum: RUN_BOUNDS.seed.max })),
    kpis: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { description: 'KPIs shown in the table (JSON and CSV hold all)', minItems: 1, maxItems: 40 })),
  },
  { additionalProperties: false, description: 'A parameter sweep over a base scenario' },
);

/** A sweep document as validated. */
export type SweepDocument = Static<typeof SweepSchema>;

/** Most grid points a sweep may have. */
export const MAX_SWEEP_POINTS = 10_000;
/** Most jobs (points × replications) a sweep may have. */
export const MAX_SWEEP_JOBS = 200_000;
