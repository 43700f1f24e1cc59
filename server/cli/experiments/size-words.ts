// The words of `wardtwin size`'s human output in English and Chinese: the header printed before
// the search, the chosen plan and its tables, the legend, the curve's columns and the progress
// label. `{name}` marks a value filled in with `fill`; `{s}` an English plural ending.
import type { CliLang } from '../output/messages.js';

/** The texts of the sizing output. */
export interface SizeWords {
  header: string; deliveries: string; curve: string;
  targetsLine: string; targets: string;
  replicationsLine: string; replications: string; staffing: Readonly<Record<string, string>>;
  prices: string;
  plan: string; slots: string; cabinetSlots: string; par: string; parOn: string; parOff: string; planogram: Readonly<Record<string, string>>;
  nurses: string; cost: string; labour: string; binding: string;
  checkColumns: readonly string[]; cabinetColumns: readonly string[]; frontColumns: readonly string[]; curveColumns: readonly string[];
  verdict: Readonly<Record<string, string>>; yes: string; no: string;
  legend: string; frontTitle: string;
  binds: Readonly<Record<string, string>>; targetName: Readonly<Record<string, string>>;
  progressVolume: string; progress: string;
  /** The nurse-minute value in the header, the plan's benefit lines and the curve's benefit column. */
  nurseMinute: string; benefit: string; benefitAgainst: string; benefitColumn: string;
  /** The curve searched assuming cost does not fall as rounds are added. */
  roundsAssumed: string;
  /** Targets no plan meets: `null` keeps the engine's English message. */
  impossible: string | null; impossibleVolume: string; missed: string;
}

