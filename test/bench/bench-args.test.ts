// Every `bench:*` script as a tool: --help answers without running, a bad value is refused with
// exit 2 and the rule, run as child processes exactly as `npm run bench:x -- ...` runs them.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/bench-args.js';
import { ROOT } from '../_support/wardtwin.js';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const benches = Object.entries(scripts).filter(([name]) => name.startsWith('bench:'));

/** A bad value for one option of each bench (the rest are checked through bench-args). */
const BAD: Record<string, [string[], string]> = {
  'bench:engine': [['--rounds', 'abc'], '--rounds(=abc) must be an integer in 1..100'],
  'bench:dispense': [['--days', 'abc'], '--days(=abc) must be an integer in 1..3650'],
  'bench:ward': [['--rounds', '0'], '--rounds(=0) must be an integer in 1..100'],
  'bench:sweep': [['--job-ms', '5'], '--job-ms(=5) must be an integer in 10..10000'],
  'bench:http': [['--limiter', 'none'], '--limiter(=none) must be one of fixed-window, plugin'],
  'bench:startup': [['--days', '1.5'], '--days(=1.5) must be an integer in 1..3660'],
  'bench:size': [['--step', 'abc'], '--step(=abc) must be an integer in 1..100000'],
  'bench:forecast': [['--replications', 'abc'], '--replications(=abc) must be an integer in 1..10000'],
  'bench:sensitivity': [['--factors', 'abc'], '--factors(=abc) must be an integer in 1..200'],
};

/** Runs `npm run <script> -- args` the way npm does: the script's command line plus the arguments. */
function runScript(script: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const words = scripts[script].split(/\s+/);
  const [program, ...rest] = words[0] === 'tsx' ? [process.execPath, '--import', 'tsx', ...words.slice(1)] : [process.execPath, ...words.slice(1)];
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(program, [...rest, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr, ms: Date.now() - started });
    });
  });
}

describe('bench:* scripts', () => {
  it('are all covered here', () => {
    expect(benches.map(([name]) => name).sort()).toEqual(Object.keys(BAD).sort());
  });

  it.each(benches.map(([name]) => name))('%s --help prints its options and exits 0 without running', async (name) => {
    const r = await runScript(name, ['--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`usage: npm run ${name} --`);
    expect(r.stdout).toContain('--help');
    expect(r.stdout.split('\n').length).toBeLessThan(30);
  }, 70_000);

  it.each(benches.map(([name]) => name))('%s refuses a bad value with exit 2 and the rule it breaks', async (name) => {
    const [args, message] = BAD[name];
    const r = await runScript(name, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  }, 70_000);

  it.each(benches.map(([name]) => name))('%s refuses an unknown option with exit 2', async (name) => {
    const r = await runScript(name, ['--no-such-option']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--no-such-option');
  }, 70_000);
});

describe('parseBenchArgs', () => {
  it('gives typed values, defaults and the positional', () => {
    const spec = {
      script: 'bench:x',
      summary: 'x',
      positional: { name: 'preset', default: 'county-mch', help: 'p' },
      options: {
        rounds: { kind: 'int', min: 1, max: 9, default: 3, help: 'r' },
        ratio: { kind: 'number', min: 0, max: 1, default: 0.5, help: 'q' },
        mode: { kind: 'choice', choices: ['a', 'b'], default: 'a', help: 'm' },
        dir: { kind: 'path', help: 'd' },
        json: { kind: 'flag', help: 'j' },
      },
    } as const;
    expect(parseBenchArgs(spec, ['city-mch', '--rounds', '7', '--ratio', '0.25', '--mode', 'b', '--dir', '/tmp', '--json'])).toEqual({ positional: 'city-mch', rounds: 7, ratio: 0.25, mode: 'b', dir: '/tmp', json: true });
    expect(parseBenchArgs(spec, [])).toEqual({ positional: 'county-mch', rounds: 3, ratio: 0.5, mode: 'a', dir: undefined, json: false });
  });
});
