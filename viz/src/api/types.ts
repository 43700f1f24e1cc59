/**
 * The shapes the visualizer reads from the ward server, written from the server's route
 * schemas (`server/routes/**\/schemas.ts`) and the engine's result contract (DESIGN.md "Run
 * result"). Only what the pages use is typed; everything else stays `unknown` and is read
 * through the adapters, so a new server field never breaks the app.
 */

/** One broken rule: where (JSON Pointer) and why. */
export interface ErrorDetail {
  path: string;
  rule: string;
  message: string;
}

/** Every error answer of the server: `{ error, message, details }`. */
export interface ErrorBody {
  error: string;
  message: string;
  details: ErrorDetail[];
}

/** A preset in `GET /api/scenarios`. */
export interface PresetSummary {
  name: string;
  title: string;
  description: string;
}

/** `POST /api/scenarios/validate` answer (200 whether valid or not). */
export interface ValidationResult {
  valid: boolean;
  errors: ErrorDetail[];
  scenario?: unknown;
}

/** Life cycle of a job: queued -> running -> succeeded | failed | cancelled. */
export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** The 202 answer to a submitted run or compare. */
export interface Accepted {
  id: string;
  kind: string;
  status: RunStatus;
  href: string;
  stream: string;
}

/** A job in `GET /api/runs`. */
export interface RunSummary {
  id: string;
  kind: 'run' | 'compare';
  status: RunStatus;
  /** Share done, 0..1. */
  progress: number;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/runs/:id`: the summary plus the stored request and the engine result. */
export interface RunDetail extends RunSummary {
  request: unknown;
  /** The engine's result document; null until the job succeeded. Read it with the adapters. */
  result: unknown;
}

/** One sampled point of a job (replication index and running KPI means). */
export type SeriesPoint = Record<string, unknown>;

/** `GET /api/runs/:id/series` answer. */
export interface RunSeries {
  id: string;
  status: RunStatus;
  points: SeriesPoint[];
  /** Ward series of replication 0 of each scenario of a finished run or compare (baseline first); kept out of `GET /api/runs/:id`. */
  ward?: { scenarioId: string; series: unknown }[];
}

/** Messages on `/api/runs/:id/stream` (JSON text frames). */
export type RunMessage =
  | { type: 'snapshot'; id: string; status: RunStatus; progress: number }
  | { type: 'progress'; id: string; progress: number; points: SeriesPoint[]; dropped: number }
  | { type: 'end'; id: string; status: RunStatus; error: string | null };

/** `POST /api/runs` body: a preset name or a scenario document. */
export interface RunRequest {
  scenario: string | Record<string, unknown>;
  replications?: number;
  seed?: number;
}

/** `POST /api/compares` body: two scenarios under common random numbers. */
export interface CompareRequest {
  base: string | Record<string, unknown>;
  alternative: string | Record<string, unknown>;
  replications?: number;
  seed?: number;
}

/** A cabinet's stock in `GET /api/cabinets`. */
export interface CabinetSummary {
  id: string;
  modelId: string;
  online: boolean;
  location: { x: number; y: number };
  slots: number;
  jammedSlots: number;
  stock: { onHandUnits: number; usableUnits: number; expiredUnits: number; blockedUnits: number };
}

/** `GET /api/cabinets` answer. */
export interface CabinetList {
  timeMin: number;
  cabinets: CabinetSummary[];
}

/** One slot in `GET /api/cabinets/:id`. */
export interface SlotDetail {
  id: string;
  sizeClass: string;
  capacityUnits: number;
  sku: string | null;
  jammed: boolean;
  onHandUnits: number;
}

/** `GET /api/cabinets/:id` answer. */
export interface CabinetDetail extends CabinetSummary {
  slotDetails: SlotDetail[];
}
