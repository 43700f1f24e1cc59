/**
 * Builds the report of a run or comparison result: the STRESS-DES sections (Monks et al.
 * 2019: objectives, model logic, data and parameters, experimentation, implementation, code
 * access) and an ODD description of the model (overview, design concepts, details). Every
 * sentence is filled from the result, the scenario it carries and the schema's documentation;
 * nothing is written by hand per run.
 */
import type { Scenario } from '../../scenarios/index.js';
import type { PrecisionReport, SensitivityResult, Summary, ValidationReport, WarmupReport } from '../../engine/index.js';
import { sensitivitySection, validationSection } from './analysis-sections.js';
import { kpiDefinitionText } from './kpi-definitions.js';
import { departureRows } from './departure-table.js';
import { parameterRows } from './parameter-table.js';
import type { ReportDoc, ReportSection, ReportTable } from './report-doc.js';

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

function kpiTable(runs: readonly RunLike[]): ReportTable {
  const keys = Object.keys(runs[0].kpis);
  return {
    header: ['KPI', ...runs.flatMap((r) => [`${r.scenarioId} mean`, `${r.scenarioId} 95% CI`])],
    rows: keys.map((k) => [k, ...runs.flatMap((r) => (r.kpis[k] === undefined ? ['-', '-'] : [n(r.kpis[k].mean), ci(r.kpis[k])]))]),
  };
}

/** The warm-up suggestion line of the experimentation section. */
function warmupLine(w: WarmupReport | undefined): string {
  if (w === undefined) return 'Warm-up suggestion: not computed for this result (a result of `wardtwin run` carries an MSER-5 suggestion).';
  const verdict = w.suggestedDays > w.scenarioDays ? 'longer than the setting used' : 'within the setting used';
  return `Warm-up suggestion: ${w.method} on ${w.series} suggests ${w.suggestedDays} days against the ${w.scenarioDays} days used (${verdict})${w.atLimit ? '; the minimum sat at the half-way limit, so the suggestion may be too short' : ''}. Basis: ${w.basis}.`;
}

/** The precision-mode line, or none. */
function precisionLines(p: ExperimentExtras['precision']): string[] {
  if (p === undefined) return [];
  const of = p.of === 'paired-difference' ? 'the paired difference of ' : '';
  const end = p.reached ? 'reached' : `not reached (stopped at the cap of ${p.maxReplications})`;
  return [`Replications chosen by precision mode: added in rounds (${p.rounds.join(', ')}) until the 95 % half-width of ${of}${p.kpi} was at most ${n(p.targetHalfWidth)}${p.relative ? ' (relative target)' : ''}; half-width ${n(p.halfWidth)}, target ${end}.`];
}

