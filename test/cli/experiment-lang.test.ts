// The experiment commands in Chinese: `size`, `sweep`, `sensitivity`, `validate-model` and
// `portfolio` run with `--lang zh-CN` print their headers, columns, verdicts and legends from
// the catalogue, no English text of the catalogue leaks into the Chinese output, the tables fit
// 80 display columns, and LANG=zh_CN.UTF-8 gives Chinese without the flag.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wardtwin } from './spawn-cli.js';
import type { CliRun } from './spawn-cli.js';
import { ROOT } from '../_support/wardtwin.js';
import { maxLineWidth } from '../../server/cli/output/display-width.js';
import { sizeWords } from '../../server/cli/experiments/size-words.js';
import { sweepWords } from '../../server/cli/experiments/sweep-words.js';
import { sensitivityWords } from '../../server/cli/experiments/sensitivity-words.js';
import { validationWords } from '../../server/cli/experiments/validation-words.js';
import { portfolioWords } from '../../server/cli/experiments/portfolio-words.js';
import { searchTracker } from '../../server/cli/output/search-progress.js';
import { formatSweepTable } from '../../server/cli/experiments/sweep-output.js';
import type { SweepResult } from '../../engine/index.js';
import { NAMED_VALIDATION_CHECKS, validationCheckName } from '../../engine/index.js';
import { parameterName } from '../../scenarios/index.js';

/** Every string in a catalogue (nested objects and arrays included). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The English texts of a catalogue that must not show in Chinese output: each English string
 * cut at its `{placeholders}`, flag names removed, keeping the pieces that hold a word (three
 * letters or more) and that the Chinese catalogue does not use as well (notation such as `mu*`).
 */
function englishPieces(en: unknown, zh: unknown): string[] {
  const same = new Set(strings(zh));
  return [...new Set(strings(en)
    .filter((s) => !same.has(s))
    .flatMap((s) => s.split(/\{\w+\}/))
    .map((piece) => piece.replace(/--[a-z-]+/g, '').replace(/[\s,;:()'.-]+$|^[\s,;:()'.-]+/g, ''))
    .filter((piece) => /[A-Za-z]{3,}/.test(piece)))];
}

/** The pieces of `pieces` found in `text` as whole words. */
function leaks(text: string, pieces: readonly string[]): string[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Flag names are the same in every language.
  const words = text.replace(/--[a-z-]+/g, '');
  return pieces.filter((p) => new RegExp(`(^|[^A-Za-z])${escape(p)}($|[^A-Za-z])`).test(words));
}

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-experiment-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sweepFile = join(dir, 'sweep.json');
writeFileSync(sweepFile, JSON.stringify({ id: 's', base: 'county-mch', replications: 2, parameters: [{ path: '/births/caesareanShare', name: 'cs', values: [0.3, 0.5] }] }));
const hospitals = join(dir, 'form.csv');
writeFileSync(hospitals, 'name,annual deliveries,hospital type,24h convenience,floor space,separate obstetrics,nurses\n县医院,1200,1,是,yes,no,\n');

