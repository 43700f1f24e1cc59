/**
 * Public entry of the scenarios folder: the scenario schema (single source of truth for the
 * CLI, the HTTP API and OpenAPI), its section schemas, the `Scenario` type and the preset
 * `extends` resolver. Preset files live in `scenarios/presets/*.json`.
 */
export { ScenarioSchema, SCENARIO_SCHEMA_VERSION } from './schema/scenario.js';
export type { Scenario, ScenarioItem, ScenarioShift, ChannelName } from './schema/scenario.js';
export { MetaSchema, RunSchema } from './schema/meta.js';
export { RUN_BOUNDS } from './schema/run-bounds.js';
export type { IntegerBounds } from './schema/run-bounds.js';
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
// Validation and preset loading (the edge: files, CLI arguments, API bodies).
export { validateScenario, formatValidationErrors, toValidationError, MAX_ERRORS } from './validate.js';
export type { ValidationResult } from './validate.js';
export type { ValidationError } from './json-value.js';
export { localizedMessage, LOCALIZED_RULES } from './validation-messages.js';
export type { LocalizableError, MessageLocale, RuleParams } from './validation-messages.js';
export { toJsonValue, JSON_LIMITS } from './json-value.js';
export { checkReferences, clock } from './references.js';
export { listPresets, loadPreset, loadScenarioArg, resolveScenarioDocument } from './presets.js';
export { DECIDING_ASSUMPTIONS, decidingPaths } from './deciding-assumptions.js';
export type { DecidingAssumption } from './deciding-assumptions.js';
export { DOMAIN_DEPARTURES } from './domain-departures.js';
export type { DomainDeparture } from './domain-departures.js';
export type { LoadResult, ScenarioSource } from './presets.js';
export { displayName, displayNameEntries } from './display-names.js';
export type { DisplayKind, DisplayLang, DisplayName, DisplayNameEntry } from './display-names.js';
export { NAMED_PARAMETERS, parameterMeaning, parameterName, parameterText, unitName } from './parameter-names.js';
export type { ParameterText } from './parameter-names.js';
export { TRANSLATED_SOURCES, sourceText, sourceTextZh } from './source-texts-zh.js';
export { presetDescription } from './preset-descriptions.js';
