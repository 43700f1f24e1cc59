// The validation report as text: verification rows (the model against its inputs and theory)
// and validation rows (against outside data) in two tables, each row "check | expected
// (source) | model (mean, 95 % CI) | verdict", the source and note under each table; within 80
// columns (the tables stack, the sources wrap).
import type { ValidationReport, ValidationRow } from '../../../engine/index.js';
import { TERMINAL_COLUMNS, wrapText } from '../output/display-width.js';
import { formatInterval, formatNumber } from '../output/format-number.js';
import { formatTable } from '../output/table.js';

function expected(row: ValidationRow): string {
  if (row.expected === null && row.expectedHi === null) return 'see note';
  if (row.expected === null) return `< ${formatNumber(row.expectedHi)}`;
  return row.expectedHi === null ? formatNumber(row.expected) : `${formatNumber(row.expected)}..${formatNumber(row.expectedHi)}`;
}

function table(title: string, rows: readonly ValidationRow[]): string {
  const columns = [{ header: '#' }, { header: 'check', align: 'left' as const }, { header: 'expected', align: 'left' as const }, { header: 'model mean' }, { header: '95% CI', align: 'left' as const }, { header: 'verdict', align: 'left' as const }];
  const body = rows.map((r, i) => [String(i + 1), r.check, expected(r), r.model === null ? '-' : formatNumber(r.model.mean), r.model === null ? '-' : formatInterval(r.model.ci95), r.verdict]);
  // Each source wraps under its own text (hang past the number), so the report fits 80 columns.
  const sources = rows.map((r, i) => wrapText(`  ${i + 1}. ${r.source}${r.note === '' ? '' : ` (${r.note})`}`, TERMINAL_COLUMNS, String(i + 1).length + 2));
  return `${title}\n${formatTable(columns, body)}\n\nsources and notes:\n${sources.join('\n')}`;
}

/** The report as two text tables with their sources. */
export function formatValidationReport(r: ValidationReport): string {
  const head = `validation of ${r.scenarioId}${r.baselineId === null ? '' : ` (cabinet effect against ${r.baselineId})`}: ${r.replications} replications x ${r.horizonDays} days, seed ${r.seed}`;
  const verdict = r.verified ? 'every verification row passes' : 'a verification row FAILS (the model does not reproduce its inputs or theory)';
  return `${wrapText(head)}\n\n${table('VERIFICATION (model against its own inputs and theory)', r.verification)}\n\n${table('VALIDATION (model against outside data; outside band is a finding, not a bug)', r.validation)}\n\n${verdict}\n`;
}
