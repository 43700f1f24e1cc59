/**
 * Schemas of `GET /api/runs/:id/report`: the STRESS-DES report (with the ODD model description)
 * of a finished run or compare, as Markdown or as one standalone HTML page.
 */
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** `GET /api/runs/:id/report` query. */
export const ReportQuerySchema = Type.Object(
  {
    format: Type.Union([Type.Literal('md'), Type.Literal('html')], { default: 'md', description: 'md: text/markdown; html: a standalone text/html page' }),
    lang: Type.Union([Type.Literal('en'), Type.Literal('zh-CN')], { default: 'en', description: 'language of the report: en or zh-CN (ids and parameter paths stay as they are)' }),
  },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuerySchema>;

/** The report text (Markdown or HTML, by `format`). */
export const ReportTextSchema = Type.String({ description: 'the report: text/markdown (format=md) or text/html (format=html)' });