/** Builds the report document. */
export function buildReport(result: ReportInput, gen: GeneratorInfo): ReportDoc {
  const runs = result.kind === 'run' ? [result] : result.runs;
  const s = runs[0].scenario;
  const names = runs.map((r) => `${r.scenarioId} (${r.scenario.meta.name})`).join(', ');
  const channels = (sc: Scenario): string => JSON.stringify(sc.channels);
  const sections: ReportSection[] = [
    { title: 'STRESS-DES 1. Objectives', level: 2, blocks: [
      { p: `Purpose: ${runs.map((r) => `${r.scenarioId}: ${r.scenario.meta.description || r.scenario.meta.name}`).join(' ')}` },
      { p: `Scenarios: ${names}. Hospital type ${s.meta.hospitalType}, ${s.births.annualDeliveries} deliveries a year.` },
      { p: 'Output measures (each reported as the mean over replications with a 95 % Student-t confidence interval, mean ± t(0.975, n−1)·sd/√n):' },
      { table: { header: ['KPI', 'definition'], rows: Object.keys(runs[0].kpis).map((k) => [k, kpiDefinitionText(k)]) } },
    ] },
    { title: 'STRESS-DES 2. Model logic', level: 2, blocks: [
      { p: 'A discrete-event model of a postpartum ward: births arrive as a non-homogeneous Poisson process (annual volume shaped by month, weekday and hour, by delivery kind); mothers and newborns stay for a lognormal time by delivery mode; item needs by postpartum day become supply trips by companions or mothers; trips go to the channels in order (cabinet nearest first, then the next cabinet, then nurse station or shop); cabinets queue users, slots empty, jam and are restocked on rounds and par triggers; nurses work a shift roster; contacts are counted where people are co-located.' },
      { list: runs.map((r) => `${r.scenarioId}: ${r.scenario.cabinets.instances.length} cabinets, channels ${channels(r.scenario)}, restock rounds at ${r.scenario.restock.roundHours.join(', ')} h`) },
    ] },
    { title: 'STRESS-DES 3. Data and parameters', level: 2, blocks: [
      { p: `Every parameter of ${runs[0].scenarioId} with its unit and provenance (S published figure, D derived, A assumption) as documented in the scenario schema:` },
      { table: { header: ['parameter', 'value', 'unit', 'basis', 'source', 'meaning'], rows: parameterRows(s).map((r) => [r.path, r.value, r.unit, r.basis, r.source, r.what]) } },
      { p: 'Departures from the defaults of the domain brief (DOMAIN.md), with the value this scenario ran with and the reason:' },
      { table: { header: ['parameter', 'DOMAIN.md', 'model', 'reason'], rows: departureRows(s).map((r) => [r.path, r.domain, r.model, r.reason]) } },
    ] },
    { title: 'STRESS-DES 4. Experimentation', level: 2, blocks: [
      { list: [
        `Warm-up: ${s.run.warmupDays} days simulated and discarded (statistics reset at its end).`,
        warmupLine(result.warmup),
        `Run length: ${s.run.horizonDays} days after warm-up per replication.`,
        `Replications: ${result.replications}, base seed ${result.seed}; replication i draws every random stream from (seed, i, purpose).`,
        ...precisionLines(result.precision),
        result.kind === 'comparison'
          ? `Common random numbers: yes; all scenarios used the same seed and replication indices, and differences are paired replication by replication (${result.differences.map((d) => d.description).join('; ')}).`
          : 'Common random numbers: not applicable (a single scenario).',
        `Kernel events processed: ${runs.map((r) => `${r.scenarioId} ${r.eventsProcessed}`).join(', ')}.`,
      ] },
    ] },
    { title: 'STRESS-DES 5. Implementation', level: 2, blocks: [
      { list: [
        `Software: ${gen.packageName} engine ${result.engineVersion} (TypeScript on Node.js; report generated with Node.js ${gen.nodeVersion}).`,
        'Random numbers: seedrandom generators, one named stream per purpose (births, stays, needs, visitors, fetchers, cabinet, nurse, shop, restock, failures) derived from (seed, replication, purpose).',
        'Event scheduling: a binary-heap calendar keyed by (time, priority, sequence), so equal-time events run in the same order on every run; the clock counts minutes.',
        'Determinism: the same scenario, seed and replications give byte-identical results whichever executor (in-process, worker threads, Redis queue) ran them.',
      ] },
    ] },
    { title: 'STRESS-DES 6. Code access', level: 2, blocks: [{ p: `${gen.packageName} ${result.engineVersion}, licence ${gen.license}; the scenario document used is embedded in the result file.` }] },
    { title: 'Results', level: 2, blocks: [
      { table: kpiTable(runs) },
      ...(result.kind === 'comparison'
        ? result.differences.map((d) => ({ table: { header: [`${d.scenarioId} − ${d.baselineId} (paired, CRN)`, 'mean', '95% CI'], rows: Object.entries(d.kpis).map(([k, v]) => [k, n(v.mean), ci(v)]) } }))
        : []),
    ] },
    ...(result.validation !== undefined ? [validationSection(result.validation)] : []),
    ...(result.sensitivity !== undefined ? [sensitivitySection(result.sensitivity)] : []),
    { title: 'ODD: Overview', level: 2, blocks: [
      { p: `Purpose and patterns: estimate supply-logistics load, waits, stock-outs and contacts on a maternity ward (${names}) and how smart dispensing cabinets change them.` },
      { p: `Entities and state variables: mothers and newborns (postpartum day, delivery mode, NICU status, bedside stock), companions and visitors, nurses (shift, busy), restockers, cabinets (${s.cabinets.instances.length} in ${runs[0].scenarioId}; slots with SKU, units and lots with expiry), the nurse station and the shop. Scales: time in minutes from a Monday 00:00, ${s.run.warmupDays + s.run.horizonDays} days per replication; space as a corridor with rooms on both sides, distances in metres.` },
      { p: 'Process overview and scheduling: births → admissions → daily needs → trips → channel service (queue, dispense or hand-over) → return; restock rounds at fixed hours and on par triggers; slot jams and cabinet outages with repairs; shift changes; statistics reset at the end of warm-up. Events run in (time, priority, sequence) order.' },
    ] },
    { title: 'ODD: Design concepts', level: 2, blocks: [{ list: [
      'Emergence: queues, stock-outs and contact counts arise from individual trips; they are not imposed.',
      'Stochasticity: arrivals, stays, needs, service times, failures and visitor behaviour are random, each from its own named stream.',
      'Observation: the KPIs above, accumulated after warm-up; contacts by role pair.',
      'Interaction: people meet in queues, at the nurse-station counter, in corridors, lifts and the shop.',
    ] }] },
    { title: 'ODD: Details', level: 2, blocks: [
      { p: `Initialisation: the ward starts empty; cabinets start at ${s.restock.initialFillShare * 100} % of slot capacity.` },
      { p: 'Input data: the scenario document (parameters with sources in section 3).' },
      { p: 'Submodels: birth arrival rates, length of stay, consumption curves by postpartum day, channel routing, cabinet service, restock planning and application (FEFO), failures, roster, contact and transmission model.' },
    ] },
  ];
  return { title: `wardtwin report: ${runs.map((r) => r.scenarioId).join(' vs ')}`, sections };
}
