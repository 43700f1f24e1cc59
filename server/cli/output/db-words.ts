// The words of `wardtwin db check` and `db repair` in English and Chinese: the report's labels,
// its verdicts, and the store's problems (written in English by server/store) shape by shape.
// Technical detail inside a problem (SQLite's own messages, a replay error) stays as written.
import type { CliLang } from './messages.js';

/** The texts of the db commands; `{name}` marks a value filled in with `fill`. */
export interface DbWords {
  store: string; integrity: string; schema: string; runs: string; twinEvents: string; quarantine: string; replay: string; dispensing: string;
  schemaLine: string; quarantineLine: string; dispensingLine: string; rowsSuffix: string; none: string;
  ok: string; problems: string;
  damaged: string; notRepaired: string; moved: string; movedRow: string; resolved: string; noLedger: string;
  noStore: string;
  /** Replay verdicts by the report's code. */
  verdicts: Readonly<Record<string, string>>;
  /** Job statuses in the runs count. */
  statuses: Readonly<Record<string, string>>;
}

const WORDS: Readonly<Record<CliLang, DbWords>> = {
  en: {
    store: 'store', integrity: 'integrity', schema: 'schema', runs: 'runs', twinEvents: 'twin events', quarantine: 'quarantine', replay: 'replay', dispensing: 'dispensing',
    schemaLine: '{version} (this wardtwin writes {expected})', quarantineLine: '{open} open, {resolved} resolved', dispensingLine: '{ward} {events} events: {replay}', rowsSuffix: ' ({n} row(s))', none: 'none',
    ok: 'ok: a server starts on this store read-write', problems: '{n} problem(s):',
    damaged: 'store {path} has damaged pages (integrity_check: {detail}); repair changed nothing: restore a backup, or salvage what is readable with sqlite3\'s .recover',
    notRepaired: '  ward {ward}: not repaired: {why}',
    moved: '  ward {ward}: {n} ledger row(s) moved to twin_quarantine{colon}',
    movedRow: '    row {seq} (event "{event}", timeMin {time}): {reason}',
    resolved: '  ward {ward}: {n} quarantined row(s) resolved (kept in twin_quarantine; the twin starts read-write without them)',
    noLedger: '  no twin ledger: nothing to repair',
    noStore: '{command}: no store at {path}',
    verdicts: {},
    statuses: {},
  },
  'zh-CN': {
    store: '存储', integrity: '完整性', schema: '结构版本', runs: '运行', twinEvents: '孪生体事件', quarantine: '隔离区', replay: '重放', dispensing: '发放台账',
    schemaLine: '{version}（本版 wardtwin 写入 {expected}）', quarantineLine: '未处理 {open} 行，已处理 {resolved} 行', dispensingLine: '{ward} {events} 个事件：{replay}', rowsSuffix: '（{n} 行）', none: '无',
    ok: '正常：服务器可以读写方式在此存储上启动', problems: '发现 {n} 个问题：',
    damaged: '存储 {path} 有损坏的页（integrity_check：{detail}）；修复未做任何改动：请恢复备份，或用 sqlite3 的 .recover 抢救可读部分',
    notRepaired: '  病区 {ward}：未修复：{why}',
    moved: '  病区 {ward}：{n} 行台账移入 twin_quarantine{colon}',
    movedRow: '    第 {seq} 行（事件 "{event}"，时间 {time} 分钟）：{reason}',
    resolved: '  病区 {ward}：{n} 行隔离记录已处理（仍保留在 twin_quarantine 中；孪生体不含这些行以读写方式启动）',
    noLedger: '  没有孪生体台账：无需修复',
    noStore: '{command}：{path} 处没有存储',
    verdicts: { ok: '正常', unreplayable: '无法重放', 'unknown-ward': '未知病区', unreadable: '无法读取' },
    statuses: { queued: '排队中', running: '运行中', succeeded: '已完成', failed: '失败', cancelled: '已取消' },
  },
};

/** The db commands' words in `lang`. */
export function dbWords(lang: CliLang): DbWords {
  return WORDS[lang];
}

/** The store's problems and reasons (English, from server/store) in Chinese, shape by shape. */
const PROBLEMS_ZH: readonly (readonly [RegExp, string])[] = [
  [/^ward (\S+): (\d+) quarantined ledger row\(s\) not resolved; the twin is read-only until "wardtwin db repair"$/, '病区 $1：$2 行隔离台账未处理；在运行 "wardtwin db repair" 之前孪生体为只读'],
  [/^ward (\S+): no preset has this id, so its (\d+) ledger row\(s\) cannot be replayed here$/, '病区 $1：没有预设使用此编号，因此其 $2 行台账无法在此重放'],
  [/^ward (\S+): ledger row (\d+) \(event "([^"]*)"\) does not replay: (.*)$/s, '病区 $1：台账第 $2 行（事件 "$3"）无法重放：$4'],
  [/^ward (\S+): the ledger could not be read \((.*)\)$/s, '病区 $1：台账无法读取（$2）'],
  [/^ward (\S+): no preset has this id, so its dispensing ledger \((\d+) row\(s\)\) cannot be replayed here$/, '病区 $1：没有预设使用此编号，因此其发放台账（$2 行）无法在此重放'],
  [/^ward (\S+): the dispensing ledger does not replay: (.*); "serve --ward \1" will not start on this store$/s, '病区 $1：发放台账无法重放：$2；"serve --ward $1" 将无法在此存储上启动'],
  [/^ward (\S+): the dispensing ledger could not be read \((.*)\)$/s, '病区 $1：发放台账无法读取（$2）'],
  [/^integrity: (.*)$/s, '完整性：$1'],
  [/^schema version (\d+), this wardtwin writes (\d+) \(the next start upgrades it\)$/, '结构版本 $1，本版 wardtwin 写入 $2（下次启动时会升级）'],
  [/^schema version (\d+), this wardtwin writes (\d+)$/, '结构版本 $1，本版 wardtwin 写入 $2'],
  [/^the store could not be read \((.*)\)$/s, '存储无法读取（$1）'],
  [/^no preset has this id, so its ledger cannot be replayed$/, '没有预设使用此编号，因此其台账无法重放'],
];

/** A store problem or repair reason in `lang`; one with no known shape stays as written. */
export function storeProblemText(text: string, lang: CliLang): string {
  if (lang === 'en') return text;
  for (const [shape, zh] of PROBLEMS_ZH) if (shape.test(text)) return text.replace(shape, zh);
  return text;
}
