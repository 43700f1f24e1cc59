/**
 * The validation report of a scenario: R replications with diagnostics, the same replications
 * with visitors banned (common random numbers, for the visitor-ban effect) and, when a
 * baseline without cabinets is given, its replications (for the direction of the cabinet
 * effect), all in one batch on the executor. Rows: see validation-rows.ts; the queueing,
 * order-up-to and consumption rows are in model-theory-rows.ts. A "not measured" row (a channel
 * no trip used) neither passes nor fails.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { validateScenario } from '../../../scenarios/index.js';
import type { ReplicationJob, ReplicationOutcome } from '../replication-job.js';
import { replicationJobs } from '../replication-job.js';
import { runBatch } from '../run-replications.js';
import type { ReplicationOptions } from '../run-replications.js';
import { makeTiming } from '../run-result.js';
import type { Timing } from '../run-result.js';
import { summarise } from '../summary.js';
import { chiSquaredTest } from './chi-squared.js';
import { expectedBirths, weekendDip } from './expected-births.js';
import {
  CONTACT_EPISODES_PER_PATIENT_DAY, CONTACT_MINUTES_PER_PATIENT_DAY, CONTACTS_PER_PERSON_DAY, ROOM_ENTRIES_PER_PATIENT_HOUR, VISITOR_BAN_REDUCTION, WEEKEND_BIRTH_DIP,
  bandSource,
} from './published-bands.js';
import { modelTheoryRows } from './model-theory-rows.js';
import { roomEntryShareRows } from './room-entry-rows.js';
import { bandRow, pooledRow, testRow, verifyRow } from './validation-rows.js';
import type { RowText, ValidationRow } from './validation-rows.js';

/** The report. */
export interface ValidationReport {
  readonly kind: 'validation';
  readonly scenarioId: string;
  readonly baselineId: string | null;
  readonly seed: number;
  readonly replications: number;
  readonly horizonDays: number;
  readonly engineVersion: string;
  readonly verification: readonly ValidationRow[];
  readonly validation: readonly ValidationRow[];
  /** True when no verification row fails (the command exits 1 otherwise). */
  readonly verified: boolean;
  readonly eventsProcessed: number;
  readonly timing: Timing;
}

const k = (o: ReplicationOutcome, key: string): number => (o.kpis as unknown as Record<string, number>)[key];
const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);

/** The visitor-ban row's check. */
export const VISITOR_BAN_CHECK = "visitor-ban effect on patients' expected infections [reduction]";

const PROGRAMME_AIMS: RowText = {
  en: 'programme aims (DOMAIN.md): cabinets cut nurse workload, trips off the ward and cross-infection',
  'zh-CN': '项目目标（DOMAIN.md）：智能柜减少护士工作量、出入病区次数和交叉感染',
};
const PAIRED_NOTE: RowText = { en: 'paired difference scenario − baseline (CRN); inside = 95 % CI below 0', 'zh-CN': '配对差值 场景 − 基线（共同随机数）；在区间内 = 95% 置信区间低于 0' };

function chiNote(t: { statistic: number; df: number; pValue: number }): RowText {
  const [x, p] = [t.statistic.toFixed(1), t.pValue.toFixed(3)];
  return { en: `chi2 ${x}, df ${t.df}, p ${p}`, 'zh-CN': `卡方 ${x}，自由度 ${t.df}，p ${p}` };
}

function motherRow(o: ReplicationOutcome, m: 'contacts' | 'contactMinutes'): number {
  const i = o.contactsByRolePair.roles.indexOf('mother');
  const row = o.contactsByRolePair[m][i];
  // A mother-mother episode involves two mothers: each counts it.
  return sum(row) + row[i];
}

