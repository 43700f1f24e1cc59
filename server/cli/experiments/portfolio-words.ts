// The words of `wardtwin portfolio`'s human output in English and Chinese: the header with the
// prices, the ranking's columns, the notes, and the statuses and flags of a hospital's row.
import type { CliLang } from '../output/messages.js';

/** The texts of the portfolio output; `{name}` marks a value filled in by the caller. */
export interface PortfolioWords {
  header: string; hospitals: string; refused: string; days: string; presetsYear: string;
  prices: string; costs: string; values: string;
  columns: readonly string[];
  rankedBy: readonly string[];
  refusedRows: string; assumes: string; rowError: string; note: string; refusedRun: string;
  status: Readonly<Record<string, string>>;
  progress: string;
  /** Form fields an assumption comes from, by name (English keeps the field id). */
  fields: Readonly<Record<string, string>>;
  /** Fixed reasons a hospital has no plan, by the engine's English text. */
  reasons: Readonly<Record<string, string>>;
  /** A refused cell's message by rule, from its params (English keeps the engine's message). */
  cellMessages: Readonly<Record<string, (p: Readonly<Record<string, string>>) => string>>;
}

const WORDS: Readonly<Record<CliLang, PortfolioWords>> = {
  en: {
    header: 'portfolio {file}: {hospitals}{refused}; {reps} replications per plan and per effect, {days}',
    hospitals: '{n} hospital{s}', refused: ' ({n} row{s} refused, listed below)', days: '{n} days each', presetsYear: 'the presets\' year each',
    prices: 'prices and values (A: assumptions; set with --cabinet-cost, --labour-cost, --holding-cost, --nurse-minute-value, --crossing-value, --infection-value):',
    costs: '  cabinet CNY {cabinet}/yr, restock labour CNY {labour}/h, holding CNY {holding}/unit-yr',
    values: '  nurse minute CNY {nurse}, crossing avoided CNY {crossing}, infection avoided CNY {infection}',
    columns: ['rank', 'line', 'hospital', 'deliveries', 'preset', 'cabinets', 'rounds at', 'CNY/yr', 'nurse min freed/yr [95% CI]', 'crossings avoided/yr', 'infections avoided/yr', 'benefit CNY/yr', 'benefit/cost', 'nurse min/10k CNY', 'status'],
    rankedBy: [
      'ranked by benefit per cost: the effects valued in CNY a year (nurse minutes freed, boundary crossings and expected infections avoided, each against the',
      'no-cabinet baseline twin with common random numbers) divided by the plan\'s yearly cost (cabinet lease, restock labour, stock held)',
    ],
    refusedRows: 'rows refused (the other rows ran):', assumes: 'what each answer assumes (basis A):',
    rowError: 'line {line}, column {column}{name}: {rule}: {message}',
    note: 'line {line} {name}: {text}',
    refusedRun: 'portfolio: {n} row{s} refused; the other rows run',
    status: {},
    progress: 'hospitals',
    fields: {},
    reasons: {},
    cellMessages: {},
  },
  'zh-CN': {
    header: '项目组合 {file}：{hospitals}{refused}；每个方案和每项效果 {reps} 次重复，{days}',
    hospitals: '{n} 家医院', refused: '（{n} 行被拒绝，见下文）', days: '每次 {n} 天', presetsYear: '每次按预设的一年',
    prices: '价格与价值（A：假设；可用 --cabinet-cost、--labour-cost、--holding-cost、--nurse-minute-value、--crossing-value、--infection-value 设置）：',
    costs: '  智能柜 每年 {cabinet} 元，补货人工 每小时 {labour} 元，库存持有 每件每年 {holding} 元',
    values: '  护士每分钟 {nurse} 元，每避免一次越界 {crossing} 元，每避免一例感染 {infection} 元',
    columns: ['排名', '行号', '医院', '年分娩量', '预设', '智能柜', '补货时刻', '年成本（元）', '每年节省护士分钟 [95% 置信区间]', '每年减少越界', '每年避免感染', '年收益（元）', '收益/成本', '每万元护士分钟', '状态'],
    rankedBy: [
      '按收益/成本排序：各项效果折算为每年的人民币价值（节省的护士分钟、避免的越界和预期感染，均相对无智能柜的基线孪生，共同随机数），',
      '除以方案的年成本（智能柜租赁、补货人工、库存持有）',
    ],
    refusedRows: '被拒绝的行（其他行已运行）：', assumes: '各结果所依据的假设（A 类）：',
    rowError: '第 {line} 行，第 {column} 列{name}：{rule}：{message}',
    note: '第 {line} 行 {name}：{text}',
    refusedRun: 'portfolio：{n} 行被拒绝；其他行照常运行',
    status: { planned: '已制定方案', 'no-plan': '无可行方案', 'not-eligible': '不符合条件', 'no-floor-space': '无场地', 'no-separate-obstetrics': '无独立产科' },
    progress: '家医院',
    fields: { preset: '预设', hospitalType: '医院类型', nurses: '护士', beds: '床位', has24hConvenience: '24 小时便利服务', separateObstetrics: '独立产科' },
    reasons: { 'no floor space for a cabinet': '没有放置智能柜的场地' },
    cellMessages: {
      required: () => '必填，不能为空',
      integer: (p) => `应为整数（实际为 "${p.got ?? ''}"）`,
      minimum: (p) => `应不小于 ${p.limit ?? '下限'}（实际为 ${p.got ?? ''}）`,
      maximum: (p) => `应不大于 ${p.limit ?? '上限'}（实际为 ${p.got ?? ''}）`,
      'yes-no': (p) => `应为 是 或 否（也可写 yes/no、y/n、true/false、1/0、有/无）（实际为 "${p.got ?? ''}"）`,
      enum: (p) => `应为 1（综合医院）、2（专科医院）或 3（妇幼保健院）（实际为 "${p.got ?? ''}"）`,
      maxLength: (p) => `长度应不超过 ${p.limit ?? '上限'} 个字符`,
      columns: (p) => `该行有 ${p.got ?? '?'} 个字段，表头只有 ${p.limit ?? '?'} 个`,
    },
  },
};

/** The portfolio output's words in `lang`. */
export function portfolioWords(lang: CliLang): PortfolioWords {
  return WORDS[lang];
}
