// The words of `wardtwin sensitivity`'s human output in English and Chinese: the header, each
// KPI's title, the column headers (the verdicts against the headline difference are the engine's),
// the list of factors with their paths, and the progress label. Statistical notation (mu*,
// mu, sigma, S1, ST) reads the same in both languages.
import type { CliLang } from '../output/messages.js';

/** The texts of the sensitivity output; `{name}` marks a value filled in with `fill`. */
export interface SensitivityWords {
  head: string; sizes: string; sobolSizes: string; difference: string;
  kpiTitle: string; kindDifference: string; kindValue: string;
  morrisTitle: string; sobolTitle: string; factor: string; ci: string; verdictHeader: string;
  factorsTitle: string; factorLine: string;
  skipped: string; roundsFollowShift: string; progress: string; invalid: string; invalidFactors: string;
}

const WORDS: Readonly<Record<CliLang, SensitivityWords>> = {
  en: {
    head: 'sensitivity ({method}) of {what}: {sizes}, {points} points x {reps} rep, seed {seed}, CRN',
    sizes: '{factors} factors, {trajectories} trajectories', sobolSizes: ', Sobol N={n} on {k}',
    difference: '{a} - {b} (paired difference)',
    kpiTitle: '{kpi} ({kind} at the scenario\'s values: {value}; effects per whole factor range)',
    kindDifference: 'difference', kindValue: 'value',
    morrisTitle: 'Morris (ranked by mu*)', sobolTitle: 'Sobol indices (ranked by ST)', factor: 'factor', ci: '95% CI', verdictHeader: 'verdict',
    factorsTitle: 'factors (parameter path, range, basis):',
    factorLine: '{name}: {path} {lo}..{hi} {unit} ({basis})',
    roundsFollowShift: 'restock rounds follow the restocker shift: each fixed round keeps its position in the shift (share of the shift elapsed) when the shift start or length is varied, so every design point has its rounds inside the shift',
    skipped: 'skipped (value 0, give a range with --factors path=lo:hi): {list}',
    progress: 'jobs',
    invalid: 'invalid sensitivity request ({n} error{s})',
    invalidFactors: '--factors: invalid',
  },
  'zh-CN': {
    head: '{what} 的敏感性分析（{method}）：{sizes}，{points} 个点 x {reps} 次重复，种子 {seed}，共同随机数',
    sizes: '{factors} 个因素，{trajectories} 条轨迹', sobolSizes: '，Sobol N={n}，用于 {k} 个因素',
    difference: '{a} - {b}（配对差值）',
    kpiTitle: '{kpi}（场景取值下的{kind}：{value}；效应按因素的整个取值范围计）',
    kindDifference: '差值', kindValue: '数值',
    morrisTitle: 'Morris 筛选（按 mu* 排序）', sobolTitle: 'Sobol 指数（按 ST 排序）', factor: '因素', ci: '95%置信区间', verdictHeader: '结论',
    factorsTitle: '因素（参数路径、取值范围、依据）：',
    factorLine: '{name}：{path} {lo}..{hi} {unit}（{basis}）',
    roundsFollowShift: '补货轮次随补货员班次移动：改变班次开始时间或时长时，每个固定轮次保持其在班次中的相对位置（已过班次的比例），因此每个设计点的轮次都在班次内',
    skipped: '已跳过（取值为 0，请用 --factors 路径=下限:上限 给出范围）：{list}',
    progress: '个任务',
    invalid: '敏感性分析请求无效（{n} 个错误）',
    invalidFactors: '--factors：无效',
  },
};

/** The sensitivity output's words in `lang`. */
export function sensitivityWords(lang: CliLang): SensitivityWords {
  return WORDS[lang];
}
