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
  /** Why the file cannot be read at all. */
  cannotRead: string; notUtf8: string; tooManyRows: string; noneCanRun: string;
  /** The system's reason a file cannot be read, by its code (else the system's own text). */
  readErrors: Readonly<Record<string, string>>;
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
    cannotRead: '{path}: cannot read the hospitals file ({error})',
    notUtf8: '{path}: not UTF-8 text; save it as "CSV UTF-8 (comma delimited)" (a GBK file shows Chinese names as mojibake)',
    tooManyRows: 'portfolio: {file} has {n} hospital rows; at most {max} in one portfolio (split the file)',
    noneCanRun: 'portfolio: {file}: no hospital can run',
    readErrors: {},
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
    cannotRead: '{path}：无法读取医院文件（{error}）',
    notUtf8: '{path}：不是 UTF-8 文本；请另存为“CSV UTF-8（逗号分隔）”（GBK 文件中的中文名称会显示为乱码）',
    tooManyRows: 'portfolio：{file} 有 {n} 行医院；一个项目组合至多 {max} 行（请拆分文件）',
    noneCanRun: 'portfolio：{file}：没有可以运行的医院',
    readErrors: { ENOENT: '文件不存在', EACCES: '没有读取权限', EISDIR: '这是一个文件夹，不是文件' },
  },
};

/** The portfolio output's words in `lang`. */
export function portfolioWords(lang: CliLang): PortfolioWords {
  return WORDS[lang];
}
