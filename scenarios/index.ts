/**
 * Public entry of the scenarios folder: the scenario schema (single source of truth for the
 * CLI, the HTTP API and OpenAPI), its section schemas, the `Scenario` type and the preset
 * `extends` resolver. Preset files live in `scenarios/presets/*.json`.
 */
export { ScenarioSchema, SCENARIO_SCHEMA_VERSION } from './schema/scenario.js';
export type { Scenario, ScenarioItem, ScenarioShift, ChannelName } from './schema/scenario.js';
export { MetaSchema, RunSchema } from './schema/meta.js';
export { BirthsSchema } from './schema/births.js';
export { StaysSchema } from './schema/stays.js';
export { PeopleSchema, ShiftSchema } from './schema/people.js';
export { CatalogSchema, ItemSchema, CurveStepSchema } from './schema/catalog.js';
export { CabinetsSchema, CabinetModelSchema, CabinetInstanceSchema, SlotGroupSchema, PointSchema } from './schema/cabinets.js';
export { LayoutSchema } from './schema/layout.js';
export { ChannelsSchema, ChannelNameSchema } from './schema/channels.js';
export { RestockSchema } from './schema/restock.js';
export { ContactsSchema, PrevalenceSchema } from './schema/contacts.js';
export { OutputsSchema } from './schema/outputs.js';
export { resolveExtends, mergePatch } from './schema/extends.js';
export type { Json } from './schema/extends.js';
export type { Basis, FieldInfo } from './schema/field.js';
