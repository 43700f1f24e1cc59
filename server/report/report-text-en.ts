/** The fixed words of a report in English (see `report-text.ts`). */

/** Every fixed text of a report; a Chinese table of the same shape is checked by the compiler. */
export interface ReportText {
  title: string;
  kpi: string;
  mean: string;
  ci: string;
  definition: string;
  s1: string; purpose: string; scenarios: string; measures: string;
  s2: string; logic: string; cabinetsLine: string; channelsLine: string;
  /** Supply channels by id, as the channel order names them. */
  channelNames: Readonly<Record<string, string>>;
  s3: string; parametersIntro: string; parameterHeader: readonly string[]; departuresIntro: string; departureHeader: readonly string[];
  s4: string; warmup: string; warmupNone: string; warmupLonger: string; warmupWithin: string; warmupLine: string; warmupAtLimit: string;
  runLength: string; replications: string; precision: string; precisionOf: string; precisionReached: string; precisionCap: string; precisionRelative: string;
  crnYes: string; crnNo: string; events: string;
  /** One paired difference in the common-random-numbers line (Chinese; English keeps the engine's description), and the separator between them. */
  crnPair: string; listSeparator: string;
  s5: string; software: string; random: string; scheduling: string; determinism: string;
  s6: string; code: string;
  results: string; diffHeader: string; restsOn: string; restsOnNote: string;
  oddOverview: string; oddPurpose: string; oddEntities: string; oddProcess: string;
  oddDesign: string; oddDesignList: readonly string[];
  oddDetails: string; oddInit: string; oddInput: string; oddSubmodels: string;
  validationTitle: string; validationIntro: string; validationAgainst: string; verifiedAll: string; verifiedFail: string; validationHeader: readonly string[];
  sensitivityTitle: string; sensitivityIntro: string; sensitivityDifference: string; sensitivitySobol: string; sensitivityComparison: string;
  sensitivityKpi: string; sensitivityDiff: string; sensitivityValue: string; sensitivityHeader: readonly string[]; verdict: string;
}

