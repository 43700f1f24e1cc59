/**
 * Schemas of the sweep and size jobs. A sweep is submitted as a sweep document (the schema the
 * `wardtwin sweep` file follows; `base` a preset name or an inline scenario document). A size
 * job asks how many cabinets and restock rounds a ward needs, for its own volume or as a curve
 * over annual deliveries, with the service targets to meet.
 */
import { Type } from '@sinclair/typebox';
import { BENEFIT_INPUTS, CABINET_CATALOGUE, COST_INPUTS, MAX_ROUNDS_PER_DAY, MAX_SIZING_VARIANTS, SweepSchema } from '../../../engine/index.js';
import { RUN_BOUNDS } from '../../../scenarios/index.js';
import { ScenarioRefSchema } from './schemas.js';

/** `POST /api/sweeps` body: the sweep document (see `engine/experiment/sweep-schema.ts`). */
export const SweepRequestSchema = SweepSchema;

/** Service targets of a size job; each one defaults as in `wardtwin size`. */
export const SizeTargetsSchema = Type.Object(
  {
    minFillRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'least fill rate (share of item lines met at the first cabinet); default 0.995' })),
    maxTripWaitP95Min: Type.Optional(Type.Number({ minimum: 0, maximum: 1e6, description: 'most trip-wait p95, minutes; default 5' })),
    maxStockoutSlotHoursPer1000PatientDays: Type.Optional(Type.Number({ minimum: 0, maximum: 1e9, description: 'most stock-out slot-hours per 1,000 patient-days; default 50' })),
  },
  { additionalProperties: false },
);

const price = (key: keyof typeof COST_INPUTS, what: string) => {
  const c = COST_INPUTS[key];
  return Type.Optional(Type.Number({ minimum: c.min, maximum: c.max, description: `${what} [${c.unit}]; default ${c.default} (${c.basis}: ${c.source})` }));
};

/** Prices a size job's plans are costed with; each defaults as in `wardtwin size`. */
export const SizeCostsSchema = Type.Object(
  {
    cabinetPerYear: price('cabinetPerYear', 'lease (or purchase over its life) of one cabinet a year'),
    restockLaborPerHour: price('restockLaborPerHour', 'restocker wage with on-costs'),
    holdingPerUnitYear: price('holdingPerUnitYear', 'cost of holding one unit in a cabinet for a year'),
    nurseMinute: Type.Optional(Type.Number({
      minimum: BENEFIT_INPUTS.nurseMinute.min, maximum: BENEFIT_INPUTS.nurseMinute.max,
      description: `value of a nurse minute freed from supply handovers and store-room walks [${BENEFIT_INPUTS.nurseMinute.unit}]; when given, the result carries the plan's benefit (nurse minutes freed a year against the ward without cabinets, paired runs, x this value) beside its cost (${BENEFIT_INPUTS.nurseMinute.basis}: ${BENEFIT_INPUTS.nurseMinute.source}; portfolio default ${BENEFIT_INPUTS.nurseMinute.default})`,
    })),
  },
  { additionalProperties: false },
);

/** A hospital as on the programme's application form (the portfolio's columns), sized instead of a scenario. */
export const SizeHospitalSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'hospital name' })),
    annualDeliveries: Type.Integer({ minimum: 1, maximum: 100_000, description: 'deliveries a year' }),
    hospitalType: Type.Union([Type.Literal('general'), Type.Literal('specialty'), Type.Literal('maternal-child')], { description: 'form code 1 general, 2 specialty, 3 maternal-child' }),
    has24hConvenience: Type.Boolean({ description: 'an existing 24-hour convenience service on the premises' }),
    floorSpace: Type.Boolean({ description: 'floor space for a cabinet (without it nothing can be sized)' }),
    separateObstetrics: Type.Boolean({ description: 'a separate obstetrics department' }),
    beds: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, description: 'postpartum beds' })),
    nurses: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, description: 'nurses of the postpartum ward, head count' })),
  },
  { additionalProperties: false, description: 'mapped to the nearest preset as in portfolio mode (see README "Portfolio mode"); excludes scenario' },
);

/** `POST /api/sizes` body. */
export const SizeRequestSchema = Type.Object(
  {
    scenario: Type.Optional(ScenarioRefSchema),
    hospital: Type.Optional(SizeHospitalSchema),
    days: Type.Optional(Type.Integer({ minimum: RUN_BOUNDS.horizonDays.min, maximum: RUN_BOUNDS.horizonDays.max, description: "days simulated after warm-up per replication (sets run.horizonDays); default the scenario's" })),
    deliveries: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'annual deliveries (sets births.annualDeliveries; with a curve, only the hospital marked on it)' })),
    curve: Type.Optional(
      Type.Union(
        [
          Type.String({ minLength: 5, maxLength: 40, pattern: '^\\s*\\d+:\\d+:\\d+\\s*$', description: 'from:to:step, e.g. 1000:20000:1000' }),
          Type.Array(Type.Integer({ minimum: 1, maximum: 100_000 }), { minItems: 1, maxItems: 500, description: 'annual delivery volumes' }),
        ],
        { description: 'size every volume and answer { curve: [{ deliveries, cabinets, ... }] }; omitted: size the scenario\'s own volume' },
      ),
    ),
    targets: Type.Optional(SizeTargetsSchema),
    costs: Type.Optional(SizeCostsSchema),
    staffing: Type.Optional(Type.Union([Type.Literal('fixed'), Type.Literal('scaled')], { description: "nurse roster at other volumes: 'scaled' keeps the scenario's nurses per bed (default), 'fixed' keeps its roster" })),
    rounds: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: MAX_ROUNDS_PER_DAY }), { minItems: 1, maxItems: MAX_ROUNDS_PER_DAY, description: 'restock rounds per day considered, placed inside the restocker shift against the hour-of-day demand; default 1, 2, 3, 4' })),
    models: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }), {
      minItems: 1, maxItems: MAX_SIZING_VARIANTS,
      description: `cabinet models searched as a plan dimension: ids of the scenario's models (priced at costs.cabinetPerYear) or of the catalogue (${CABINET_CATALOGUE.map((m) => `${m.id} CNY ${m.pricePerYear}/yr`).join(', ')}; assumptions); default the scenario's first`,
    })),
    parShares: Type.Optional(Type.Array(Type.Number({ minimum: 0, maximum: 1 }), {
      minItems: 1, maxItems: MAX_SIZING_VARIANTS,
      description: "par levels searched as a plan dimension (share of a SKU's capacity in a cabinet at which a par round is called, 0-1; searching them turns the par trigger on); default the scenario's restock settings",
    })),
    planogram: Type.Optional(Type.Union([Type.Literal('uniform'), Type.Literal('per-cabinet')], { description: "'uniform' (default): every cabinet of the plan's model; 'per-cabinet': each cabinet gets the cheapest of models that covers the demand routed to it" })),
    maxCabinets: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'most cabinets considered; default 30' })),
    replications: Type.Optional(Type.Integer({ minimum: 2, maximum: 1000, description: 'replications per candidate; default 5' })),
    maxReplications: Type.Optional(Type.Integer({ minimum: 2, maximum: RUN_BOUNDS.replications.max, description: 'cap for undecided candidates; default max(replications, 20), limited by the server' })),
    seed: Type.Optional(Type.Integer({ minimum: RUN_BOUNDS.seed.min, maximum: RUN_BOUNDS.seed.max, description: "base seed; default the scenario's run.seed" })),
  },
  { additionalProperties: false },
);
