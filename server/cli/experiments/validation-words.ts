// The words of `wardtwin validate-model`'s human output in English and Chinese: the header,
// the two tables' titles and columns, the closing verdict and the progress label. The checks
// and verdicts in the rows take the engine's names (`validationCheckName`).
import type { CliLang } from '../output/messages.js';

/** The texts of the validation report output; `{name}` marks a value filled in with `fill`. */
export interface ValidationWords {
  head: string; against: string;
  columns: readonly string[]; seeNote: string; sources: string;
  verificationTitle: string; validationTitle: string;
  verified: string; failed: string; failedError: string;
  progress: string;
}

const WORDS: Readonly<Record<CliLang, ValidationWords>> = {
  en: {
    head: 'validation of {id}{against}: {reps} replications x {days} days, seed {seed}',
    against: ' (cabinet effect against {id})',
    columns: ['#', 'check', 'expected', 'model mean', '95% CI', 'verdict'],
    seeNote: 'see note', sources: 'sources and notes:',
    verificationTitle: 'VERIFICATION (model against its own inputs and theory)',
    validationTitle: 'VALIDATION (model against outside data; outside band is a finding, not a bug)',
    verified: 'every verification row passes',
    failed: 'a verification row FAILS (the model does not reproduce its inputs or theory)',
    failedError: 'validate-model: a verification row failed (see the table)',
    progress: 'replications',
  },
  'zh-CN': {
    head: '{id} 的模型验证{against}：{reps} 次重复 x {days} 天，种子 {seed}',
    against: '（智能柜效果对比 {id}）',
    columns: ['#', '检查项', '期望值', '模型均值', '95%置信区间', '结论'],
    seeNote: '见说明', sources: '来源与说明：',
    verificationTitle: '验证（模型对照自身输入与理论）',
    validationTitle: '确认（模型对照外部数据；在区间外是一项发现，不是程序错误）',
    verified: '所有验证行均通过',
    failed: '有验证行未通过（模型未能重现其输入或理论）',
    failedError: 'validate-model：有验证行未通过（见表格）',
    progress: '次重复',
  },
};

/** The validation output's words in `lang`. */
export function validationWords(lang: CliLang): ValidationWords {
  return WORDS[lang];
}
