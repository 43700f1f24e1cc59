// Human and CSV output of a sensitivity analysis: per KPI a ranked table of factors with
// Morris mu* (95 % bootstrap interval), mu and sigma and, for a comparison, the verdict against
// the headline difference; then, where they were estimated, a second table of Sobol S1 and ST
// with intervals for the factors Sobol ran on. Tables name a factor by its display name; a list
// under the header gives each name's parameter path, range and basis. Each row starts with rank
// and factor, so a table stacked to fit 80 columns repeats the factor in every part; prose
// lines wrap.
import { differenceVerdictName } from '../../../engine/index.js';
import type { SensitivityResult } from '../../../engine/index.js';
import { parameterMeaning, parameterName, unitName } from '../../../scenarios/index.js';
import { wrapText } from '../output/display-width.js';
import { formatInterval, formatNumber } from '../output/format-number.js';
import { formatTable } from '../output/table.js';
import { fill } from '../output/header-messages.js';
import { kpiName } from '../output/messages.js';
import type { CliLang } from '../output/messages.js';
import { sensitivityWords } from './sensitivity-words.js';
import type { SensitivityWords } from './sensitivity-words.js';

type SensitivityKpi = SensitivityResult['kpis'][string];

/** "rank name" with ranks right-aligned, so the names line up. */
function named(rank: number, name: string, last: number): string {
  return `${String(rank).padStart(String(last).length)} ${name}`;
}

/** The name column's header, its `#` over the ranks' last digit. */
function nameHeader(last: number, w: SensitivityWords): string {
  return `${' '.repeat(String(last).length - 1)}# ${w.factor}`;
}

function morrisTable(s: SensitivityKpi, comparison: boolean, lang: CliLang): string {
  const w = sensitivityWords(lang);
  const columns = [
    { header: nameHeader(s.morris.length, w), align: 'left' as const },
    { header: 'mu*' },
    { header: `mu* ${w.ci}`, align: 'left' as const },
    { header: 'mu' },
    { header: 'sigma' },
    ...(comparison ? [{ header: w.verdictHeader, align: 'left' as const }] : []),
  ];
  const rows = s.morris.map((m) => [
    named(m.rank, parameterName(m.path, lang), s.morris.length),
    formatNumber(m.muStar),
    formatInterval(m.muStarCi95),
    formatNumber(m.mu),
    formatNumber(m.sigma),
    ...(comparison ? [m.verdict === undefined ? '' : differenceVerdictName(m.verdict, lang)] : []),
  ]);
  return formatTable(columns, rows);
}

function sobolTable(rows: NonNullable<SensitivityKpi['sobol']>, lang: CliLang): string {
  const w = sensitivityWords(lang);
  const columns = [
    { header: nameHeader(rows.length, w), align: 'left' as const },
    { header: 'S1' },
    { header: `S1 ${w.ci}`, align: 'left' as const },
    { header: 'ST' },
    { header: `ST ${w.ci}`, align: 'left' as const },
  ];
  return formatTable(columns, rows.map((r) => [named(r.rank, parameterName(r.path, lang), rows.length), formatNumber(r.s1), formatInterval(r.s1Ci95), formatNumber(r.st), formatInterval(r.stCi95)]));
}

/**
 * Each factor's name with its parameter path, range and basis (the tables name factors, this
 * keeps the paths) and, with `explain`, what the parameter means.
 */
function factorList(r: SensitivityResult, lang: CliLang, explain: boolean): string {
  const w = sensitivityWords(lang);
  const lines = r.factors.map((f) => {
    const line = wrapText(`  ${fill(w.factorLine, { name: parameterName(f.path, lang), path: f.path, lo: formatNumber(f.lo), hi: formatNumber(f.hi), unit: unitName(f.unit, lang), basis: f.basis })}`, 80, 4);
    const meaning = explain ? parameterMeaning(f.path, lang) : undefined;
    return meaning === undefined ? line : `${line}\n${wrapText(`    ${meaning}`, 80, 2)}`;
  });
  return `${w.factorsTitle}\n${lines.join('\n')}`;
}

/**
 * The analysis as text within 80 columns, in `lang` (default English): the factors, then per KPI
 * a Morris table and, with Sobol, an S1/ST table.
 * @param explain - say under each factor what the parameter means
 */
export function formatSensitivity(r: SensitivityResult, lang: CliLang = 'en', explain = false): string {
  const w = sensitivityWords(lang);
  const what = r.baselineId === null ? r.scenarioId : fill(w.difference, { a: r.scenarioId, b: r.baselineId });
  const sizes = `${fill(w.sizes, { factors: r.factors.length, trajectories: r.trajectories })}${r.sobolRows === null ? '' : fill(w.sobolSizes, { n: r.sobolRows, k: r.sobolFactors?.length ?? 0 })}`;
  const parts = [wrapText(fill(w.head, { method: r.method, what, sizes, points: r.designPoints, reps: r.replications, seed: r.seed })), factorList(r, lang, explain)];
  const comparison = r.baselineId !== null;
  for (const [kpi, s] of Object.entries(r.kpis)) {
    const title = wrapText(fill(w.kpiTitle, { kpi: kpiName(kpi, lang), kind: comparison ? w.kindDifference : w.kindValue, value: formatNumber(s.atBase) }));
    parts.push(`\n${title}\n${w.morrisTitle}\n${morrisTable(s, comparison, lang)}`);
    if (s.sobol !== null) parts.push(`\n${w.sobolTitle}\n${sobolTable(s.sobol, lang)}`);
  }
  if (r.roundsFollowShift) parts.push(`\n${wrapText(w.roundsFollowShift)}`);
  if (r.skipped.length > 0) parts.push(`\n${wrapText(fill(w.skipped, { list: r.skipped.join(', ') }))}`);
  return `${parts.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV row per (KPI, factor) with every statistic and the factor's range, UTF-8 with a BOM
 * and CRLF line ends so that Excel opens the Chinese names. The KPI and factor names (in `lang`)
 * stand beside their keys; the keys stay for scripts.
 */
export function sensitivityCsv(r: SensitivityResult, lang: CliLang = 'en'): string {
  const header = ['kpi', 'kpi_name', 'at_base', 'rank', 'factor', 'factor_name', 'lo', 'hi', 'unit', 'basis', 'mu_star', 'mu_star_ci_lo', 'mu_star_ci_hi', 'mu', 'sigma', 'verdict', 's1', 's1_ci_lo', 's1_ci_hi', 'st', 'st_ci_lo', 'st_ci_hi'];
  const factors = new Map(r.factors.map((f) => [f.path, f]));
  const lines: string[] = [header.join(',')];
  for (const [kpi, s] of Object.entries(r.kpis)) {
    const sobol = new Map((s.sobol ?? []).map((row) => [row.path, row]));
    for (const m of s.morris) {
      const f = factors.get(m.path);
      const so = sobol.get(m.path);
      const cells = [kpi, kpiName(kpi, lang), String(s.atBase), String(m.rank), m.path, parameterName(m.path, lang), String(f?.lo ?? ''), String(f?.hi ?? ''), f === undefined ? '' : unitName(f.unit, lang), f?.basis ?? '', String(m.muStar), String(m.muStarCi95[0]), String(m.muStarCi95[1]), String(m.mu), String(m.sigma), m.verdict ?? ''];
      cells.push(...(so === undefined ? ['', '', '', '', '', ''] : [so.s1, so.s1Ci95[0], so.s1Ci95[1], so.st, so.stCi95[0], so.stCi95[1]].map(String)));
      lines.push(cells.map(csvField).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
