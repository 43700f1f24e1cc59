// Human output of runs and comparisons: each KPI (in the KPI catalogue's order, with its unit)
// with its mean and 95 % interval, contacts by role pair, nurse supply minutes by shift, and for
// comparisons the paired differences with their intervals, marked where the interval excludes zero. Everything printed here is also in the JSON, or derived from it with
// the engine's own helpers (the ± half-width).
import { orderKpiKeys } from '../../../engine/index.js';
import type { ComparisonResult, RolePairSummary, RunResult, RunStatistics, Summary, Timing } from '../../../engine/index.js';
import { formatInterval, formatNumber, formatSigned } from './format-number.js';
import { formatTable } from './table.js';
import { wrapText } from './display-width.js';
import { kpiDefinitions, kpiName, kpiUnit, tableMessages } from './messages.js';
import { clippedKpiInterval, isShareKpi, kpiInterval, kpiPlusMinus, kpiSigned, kpiValue } from './kpi-values.js';
import type { CliLang } from './messages.js';
import { fill, headerMessages, presetName, rolePairName, scenarioTitle } from './header-messages.js';
import { assumptionNotes } from '../../report/assumption-notes.js';

/** How the human tables are printed: the language, and whether each KPI's definition follows. */
export interface TableOptions {
  lang?: CliLang;
  explain?: boolean;
}

/** Under a run's tables: what the interval columns mean. */
export const RUN_LEGEND = 'Legend: 95% CI = the range that holds the true mean with 95% confidence (Student t over the replications); sd = standard deviation across replications; n = replications.';

/** Under a comparison's tables: what ±, the intervals and `*` mean. */
export const COMPARISON_LEGEND = 'Legend: a ± h = mean a over the replications, h the half-width of its 95% confidence interval (the interval is a - h to a + h); 95% CI = the range that holds the true mean, or the true paired difference, with 95% confidence; * = that interval excludes 0 (a significant difference at the 5% level).';


/** `*` when a difference's interval excludes zero (the effect is significant at 5 %). */
function marker(s: Summary): string {
  return s.ci95 !== null && (s.ci95[0] > 0 || s.ci95[1] < 0) ? '*' : '';
}

function runHeader(r: RunStatistics, lang: CliLang): string {
  const run = r.scenario.run;
  const h = headerMessages(lang);
  return [
    scenarioTitle(r.scenarioId, r.scenario.meta.name, lang),
    fill(h.runLine, { seed: r.seed, reps: r.replications, replications: r.replications === 1 ? 'replication' : 'replications', horizon: run.horizonDays, warmup: run.warmupDays, engine: r.engineVersion }),
  ].join('\n');
}

function timingLine(t: Timing, lang: CliLang): string {
  const h = headerMessages(lang);
  if (t.wallTimeMs === null) return fill(h.timingNone, { executor: t.executor });
  const eps = t.eventsPerSecond === null ? '-' : formatNumber(Math.round(t.eventsPerSecond));
  return fill(h.timing, { seconds: (t.wallTimeMs / 1000).toFixed(1), eps, executor: t.executor });
}

function pairsWithContacts(pairs: Record<string, RolePairSummary>): string[] {
  return Object.keys(pairs).filter((p) => pairs[p].contacts.mean !== 0 || pairs[p].contactMinutes.mean !== 0);
}

/** `title` and its table, or nothing when the result has no shifts (a roster-less result). */
function shiftSection(title: string, shifts: Record<string, Summary>, columns: readonly string[], row: (s: Summary) => string[], lang: CliLang = 'en'): string {
  const names = Object.keys(shifts);
  if (names.length === 0) return '';
  const table = formatTable(
    [{ header: tableMessages(lang).shift, align: 'left' }, ...columns.map((header) => (header === '' ? { header, align: 'left' as const } : { header }))],
    names.map((name) => [name, ...row(shifts[name])]),
  );
  return `\n\n${title}\n${table}`;
}

