/**
 * `GET /api/names`: the display names of the shipped presets, SKUs and contact roles (English
 * and Chinese). They describe the release, not a run, so the body is built once.
 */
import type { FastifyInstance } from 'fastify';
import { displayNameEntries } from '../../../scenarios/index.js';
import { DisplayNamesSchema } from './schemas.js';
import type { DisplayNamesBody } from './schemas.js';

/** Registers `/api/names`. */
export function nameRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  const body: DisplayNamesBody = { presets: displayNameEntries('preset'), skus: displayNameEntries('sku'), roles: displayNameEntries('role') };
  app.get('/api/names', { schema: { tags: ['scenarios'], summary: 'Display names of presets, SKUs and roles in English and Chinese', response: { 200: DisplayNamesSchema } } }, () => body);
  done();
}