/** `wardtwin args…` with LANG set and LC_ALL cleared. */
function withLang(lang: string, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['server/bin/wardtwin.js', ...args], { cwd: ROOT, env: { ...process.env, LANG: lang, LC_ALL: '' } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

const runs: Record<string, CliRun> = {};
beforeAll(async () => {
  const commands: Record<string, () => Promise<CliRun>> = {
    size: () => wardtwin('size', '--scenario', 'county-mch', '--days', '3', '--replications', '2', '--max-replications', '2', '--rounds', '1,2', '--max-cabinets', '2', '--min-fill-rate', '0.9', '--max-stockout-hours', '100000', '--max-wait-p95', '1000', '--workers', '0', '--lang', 'zh-CN'),
    curve: () => wardtwin('size', '--scenario', 'county-mch', '--days', '2', '--replications', '2', '--max-replications', '2', '--rounds', '1', '--max-cabinets', '2', '--min-fill-rate', '0.5', '--max-stockout-hours', '1000000', '--max-wait-p95', '100000', '--curve', '1000:2000:1000', '--workers', '0', '--lang', 'zh-CN'),
    impossible: () => wardtwin('size', '--scenario', 'county-mch', '--days', '2', '--replications', '2', '--max-replications', '2', '--max-cabinets', '1', '--rounds', '1', '--max-wait-p95', '0', '--max-stockout-hours', '0', '--min-fill-rate', '1', '--workers', '0', '--lang', 'zh-CN'),
    sweep: () => wardtwin('sweep', sweepFile, '--workers', '0', '--days', '3', '--lang', 'zh-CN'),
    sweepEnv: () => withLang('zh_CN.UTF-8', 'sweep', sweepFile, '--workers', '0', '--days', '3'),
    sensitivity: () => wardtwin('sensitivity', 'county-mch-baseline', 'county-mch', '--workers', '0', '--days', '3', '--trajectories', '2', '--factors', '/channels/nurseHandoverMinutes,/channels/nurseStationStockShare=0.9:1', '--kpi', 'nurseSupplyMinutesPerShift,fillRate', '--lang', 'zh-CN', '--explain'),
    badSensitivity: () => wardtwin('sensitivity', 'county-mch', '--workers', '0', '--factors', '/people/nope,/births/caesareanShare=0:2', '--kpi', 'bogus', '--lang', 'zh-CN'),
    validation: () => wardtwin('validate-model', 'county-mch', '--days', '30', '--replications', '3', '--workers', '0', '--lang', 'zh-CN'),
    portfolio: () => wardtwin('portfolio', hospitals, '--workers', '0', '--days', '3', '--replications', '2', '--rounds', '1', '--max-cabinets', '2', '--lang', 'zh-CN'),
  };
  const done = await Promise.all(Object.entries(commands).map(async ([name, run]) => [name, await run()] as const));
  for (const [name, run] of done) runs[name] = run;
}, 300_000);

/** `text` without the source lines of a validation report (citations, written in English). */
function withoutSources(text: string): string {
  return text.replace(/来源与说明：\n(?: {2}.*\n?)*/g, '');
}

/** Text with every space and line break taken out: wrapped Chinese breaks between characters with no space to restore. */
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('experiment commands with --lang zh-CN', () => {
  it('size: Chinese header, check table, verdicts, legend and Pareto front; no English of the catalogue; within 80 columns', () => {
    const r = runs.size;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^规模测算 county-mch（县妇幼保健院），年分娩 1500 例\n目标：满足率 >= 90\.00%/);
    expect(r.stdout).toMatch(/\n目标 +规则 +均值 +单侧95%界 +结论\n/);
    expect(r.stdout).toMatch(/\n满足率 +>= 90\.00% +[\d.]+% +[\d.]+% +(通过|未定|未通过)\n/);
    expect(r.stdout).toContain('图例：单侧95%界');
    expect(r.stdout).toContain('帕累托前沿');
    expect(r.stdout).toMatch(/起约束作用的目标：(满足率|取物等待 p95|每千患者日缺货货位小时)/);
    expect(leaks(r.stdout, englishPieces(sizeWords('en'), sizeWords('zh-CN')))).toEqual([]);
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('size: targets no plan meets exit 2 with the limits and the missed figures in Chinese', () => {
    const r = runs.impossible;
    expect(r.code).toBe(2);
    const flat = r.stderr.replace(/\n\s+/g, '');
    expect(flat).toContain('即使用 1 台智能柜、每天 1 轮补货，目标仍无法达到（');
    expect(flat).toMatch(/取物等待 p95均值 [\d.]+，界 [\d.]+，目标 <= 0/);
    expect(r.stderr).not.toMatch(/targets not met|mean|bound/);
  });

  it('size --curve: the curve\'s columns and binding targets in Chinese', () => {
    const r = runs.curve;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/曲线：年分娩 1000-2000 例（2 个点）/);
    expect(r.stdout).toMatch(/年分娩 +智能柜 +型号 +补货时刻/);
    expect(r.stdout).toMatch(/\n +1000 +\d+ +[\w-]+ +[\d:]+ .*(满足率|等待|缺货)\n/);
    expect(leaks(r.stdout, englishPieces(sizeWords('en'), sizeWords('zh-CN')))).toEqual([]);
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('sweep: Chinese head, KPI columns by their catalogue names and legend; LANG=zh_CN.UTF-8 gives the same', () => {
    const r = runs.sweep;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^参数扫描 s：2 个点 x 2 次重复，种子 \d+/);
    expect(r.stdout).toContain('首站满足率');
    expect(r.stdout).toContain('图例：a ± h');
    expect(r.stdout).not.toMatch(/fillRate|tripWaitP95Min|Legend/);
    expect(leaks(r.stdout, englishPieces(sweepWords('en'), sweepWords('zh-CN')))).toEqual([]);
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
    expect(runs.sweepEnv.stdout).toBe(r.stdout);
  });

  it('sensitivity: factors by their Chinese names with paths and (--explain) meanings listed, Chinese titles and verdicts', () => {
    const r = runs.sensitivity;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('county-mch - county-mch-baseline（配对差值） 的敏感性分析（morris）');
    expect(r.stdout).toContain('护士站交接时间：/channels/nurseHandoverMinutes 0.75..2.25 分钟（A）');
    // --explain: what each parameter means, in Chinese, under its line.
    expect(r.stdout).toContain('（A）\n    在护士站柜台交接一次物品的时间（提出请求、核对、交付）\n');
    expect(r.stdout).toMatch(/\n1 (护士站交接时间|库房有货概率) +[\d.]+/);
    expect(r.stdout).toContain('Morris 筛选（按 mu* 排序）');
    expect(r.stdout).toMatch(/结论稳健|可能逆转|可能减半/);
    expect(r.stdout).not.toMatch(/holds|can reverse|can halve|nurseSupplyMinutesPerShift/);
    expect(leaks(r.stdout, englishPieces(sensitivityWords('en'), sensitivityWords('zh-CN')))).toEqual([]);
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('sensitivity: a bad request is refused (exit 2) with each path and rule and a Chinese message', () => {
    const r = runs.badSensitivity;
    expect(r.code).toBe(2);
    const flat = squash(r.stderr);
    expect(flat).toContain(squash('敏感性分析请求无效（3 个错误）'));
    expect(flat).toContain(squash('/people/nope  unknownParameter  /people/nope 不是场景中的参数'));
    expect(flat).toContain(squash('/births/caesareanShare  range  应在 0..1 之内（实际为 0..2）'));
    expect(flat).toContain(squash('kpis/bogus  unknownKpi  bogus 不是指标键（可用：deliveries,'));
    expect(r.stderr.replace(/\n\s+/g, ' ')).not.toMatch(/no such parameter|schema bounds|not a KPI key/);
  });

  it('validate-model: Chinese titles, columns, check names and verdicts (sources stay as cited)', () => {
    const r = runs.validation;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^county-mch 的模型验证（智能柜效果对比 county-mch-baseline）/);
    expect(r.stdout).toContain('验证（模型对照自身输入与理论）');
    expect(r.stdout).toMatch(/\n 7 +顺产后平均住院天数 \[天\] +3 /);
    expect(r.stdout).toContain('智能柜对比基线：出入病区次数更低');
    expect(r.stdout).toMatch(/商店排队等待 \[分钟\] +见说明/);
    expect(r.stdout).toContain('未测量');
    expect(r.stdout).toContain('所有验证行均通过');
    const tables = withoutSources(r.stdout);
    for (const check of NAMED_VALIDATION_CHECKS) expect(tables).not.toContain(check);
    expect(tables).not.toMatch(/inside band|outside band|not measured|\bpass\b/);
    expect(leaks(tables, englishPieces(validationWords('en'), validationWords('zh-CN')))).toEqual([]);
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('portfolio: no English text of its catalogue leaks into the Chinese header and ranking', () => {
    const r = runs.portfolio;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('项目组合');
    // The assumptions in Chinese: the preset's, the hospital type's and the roster's sentences
    // (read with the wrapped lines joined again).
    const flat = squash(r.stdout);
    expect(flat).toContain(squash('预设 (A): county-mch（按年分娩 1500 例建立）在对数分娩量上最接近'));
    expect(flat).toContain(squash('医院类型 (A): 医院类型 综合医院'));
    expect(flat).toContain(squash('护士 (A): 未填写：按分娩量 1200/1500 缩放预设的排班'));
    expect(r.stdout.replace(/\n\s+/g, ' ')).not.toMatch(/nearest by log volume|not given|maternal-child hospital/);
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
    expect(leaks(r.stdout, englishPieces(portfolioWords('en'), portfolioWords('zh-CN')))).toEqual([]);
  });
});

describe('catalogue helpers', () => {
  it('englishPieces() and leaks() find an English label in Chinese output and ignore notation both languages share', () => {
    const pieces = englishPieces({ a: 'Legend: {x} means', b: 'mu*', c: '--json' }, { a: '图例：{x}', b: 'mu*' });
    expect(pieces).toEqual(['Legend', 'means']);
    expect(leaks('图例：mu* Legend', pieces)).toEqual(['Legend']);
    expect(leaks('图例：meanstay', pieces)).toEqual([]);
  });

  it('the search bar\'s label comes from the catalogue', () => {
    const w = sizeWords('zh-CN');
    const t = searchTracker(3, 10, { volume: w.progressVolume, single: w.progress });
    t.batch({ done: 4, total: 5 });
    expect(t.label()).toBe('第 1/3 个规模，4 次重复');
    expect(searchTracker(1, 10).label()).toBe('0 replications');
  });

  it('every validation check and the cabinet-effect rows have a Chinese name; English keeps the check', () => {
    for (const check of NAMED_VALIDATION_CHECKS) {
      expect(validationCheckName(check, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(validationCheckName(check, 'en')).toBe(check);
    }
    expect(validationCheckName('cabinets vs baseline: boundaryCrossings lower', 'zh-CN')).toBe('智能柜对比基线：出入病区次数更低');
  });

  it('a sweep axis the document did not name is headed by the parameter\'s name', () => {
    const summary = { mean: 0.99, sd: 0, ci95: [0.99, 0.99] as [number, number], n: 2 };
    const sweep: SweepResult = {
      kind: 'sweep', id: 'cs', commonRandomNumbers: true, seed: 1, replications: 2, engineVersion: '9.9.9',
      axes: [{ name: '/births/caesareanShare', path: '/births/caesareanShare', values: [0.3] }],
      points: [{ index: 0, parameters: { '/births/caesareanShare': 0.3 }, kpis: { fillRate: summary }, eventsProcessed: 1 }],
      eventsProcessed: 1, sweep: {}, baseScenario: {}, timing: { wallTimeMs: null, eventsPerSecond: null, executor: 'in-process' },
    };
    expect(formatSweepTable(sweep, ['fillRate'], 'zh-CN')).toMatch(/\n# +剖宫产比例 +首站满足率\n/);
    expect(formatSweepTable(sweep, ['fillRate'], 'en')).toMatch(/\n# +Caesarean share +fillRate\n/);
  });

  it('parameterName() fills array indices and falls back to the path', () => {
    expect(parameterName('/cabinets/models/1/slotGroups/0/count', 'zh-CN')).toBe('货位数（型号 1 组 0）');
    expect(parameterName('/cabinets/models/1/slotGroups/0/count', 'en')).toBe('Slots, model 1 group 0');
    expect(parameterName('/no/such', 'zh-CN')).toBe('/no/such');
  });
});