/** The KPI table, contact table and nurse-minutes-by-shift table of one run, with its header and timing line. */
export function formatRunResult(r: RunResult, options: TableOptions = {}): string {
  const lang = options.lang ?? 'en';
  const m = tableMessages(lang);
  const clipped = { any: false };
  const keys = orderKpiKeys(Object.keys(r.kpis));
  const kpiRows = keys.map((key) => {
    const s = r.kpis[key];
    return [kpiName(key, lang), kpiUnit(key, lang), kpiValue(key, s.mean), clippedKpiInterval(key, s.ci95, clipped), kpiValue(key, s.sd), String(s.n)];
  });
  const kpiTable = formatTable(
    [{ header: m.kpi, align: 'left' }, { header: m.unit, align: 'left' }, { header: m.mean }, { header: m.ci }, { header: m.sd }, { header: m.n }],
    kpiRows,
  );
  const pairs = pairsWithContacts(r.contactsByRolePair);
  const contactTable = formatTable(
    [{ header: m.rolePair, align: 'left' }, { header: m.contacts }, { header: m.ci }, { header: m.contactMin }, { header: m.ci }],
    pairs.map((p) => {
      const s = r.contactsByRolePair[p];
      return [rolePairName(p, lang), formatNumber(s.contacts.mean), formatInterval(s.contacts.ci95), formatNumber(s.contactMinutes.mean), formatInterval(s.contactMinutes.ci95)];
    }),
  );
  const shifts = shiftSection(m.shiftTitle, r.nurseSupplyMinutesByShift, [m.mean, m.ci, m.sd, m.n], (s) => [
    formatNumber(s.mean),
    formatInterval(s.ci95),
    formatNumber(s.sd),
    String(s.n),
  ], lang);
  const note = r.replications === 1 ? `\n${headerMessages(lang).oneReplication}` : '';
  const clipNote = clipped.any ? `\n${wrapText(m.clippedNote)}` : '';
  const explain = options.explain === true ? `\n\n${wrapText(kpiDefinitions(keys, lang))}` : '';
  const legend = lang === 'en' ? RUN_LEGEND : m.runLegend;
  return `${runHeader(r, lang)}\n\n${kpiTable}${clipNote}\n\n${m.contactsTitle}\n${contactTable}${shifts}${note}\n\n${wrapText(legend)}${explain}\n\n${timingLine(r.timing, lang)}\n`;
}

/**
 * The comparison table: each scenario's KPI as mean ± half-width, then each paired difference
 * against the first scenario with its 95 % interval (`*` = interval excludes zero).
 */
