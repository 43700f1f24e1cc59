/**
 * `GET /api/names`: the display names of the shipped presets, SKUs and contact roles, what each
 * preset models, and the short names of scenario parameters (English and Chinese). They describe the release, not a run, so the body is
 * built once.
 */
import type { FastifyInstance } from 'fastify';
import { NAMED_PARAMETERS, displayNameEntries, listPresets, loadPreset, parameterText, presetDescription } from '../../../scenarios/index.js';
import { DisplayNamesSchema } from './schemas.js';
import type { DisplayNamesBody } from './schemas.js';

/** Registers `/api/names`. */
export function nameRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  const presetDescriptions = listPresets().flatMap((id) => {
    const loaded = loadPreset(id);
    if (!loaded.ok) return [];
    const en = loaded.scenario.meta.description;
    return [{ id, en, 'zh-CN': presetDescription(id, en, 'zh-CN') }];
  });
  const parameters = NAMED_PARAMETERS.flatMap((id) => {
    const text = parameterText(id);
    return text === undefined ? [] : [{ id, en: text.en, 'zh-CN': text['zh-CN'] }];
  });
  const body: DisplayNamesBody = { presets: displayNameEntries('preset'), skus: displayNameEntries('sku'), roles: displayNameEntries('role'), presetDescriptions, parameters };
  app.get('/api/names', { schema: { tags: ['scenarios'], summary: 'Display names of presets, SKUs and roles in English and Chinese', response: { 200: DisplayNamesSchema } } }, () => body);
  done();
}