/** The English report texts. */
export const REPORT_TEXT_EN: ReportText = {
  title: 'wardtwin report: {ids}',
  kpi: 'KPI', mean: 'mean', ci: '95% CI', definition: 'definition',
  s1: 'STRESS-DES 1. Objectives',
  purpose: 'Purpose: {purposes}',
  scenarios: 'Scenarios: {names}. Hospital type {type}, {deliveries} deliveries a year.',
  measures: 'Output measures (each reported as the mean over replications with a 95 % Student-t confidence interval, mean ± t(0.975, n−1)·sd/√n):',
  s2: 'STRESS-DES 2. Model logic',
  logic: 'A discrete-event model of a postpartum ward: births arrive as a non-homogeneous Poisson process (annual volume shaped by month, weekday and hour, by delivery kind); mothers and newborns stay for a lognormal time by delivery mode; item needs by postpartum day become supply trips by companions or mothers; trips go to the channels in order (cabinet nearest first, then the next cabinet, then nurse station or shop); cabinets queue users, slots empty, jam and are restocked on rounds and par triggers; nurses work a shift roster; contacts are counted where people are co-located; expected infections add a close-contact route (per contact-minute within ~1.5 m), an airborne route in every shared space (Wells–Riley, 1 − exp(−q p t / Q) per exposure; roommates share a room\'s air for their whole shared stay) and second-generation cases within the family during the stay.',
  cabinetsLine: '{id}: {cabinets} cabinets, channels {channels}, restock rounds at {rounds} h',
  channelsLine: '{order} (a need met from own supplies with probability {own}; the nurse station\'s store room has a requested item with probability {station}, the shop {shop})',
  channelNames: { cabinet: 'cabinet', 'nurse-station': 'nurse station', shop: 'shop' },
  s3: 'STRESS-DES 3. Data and parameters',
  parametersIntro: 'Every parameter of {id} with its unit and provenance (S published figure, D derived, A assumption) as documented in the scenario schema:',
  parameterHeader: ['parameter', 'value', 'unit', 'basis', 'source', 'meaning'],
  departuresIntro: 'Departures from the defaults of the domain brief (DOMAIN.md), with the value this scenario ran with and the reason:',
  departureHeader: ['parameter', 'DOMAIN.md', 'model', 'reason'],
  s4: 'STRESS-DES 4. Experimentation',
  warmup: 'Warm-up: {days} days simulated and discarded (statistics reset at its end).',
  warmupNone: 'Warm-up suggestion: not computed for this result (a result of `wardtwin run` carries an MSER-5 suggestion).',
  warmupLonger: 'longer than the setting used', warmupWithin: 'within the setting used',
  warmupLine: 'Warm-up suggestion: {method} on {series} suggests {suggested} days against the {used} days used ({verdict}){limit}. Basis: {basis}.',
  warmupAtLimit: '; the minimum sat at the half-way limit, so the suggestion may be too short',
  runLength: 'Run length: {days} days after warm-up per replication.',
  replications: 'Replications: {n}, base seed {seed}; replication i draws every random stream from (seed, i, purpose).',
  precision: 'Replications chosen by precision mode: added in rounds ({rounds}) until the 95 % half-width of {of}{kpi} was at most {target}{relative}; half-width {half}, target {end}.',
  precisionOf: 'the paired difference of ', precisionReached: 'reached', precisionCap: 'not reached (stopped at the cap of {max})', precisionRelative: ' (relative target)',
  crnPair: '{a} − {b}', listSeparator: '; ',
  crnYes: 'Common random numbers: yes; all scenarios used the same seed and replication indices, and differences are paired replication by replication ({pairs}).',
  crnNo: 'Common random numbers: not applicable (a single scenario).',
  events: 'Kernel events processed: {events}.',
  s5: 'STRESS-DES 5. Implementation',
  software: 'Software: {pkg} engine {engine} (TypeScript on Node.js; report generated with Node.js {node}).',
  random: 'Random numbers: seedrandom generators, one named stream per purpose (births, stays, needs, visitors, fetchers, cabinet, nurse, shop, restock, failures) derived from (seed, replication, purpose).',
  scheduling: 'Event scheduling: a binary-heap calendar keyed by (time, priority, sequence), so equal-time events run in the same order on every run; the clock counts minutes.',
  determinism: 'Determinism: the same scenario, seed and replications give byte-identical results whichever executor (in-process, worker threads, Redis queue) ran them.',
  s6: 'STRESS-DES 6. Code access',
  code: '{pkg} {engine}, licence {license}; the scenario document used is embedded in the result file.',
  results: 'Results',
  diffHeader: '{a} − {b} (paired, CRN)',
  restsOn: 'rests on (basis)',
  restsOnNote: 'The "rests on" column names the assumptions a result mostly follows from, with the value each scenario used (a | b when they differ) and its basis: A means no published figure backs it, so the figure beside it is a consequence of that assumption rather than a finding; the sensitivity analysis (`wardtwin sensitivity`) shows how far each can move it.',
  oddOverview: 'ODD: Overview',
  oddPurpose: 'Purpose and patterns: estimate supply-logistics load, waits, stock-outs and contacts on a maternity ward ({names}) and how smart dispensing cabinets change them.',
  oddEntities: 'Entities and state variables: mothers and newborns (postpartum day, delivery mode, NICU status, bedside stock), companions and visitors, nurses (shift, busy), restockers, cabinets ({cabinets} in {id}; slots with SKU, units and lots with expiry), the nurse station and the shop. Scales: time in minutes from a Monday 00:00, {days} days per replication; space as a corridor with rooms on both sides, distances in metres.',
  oddProcess: 'Process overview and scheduling: births → admissions → daily needs → trips → channel service (queue, dispense or hand-over) → return; restock rounds at fixed hours and on par triggers; slot jams and cabinet outages with repairs; shift changes; statistics reset at the end of warm-up. Events run in (time, priority, sequence) order.',
  oddDesign: 'ODD: Design concepts',
  oddDesignList: [
    'Emergence: queues, stock-outs and contact counts arise from individual trips; they are not imposed.',
    'Stochasticity: arrivals, stays, needs, service times, failures and visitor behaviour are random, each from its own named stream.',
    'Observation: the KPIs above, accumulated after warm-up; contacts by role pair.',
    'Interaction: people meet in queues, at the nurse-station counter, in corridors, lifts and the shop.',
  ],
  oddDetails: 'ODD: Details',
  oddInit: 'Initialisation: the ward starts empty; cabinets start at {fill} % of slot capacity.',
  oddInput: 'Input data: the scenario document (parameters with sources in section 3).',
  oddSubmodels: 'Submodels: birth arrival rates, length of stay, consumption curves by postpartum day, channel routing, cabinet service, restock planning and application (FEFO), failures, roster, contact and transmission model.',
  validationTitle: 'Verification and validation',
  validationIntro: 'Generated by `wardtwin validate-model` for {id}{against}: {reps} replications of {days} days, seed {seed}. Verification rows hold the model to its own inputs and theory (a failure is a defect); validation rows hold it to outside data (outside band is a finding). {verified}',
  validationAgainst: ' (cabinet effect against {id})',
  verifiedAll: 'Every verification row passes.', verifiedFail: 'A verification row FAILS.',
  validationHeader: ['check', 'expected (source)', 'model mean', 'model 95% CI', 'verdict'],
  sensitivityTitle: 'Sensitivity analysis',
  sensitivityIntro: 'Generated by `wardtwin sensitivity` ({method}) for {what}: {factors} factors (basis A assumptions and anecdotal S figures unless named), {trajectories} Morris trajectories{sobol}; {points} design points × {reps} replications, common random numbers, seed {seed}. mu* is the mean absolute change of the output when the factor moves over its whole range (95 % bootstrap interval), mu its signed mean, sigma the spread of its effects.{comparison}',
  sensitivityDifference: 'the paired difference {a} − {b}',
  sensitivitySobol: ', Sobol with N = {n} on {factors}',
  sensitivityComparison: ' "can reverse": an effect of the opposite sign reaches the headline difference; "can halve": mu* reaches half of it.',
  sensitivityKpi: '{kpi} ({kind} at the scenario: {value})', sensitivityDiff: 'difference', sensitivityValue: 'value',
  sensitivityHeader: ['range', 'basis', 'mu*', '95% CI', 'mu', 'sigma'], verdict: 'verdict',
};
