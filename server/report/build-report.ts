/**
 * Builds the report of a run or comparison result: the STRESS-DES sections (Monks et al.
 * 2019: objectives, model logic, data and parameters, experimentation, implementation, code
 * access) and an ODD description of the model (overview, design concepts, details). Every
 * sentence is filled from the result, the scenario it carries and the schema's documentation;
 * nothing is written by hand per run.
 */
import { displayName, parameterMeaning, presetDescription, sourceText, unitName } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import type { PrecisionReport, SensitivityResult, Summary, ValidationReport, WarmupReport } from '../../engine/index.js';
import { warmupBasis } from '../../engine/index.js';
import { sensitivitySection, validationSection } from './analysis-sections.js';
import { assumptionNotes } from './assumption-notes.js';
import { kpiDefinitionText, kpiNameText } from './kpi-definitions.js';
import { departureRows } from './departure-table.js';
import { parameterRows } from './parameter-table.js';
import type { ReportDoc, ReportSection, ReportTable } from './report-doc.js';
import { fill, reportText } from './report-text.js';
import type { ReportLang, ReportText } from './report-text.js';

/** The part of a run's statistics a report reads. */
interface RunLike {
  scenarioId: string;
  scenario: Scenario;
  seed: number;
  replications: number;
  engineVersion: string;
  eventsProcessed: number;
  kpis: Record<string, Summary>;
}

/** What a result may add to the experimentation section: the warm-up check and precision mode. */
interface ExperimentExtras {
  /** MSER-5 suggestion beside the scenario's warm-up (`wardtwin run` writes it). */
  warmup?: WarmupReport;
  /** How precision mode chose the replications (`--precision`). */
  precision?: PrecisionReport & { of?: string };
  /** A validation report of the scenario (`wardtwin validate-model --json`). */
  validation?: ValidationReport;
  /** A sensitivity analysis (`wardtwin sensitivity --json`). */
  sensitivity?: SensitivityResult;
}

/** The part of a result a report reads: a run, or a comparison of runs. */
export type ReportInput =
  | (RunLike & ExperimentExtras & { kind: 'run' })
  | (ExperimentExtras & { kind: 'comparison'; seed: number; replications: number; engineVersion: string; runs: RunLike[]; differences: { scenarioId: string; baselineId: string; description: string; kpis: Record<string, Summary> }[] });

/** Facts about the software that writes the report (read at the edge). */
export interface GeneratorInfo {
  readonly nodeVersion: string;
  readonly packageName: string;
  readonly license: string;
}

function n(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toPrecision(3);
}

function ci(s: Summary): string {
  return s.ci95 === null ? '-' : `[${n(s.ci95[0])}, ${n(s.ci95[1])}]`;
}

function kpiTable(runs: readonly RunLike[], tx: ReportText, lang: ReportLang, notes: ReadonlyMap<string, string>): ReportTable {
  const keys = Object.keys(runs[0].kpis);
  return {
    header: [tx.kpi, ...runs.flatMap((r) => [`${r.scenarioId} ${tx.mean}`, `${r.scenarioId} ${tx.ci}`]), tx.restsOn],
    rows: keys.map((k) => [kpiNameText(k, lang), ...runs.flatMap((r) => (r.kpis[k] === undefined ? ['-', '-'] : [n(r.kpis[k].mean), ci(r.kpis[k])])), notes.get(k) ?? '']),
  };
}

/** The warm-up suggestion line of the experimentation section. */
function warmupLine(w: WarmupReport | undefined, tx: ReportText, lang: ReportLang): string {
  if (w === undefined) return tx.warmupNone;
  const verdict = w.suggestedDays > w.scenarioDays ? tx.warmupLonger : tx.warmupWithin;
  return fill(tx.warmupLine, { method: w.method, series: w.series, suggested: w.suggestedDays, used: w.scenarioDays, verdict, limit: w.atLimit ? tx.warmupAtLimit : '', basis: lang === 'en' || w.replications === undefined ? w.basis : warmupBasis(w, lang) });
}

/** The precision-mode line, or none. */
function precisionLines(p: ExperimentExtras['precision'], tx: ReportText): string[] {
  if (p === undefined) return [];
  const of = p.of === 'paired-difference' ? tx.precisionOf : '';
  const end = p.reached ? tx.precisionReached : fill(tx.precisionCap, { max: p.maxReplications });
  return [fill(tx.precision, { rounds: p.rounds.join(', '), of, kpi: p.kpi, target: n(p.targetHalfWidth), relative: p.relative ? tx.precisionRelative : '', half: n(p.halfWidth), end })];
}

/** A scenario's name in `lang`: a preset's Chinese name, else the scenario's own. */
function scenarioName(r: RunLike, lang: ReportLang): string {
  const name = lang === 'en' ? r.scenario.meta.name : displayName('preset', r.scenarioId, lang);
  return name === r.scenarioId ? r.scenario.meta.name : name;
}

