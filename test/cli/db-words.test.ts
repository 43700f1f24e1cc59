// The store's problems (written in English by server/store) read in Chinese, one example of each
// shape the store writes; technical detail inside (ids, SQLite's text, a replay error) is kept.
import { describe, expect, it } from 'vitest';
import { storeProblemText } from '../../server/cli/output/db-words.js';

const EXAMPLES: readonly (readonly [string, string])[] = [
  ['ward w1: 2 quarantined ledger row(s) not resolved; the twin is read-only until "wardtwin db repair"', '病区 w1：2 行隔离台账未处理；在运行 "wardtwin db repair" 之前孪生体为只读'],
  ['ward w1: no preset has this id, so its 5 ledger row(s) cannot be replayed here', '病区 w1：没有预设使用此编号，因此其 5 行台账无法在此重放'],
  ['ward w1: ledger row 3 (event "e-1") does not replay: dischargePatient: x', '病区 w1：台账第 3 行（事件 "e-1"）无法重放：dischargePatient: x'],
  ['ward w1: the ledger could not be read (SQLITE_CORRUPT)', '病区 w1：台账无法读取（SQLITE_CORRUPT）'],
  ['ward w1: no preset has this id, so its dispensing ledger (4 row(s)) cannot be replayed here', '病区 w1：没有预设使用此编号，因此其发放台账（4 行）无法在此重放'],
  ['ward w1: the dispensing ledger does not replay: bad lot; "serve --ward w1" will not start on this store', '病区 w1：发放台账无法重放：bad lot；"serve --ward w1" 将无法在此存储上启动'],
  ['ward w1: the dispensing ledger could not be read (disk I/O error)', '病区 w1：发放台账无法读取（disk I/O error）'],
  ['integrity: row 5 missing from index', '完整性：row 5 missing from index'],
  ['schema version 2, this wardtwin writes 3 (the next start upgrades it)', '结构版本 2，本版 wardtwin 写入 3（下次启动时会升级）'],
  ['schema version 4, this wardtwin writes 3', '结构版本 4，本版 wardtwin 写入 3'],
  ['the store could not be read (file is not a database)', '存储无法读取（file is not a database）'],
  ['no preset has this id, so its ledger cannot be replayed', '没有预设使用此编号，因此其台账无法重放'],
];

describe('storeProblemText()', () => {
  it.each(EXAMPLES)('%s', (en, zh) => {
    expect(storeProblemText(en, 'zh-CN')).toBe(zh);
    expect(storeProblemText(en, 'en')).toBe(en);
  });

  it('leaves a problem of unknown shape as written', () => {
    expect(storeProblemText('something else', 'zh-CN')).toBe('something else');
  });
});
