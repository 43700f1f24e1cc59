/**
 * Schemas of the portfolio job: the programme's application form as CSV text (the columns of
 * `HOSPITAL_COLUMNS`) with the options of `wardtwin portfolio`, and the ranking as CSV.
 */
import { Type } from '@sinclair/typebox';
import { BENEFIT_INPUTS, HOSPITAL_COLUMNS, MAX_PORTFOLIO_HOSPITALS, MAX_ROUNDS_PER_DAY } from '../../../engine/index.js';
import { SizeCostsSchema, SizeTargetsSchema } from '../runs/experiment-schemas.js';

const value = (key: keyof typeof BENEFIT_INPUTS, what: string) => {
  const c = BENEFIT_INPUTS[key];
  return Type.Optional(Type.Number({ minimum: c.min, maximum: c.max, description: `${what} [${c.unit}]; default ${c.default} (${c.basis}: ${c.source})` }));
};

/** What the effects are worth, CNY; each defaults as in `wardtwin portfolio`. */
export const BenefitValuesSchema = Type.Object(
  {
    nurseMinute: value('nurseMinute', 'a nurse minute freed from supply handovers and store-room walks'),
    boundaryCrossing: value('boundaryCrossing', 'a ward-boundary crossing avoided'),
    infection: value('infection', 'an expected infection avoided'),
  },
  { additionalProperties: false },
);

/** `POST /api/portfolios` body. */
export const PortfolioRequestSchema = Type.Object(
  {
    csv: Type.String({
      minLength: 1,
      description: `the application form as CSV text (UTF-8, BOM optional), a header and one row per hospital, at most ${MAX_PORTFOLIO_HOSPITALS}; columns: ${HOSPITAL_COLUMNS.map((c) => `${c.headers[0]} (${c.description})`).join('; ')}`,
    }),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3660, description: 'days simulated after warm-up per replication; default the presets\' year' })),
    replications: Type.Optional(Type.Integer({ minimum: 2, maximum: 1000, description: 'replications per sizing candidate and per effect pair; default 5' })),
    maxReplications: Type.Optional(Type.Integer({ minimum: 2, maximum: 10_000, description: 'cap for undecided sizing candidates; default max(replications, 20), limited by the server' })),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1, description: 'base seed; default 1' })),
    rounds: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: MAX_ROUNDS_PER_DAY }), { minItems: 1, maxItems: MAX_ROUNDS_PER_DAY, description: 'restock rounds per day considered; default 1, 2, 3, 4' })),
    maxCabinets: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'most cabinets per hospital; default 30' })),
    targets: Type.Optional(SizeTargetsSchema),
    costs: Type.Optional(SizeCostsSchema),
    values: Type.Optional(BenefitValuesSchema),
  },
  { additionalProperties: false },
);

/** The ranking as CSV (UTF-8 with BOM). */
export const PortfolioCsvSchema = Type.String({ description: 'one row per hospital in rank order, refused rows last; UTF-8 with BOM for Excel' });