const WORDS: Readonly<Record<CliLang, SizeWords>> = {
  en: {
    header: 'sizing {id}, {deliveries}',
    deliveries: '{n} deliveries/yr',
    curve: 'curve {from}-{to} deliveries/yr ({n} points)',
    targetsLine: 'targets: {targets}',
    targets: 'fill rate >= {fill}, trip wait p95 <= {wait} min, stock-out <= {stockout} slot-h/1000 patient-days (one-sided 95 %)',
    replicationsLine: 'replications {replications}; prices (A: assumptions, set with --cabinet-cost, --labour-cost, --holding-cost):',
    replications: '{reps} per plan (up to {max} when undecided), {days} days each; nurse roster {staffing}',
    staffing: { scaled: 'scaled', fixed: 'fixed' },
    prices: '  cabinet CNY {cabinet}/yr, restock labour CNY {labour}/h, holding CNY {holding}/unit-yr',
    plan: '{deliveries} deliveries/yr: {cabinets} cabinet{cs} ({model}), {rounds} restock round{rs}/day at {times}',
    slots: 'slots per {model} cabinet (planogram): {slots}',
    cabinetSlots: '  {cabinet} slots: {slots}',
    par: 'par level {par} of capacity (par rounds {trigger}); planogram {planogram}: demand routed to each cabinet (its rooms\' nearest), its model and cover, and its slots where they differ:',
    parOn: 'on', parOff: 'off',
    planogram: { uniform: 'uniform', 'per-cabinet': 'per-cabinet' },
    nurses: 'nurses per shift ({staffing}): {list}',
    cost: 'cost CNY {total}/yr: cabinets {cabinets}, restock labour {labour}, stock held {holding}',
    labour: '  restock labour {hours} h/day, {rounds} rounds/day walked, {units} units in cabinets',
    binding: 'binding target: {target}; {reps} replications (common random numbers, seed {seed}); {plans} plans tried',
    checkColumns: ['target', 'rule', 'mean', 'one-sided 95% bound', 'verdict'],
    cabinetColumns: ['cabinet', 'model', 'routed share', 'units/day', 'min cover d'],
    frontColumns: ['cabinets', 'model', 'par', 'rounds', 'CNY/yr', 'fillRate', 'waitP95', 'meets'],
    curveColumns: ['deliveries', 'cabinets', 'model', 'rounds at', 'CNY/yr', 'labour h/d', 'fillRate', 'waitP95', 'binds'],
    verdict: { pass: 'pass', undecided: 'undecided', fail: 'fail' },
    yes: 'yes', no: 'no',
    legend: 'Legend: one-sided 95% bound = the side of the mean\'s 95% confidence interval that the rule is checked against; pass = the bound meets the rule, undecided = only the mean does, fail = neither does.',
    frontTitle: 'Pareto front of the plans tried (no other is cheaper and at least as good on every target):',
    binds: { fillRate: 'fill', tripWaitP95Min: 'wait', stockoutSlotHoursPer1000PatientDays: 'stock-out' },
    targetName: {},
    progressVolume: 'volume {k}/{n}, {reps} replications',
    progress: '{reps} replications',
    nurseMinute: '  nurse minute freed CNY {value} (benefit against the ward without cabinets)',
    benefit: 'benefit CNY {benefit}/yr: nurse minutes freed {minutes}/yr x CNY {value}/min,',
    benefitAgainst: '  against the ward without cabinets (paired, {reps} replications, 95% CI); benefit per cost {ratio}',
    benefitColumn: 'benefit CNY/yr',
    roundsAssumed: 'Assumed (A): at a fixed cabinet count cost does not fall as rounds are added, so more rounds were only tried with fewer cabinets.',
    impossible: null, impossibleVolume: '', missed: '',
  },
  'zh-CN': {
    header: '规模测算 {id}，{deliveries}',
    deliveries: '年分娩 {n} 例',
    curve: '曲线：年分娩 {from}-{to} 例（{n} 个点）',
    targetsLine: '目标：{targets}',
    targets: '满足率 >= {fill}，取物等待 p95 <= {wait} 分钟，缺货 <= 每千患者日 {stockout} 货位小时（单侧 95%）',
    replicationsLine: '重复 {replications}；价格（A：假设，可用 --cabinet-cost、--labour-cost、--holding-cost 设置）：',
    replications: '每个方案 {reps} 次（未定时至多 {max} 次），每次 {days} 天；护士排班 {staffing}',
    staffing: { scaled: '按床护比缩放', fixed: '保持原排班' },
    prices: '  智能柜 每年 {cabinet} 元，补货人工 每小时 {labour} 元，库存持有 每件每年 {holding} 元',
    plan: '年分娩 {deliveries} 例：{cabinets} 台智能柜（{model}），每天 {rounds} 轮补货，时刻 {times}',
    slots: '每台 {model} 智能柜的货位（货位图）：{slots}',
    cabinetSlots: '  {cabinet} 的货位：{slots}',
    par: '补货线为容量的 {par}（触发补货 {trigger}）；货位图 {planogram}：分到各智能柜的需求（按病房就近）、型号、可用天数，以及与上面不同的货位：',
    parOn: '开', parOff: '关',
    planogram: { uniform: '统一', 'per-cabinet': '逐柜' },
    nurses: '每班护士（{staffing}）：{list}',
    cost: '年成本 {total} 元：智能柜 {cabinets}，补货人工 {labour}，库存持有 {holding}',
    labour: '  补货人工 每天 {hours} 小时，每天实际补货 {rounds} 轮，柜内平均 {units} 件',
    binding: '起约束作用的目标：{target}；{reps} 次重复（共同随机数，种子 {seed}）；共试 {plans} 个方案',
    checkColumns: ['目标', '规则', '均值', '单侧95%界', '结论'],
    cabinetColumns: ['智能柜', '型号', '需求占比', '件/天', '最少可用天数'],
    frontColumns: ['智能柜', '型号', '补货线', '轮次', '元/年', '满足率', '等待p95', '达标'],
    curveColumns: ['年分娩', '智能柜', '型号', '补货时刻', '元/年', '人工 时/天', '满足率', '等待p95', '约束'],
    verdict: { pass: '通过', undecided: '未定', fail: '未通过' },
    yes: '是', no: '否',
    legend: '图例：单侧95%界 = 均值 95% 置信区间中用于检验规则的一侧；通过 = 该界满足规则，未定 = 仅均值满足，未通过 = 两者都不满足。',
    frontTitle: '所试方案的帕累托前沿（没有其他方案更便宜且在每个目标上至少同样好）：',
    binds: { fillRate: '满足率', tripWaitP95Min: '等待', stockoutSlotHoursPer1000PatientDays: '缺货' },
    targetName: { fillRate: '满足率', tripWaitP95Min: '取物等待 p95', stockoutSlotHoursPer1000PatientDays: '每千患者日缺货货位小时' },
    progressVolume: '第 {k}/{n} 个规模，{reps} 次重复',
    progress: '{reps} 次重复',
    nurseMinute: '  每节省护士 1 分钟计 {value} 元（与无智能柜病区相比的收益）',
    benefit: '年收益 {benefit} 元：每年节省护士 {minutes} 分钟 x 每分钟 {value} 元，',
    benefitAgainst: '  与无智能柜病区配对比较（{reps} 次重复，95% 置信区间）；收益/成本 {ratio}',
    benefitColumn: '收益 元/年',
    roundsAssumed: '假设（A）：智能柜台数不变时，增加补货轮次不会降低成本，因此更多轮次只在更少智能柜时试算。',
    impossible: '即使用 {cabinets} 台智能柜、每天 {rounds} 轮补货，目标仍无法达到（{missed}）',
    impossibleVolume: '年分娩 {n} 例：',
    missed: '{target} 均值 {mean}，界 {bound}，目标 {sense} {limit}',
  },
};

/** The sizing output's words in `lang`. */
export function sizeWords(lang: CliLang): SizeWords {
  return WORDS[lang];
}