function birthRows(s: Scenario, main: readonly ReplicationOutcome[]): ValidationRow[] {
  const exp = expectedBirths(s);
  const diag = main.map((o) => {
    if (o.diagnostics === undefined) throw new Error('runValidation: the executor did not return diagnostics (a queue worker older than this engine?)');
    return o.diagnostics;
  });
  const days = s.run.horizonDays;
  const r = main.length;
  const births = main.map((o) => k(o, 'deliveries'));
  const n = sum(births);
  const csShare = exp.caesareans / exp.deliveries;
  const hours = chiSquaredTest(diag.reduce((acc, d) => acc.map((x, h) => x + d.birthsByHour[h]), new Array<number>(24).fill(0)), exp.byHour);
  const week = chiSquaredTest(diag.reduce((acc, d) => acc.map((x, h) => x + d.birthsByWeekday[h]), new Array<number>(7).fill(0)), exp.byWeekday);
  const stayW = main.map((o) => (k(o, 'meanStayVaginalDays') * (k(o, 'deliveries') - k(o, 'caesareans')) + k(o, 'meanStayCaesareanDays') * k(o, 'caesareans')) / k(o, 'deliveries'));
  const rows = [
    pooledRow('births volume [deliveries in window]', exp.deliveries, { en: 'annualDeliveries x month, weekday, peak shapes', 'zh-CN': 'annualDeliveries x 月份、星期和高峰分布' }, births, { observed: sum(births), expected: r * exp.deliveries, variance: r * exp.deliveries }),
    pooledRow('caesarean share', csShare, { en: 'births.caesareanShare over the window (scheduled ones on weekdays)', 'zh-CN': '窗口内的 births.caesareanShare（择期剖宫产排在工作日）' }, main.map((o) => k(o, 'caesareans') / k(o, 'deliveries')), {
      observed: sum(main.map((o) => k(o, 'caesareans'))), expected: n * csShare, variance: n * csShare * (1 - csShare),
    }),
    pooledRow('twin share of deliveries', s.births.twinShare, { en: 'births.twinShare', 'zh-CN': '输入参数 births.twinShare' }, diag.map((d, i) => d.twinDeliveries / k(main[i], 'deliveries')), {
      observed: sum(diag.map((d) => d.twinDeliveries)), expected: n * s.births.twinShare, variance: n * s.births.twinShare * (1 - s.births.twinShare),
    }),
    testRow('hour-of-day shape of births (chi-squared)', { en: 'hourOfDay shapes by kind', 'zh-CN': '按分娩类型的 hourOfDay 分布' }, main.map((o) => k(o, 'deliveries')), hours.pValue, chiNote(hours)),
  ];
  if (days >= 7) rows.push(testRow('weekday shape of births (chi-squared)', { en: 'dayOfWeek shapes by kind', 'zh-CN': '按分娩类型的 dayOfWeek 分布' }, main.map((o) => k(o, 'deliveries')), week.pValue, chiNote(week)));
  rows.push(
    verifyRow("Little's law on the census: L / (lambda W)", 1, { en: 'L = lambda W (Little 1961); L = patient-days / days, lambda = deliveries / day, W = mean drawn stay', 'zh-CN': 'L = lambda W（Little 1961）；L = 住院人日 / 天数，lambda = 每日分娩数，W = 抽取的住院天数均值' }, main.map((o, i) => k(o, 'patientDays') / days / ((k(o, 'deliveries') / days) * stayW[i])), 0.01),
    verifyRow('mean stay after vaginal delivery [d]', s.stays.vaginalMeanDays, { en: 'stays.vaginalMeanDays', 'zh-CN': '输入参数 stays.vaginalMeanDays' }, main.map((o) => k(o, 'meanStayVaginalDays'))),
    verifyRow('mean stay after caesarean [d]', s.stays.caesareanMeanDays, { en: 'stays.caesareanMeanDays', 'zh-CN': '输入参数 stays.caesareanMeanDays' }, main.map((o) => k(o, 'meanStayCaesareanDays'))),
  );
  return rows;
}

/** The receivers the field studies count: patients. */
const PATIENTS = ['expectedInfectionsMother', 'expectedInfectionsNewborn'];

/** Per replication, 1 − (the `keys` summed with visitors banned) ÷ (the same with visitors). */
function reductions(main: readonly ReplicationOutcome[], ban: readonly ReplicationOutcome[], keys: readonly string[]): number[] {
  const total = (o: ReplicationOutcome): number => sum(keys.map((key) => k(o, key)));
  return main.map((o, i) => (total(o) > 0 ? 1 - total(ban[i]) / total(o) : 0));
}

