// `wardtwin --help` in Chinese: with `--lang zh-CN` (or LANG=zh_CN.UTF-8) every command's,
// argument's and option's description and commander's titles are Chinese, wrapped between
// characters within 80 columns; English stays the default. A description added without a
// Chinese one fails here.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { maxLineWidth } from '../../server/cli/output/display-width.js';
import { helpDescriptionZh } from '../../server/cli/output/help-zh.js';
import { buildProgram } from '../../server/cli/main.js';
import { argvLang } from '../../server/cli/output/messages.js';
import { wardtwin } from './spawn-cli.js';

function commandsOf(c: Command): Command[] {
  return [c, ...c.commands.flatMap(commandsOf)];
}

describe('help in Chinese', () => {
  it('every description of every command has a Chinese one', async () => {
    const program = await buildProgram(undefined, 'zh-CN');
    const missing: string[] = [];
    for (const c of commandsOf(program)) {
      const texts = [c.description(), ...c.options.map((o) => o.description), ...c.registeredArguments.map((a) => a.description)];
      for (const text of texts) if (text !== '' && helpDescriptionZh(text) === undefined) missing.push(`${c.name()}: ${text}`);
    }
    expect(missing).toEqual([]);
  });

  it('each command\'s help is Chinese, titles included, within 80 columns', async () => {
    const program = await buildProgram(undefined, 'zh-CN');
    for (const c of commandsOf(program)) {
      const text = c.helpInformation();
      expect(maxLineWidth(text), c.name()).toBeLessThanOrEqual(80);
      expect(text, c.name()).toMatch(/^用法： /);
      expect(text, c.name()).toContain('选项：');
      expect(text, c.name()).not.toMatch(/Usage:|Options:|Commands:|Arguments:|\(default: |display help/);
    }
  });

  it('--lang picks the help\'s language before commander reads it; LANG otherwise; English by default', () => {
    expect(argvLang(['run', '--help', '--lang', 'zh'], {})).toBe('zh-CN');
    expect(argvLang(['run', '--lang=zh-CN', '--help'], {})).toBe('zh-CN');
    expect(argvLang(['--help'], { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(argvLang(['--help', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(argvLang(['--help', '--lang', 'fr'], { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(argvLang(['--help'], {})).toBe('en');
  });

  it('wardtwin size --help --lang zh-CN prints it from the command line', async () => {
    const r = await wardtwin('size', '--help', '--lang', 'zh-CN');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法： wardtwin size');
    expect(r.stdout.replace(/\s+/g, '')).toContain('目标：满足率至少为（默认0.995）');
  });
});
