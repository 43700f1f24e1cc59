// The words `wardtwin start` prints around the headline study while it serves, in English and
// Chinese: where it serves, which compare job holds the study, how it ended and where to look.
import type { CliLang } from '../output/messages.js';

/** The texts of the serving start; `{name}` marks a value filled in with `fill`. */
export interface StartWords {
  busyPort: string;
  serving: string;
  studyJob: string;
  progress: string;
  stopped: string;
  refused: string;
  failed: string;
  open: string;
  /** Job statuses as the failure line names them. */
  statuses: Readonly<Record<string, string>>;
  /** Flags only the in-process study takes; `{verb}` is needs or need. */
  inProcessOnly: string;
}

const WORDS: Readonly<Record<CliLang, StartWords>> = {
  en: {
    busyPort: 'wardtwin: port {port} is busy; serving on {url} instead',
    serving: 'wardtwin: serving {url} (visualizer /, API /api, docs /docs; store {db})',
    studyJob: 'wardtwin: headline study {b} against {a} is compare {id}; it appears at {link} when done',
    progress: '% of the headline study',
    stopped: 'wardtwin: stopped before the headline study finished (it was cancelled)',
    refused: 'start: the server refused the headline study: {body}',
    failed: 'start: the headline study {status}{error}',
    open: 'Open {link} to see it in the visualizer (Ctrl-C stops the server).',
    statuses: {},
    inProcessOnly: 'start: {flags} {verb} --no-serve or --json (the server runs the study on its own worker threads with fixed replications)',
  },
  'zh-CN': {
    busyPort: 'wardtwin：端口 {port} 已被占用，改在 {url} 提供服务',
    serving: 'wardtwin：服务地址 {url}（可视化 /，API /api，文档 /docs；存储 {db}）',
    studyJob: 'wardtwin：主研究（{b} 相对 {a}）为对比任务 {id}；完成后见 {link}',
    progress: '% 主研究',
    stopped: 'wardtwin：主研究完成前已停止（已取消）',
    refused: 'start：服务器拒绝了主研究：{body}',
    failed: 'start：主研究{status}{error}',
    open: '在浏览器中打开 {link} 查看可视化结果（按 Ctrl-C 停止服务器）。',
    statuses: { failed: '失败', cancelled: '已取消' },
    inProcessOnly: 'start：{flags} 需要同时使用 --no-serve 或 --json（服务器在自己的工作线程上以固定的重复次数运行研究）',
  },
};

/** The serving start's words in `lang`. */
export function startWords(lang: CliLang): StartWords {
  return WORDS[lang];
}
