// Human and CSV output of a sensitivity analysis: per KPI a ranked table of factors with
// Morris mu* (95 % bootstrap interval), mu and sigma, the verdict against the headline
// difference for a comparison, and Sobol S1 and ST with intervals where they were estimated.
import type { SensitivityResult } from '../../../engine/index.js';
import { formatInterval, formatNumber } from '../output/format-number.js';
import { formatTable } from '../output/table.js';

/** The analysis as text tables, one per KPI. */
export function formatSensitivity(r: SensitivityResult): string {
  const what = r.baselineId === null ? r.scenarioId : `${r.scenarioId} - ${r.baselineId} (paired difference)`;
  const sizes = `${r.factors.length} factors, ${r.trajectories} trajectories${r.sobolRows === null ? '' : `, Sobol N=${r.sobolRows} on ${r.sobolFactors?.length ?? 0}`}`;
  const parts = [`sensitivity (${r.method}) of ${what}: ${sizes}, ${r.designPoints} points x ${r.replications} rep, seed ${r.seed}, CRN`];
  for (const [kpi, s] of Object.entries(r.kpis)) {
    const sobol = new Map((s.sobol ?? []).map((row) => [row.path, row]));
    const withSobol = s.sobol !== null;
    const comparison = r.baselineId !== null;
    const columns = [
      { header: '#' },
      { header: 'factor', align: 'left' as const },
      { header: 'mu*' },
      { header: 'mu* 95% CI', align: 'left' as const },
      { header: 'mu' },
      { header: 'sigma' },
      ...(comparison ? [{ header: 'verdict', align: 'left' as const }] : []),
      ...(withSobol ? [{ header: 'S1 [CI]', align: 'left' as const }, { header: 'ST [CI]', align: 'left' as const }] : []),
    ];
    const rows = s.morris.map((m) => {
      const so = sobol.get(m.path);
      return [
        String(m.rank),
        m.path,
        formatNumber(m.muStar),
        formatInterval(m.muStarCi95),
        formatNumber(m.mu),
        formatNumber(m.sigma),
        ...(comparison ? [m.verdict ?? ''] : []),
        ...(withSobol ? [so === undefined ? '-' : `${formatNumber(so.s1)} ${formatInterval(so.s1Ci95)}`, so === undefined ? '-' : `${formatNumber(so.st)} ${formatInterval(so.stCi95)}`] : []),
      ];
    });
    parts.push(`\n${kpi} (${comparison ? 'difference' : 'value'} at the scenario's values: ${formatNumber(s.atBase)}; effects per whole factor range)\n${formatTable(columns, rows)}`);
  }
  if (r.skipped.length > 0) parts.push(`\nskipped (value 0, give a range with --factors path=lo:hi): ${r.skipped.join(', ')}`);
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
