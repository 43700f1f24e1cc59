// Validation messages of the CLI in Chinese: `--lang zh-CN` (or LANG=zh_CN.UTF-8) writes each
// error's message from the catalogue, the path and rule unchanged; English stays the default.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { wardtwin } from './spawn-cli.js';
import type { CliRun } from './spawn-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wardtwin-cli-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'bad.json');
writeFileSync(file, JSON.stringify({ extends: 'city-mch', births: { annualDeliveries: -1, caesareanShare: 2 }, channels: { order: ['cabinet', 'kiosk'] } }));

/** The command with `LANG` set (and LC_ALL cleared, which would win over it). */
function withLang(lang: string, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const env = { ...process.env, LANG: lang, LC_ALL: '' };
    execFile(process.execPath, ['server/bin/wardtwin.js', ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

/** Text with every space and line break taken out: wrapped Chinese breaks between characters with no space to restore. */
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('validation messages in Chinese', () => {
  it('validate --lang zh-CN: Chinese messages naming limits, allowed values and the value got; same paths and rules', async () => {
    const [zh, en] = await Promise.all([wardtwin('validate', file, '--lang', 'zh-CN'), withLang('C.UTF-8', 'validate', file)]);
    expect([zh.code, en.code]).toEqual([2, 2]);
    const flat = squash(zh.stderr);
    expect(flat).toContain(squash('场景无效（3 个错误）'));
    expect(flat).toContain(squash('/births/annualDeliveries  minimum  应不小于 1（实际为 -1）'));
    expect(flat).toContain(squash('/births/caesareanShare  maximum  应不大于 1（实际为 2）'));
    expect(flat).toContain(squash('/channels/order/1  anyOf  应为以下值之一："cabinet", "nurse-station", "shop"（实际为 "kiosk"）'));
    expect(en.stderr).toContain('invalid scenario (3 errors)');
    expect(en.stderr).not.toMatch(/[\u4e00-\u9fff]/);
    const rules = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('/')).map((l) => l.split('  ').slice(0, 2).join(' '));
    expect(rules(zh.stderr)).toEqual(rules(en.stderr));
  });

  it('LANG=zh_CN.UTF-8 gives Chinese without --lang, and --json carries the Chinese messages', async () => {
    const [env, json] = await Promise.all([withLang('zh_CN.UTF-8', 'validate', file), wardtwin('validate', file, '--json', '--lang', 'zh-CN')]);
    expect(env.stderr).toContain('应不大于 1（实际为 2）');
    const out = JSON.parse(json.stdout) as { errors: Array<{ path: string; rule: string; message: string }> };
    expect(out.errors).toContainEqual({ path: '/births/caesareanShare', rule: 'maximum', message: '应不大于 1（实际为 2）' });
  });

  it('run --lang zh-CN refuses an invalid file with the same Chinese messages (exit 2)', async () => {
    const r = await wardtwin('run', file, '--lang', 'zh-CN');
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\n\s+/g, ' ')).toContain('/births/annualDeliveries  minimum  应不小于 1（实际为 -1）');
  });
});
