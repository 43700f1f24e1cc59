// The validation report as text: verification rows (the model against its inputs and theory)
// and validation rows (against outside data) in two tables, each row "check | expected
// (source) | model (mean, 95 % CI) | verdict", the source and note under each table; within 80
// columns (the tables stack, the sources wrap).
import type { ValidationReport, ValidationRow } from '../../../engine/index.js';
import { validationCheckName, validationRowText, validationVerdictName } from '../../../engine/index.js';
import { TERMINAL_COLUMNS, wrapText } from '../output/display-width.js';
import { formatInterval, formatNumber } from '../output/format-number.js';
import { formatTable } from '../output/table.js';
import { fill } from '../output/header-messages.js';
import type { CliLang } from '../output/messages.js';
import { validationWords } from './validation-words.js';

function expected(row: ValidationRow, lang: CliLang): string {
  if (row.expected === null && row.expectedHi === null) return validationWords(lang).seeNote;
  if (row.expected === null) return `< ${formatNumber(row.expectedHi)}`;
  return row.expectedHi === null ? formatNumber(row.expected) : `${formatNumber(row.expected)}..${formatNumber(row.expectedHi)}`;
}

function table(title: string, rows: readonly ValidationRow[], lang: CliLang): string {
  const w = validationWords(lang);
  const columns = w.columns.map((header, i) => (i === 0 || i === 3 ? { header } : { header, align: 'left' as const }));
  const body = rows.map((r, i) => [String(i + 1), validationCheckName(r.check, lang), expected(r, lang), r.model === null ? '-' : formatNumber(r.model.mean), r.model === null ? '-' : formatInterval(r.model.ci95), validationVerdictName(r.verdict, lang)]);
  // Each source wraps under its own text (hang past the number), so the report fits 80 columns.
  const sources = rows.map((r, i) => {
    const { source, note } = validationRowText(r, lang);
    return wrapText(`  ${i + 1}. ${source}${note === '' ? '' : lang === 'en' ? ` (${note})` : `（${note}）`}`, TERMINAL_COLUMNS, String(i + 1).length + 2);
  });
  return `${title}\n${formatTable(columns, body)}\n\n${w.sources}\n${sources.join('\n')}`;
}

/** The report as two text tables with their sources, in `lang` (default English). */
export function formatValidationReport(r: ValidationReport, lang: CliLang = 'en'): string {
  const w = validationWords(lang);
  const head = fill(w.head, { id: r.scenarioId, against: r.baselineId === null ? '' : fill(w.against, { id: r.baselineId }), reps: r.replications, days: r.horizonDays, seed: r.seed });
  const verdict = r.verified ? w.verified : w.failed;
  return `${wrapText(head)}\n\n${table(w.verificationTitle, r.verification, lang)}\n\n${table(w.validationTitle, r.validation, lang)}\n\n${verdict}\n`;
}