/**
 * What the visitor-ban row rests on. Visitors come from the community with its prevalence (S);
 * the ward people's prevalences are fixed assumptions (A) that a ban leaves alone, where in the
 * field fewer introductions also mean fewer infectious mothers and companions later on.
 */
function visitorBanNote(allWard: number): RowText {
  const all = (100 * allWard).toFixed(1);
  return {
    en: `mothers and newborns, as the studies count (all ward people, companions and staff too: ${all} %); paired with visitorsPerMotherPerDay = 0, common random numbers; `
      + 'rests on visitors carrying the community prevalence (contacts.prevalence.visitor, Birger et al. 2018) and fixed companions far less (contacts.prevalence.companion, A): '
      + 'with visitors at the companions\' prevalence the ban removes only 10-15 %, and the ward people\'s prevalences do not fall under a ban',
    'zh-CN': `只计产妇和新生儿，与文献的计法相同（全体病区人员，含陪护者和员工：${all}%）；与 visitorsPerMotherPerDay = 0 配对，共同随机数；`
      + '依据是探视者带有社区人群的携带率（contacts.prevalence.visitor，Birger 等 2018），而固定陪护者的携带率低得多（contacts.prevalence.companion，A）：'
      + '若探视者的携带率与陪护者相同，禁止探视只能减少约 10–15%；且禁止探视不会降低病区人员的携带率',
  };
}

function validationRows(s: Scenario, main: readonly ReplicationOutcome[], ban: readonly ReplicationOutcome[], baseline: readonly ReplicationOutcome[] | null): ValidationRow[] {
  const rows: ValidationRow[] = [];
  if (s.run.horizonDays >= 7) {
    const days = expectedBirths(s).daysByWeekday;
    const dip = main.map((o) => weekendDip(o.diagnostics!.birthsByWeekday, days));
    rows.push(bandRow('weekend dip of births', WEEKEND_BIRTH_DIP.lo, WEEKEND_BIRTH_DIP.hi, { en: WEEKEND_BIRTH_DIP.source, 'zh-CN': WEEKEND_BIRTH_DIP.zh.source }, dip, { en: 'weekend per-day births ÷ weekday per-day births − 1', 'zh-CN': '周末日均分娩 ÷ 工作日日均分娩 − 1' }));
  }
  const perMotherDay = (m: 'contacts' | 'contactMinutes') => main.map((o) => motherRow(o, m) / k(o, 'patientDays'));
  rows.push(
    bandRow('contact episodes per mother per day', CONTACT_EPISODES_PER_PATIENT_DAY.lo, CONTACT_EPISODES_PER_PATIENT_DAY.hi, bandSource(CONTACT_EPISODES_PER_PATIENT_DAY, true), perMotherDay('contacts')),
    bandRow('contact-minutes per mother per day [min]', CONTACT_MINUTES_PER_PATIENT_DAY.lo, CONTACT_MINUTES_PER_PATIENT_DAY.hi, bandSource(CONTACT_MINUTES_PER_PATIENT_DAY, true), perMotherDay('contactMinutes')),
    bandRow('contacts per mother per day (proximity)', CONTACTS_PER_PERSON_DAY.lo, CONTACTS_PER_PERSON_DAY.hi, bandSource(CONTACTS_PER_PERSON_DAY, true), perMotherDay('contacts'), { en: 'episodes stand in for distinct contacts', 'zh-CN': '以接触次数代替不同接触人数' }),
    bandRow('room entries per patient-hour', ROOM_ENTRIES_PER_PATIENT_HOUR.lo, ROOM_ENTRIES_PER_PATIENT_HOUR.hi, bandSource(ROOM_ENTRIES_PER_PATIENT_HOUR, false), main.map((o) => k(o, 'roomEntriesPerPatientHour'))),
    ...roomEntryShareRows(main, main.map((o) => k(o, 'patientDays'))),
  );
  // A scenario that already bans visitors (outbreak rules) has no ban effect to measure.
  const banned = s.people.visitorsPerMotherPerDay === 0;
  const allWard = reductions(main, ban, ['expectedInfections']);
  rows.push(bandRow(
    VISITOR_BAN_CHECK, VISITOR_BAN_REDUCTION.lo, VISITOR_BAN_REDUCTION.hi, { en: VISITOR_BAN_REDUCTION.source, 'zh-CN': VISITOR_BAN_REDUCTION.zh.source }, banned ? null : reductions(main, ban, PATIENTS),
    banned ? { en: 'visitors are already banned in this scenario', 'zh-CN': '本场景已禁止探视' } : visitorBanNote(summarise(allWard).mean),
  ));
  if (baseline !== null) {
    for (const key of ['nurseSupplyMinutesPerShift', 'boundaryCrossings', 'expectedInfections']) {
      const diff = summarise(main.map((o, i) => k(o, key) - k(baseline[i], key)));
      const lower = diff.ci95 !== null && diff.ci95[1] < 0;
      rows.push({
        kind: 'validation', check: `cabinets vs baseline: ${key} lower`, expected: null, expectedHi: 0,
        source: PROGRAMME_AIMS.en, model: diff, verdict: lower ? 'inside band' : 'outside band', note: PAIRED_NOTE.en,
        zh: { source: PROGRAMME_AIMS['zh-CN'], note: PAIRED_NOTE['zh-CN'] },
      });
    }
  }
  return rows;
}

