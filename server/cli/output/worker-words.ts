// What `wardtwin worker` prints on stderr, in English and Chinese: that it is ready, and each
// finished job.
import type { CliLang } from './messages.js';

/** The worker's lines; `{name}` marks a value filled in with `fill`. */
export interface WorkerWords {
  ready: string;
  jobDone: string;
}

const WORDS: Readonly<Record<CliLang, WorkerWords>> = {
  en: { ready: 'wardtwin worker: ready on {redis} (pid {pid})', jobDone: 'job {id} done' },
  'zh-CN': { ready: 'wardtwin worker：已在 {redis} 就绪（进程号 {pid}）', jobDone: '任务 {id} 完成' },
};

/** The worker's words in `lang`. */
export function workerWords(lang: CliLang): WorkerWords {
  return WORDS[lang];
}
