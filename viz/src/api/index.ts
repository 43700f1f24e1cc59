/** Public entry of the API client: HTTP calls, the run stream, and the server's shapes. */
export { ApiRequestError, createApiClient } from './client.js';
export type { ApiClient, ApiClientOptions } from './client.js';
export { parseMessage, streamUrl, watchRun, wsOrigin } from './stream.js';
export type { StreamHandlers, WatchOptions } from './stream.js';
export type {
  Accepted, CabinetDetail, CabinetList, CabinetSummary, CompareRequest, ErrorBody, ErrorDetail, KpiCatalogue, KpiCatalogueEntry, DisplayNames, KpiLocale,
  PresetSummary, RunDetail, RunMessage, RunRequest, RunSeries, RunStatus, RunSummary, SeriesPoint, SizeRequest, SlotDetail, ValidationResult,
} from './types.js';
export { parseTwinMessage, watchTwin } from './twin-stream.js';
export type { TwinStreamMessage, WatchTwinOptions } from './twin-stream.js';
