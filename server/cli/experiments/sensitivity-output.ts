// Human and CSV output of a sensitivity analysis: per KPI a ranked table of factors with
// Morris mu* (95 % bootstrap interval), mu and sigma and, for a comparison, the verdict against
// the headline difference; then, where they were estimated, a second table of Sobol S1 and ST
// with intervals for the factors Sobol ran on. Each row starts with rank and factor, so a table
// stacked to fit 80 columns (a long parameter path leaves room for one or two statistics)
// repeats the factor in every part; prose lines wrap.
import type { SensitivityResult } from '../../../engine/index.js';
import { wrapText } from '../output/display-width.js';
import { formatInterval, formatNumber } from '../output/format-number.js';
import { formatTable } from '../output/table.js';

type SensitivityKpi = SensitivityResult['kpis'][string];

/** "rank path" with ranks right-aligned, so the paths line up. */
function named(rank: number, path: string, last: number): string {
  return `${String(rank).padStart(String(last).length)} ${path}`;
}

/** The name column's header, its `#` over the ranks' last digit. */
function nameHeader(last: number): string {
  return `${' '.repeat(String(last).length - 1)}# factor`;
}

function morrisTable(s: SensitivityKpi, comparison: boolean): string {
  const columns = [
    { header: nameHeader(s.morris.length), align: 'left' as const },
    { header: 'mu*' },
    { header: 'mu* 95% CI', align: 'left' as const },
    { header: 'mu' },
    { header: 'sigma' },
    ...(comparison ? [{ header: 'verdict', align: 'left' as const }] : []),
  ];
  const rows = s.morris.map((m) => [
    named(m.rank, m.path, s.morris.length),
    formatNumber(m.muStar),
    formatInterval(m.muStarCi95),
    formatNumber(m.mu),
    formatNumber(m.sigma),
    ...(comparison ? [m.verdict ?? ''] : []),
  ]);
  return formatTable(columns, rows);
}

function sobolTable(rows: NonNullable<SensitivityKpi['sobol']>): string {
  const columns = [
    { header: nameHeader(rows.length), align: 'left' as const },
    { header: 'S1' },
    { header: 'S1 95% CI', align: 'left' as const },
    { header: 'ST' },
    { header: 'ST 95% CI', align: 'left' as const },
  ];
  return formatTable(columns, rows.map((r) => [named(r.rank, r.path, rows.length), formatNumber(r.s1), formatInterval(r.s1Ci95), formatNumber(r.st), formatInterval(r.stCi95)]));
}

/** The analysis as text within 80 columns: per KPI a Morris table and, with Sobol, an S1/ST table. */
export function formatSensitivity(r: SensitivityResult): string {
  const what = r.baselineId === null ? r.scenarioId : `${r.scenarioId} - ${r.baselineId} (paired difference)`;
  const sizes = `${r.factors.length} factors, ${r.trajectories} trajectories${r.sobolRows === null ? '' : `, Sobol N=${r.sobolRows} on ${r.sobolFactors?.length ?? 0}`}`;
  const parts = [wrapText(`sensitivity (${r.method}) of ${what}: ${sizes}, ${r.designPoints} points x ${r.replications} rep, seed ${r.seed}, CRN`)];
  const comparison = r.baselineId !== null;
  for (const [kpi, s] of Object.entries(r.kpis)) {
    const title = wrapText(`${kpi} (${comparison ? 'difference' : 'value'} at the scenario's values: ${formatNumber(s.atBase)}; effects per whole factor range)`);
    parts.push(`\n${title}\nMorris (ranked by mu*)\n${morrisTable(s, comparison)}`);
    if (s.sobol !== null) parts.push(`\nSobol indices (ranked by ST)\n${sobolTable(s.sobol)}`);
  }
  if (r.skipped.length > 0) parts.push(`\n${wrapText(`skipped (value 0, give a range with --factors path=lo:hi): ${r.skipped.join(', ')}`)}`);
  return `${parts.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV row per (KPI, factor) with every statistic and the factor's range. */
export function sensitivityCsv(r: SensitivityResult): string {
  const header = ['kpi', 'at_base', 'rank', 'factor', 'lo', 'hi', 'basis', 'mu_star', 'mu_star_ci_lo', 'mu_star_ci_hi', 'mu', 'sigma', 'verdict', 's1', 's1_ci_lo', 's1_ci_hi', 'st', 'st_ci_lo', 'st_ci_hi'];
  const factors = new Map(r.factors.map((f) => [f.path, f]));
  const lines: string[] = [header.join(',')];
  for (const [kpi, s] of Object.entries(r.kpis)) {
    const sobol = new Map((s.sobol ?? []).map((row) => [row.path, row]));
    for (const m of s.morris) {
      const f = factors.get(m.path);
      const so = sobol.get(m.path);
      const cells = [kpi, String(s.atBase), String(m.rank), m.path, String(f?.lo ?? ''), String(f?.hi ?? ''), f?.basis ?? '', String(m.muStar), String(m.muStarCi95[0]), String(m.muStarCi95[1]), String(m.mu), String(m.sigma), m.verdict ?? ''];
      cells.push(...(so === undefined ? ['', '', '', '', '', ''] : [so.s1, so.s1Ci95[0], so.s1Ci95[1], so.st, so.stCi95[0], so.stCi95[1]].map(String)));
      lines.push(cells.map(csvField).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
