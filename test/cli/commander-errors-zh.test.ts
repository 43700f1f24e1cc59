// Commander's error lines in Chinese: each shape the installed commander writes, raised by a real
// command, comes out with no English words left (a commander that changes a shape fails here).
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderErrorZh } from '../../server/cli/output/commander-errors-zh.js';
import { oneLineError } from '../../server/cli/output/fit-terminal.js';
import { wardtwin } from './spawn-cli.js';

/** The error text commander writes for `args` on a small program with one command. */
function commanderError(args: string[]): string {
  let written = '';
  const program = new Command('wt').exitOverride().configureOutput({ writeErr: () => undefined, outputError: (text) => void (written = text) });
  program.command('run').argument('<scenario>').option('--seed <n>').option('--replications <r>').requiredOption('--out <file>').option('--json').addOption(new Command().createOption('--csv').conflicts('json')).action(() => undefined);
  try {
    program.parse(args, { from: 'user' });
  } catch {
    // exitOverride throws after writing the error.
  }
  return written;
}

describe('commander errors in Chinese', () => {
  it.each([
    [['run', 'x', '--out', 'f', '--bogus'], "未知选项 '--bogus'"],
    [['run', 'x', '--out', 'f', '--replicatons', '2'], "未知选项 '--replicatons'（是否想用 --replications？）"],
    [['runn'], "未知命令 'runn'（是否想用 run？）"],
    [['run', '--out', 'f'], "缺少必需的参数 'scenario'"],
    [['run', 'x', '--out', 'f', '--seed'], "选项 '--seed <n>' 缺少取值"],
    [['run', 'x'], "未指定必需的选项 '--out <file>'"],
    [['run', 'x', 'y', '--out', 'f'], "'run' 的参数过多：应为 1 个，实际为 2 个"],
    [['run', 'x', '--out', 'f', '--json', '--csv'], "选项 '--csv' 不能与选项 '--json' 同时使用"],
  ])('%j reads %s', (args, zh) => {
    const text = commanderError(args);
    expect(text).toMatch(/^error: /);
    const line = oneLineError(text, 'wt run', 'zh-CN');
    expect(line).toBe(`wt run：${zh}；见 \`wt run --help\`\n`);
    expect(line.slice('wt run'.length).replace(/'[^']*'|`[^`]*`|--\w+|\brun\b/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('leaves a shape it does not know in English rather than guess', () => {
    expect(commanderErrorZh('something new happened')).toBe('something new happened');
  });

  it('wardtwin --lang zh-CN answers a bad flag with one Chinese line and a hint, exit 2', async () => {
    const r = await wardtwin('run', 'county-mch', '--relications', '2', '--lang', 'zh-CN');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("wardtwin run：未知选项 '--relications'（是否想用 --replications？）；见 `wardtwin run --help`\n");
  });
});