/**
 * Runs the validation report of `scenario` (and of the cabinet effect against `baseline`).
 * @throws RangeError on bad options; rejects when a replication fails
 */
export async function runValidation(scenario: Scenario, baseline: Scenario | null, options: ReplicationOptions = {}): Promise<ValidationReport> {
  const seed = options.seed ?? scenario.run.seed;
  const r = options.replications ?? scenario.run.replications;
  if (!Number.isInteger(r) || r < 2) throw new RangeError(`runValidation: replications(=${r}) must be an integer >= 2 (an interval needs two)`);
  const banned = validateScenario({ ...scenario, people: { ...scenario.people, visitorsPerMotherPerDay: 0 } });
  if (!banned.ok) throw new RangeError(`runValidation: the visitor-ban variant is invalid: ${banned.errors[0].message}`);
  const base = baseline === null ? null : validateScenario({ ...baseline, run: scenario.run });
  if (base !== null && !base.ok) throw new RangeError(`runValidation: baseline: ${base.errors[0].path} ${base.errors[0].message}`);
  const start = options.clock?.() ?? null;
  const jobs: ReplicationJob[] = [
    ...replicationJobs(scenario, seed, r).map((j) => ({ ...j, diagnostics: true })),
    ...replicationJobs(banned.scenario, seed, r),
    ...(base !== null && base.ok ? replicationJobs(base.scenario, seed, r) : []),
  ];
  const { outcomes, executorKind } = await runBatch(options.executor ?? null, jobs, options.onProgress, options.signal);
  const end = options.clock?.() ?? null;
  const main = outcomes.slice(0, r);
  const ban = outcomes.slice(r, 2 * r);
  const baseOut = base !== null ? outcomes.slice(2 * r, 3 * r) : null;
  const verification = [...birthRows(scenario, main), ...modelTheoryRows(scenario, main)];
  const validation = validationRows(scenario, main, ban, baseOut);
  const eventsProcessed = outcomes.reduce((s, o) => s + o.eventsProcessed, 0);
  return {
    kind: 'validation',
    scenarioId: scenario.meta.id,
    baselineId: baseline?.meta.id ?? null,
    seed,
    replications: r,
    horizonDays: scenario.run.horizonDays,
    engineVersion: options.engineVersion ?? 'unknown',
    verification,
    validation,
    verified: verification.every((row) => row.verdict === 'pass' || row.verdict === 'not measured'),
    eventsProcessed,
    timing: makeTiming(executorKind, eventsProcessed, start, end),
  };
}
