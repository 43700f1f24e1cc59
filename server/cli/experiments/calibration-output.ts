// The calibration as text, in English or Chinese: what the log held, consumption per SKU and
// postpartum day, screen and restock times, the hour-of-day weights, and the fit diagnostics,
// each table within 80 columns.
import type { CalibrationResult } from '../../../engine/index.js';
import { wrapText } from '../output/display-width.js';
import { formatInterval, formatNumber } from '../output/format-number.js';
import type { CliLang } from '../output/messages.js';
import { formatTable } from '../output/table.js';
import { displayName } from '../../../scenarios/index.js';

interface CalibrationMessages {
  log: (rows: number, admissions: number, lines: number, refused: number, days: string) => string;
  consumptionTitle: string;
  sku: string;
  day: string;
  perDay: string;
  ci: string;
  scenario: string;
  patients: string;
  screenTitle: string;
  parameter: string;
  fitted: string;
  n: string;
  hourTitle: string;
  hour: string;
  sessions: string;
  share: string;
  weight: string;
  chi: (label: string, stat: string, df: number, p: string) => string;
  chiScenario: string;
  chiFitted: string;
  coverage: (inside: number, total: number) => string;
  notFitted: string;
  patchWritten: (path: string) => string;
  patchHint: string;
  legend: string;
  /** The fitted screen and restock parameters by key, with their units. */
  screenRows: Readonly<Record<string, string>>;
}

const MESSAGES: Readonly<Record<CliLang, CalibrationMessages>> = {
  en: {
    log: (rows, admissions, lines, refused, days) => `log: ${rows} rows over ${days} days, ${admissions} admissions, ${lines} dispense lines, ${refused} refused`,
    consumptionTitle: 'Consumption per patient by postpartum day (units a day; the last day fitted covers later days)',
    sku: 'SKU', day: 'day', perDay: 'fitted', ci: '95% CI', scenario: 'scenario', patients: 'patients',
    screenTitle: 'Screen and restock times', parameter: 'parameter', fitted: 'fitted', n: 'n',
    hourTitle: 'Sessions by hour of day and trip-hour weights', hour: 'hour', sessions: 'sessions', share: 'share', weight: 'weight',
    chi: (label, stat, df, p) => `chi-squared of the hourly sessions against ${label}: ${stat} on ${df} df, p = ${p}`,
    chiScenario: "the scenario's weights", chiFitted: 'the fitted weights',
    coverage: (inside, total) => `the scenario's current value lies inside ${inside} of ${total} fitted 95% intervals`,
    notFitted: 'not fitted',
    patchWritten: (path) => `scenario patch (RFC 7386 merge patch) written to ${path}`,
    patchHint: 'write the scenario patch with --out patch.json, or see it with --json',
    legend: 'Legend: fitted = the estimate from the log; 95% CI = its 95% confidence interval (standard errors clustered by patient, or robust to unequal variance); scenario = the value before calibration.',
    screenRows: { sessionSeconds: 'sessionSeconds [s]', transactionSecondsMean: 'transactionSecondsMean [s]', transactionSecondsSd: 'transactionSecondsSd [s]', secondsPerSlot: 'secondsPerSlot [s]', setupMinutesPerCabinet: 'setupMinutesPerCabinet [min]' },
  },
  'zh-CN': {
    log: (rows, admissions, lines, refused, days) => `日志：${rows} 行，跨 ${days} 天，入院 ${admissions} 人次，取物 ${lines} 行，拒绝 ${refused} 行`,
    consumptionTitle: '按产后天数的每位患者用量（件/天；最后拟合的一天涵盖之后各天）',
    sku: '物品', day: '天', perDay: '拟合值', ci: '95%置信区间', scenario: '情景值', patients: '患者数',
    screenTitle: '屏幕与补货时间', parameter: '参数', fitted: '拟合值', n: '样本数',
    hourTitle: '按小时的取物会话与出行时段权重', hour: '小时', sessions: '会话数', share: '占比', weight: '权重',
    chi: (label, stat, df, p) => `每小时会话数相对于${label}的卡方检验：${stat}，自由度 ${df}，p = ${p}`,
    chiScenario: '情景权重', chiFitted: '拟合权重',
    coverage: (inside, total) => `情景当前值落在 ${total} 个拟合 95% 置信区间中的 ${inside} 个之内`,
    notFitted: '未拟合',
    patchWritten: (path) => `情景补丁（RFC 7386 合并补丁）已写入 ${path}`,
    patchHint: '用 --out patch.json 写出情景补丁，或用 --json 查看',
    legend: '图例：拟合值 = 由日志得到的估计；95%置信区间 = 其 95% 置信区间（按患者聚类或对方差不等稳健的标准误）；情景值 = 校准前的值。',
    screenRows: { sessionSeconds: '每次取物会话时长 [秒]', transactionSecondsMean: '每笔发放时长均值 [秒]', transactionSecondsSd: '每笔发放时长标准差 [秒]', secondsPerSlot: '每货位补货时长 [秒]', setupMinutesPerCabinet: '每台智能柜补货准备 [分钟]' },
  },
};

