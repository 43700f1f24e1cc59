/**
 * Schemas of `POST /api/twin/calibrate`: a cabinet transaction log (CSV text or JSON rows; the
 * columns are in the README, "Calibration from cabinet logs") and the calibration it gives,
 * the same document as `wardtwin calibrate --json`.
 */
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { LOG_COLUMNS } from '../../../engine/index.js';

const cell = Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Null()]);

/** The request: the log as CSV text or as rows, and the preset it is fitted against. */
export const CalibrateBodySchema = Type.Object(
  {
    scenario: Type.Optional(Type.String({ minLength: 1, maxLength: 120, pattern: '^[a-z0-9][a-z0-9-]*$', description: 'preset the log is fitted against; default the server\'s ward (--ward)' })),
    csv: Type.Optional(Type.String({ description: `the log as CSV text with a header row (${LOG_COLUMNS.join(',')})` })),
    rows: Type.Optional(Type.Array(Type.Record(Type.String({ maxLength: 40 }), cell), { description: 'the log as row objects with the same keys as the CSV columns' })),
  },
  { additionalProperties: false, description: 'give exactly one of csv and rows' },
);
export type CalibrateBody = Static<typeof CalibrateBodySchema>;

const interval = Type.Tuple([Type.Number(), Type.Number()], { description: '95 % confidence interval' });
const estimate = Type.Object({ value: Type.Number(), ci95: interval }, { additionalProperties: false });
const chi = Type.Object({ statistic: Type.Number(), df: Type.Integer(), pValue: Type.Number() }, { additionalProperties: false });

/** The calibration: fits, diagnostics and the scenario patch. */
export const CalibrationSchema = Type.Object(
  {
    kind: Type.Literal('calibration'),
    scenarioId: Type.String(),
    log: Type.Object(
      {
        rows: Type.Integer(), admissions: Type.Integer(), dispenseLines: Type.Integer(), refusedLines: Type.Integer(), linesWithoutAdmission: Type.Integer(),
        fromMin: Type.Number({ description: 'first row, minutes since the scenario start' }), toMin: Type.Number({ description: 'last row, minutes since the scenario start' }), days: Type.Number(),
      },
      { additionalProperties: false },
    ),
    consumption: Type.Array(
      Type.Object(
        {
          sku: Type.String(), patients: Type.Integer(), fetches: Type.Integer(),
          days: Type.Array(
            Type.Object(
              { day: Type.Integer({ description: 'postpartum day (0 = day of delivery); the last covers later days' }), perDay: Type.Number({ description: 'units per patient-day' }), ci95: interval, patients: Type.Integer(), scenarioPerDay: Type.Number() },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    hours: Type.Union([
      Type.Object(
        {
          sessions: Type.Integer(),
          hours: Type.Array(
            Type.Object(
              { hour: Type.Integer(), sessions: Type.Integer(), share: Type.Number(), shareCi95: interval, weight: Type.Number(), weightCi95: interval, scenarioWeight: Type.Number() },
              { additionalProperties: false },
            ),
          ),
          chiSquaredScenario: chi,
          chiSquaredFitted: chi,
          refinement: Type.Optional(
            Type.Object(
              { rounds: Type.Integer(), simulatedDays: Type.Integer(), replications: Type.Integer(), elasticity: Type.Number({ description: 'how much a quiet hour\'s share of sessions moves with its weight (0.2..1)' }) },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    sessions: Type.Union([
      Type.Object({ sessions: Type.Integer(), lines: Type.Integer(), sessionSeconds: estimate, transactionSecondsMean: estimate, transactionSecondsSd: estimate }, { additionalProperties: false }),
      Type.Null(),
    ]),
    restock: Type.Union([Type.Object({ visits: Type.Integer(), outliers: Type.Integer(), slots: Type.Integer(), secondsPerSlot: estimate, setupMinutesPerCabinet: estimate }, { additionalProperties: false }), Type.Null()]),
    coverage: Type.Object({ intervals: Type.Integer(), containScenarioValue: Type.Integer(), share: Type.Number() }, { additionalProperties: false }),
    notFitted: Type.Array(Type.String()),
    patch: Type.Record(Type.String(), Type.Unknown(), { description: 'RFC 7386 merge patch on the scenario, with "extends": the preset' }),
  },
  { additionalProperties: false },
);
