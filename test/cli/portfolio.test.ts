import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wardtwin } from '../_support/wardtwin.js';

const HEAD = 'name,annual deliveries,hospital type,24h convenience,floor space,separate obstetrics,nurses';
const TINY = `\uFEFF${HEAD}\r\n"仁济医院, 东院",1200,1,是,yes,no,\r\n市妇幼,7000,3,否,yes,yes,60\r\nbad,abc,4,maybe,yes,yes,\r\n无场地医院,3000,2,no,no,yes,\r\n`;

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'wardtwin-portfolio-'));
}

describe('wardtwin portfolio', () => {
  it('runs a tiny form end to end: ranking on stdout, refused row on stderr with line/column/rule, CSV with BOM and JSON written', () => {
    const d = dir();
    const file = join(d, 'hospitals.csv');
    writeFileSync(file, TINY);
    const r = wardtwin(['portfolio', file, '--workers', '0', '--days', '5', '--replications', '2', '--rounds', '1,2', '--csv', join(d, 'rank.csv'), '--out', join(d, 'rank.json')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('line 4, column 2 (annual deliveries): integer');
    expect(r.stdout).toContain('ranked by benefit per cost');
    expect(r.stdout).toMatch(/^\s+1\s+\d\s+\S/m);
    const csv = readFileSync(join(d, 'rank.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain('"仁济医院, 东院"');
    expect(text).toContain('无场地医院');
    const json = JSON.parse(readFileSync(join(d, 'rank.json'), 'utf8')) as { kind: string; hospitals: { name: string; rank: number | null; status: string }[]; rowErrors: { line: number; zh: string }[] };
    expect(json.kind).toBe('portfolio');
    expect(json.hospitals.map((h) => h.status)).toEqual(['planned', 'planned', 'not-eligible']);
    expect(json.hospitals.map((h) => h.rank)).toEqual([1, 2, null]);
    expect(json.rowErrors.map((e) => e.line)).toEqual([4, 4, 4]);
    // The result's refused rows carry their Chinese sentence for the Portfolio page.
    expect(json.rowErrors.map((e) => e.zh)).toEqual([expect.stringContaining('应为整数'), expect.stringContaining('应为 1（综合医院）'), expect.stringContaining('应为 是 或 否')]);
  });

  it('--lang zh-CN prints the header, ranking, statuses, presets and refused rows in Chinese', () => {
    const d = dir();
    const file = join(d, 'hospitals.csv');
    writeFileSync(file, TINY);
    const r = wardtwin(['portfolio', file, '--workers', '0', '--days', '5', '--replications', '2', '--rounds', '1,2', '--lang', 'zh-CN']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('第 4 行，第 2 列 (annual deliveries)：integer：应为整数（实际为 "abc"）');
    expect(r.stderr).toContain('第 4 行，第 4 列 (24h convenience)：yes-no：应为 是 或 否');
    expect(r.stderr).not.toMatch(/must be/);
    expect(r.stderr).toContain('行被拒绝；其他行照常运行');
    expect(r.stdout).toContain('项目组合');
    expect(r.stdout).toContain('每次 5 天');
    expect(r.stdout).toContain('按收益/成本排序');
    expect(r.stdout).toContain('不符合条件');
    expect(r.stdout).toMatch(/[县市省]妇幼保健院/);
    expect(r.stdout).not.toMatch(/ranked by|rows refused|what each answer assumes|replications per plan/);
  });

  it('exits 2 before any run for a file that is not UTF-8, a missing column, or no good row, and writes nothing', () => {
    const d = dir();
    const gbk = join(d, 'gbk.csv');
    // "市妇幼" in GBK, not valid UTF-8
    writeFileSync(gbk, Buffer.concat([Buffer.from(`${HEAD}\n`), Buffer.from([0xca, 0xd0, 0xb8, 0xbe, 0xd3, 0xd7]), Buffer.from(',6000,3,no,yes,yes,\n')]));
    const a = wardtwin(['portfolio', gbk, '--workers', '0', '--csv', join(d, 'o.csv')]);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('not UTF-8');
    const noType = join(d, 'notype.csv');
    writeFileSync(noType, 'name,deliveries,convenience,floor space,separate obstetrics\nA,1500,yes,yes,yes\n');
    const b = wardtwin(['portfolio', noType, '--workers', '0']);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('line 1');
    expect(b.stderr).toContain('required');
    expect(readdirSync(d).sort()).toEqual(['gbk.csv', 'notype.csv']);
  });

  it('--lang zh-CN: a file that is not UTF-8, a missing column, a semicolon header and an open quote are refused in Chinese', () => {
    const d = dir();
    const write = (name: string, text: string | Buffer): string => {
      writeFileSync(join(d, name), text);
      return join(d, name);
    };
    // Chinese lines wrap between any two characters: compare with the breaks and spaces taken out.
    const zh = (file: string): string => {
      const r = wardtwin(['portfolio', file, '--workers', '0', '--lang', 'zh-CN']);
      expect(r.status).toBe(2);
      return r.stderr.replace(/\s+/g, '');
    };
    expect(zh(write('gbk.csv', Buffer.from([0xca, 0xd0, 0x2c, 0x0a])))).toContain('不是UTF-8文本');
    const noType = zh(write('notype.csv', 'name,deliveries,convenience,floor space,separate obstetrics\nA,1500,yes,yes,yes\n'));
    expect(noType).toContain('没有可以运行的医院');
    expect(noType).toContain('缺少“医院类型”列');
    expect(zh(write('semi.csv', 'a;b;c\n1;2;3\n'))).toContain('而是分号');
    expect(zh(write('quote.csv', `${HEAD}\n"A,1500,1,yes,yes,yes,\n`))).toContain('引号字段没有结束');
    expect(zh(join(d, 'absent.csv'))).toContain('无法读取医院文件（文件不存在）');
    for (const name of ['gbk.csv', 'notype.csv', 'semi.csv', 'quote.csv']) expect(zh(join(d, name))).not.toMatch(/nohospitalcanrun|column\(|headersaccepted|isneverclosed|notUTF-8|cannotread/);
  });
});