const num = (v: number): string => formatNumber(v);

/**
 * The calibration's reasons for leaving a part unfitted (engine/experiment/calibration, in
 * English) in Chinese, shape by shape; a reason with no shape here prints as the engine wrote it.
 */
const NOT_FITTED_ZH: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  [/^consumption of (\S+): no dispense lines of admitted patients$/, (m) => `${displayName('sku', m[1], 'zh-CN')}的用量：没有已入院患者的取物记录`],
  [/^trip hour weights: fewer than 100 sessions \(login rows\)$/, () => '出行时段权重：取物会话（登录行）少于 100 次'],
  [/^session and line times: fewer than 10 sessions with login, logout and a line, or lines per session all alike$/, () => '会话与取物行时长：同时有登录、登出和取物行的会话少于 10 次，或每次会话的行数全都相同'],
  [/^restock times: fewer than 5 restock visits with start and end, or slots per visit all alike$/, () => '补货时间：有开始和结束记录的补货少于 5 次，或每次补货的货位数全都相同'],
];

/** `reason` in `lang`. */
export function notFittedText(reason: string, lang: CliLang): string {
  if (lang === 'en') return reason;
  for (const [shape, zh] of NOT_FITTED_ZH) {
    const m = shape.exec(reason);
    if (m !== null) return zh(m);
  }
  return reason;
}

/** The calibration as text tables in `lang`; `patchPath` when the patch was written. */
export function formatCalibration(r: CalibrationResult, lang: CliLang, patchPath: string | undefined): string {
  const m = MESSAGES[lang];
  const out: string[] = [m.log(r.log.rows, r.log.admissions, r.log.dispenseLines, r.log.refusedLines, r.log.days.toFixed(1)), ''];
  if (r.consumption.length > 0) {
    const rows = r.consumption.flatMap((f) => f.days.map((d, i) => [i === 0 ? (lang === 'en' ? f.sku : displayName('sku', f.sku, lang)) : '', `${d.day}${i === f.days.length - 1 ? '+' : ''}`, num(d.perDay), formatInterval(d.ci95), num(d.scenarioPerDay), String(d.patients)]));
    out.push(m.consumptionTitle, formatTable([{ header: m.sku, align: 'left' }, { header: m.day }, { header: m.perDay }, { header: m.ci, align: 'left' }, { header: m.scenario }, { header: m.patients }], rows), '');
  }
  const screen: string[][] = [];
  if (r.sessions !== null) {
    const s = r.sessions;
    screen.push([m.screenRows.sessionSeconds, num(s.sessionSeconds.value), formatInterval(s.sessionSeconds.ci95), String(s.sessions)]);
    screen.push([m.screenRows.transactionSecondsMean, num(s.transactionSecondsMean.value), formatInterval(s.transactionSecondsMean.ci95), String(s.lines)]);
    screen.push([m.screenRows.transactionSecondsSd, num(s.transactionSecondsSd.value), formatInterval(s.transactionSecondsSd.ci95), String(s.sessions)]);
  }
  if (r.restock !== null) {
    const s = r.restock;
    screen.push([m.screenRows.secondsPerSlot, num(s.secondsPerSlot.value), formatInterval(s.secondsPerSlot.ci95), String(s.slots)]);
    screen.push([m.screenRows.setupMinutesPerCabinet, num(s.setupMinutesPerCabinet.value), formatInterval(s.setupMinutesPerCabinet.ci95), String(s.visits)]);
  }
  if (screen.length > 0) out.push(m.screenTitle, formatTable([{ header: m.parameter, align: 'left' }, { header: m.fitted }, { header: m.ci, align: 'left' }, { header: m.n }], screen), '');
  if (r.hours !== null) {
    const rows = r.hours.hours.map((h) => [String(h.hour).padStart(2, '0'), String(h.sessions), `${(h.share * 100).toFixed(1)}%`, num(h.weight), formatInterval(h.weightCi95), num(h.scenarioWeight)]);
    out.push(m.hourTitle, formatTable([{ header: m.hour }, { header: m.sessions }, { header: m.share }, { header: m.weight }, { header: m.ci, align: 'left' }, { header: m.scenario }], rows));
    const chi = (label: string, c: { statistic: number; df: number; pValue: number }) => m.chi(label, num(c.statistic), c.df, c.pValue < 1e-4 ? c.pValue.toExponential(1) : c.pValue.toFixed(4));
    out.push(chi(m.chiScenario, r.hours.chiSquaredScenario), chi(m.chiFitted, r.hours.chiSquaredFitted), '');
  }
  out.push(m.coverage(r.coverage.containScenarioValue, r.coverage.intervals));
  for (const reason of r.notFitted) out.push(`${m.notFitted}${lang === 'en' ? ': ' : '：'}${notFittedText(reason, lang)}`);
  out.push(patchPath === undefined ? m.patchHint : m.patchWritten(patchPath), m.legend);
  // Tables fit by construction; prose lines are wrapped to the terminal's 80 columns.
  return `${out.map((line) => (line.includes('\n') ? line : wrapText(line))).join('\n')}\n`;
}
