/**
 * Schema of `GET /api/names`: the display names of presets, SKUs and contact roles in English
 * and Chinese, so that clients show names where results carry ids. Lists of entries rather
 * than maps, so the document stays plain JSON Schema without pattern properties.
 */
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** One id with its names. */
export const DisplayNameEntrySchema = Type.Object(
  {
    id: Type.String({ description: 'the id as results, scenarios and the CLI spell it' }),
    en: Type.String({ description: 'English name' }),
    'zh-CN': Type.String({ description: 'Simplified Chinese name' }),
  },
  { additionalProperties: false },
);

/** `GET /api/names` answer. */
export const DisplayNamesSchema = Type.Object(
  {
    presets: Type.Array(DisplayNameEntrySchema, { description: 'preset scenarios (`GET /api/scenarios`)' }),
    skus: Type.Array(DisplayNameEntrySchema, { description: 'SKUs of the preset catalogue' }),
    roles: Type.Array(DisplayNameEntrySchema, { description: 'roles of the contact matrix' }),
    presetDescriptions: Type.Array(DisplayNameEntrySchema, { description: 'what each preset models (`meta.description` in English)' }),
    parameters: Type.Optional(Type.Array(DisplayNameEntrySchema, { description: 'short names of scenario parameters by JSON pointer, `*` for an array index and `{0}`, `{1}` in the names for the indices in order (sensitivity factors, sweep axes)' })),
  },
  { additionalProperties: false, description: 'DisplayNames' },
);

/** The `GET /api/names` answer as a type. */
export type DisplayNamesBody = Static<typeof DisplayNamesSchema>;