export function formatComparison(c: ComparisonResult, options: TableOptions = {}): string {
  const lang = options.lang ?? 'en';
  const m = tableMessages(lang);
  const h = headerMessages(lang);
  const [baseline] = c.runs;
  const headers = [
    { header: m.kpi, align: 'left' as const },
    { header: m.unit, align: 'left' as const },
    ...c.runs.map((r) => ({ header: r.scenarioId })),
    ...c.differences.flatMap((d) => [{ header: `${d.scenarioId} − ${d.baselineId}`, group: d.scenarioId }, { header: m.ci, group: d.scenarioId }, { header: '', align: 'left' as const, group: d.scenarioId }]),
  ];
  const keys = orderKpiKeys(Object.keys(baseline.kpis));
  const clipped = { any: false };
  const rows = keys.map((key) => [
    kpiName(key, lang),
    kpiUnit(key, lang),
    ...c.runs.map((r) => (r.kpis[key] === undefined ? '-' : kpiPlusMinus(key, r.kpis[key], clipped))),
    ...c.differences.flatMap((d) => {
      const s = d.kpis[key];
      return s === undefined ? ['-', '-', ''] : [kpiSigned(key, s.mean), kpiInterval(key, s.ci95), marker(s)];
    }),
  ]);
  const pairSections = c.differences.map((d) => {
    const pairs = pairsWithContacts(d.contactsByRolePair);
    const table = formatTable(
      [
        { header: m.rolePair, align: 'left' },
        { header: h.contactsDiff, group: 'contacts' }, { header: m.ci, group: 'contacts' }, { header: '', align: 'left', group: 'contacts' },
        { header: h.contactMinDiff, group: 'minutes' }, { header: m.ci, group: 'minutes' }, { header: '', align: 'left', group: 'minutes' },
      ],
      pairs.map((p) => {
        const s = d.contactsByRolePair[p];
        return [rolePairName(p, lang), formatSigned(s.contacts.mean), formatInterval(s.contacts.ci95), marker(s.contacts), formatSigned(s.contactMinutes.mean), formatInterval(s.contactMinutes.ci95), marker(s.contactMinutes)];
      }),
    );
    const ab = { a: d.scenarioId, b: d.baselineId };
    const shifts = shiftSection(fill(h.pairShiftTitle, ab), d.nurseSupplyMinutesByShift, [h.diff, m.ci, ''], (s) => [
      formatSigned(s.mean),
      formatInterval(s.ci95),
      marker(s),
    ], lang);
    return `${fill(h.pairContactsTitle, ab)}\n${table}${shifts}`;
  });
  const run = baseline.scenario.run;
  const header = [
    fill(h.compareTitle, { ids: c.runs.map((r) => r.scenarioId).join(', ') }),
    ...(lang === 'en' ? [] : c.runs.map((r) => scenarioTitle(r.scenarioId, r.scenario.meta.name, lang))),
    fill(h.compareLine, { seed: c.seed, reps: c.replications, horizon: run.horizonDays, warmup: run.warmupDays, engine: c.engineVersion }),
    h.pairedNote,
  ].join('\n');
  const table = formatTable(headers, rows);
  const clipNote = clipped.any ? `\n${wrapText(m.clippedNote)}` : '';
  const legend = lang === 'en' ? COMPARISON_LEGEND : m.comparisonLegend;
  const explain = options.explain === true ? `\n\n${wrapText(kpiDefinitions(keys, lang))}` : '';
  const notes = assumptionNotes(c.runs.map((r) => r.scenario), lang);
  const restsOn = keys.filter((k) => notes.has(k)).map((k) => wrapText(`  ${kpiName(k, lang)}: ${notes.get(k) ?? ''}`));
  const restsSection = restsOn.length === 0 ? '' : `\n\n${wrapText(h.restsOnTitle)}\n${restsOn.join('\n')}`;
  return `${header}\n\n${table}${clipNote}\n\n${pairSections.join('\n\n')}${restsSection}\n\n${wrapText(legend)}${explain}\n\n${timingLine(c.timing, lang)}\n`;
}

/** KPIs the headline study leads with: the programme's aims (DOMAIN.md). */
export const HEADLINE_KPIS = ['boundaryCrossings', 'contacts', 'contactMinutes', 'expectedInfections', 'nurseSupplyMinutesPerShift', 'tripDurationMeanMin', 'fillRate'] as const;

/**
 * One line per headline KPI: the paired difference of the first comparison, in words. English
 * keeps the KPI keys scripts grep for; Chinese gives each KPI's name and unit from the catalogue.
 */
export function formatHeadline(c: ComparisonResult, lang: CliLang = 'en'): string {
  const d = c.differences[0];
  const h = headerMessages(lang);
  const lines = HEADLINE_KPIS.filter((k) => d.kpis[k] !== undefined).map((k) => {
    const s = d.kpis[k];
    const base = c.runs[0].kpis[k].mean;
    // A share's difference is already in percentage points; a relative change of it would read as a second percentage.
    const relative = base !== 0 && !isShareKpi(k) ? ` (${formatSigned((100 * s.mean) / base)} %)` : '';
    const kpi = lang === 'en' ? k : kpiName(k, lang);
    return fill(h.headlineLine, { kpi, unit: kpiUnit(k, lang), diff: kpiSigned(k, s.mean), relative, ci: kpiInterval(k, s.ci95), mark: marker(s) === '*' ? '' : h.notSignificant });
  });
  return `${fill(h.headlineTitle, { a: presetName(d.scenarioId, lang), b: presetName(d.baselineId, lang), reps: c.replications })}\n${lines.join('\n')}\n`;
}
