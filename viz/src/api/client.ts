/**
 * The typed client of the ward server's HTTP API: the only place in the app that fetches.
 * Every failed call throws an {@link ApiRequestError} carrying the server's `{ error, message,
 * details }`, so a page can show each detail at the field its JSON path names.
 */
import type {
  Accepted, CabinetDetail, CabinetList, CompareRequest, ErrorBody, ErrorDetail, KpiCatalogue, DisplayNames, PresetSummary, RunDetail, RunRequest, RunSeries,
  RunSummary, SizeRequest, ValidationResult,
} from './types.js';

/** A non-2xx answer (or a network failure, status 0) with the server's error body. */
export class ApiRequestError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** Short machine-readable code, e.g. `invalid-scenario`, `not-found`. */
    readonly code: string,
    message: string,
    /** Every broken rule with its JSON path (may be empty). */
    readonly details: ErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Options of {@link createApiClient}. */
export interface ApiClientOptions {
  /** Origin of the server; default `''` (same origin as the page). */
  baseUrl?: string;
  /** Bearer token for mutating routes when the server has one; default none. */
  token?: string;
  /** The fetch to use (tests pass a fake); default the global `fetch`. */
  fetch?: typeof fetch;
  /** The app's language, read at each call and sent as `Accept-Language` so error messages come in it; default the browser's. */
  language?: () => string;
}

/** The calls the pages make, one per route. */
export interface ApiClient {
  listPresets(): Promise<PresetSummary[]>;
  getPreset(name: string): Promise<Record<string, unknown>>;
  validateScenario(doc: unknown): Promise<ValidationResult>;
  startRun(request: RunRequest): Promise<Accepted>;
  startCompare(request: CompareRequest): Promise<Accepted>;
  /** Starts a size job (`POST /api/sizes`); read, stream and cancel it as a run. */
  startSize(request: SizeRequest): Promise<Accepted>;
  listRuns(query?: { limit?: number; status?: string }): Promise<RunSummary[]>;
  getRun(id: string): Promise<RunDetail>;
  getSeries(id: string): Promise<RunSeries>;
  cancelRun(id: string): Promise<RunDetail>;
  listCabinets(): Promise<CabinetList>;
  getCabinet(id: string): Promise<CabinetDetail>;
  /** The KPI catalogue (`GET /api/kpis`). */
  getKpis(): Promise<KpiCatalogue>;
  /** Display names of presets, SKUs and roles (`GET /api/names`). */
  getNames(): Promise<DisplayNames>;
  /** Any other GET (e.g. twin state); answers as `unknown`. */
  getJson(path: string): Promise<unknown>;
  /** Any other POST with a JSON body; answers as `unknown`. */
  postJson(path: string, body: unknown): Promise<unknown>;
}

function isErrorBody(x: unknown): x is ErrorBody {
  return typeof x === 'object' && x !== null && typeof (x as ErrorBody).error === 'string' && typeof (x as ErrorBody).message === 'string';
}

/** Builds a client for the server at `options.baseUrl`. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.token !== undefined && method !== 'GET') headers.authorization = `Bearer ${options.token}`;
    if (options.language !== undefined) headers['accept-language'] = options.language();
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (err) {
      throw new ApiRequestError(0, 'unreachable', `${method} ${path}: the server could not be reached (${String(err)})`, []);
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = null;
    }
    if (!response.ok) {
      if (isErrorBody(json)) throw new ApiRequestError(response.status, json.error, json.message, Array.isArray(json.details) ? json.details : []);
      throw new ApiRequestError(response.status, 'http-error', `${method} ${path}: HTTP ${response.status}`, []);
    }
    return json as T;
  }

  const id = (s: string): string => encodeURIComponent(s);
  return {
    listPresets: async () => (await call<{ presets: PresetSummary[] }>('GET', '/api/scenarios')).presets,
    getPreset: (name) => call('GET', `/api/scenarios/${id(name)}`),
    validateScenario: (doc) => call('POST', '/api/scenarios/validate', doc),
    startRun: (request) => call('POST', '/api/runs', request),
    startCompare: (request) => call('POST', '/api/compares', request),
    startSize: (request) => call('POST', '/api/sizes', request),
    listRuns: async (query = {}) => {
      const qs = new URLSearchParams();
      if (query.limit !== undefined) qs.set('limit', String(query.limit));
      if (query.status !== undefined) qs.set('status', query.status);
      const suffix = qs.size > 0 ? `?${qs.toString()}` : '';
      return (await call<{ runs: RunSummary[] }>('GET', `/api/runs${suffix}`)).runs;
    },
    getRun: (runId) => call('GET', `/api/runs/${id(runId)}`),
    getSeries: (runId) => call('GET', `/api/runs/${id(runId)}/series`),
    cancelRun: (runId) => call('DELETE', `/api/runs/${id(runId)}`),
    listCabinets: () => call('GET', '/api/cabinets'),
    getCabinet: (cabinetId) => call('GET', `/api/cabinets/${id(cabinetId)}`),
    getKpis: () => call('GET', '/api/kpis'),
    getNames: () => call('GET', '/api/names'),
    getJson: (path) => call('GET', path),
    postJson: (path, body) => call('POST', path, body),
  };
}
