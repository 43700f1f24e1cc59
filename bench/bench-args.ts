/**
 * The command line of every benchmark: options parsed with `node:util` `parseArgs`, `--help`
 * answered without running anything, a bad value refused with its rule and exit code 2 (the
 * house contract for bad input), and each target printed with a verdict. A benchmark declares
 * its options once; the parser, the help text and the checks all come from that declaration.
 */
import { parseArgs } from 'node:util';

/** One option of a benchmark. `int` and `number` are checked against `[min, max]`. */
export type BenchOption =
  | { readonly kind: 'int'; readonly min: number; readonly max: number; readonly default: number; readonly help: string }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly default: number; readonly help: string }
  | { readonly kind: 'choice'; readonly choices: readonly string[]; readonly default: string; readonly help: string }
  | { readonly kind: 'path'; readonly help: string }
  | { readonly kind: 'flag'; readonly help: string };

/** What a benchmark declares: its name, what it measures, its options and an optional positional. */
export interface BenchSpec {
  /** The npm script, e.g. `bench:ward`. */
  readonly script: string;
  /** One paragraph: what is measured and the targets. */
  readonly summary: string;
  readonly options: Readonly<Record<string, BenchOption>>;
  /** One optional positional argument (e.g. a preset name) with its default. */
  readonly positional?: { readonly name: string; readonly default: string; readonly help: string };
}

/** The parsed value of each option kind. */
type ValueOf<O extends BenchOption> = O extends { kind: 'int' | 'number' } ? number : O extends { kind: 'choice' } ? string : O extends { kind: 'path' } ? string | undefined : boolean;

/** The parsed command line: every option by name, plus `positional` when declared. */
export type BenchArgs<S extends BenchSpec> = { readonly [K in keyof S['options']]: ValueOf<S['options'][K]> } & { readonly positional: string };

/** Raised for a value that breaks its option's rule. */
class BenchArgError extends Error {}

function placeholder(o: BenchOption): string {
  if (o.kind === 'flag') return '';
  if (o.kind === 'choice') return ` ${o.choices.join('|')}`;
  return o.kind === 'path' ? ' DIR' : ' N';
}

/** The `--help` text of `spec`. */
export function benchUsage(spec: BenchSpec): string {
  const pos = spec.positional === undefined ? '' : ` [${spec.positional.name}]`;
  const lines = [`usage: npm run ${spec.script} --${pos} [options]`, '', spec.summary, '', 'options:'];
  const rows: [string, string][] = Object.entries(spec.options).map(([name, o]) => {
    const range = o.kind === 'int' || o.kind === 'number' ? ` (${o.min}..${o.max}, default ${o.default})` : o.kind === 'choice' ? ` (default ${o.default})` : '';
    return [`--${name}${placeholder(o)}`, `${o.help}${range}`];
  });
  if (spec.positional !== undefined) rows.unshift([spec.positional.name, `${spec.positional.help} (default ${spec.positional.default})`]);
  rows.push(['--help', 'print this text and exit without running']);
  const width = Math.max(...rows.map(([a]) => a.length));
  return [...lines, ...rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`)].join('\n');
}

function checkValue(name: string, o: BenchOption, raw: string | boolean | undefined): unknown {
  if (o.kind === 'flag') return raw === true;
  if (o.kind === 'path') return raw;
  if (o.kind === 'choice') {
    const text = raw === undefined ? o.default : String(raw);
    if (!o.choices.includes(text)) throw new BenchArgError(`--${name}(=${text}) must be one of ${o.choices.join(', ')}`);
    return text;
  }
  if (raw === undefined) return o.default;
  const n = Number(raw);
  const whole = o.kind === 'int';
  if (String(raw).trim() === '' || !Number.isFinite(n) || (whole && !Number.isInteger(n)) || n < o.min || n > o.max) {
    throw new BenchArgError(`--${name}(=${String(raw)}) must be ${whole ? 'an integer' : 'a number'} in ${o.min}..${o.max}`);
  }
  return n;
}

/**
 * Parses `argv` (default the process's arguments) against `spec`. Prints the usage and exits 0
 * on `--help`; prints the broken rule and exits 2 on an unknown option or a bad value.
 */
export function parseBenchArgs<S extends BenchSpec>(spec: S, argv: readonly string[] = process.argv.slice(2)): BenchArgs<S> {
  const options: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' } };
  for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.kind === 'flag' ? 'boolean' : 'string' };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: spec.positional !== undefined });
    if (values.help === true) {
      process.stdout.write(`${benchUsage(spec)}\n`);
      process.exit(0);
    }
    if (positionals.length > 1) throw new BenchArgError(`at most one ${spec.positional?.name ?? 'positional argument'} (got ${positionals.join(' ')})`);
    const out: Record<string, unknown> = { positional: positionals[0] ?? spec.positional?.default ?? '' };
    for (const [name, o] of Object.entries(spec.options)) out[name] = checkValue(name, o, values[name]);
    return out as BenchArgs<S>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${spec.script}: ${message}\nRun \`npm run ${spec.script} -- --help\` for the options.\n`);
    process.exit(2);
  }
}

/** `met` or `not met`, the verdict printed beside each target. */
export function verdict(met: boolean): string {
  return met ? 'met' : 'not met';
}

/** One target line: `label: value (target …: met|not met)`. */
export function targetLine(label: string, value: string, target: string, met: boolean): string {
  return `${label}: ${value} (target ${target}: ${verdict(met)})`;
}
