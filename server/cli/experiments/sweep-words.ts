// The words of `wardtwin sweep`'s human output in English and Chinese: the line above the
// table, its legend and the progress label. The KPI columns take the catalogue's names.
import type { CliLang } from '../output/messages.js';

/** The texts of the sweep output; `{name}` marks a value filled in with `fill`. */
export interface SweepWords {
  head: string;
  legend: string;
  progress: string;
  invalid: string;
}

const WORDS: Readonly<Record<CliLang, SweepWords>> = {
  en: {
    head: 'sweep {id}: {points} points x {reps} replications, seed {seed}, common random numbers across points',
    legend: 'Legend: a ± h = mean a over the replications of the point, h the half-width of its 95% confidence interval (the interval is a - h to a + h).',
    progress: 'jobs',
    invalid: '{file}: invalid sweep document ({n} error{s})',
  },
  'zh-CN': {
    head: '参数扫描 {id}：{points} 个点 x {reps} 次重复，种子 {seed}，各点使用共同随机数',
    legend: '图例：a ± h = 该点各次重复的均值 a，h 为其 95% 置信区间的半宽（区间为 a - h 至 a + h）。',
    progress: '个任务',
    invalid: '{file}：扫描文档无效（{n} 个错误）',
  },
};

/** The sweep output's words in `lang`. */
export function sweepWords(lang: CliLang): SweepWords {
  return WORDS[lang];
}