/** Builds the report document in `lang` (default English). */
export function buildReport(result: ReportInput, gen: GeneratorInfo, lang: ReportLang = 'en'): ReportDoc {
  const tx = reportText(lang);
  const runs = result.kind === 'run' ? [result] : result.runs;
  const s = runs[0].scenario;
  const names = runs.map((r) => `${r.scenarioId} (${scenarioName(r, lang)})`).join(', ');
  const channels = (sc: Scenario): string => fill(tx.channelsLine, {
    order: sc.channels.order.map((c) => tx.channelNames[c] ?? c).join(' → '),
    own: sc.channels.ownSupplyShare, station: sc.channels.nurseStationStockShare, shop: sc.channels.shopStockShare,
  });
  const notes = assumptionNotes(runs.map((r) => r.scenario), lang);
  const purpose = (r: RunLike): string => presetDescription(r.scenarioId, r.scenario.meta.description, lang) || scenarioName(r, lang);
  const sections: ReportSection[] = [
    { title: tx.s1, level: 2, blocks: [
      { p: fill(tx.purpose, { purposes: runs.map((r) => `${r.scenarioId}: ${purpose(r)}`).join(' ') }) },
      { p: fill(tx.scenarios, { names, type: s.meta.hospitalType, deliveries: s.births.annualDeliveries }) },
      { p: tx.measures },
      { table: { header: [tx.kpi, tx.definition], rows: Object.keys(runs[0].kpis).map((k) => [kpiNameText(k, lang), kpiDefinitionText(k, lang)]) } },
    ] },
    { title: tx.s2, level: 2, blocks: [
      { p: tx.logic },
      { list: runs.map((r) => fill(tx.cabinetsLine, { id: r.scenarioId, cabinets: r.scenario.cabinets.instances.length, channels: channels(r.scenario), rounds: r.scenario.restock.roundHours.join(', ') })) },
    ] },
    { title: tx.s3, level: 2, blocks: [
      { p: fill(tx.parametersIntro, { id: runs[0].scenarioId }) },
      { table: { header: tx.parameterHeader, rows: parameterRows(s).map((r) => [r.path, r.value, unitName(r.unit, lang, r.path), r.basis, sourceText(r.source, lang), lang === 'en' ? r.what : (parameterMeaning(r.path, lang) ?? r.what)]) } },
      { p: tx.departuresIntro },
      { table: { header: tx.departureHeader, rows: departureRows(s, lang).map((r) => [r.path, r.domain, r.model, r.reason]) } },
    ] },
    { title: tx.s4, level: 2, blocks: [
      { list: [
        fill(tx.warmup, { days: s.run.warmupDays }),
        warmupLine(result.warmup, tx, lang),
        fill(tx.runLength, { days: s.run.horizonDays }),
        fill(tx.replications, { n: result.replications, seed: result.seed }),
        ...precisionLines(result.precision, tx),
        result.kind === 'comparison' ? fill(tx.crnYes, { pairs: result.differences.map((d) => (lang === 'en' ? d.description : fill(tx.crnPair, { a: d.scenarioId, b: d.baselineId }))).join(tx.listSeparator) }) : tx.crnNo,
        fill(tx.events, { events: runs.map((r) => `${r.scenarioId} ${r.eventsProcessed}`).join(', ') }),
      ] },
    ] },
    { title: tx.s5, level: 2, blocks: [
      { list: [fill(tx.software, { pkg: gen.packageName, engine: result.engineVersion, node: gen.nodeVersion }), tx.random, tx.scheduling, tx.determinism] },
    ] },
    { title: tx.s6, level: 2, blocks: [{ p: fill(tx.code, { pkg: gen.packageName, engine: result.engineVersion, license: gen.license }) }] },
    { title: tx.results, level: 2, blocks: [
      { table: kpiTable(runs, tx, lang, notes) },
      ...(result.kind === 'comparison'
        ? result.differences.map((d) => ({ table: { header: [fill(tx.diffHeader, { a: d.scenarioId, b: d.baselineId }), tx.mean, tx.ci, tx.restsOn], rows: Object.entries(d.kpis).map(([k, v]) => [kpiNameText(k, lang), n(v.mean), ci(v), notes.get(k) ?? '']) } }))
        : []),
      { p: tx.restsOnNote },
    ] },
    ...(result.validation !== undefined ? [validationSection(result.validation, lang)] : []),
    ...(result.sensitivity !== undefined ? [sensitivitySection(result.sensitivity, lang)] : []),
    { title: tx.oddOverview, level: 2, blocks: [
      { p: fill(tx.oddPurpose, { names }) },
      { p: fill(tx.oddEntities, { cabinets: s.cabinets.instances.length, id: runs[0].scenarioId, days: s.run.warmupDays + s.run.horizonDays }) },
      { p: tx.oddProcess },
    ] },
    { title: tx.oddDesign, level: 2, blocks: [{ list: tx.oddDesignList }] },
    { title: tx.oddDetails, level: 2, blocks: [
      { p: fill(tx.oddInit, { fill: s.restock.initialFillShare * 100 }) },
      { p: tx.oddInput },
      { p: tx.oddSubmodels },
    ] },
  ];
  return { title: fill(tx.title, { ids: runs.map((r) => r.scenarioId).join(' vs ') }), lang, sections };
}
