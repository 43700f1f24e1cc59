/**
 * The scenario document: one TypeBox schema, the single source of truth for the CLI, the HTTP
 * API body and OpenAPI. Each section lives in its own file; this file assembles them.
 */
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { MetaSchema, RunSchema } from './meta.js';
import { BirthsSchema } from './births.js';
import { StaysSchema } from './stays.js';
import { PeopleSchema } from './people.js';
import { CatalogSchema } from './catalog.js';
import { CabinetsSchema } from './cabinets.js';
import { LayoutSchema } from './layout.js';
import { ChannelsSchema } from './channels.js';
import { RestockSchema } from './restock.js';
import { ContactsSchema } from './contacts.js';
import { OutputsSchema } from './outputs.js';

/** Schema version written into every scenario (`schemaVersion`). */
export const SCENARIO_SCHEMA_VERSION = 1;

/** The whole scenario document (after `extends` has been resolved). */
export const ScenarioSchema = Type.Object(
  {
    schemaVersion: Type.Literal(SCENARIO_SCHEMA_VERSION, { description: 'Scenario schema version' }),
    meta: MetaSchema,
    run: RunSchema,
    births: BirthsSchema,
    stays: StaysSchema,
    people: PeopleSchema,
    catalog: CatalogSchema,
    cabinets: CabinetsSchema,
    layout: LayoutSchema,
    channels: ChannelsSchema,
    restock: RestockSchema,
    contacts: ContactsSchema,
    outputs: OutputsSchema,
  },
  { $id: 'Scenario', additionalProperties: false, description: 'A wardtwin scenario: one maternity ward, its supply channels and the run settings' },
);

/** A validated scenario document. */
export type Scenario = Static<typeof ScenarioSchema>;
/** One catalog item. */
export type ScenarioItem = Scenario['catalog']['items'][number];
/** One roster shift. */
export type ScenarioShift = Scenario['people']['shifts'][number];
/** A channel name: `cabinet`, `nurse-station` or `shop`. */
export type ChannelName = Scenario['channels']['order'][number];
