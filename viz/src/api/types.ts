/**
 * The shapes the visualizer reads from the ward server, taken type-only from the server's route
 * schemas (`Static<>` of the very TypeBox objects that validate, serialize and document each
 * route), so the wire format is written once. Type-only imports vanish from the bundle: the app
 * still talks to the server over HTTP only. Result documents stay `unknown` and are read
 * through the adapters, so a new server field never breaks the app.
 */
import type { Static } from '@sinclair/typebox';
import type { CabinetDetailSchema, CabinetListSchema, CabinetSummarySchema } from '../../../server/routes/cabinets/schemas.js';
import type { ErrorDetailSchema, ErrorSchema } from '../../../server/routes/common-schemas.js';
import type { KpiCatalogueSchema, KpiDefinitionSchema } from '../../../server/routes/kpis/schemas.js';
import type { DisplayNamesSchema } from '../../../server/routes/names/schemas.js';
import type { SizeRequestSchema } from '../../../server/routes/runs/experiment-schemas.js';
import type { AcceptedSchema, CompareRequestSchema, RunDetailSchema, RunRequestSchema, RunSummarySchema, SeriesSchema } from '../../../server/routes/runs/schemas.js';
import type { PresetListSchema, ValidationResultSchema } from '../../../server/routes/scenarios/schemas.js';
import type { RunMessage as ServerRunMessage } from '../../../server/runner/run-types.js';

/** One broken rule: where (JSON Pointer) and why. */
export type ErrorDetail = Static<typeof ErrorDetailSchema>;

/** Every error answer of the server: `{ error, message, details }`. */
export type ErrorBody = Static<typeof ErrorSchema>;

/** A preset in `GET /api/scenarios`. */
export type PresetSummary = Static<typeof PresetListSchema>['presets'][number];

/** `POST /api/scenarios/validate` answer (200 whether valid or not). */
export type ValidationResult = Static<typeof ValidationResultSchema>;

/** The 202 answer to a submitted run, compare or size job. */
export type Accepted = Static<typeof AcceptedSchema>;

/** A job in `GET /api/runs`. */
export type RunSummary = Static<typeof RunSummarySchema>;

/** Life cycle of a job: queued -> running -> succeeded | failed | cancelled. */
export type RunStatus = RunSummary['status'];

/** `GET /api/runs/:id`: the summary plus the stored request and the engine result (null until it succeeded). */
export type RunDetail = Static<typeof RunDetailSchema>;

/** `GET /api/runs/:id/series` answer. */
export type RunSeries = Static<typeof SeriesSchema>;

/** One sampled point of a job (replication index and running KPI means). */
export type SeriesPoint = RunSeries['points'][number];

/** Messages on `/api/runs/:id/stream` (JSON text frames). */
export type RunMessage = ServerRunMessage;

/** `POST /api/runs` body: a preset name or a scenario document. */
export type RunRequest = Static<typeof RunRequestSchema>;

/** `POST /api/compares` body: two scenarios under common random numbers. */
export type CompareRequest = Static<typeof CompareRequestSchema>;

/** `POST /api/sizes` body: cabinets needed for a volume, or a curve over annual deliveries. */
export type SizeRequest = Static<typeof SizeRequestSchema>;

/** A cabinet's stock in `GET /api/cabinets`. */
export type CabinetSummary = Static<typeof CabinetSummarySchema>;

/** `GET /api/cabinets` answer. */
export type CabinetList = Static<typeof CabinetListSchema>;

/** `GET /api/cabinets/:id` answer. */
export type CabinetDetail = Static<typeof CabinetDetailSchema>;

/** One slot in `GET /api/cabinets/:id`. */
export type SlotDetail = CabinetDetail['slotDetails'][number];

/** `GET /api/kpis` answer: the engine's KPI catalogue. */
export type KpiCatalogue = Static<typeof KpiCatalogueSchema>;

/** One KPI of the catalogue (label, unit and definition in every locale, direction, format, range). */
export type KpiCatalogueEntry = Static<typeof KpiDefinitionSchema>;

/** `GET /api/names` answer: display names of presets, SKUs and roles. */
export type DisplayNames = Static<typeof DisplayNamesSchema>;

/** The locales the catalogue's texts are written in. */
export type KpiLocale = keyof KpiCatalogueEntry['label'];
