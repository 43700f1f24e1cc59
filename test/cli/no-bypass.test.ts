// Every text the experiment commands print goes through their message catalogues (the CLI's
// counterpart of test/viz/i18n/no-bypass.test.ts): in the output modules no string literal
// holds English prose and no column header is a word; in the commands no progress label or
// printed text is a literal. Notation read the same in both languages is allowed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cliDir = join(import.meta.dirname, '../../server/cli');

/** The output modules of the experiment commands, and the commands themselves. */
const OUTPUTS = ['size-output.ts', 'sweep-output.ts', 'sensitivity-output.ts', 'validation-output.ts', 'portfolio-output.ts'];
const COMMANDS = ['size.ts', 'sweep.ts', 'sensitivity.ts', 'validate-model.ts', 'portfolio.ts', 'run.ts', 'report.ts'];

/** `start` and its serving half (what `npm start` prints), `db` and `worker`: from their words files. */
const START = ['commands/start.ts', 'start/headline-server.ts', 'commands/db.ts', 'commands/worker.ts'];

/** Modules that parse flags: their bad-value messages come from flag-messages.ts. */
const FLAG_PARSERS = ['options.ts', 'experiments/precision-flags.ts'];

/** Column headers and cells that are notation, not words. */
const NOTATION = new Set(["'mu*'", "'mu'", "'sigma'", "'S1'", "'ST'", "'#'"]);

/** Two words or more: prose (a single word may be an id, a key or a CSV column). */
const isProse = (text: string): boolean => !/^\w+$/.test(text) && (text.match(/[A-Za-z]{3,}/g) ?? []).length >= 2;

/** Words of statistical notation, the same in both languages. */
const NOTATION_WORDS = new Set(['mu', 'sigma', 'ST']);

/** `code` with comments blanked out (line breaks kept, so line numbers stay right). */
function uncommented(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
}

/** A string literal: where it starts, its quoted source and its text with every `${…}` left out. */
interface Literal {
  index: number;
  source: string;
  text: string;
}

/**
 * The string literals of `source`, templates included, with placeholders skipped by counting
 * braces (a placeholder may hold code with its own strings and templates, which are literals too).
 */
function literals(source: string): Literal[] {
  const out: Literal[] = [];
  const read = (start: number): number => {
    const quote = source[start];
    let text = '';
    let i = start + 1;
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (quote === '`' && source.startsWith('${', i)) {
        i = code(i + 2, '}') + 1;
        text += ' ';
      } else text += source[i++];
    }
    out.push({ index: start, source: source.slice(start, i + 1), text });
    return i + 1;
  };
  // Skips a regular expression literal (its quotes are not strings).
  const regex = (start: number): number => {
    let i = start + 1;
    let inClass = false;
    while (i < source.length && (inClass || source[i] !== '/') && source[i] !== '\n') {
      if (source[i] === '\\') i++;
      else if (source[i] === '[') inClass = true;
      else if (source[i] === ']') inClass = false;
      i++;
    }
    return i + 1;
  };
  // Reads code from `i` up to the closing `end` (a placeholder's brace) or the end of the file.
  const code = (from: number, end?: string): number => {
    let depth = 0;
    let i = from;
    while (i < source.length) {
      const ch = source[i];
      if (ch === "'" || ch === '"' || ch === '`') i = read(i);
      else if (ch === '/' && /(?:[(,=:[!&|?{};]|\breturn)\s*$/.test(source.slice(Math.max(0, i - 8), i))) i = regex(i);
      else if (ch === '{') { depth++; i++; }
      else if (ch === '}') {
        if (depth === 0 && end === '}') return i;
        depth--;
        i++;
      } else i++;
    }
    return i;
  };
  code(0);
  return out;
}

/** The literals that are not module specifiers (`from '…'`, `import('…')`). */
function textLiterals(source: string): Literal[] {
  return literals(source).filter((l) => !/(?:\bfrom|\bimport\(?)\s*$/.test(source.slice(Math.max(0, l.index - 12), l.index)));
}

const lineOf = (source: string, index: number): number => source.slice(0, index).split('\n').length;

/** Literals with English prose, and column headers that are words, in an output module. */
function outputBypasses(code: string): string[] {
  const source = uncommented(code);
  const found = textLiterals(source).filter((l) => isProse(l.text)).map((l) => `${lineOf(source, l.index)}: ${l.source}`);
  for (const m of source.matchAll(/\bheader:\s*('[^']*'|`[^`]*`)/g)) {
    const headerWords = m[1].slice(1, -1).replace(/\$\{[^}]*\}/g, ' ').match(/[A-Za-z]{2,}/g) ?? [];
    if (!NOTATION.has(m[1]) && headerWords.some((w) => !NOTATION_WORDS.has(w))) found.push(`${lineOf(source, m.index)}: ${m[0]}`);
  }
  return found;
}

/** Progress labels, printed texts and error messages written as literals in a command module. */
function commandBypasses(code: string): string[] {
  const source = uncommented(code);
  const sinks = [/\bsay\(\s*$/, /\bcreateProgressBar\(\s*$/, /\bprocess\.std(?:out|err)\.write\(\s*$/, /\bnew CliError\(\s*\w+\s*,\s*$/, /\bbadInput\(\s*$/];
  return textLiterals(source)
    // A message may start with the command's name (`size: …`), an id in every language.
    .filter((l) => /[A-Za-z]{2,}/.test(l.text.replace(/^[a-z-]+:/, '')) && sinks.some((re) => re.test(source.slice(Math.max(0, l.index - 60), l.index))))
    .map((l) => `${lineOf(source, l.index)}: ${l.source}`);
}

describe('no text of the experiment commands bypasses their catalogues', () => {
  it.each(OUTPUTS)('experiments/%s writes its words from a catalogue', (file) => {
    expect(outputBypasses(readFileSync(join(cliDir, 'experiments', file), 'utf8'))).toEqual([]);
  });

  it.each(COMMANDS)('commands/%s labels its progress and prints through the catalogue', (file) => {
    expect(commandBypasses(readFileSync(join(cliDir, 'commands', file), 'utf8'))).toEqual([]);
  });

  it.each(START)('%s prints through its words catalogue', (file) => {
    expect(commandBypasses(readFileSync(join(cliDir, file), 'utf8'))).toEqual([]);
  });

  it.each(FLAG_PARSERS)('%s writes its bad-value messages from the flag catalogue', (file) => {
    expect(commandBypasses(readFileSync(join(cliDir, file), 'utf8'))).toEqual([]);
  });

  it('the scans catch a legend, a header word, a sentence template, a progress label and a printed literal', () => {
    const output = [
      "export const LEGEND = 'Legend: a ± h = mean';",
      "formatTable([{ header: 'verdict' }, { header: 'mu*' }], rows);",
      'const head = `sweep ${r.id}: ${n} points x ${reps} replications`;',
      "const csv = ['kpi', 'at_base'].join(',');",
    ].join('\n');
    expect(outputBypasses(output)).toHaveLength(3);
    const command = [
      "const bar = createProgressBar('jobs', { json });",
      "process.stdout.write('every row passes');",
      "throw new CliError(EXIT_RUN_FAILED, 'a row failed');",
      'throw badInput(`--days: "${raw}" must be a number`);',
      'const bar2 = createProgressBar(w.progress, { json });',
    ].join('\n');
    expect(commandBypasses(command)).toHaveLength(4);
  });
});
