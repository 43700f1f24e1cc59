// `wardtwin report <result.json>`: a STRESS-DES report with an ODD model description,
// generated from a run or comparison result (`wardtwin run … --json > result.json`), as
// Markdown (default) or standalone HTML, to stdout or a file written atomically. The MSER-5
// warm-up suggestion comes from the result, or is computed here when the result lacks it.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { suggestWarmup, warmupReport } from '../../../engine/index.js';
import { buildReport, renderHtml, renderMarkdown } from '../../report/index.js';
import type { ReportInput } from '../../report/index.js';
import { packagePath } from '../../../scenarios/package-root.js';
import { flagMessage } from '../output/flag-messages.js';
import { badInput } from '../cli-error.js';
import { writeFilesAtomically } from '../experiments/atomic-write.js';
import { readJsonFile } from '../experiments/read-json-file.js';
import { cliLang } from '../output/messages.js';

interface ReportFlags {
  format: string;
  out?: string;
  validation?: string;
  sensitivity?: string;
  lang?: string;
}

function isReportInput(v: unknown): v is ReportInput {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { kind?: unknown; scenario?: unknown; runs?: unknown; kpis?: unknown };
  if (r.kind === 'run') return typeof r.scenario === 'object' && r.scenario !== null && typeof r.kpis === 'object';
  return r.kind === 'comparison' && Array.isArray(r.runs) && r.runs.length > 0;
}

/** Registers `report <result.json> [--format md|html] [--out file]`. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('generate a STRESS-DES report with an ODD model description from a run or comparison result')
    .argument('<result>', 'result JSON file (from run --json or compare --json)')
    .option('--format <fmt>', 'md or html', 'md')
    .option('--out <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--validation <file>', 'add the verification and validation section from `validate-model --json`')
    .option('--sensitivity <file>', 'add the sensitivity section from `sensitivity --json`')
    .option('--lang <lang>', 'language of the report: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)', (raw: string) => cliLang(raw))
    .action((file: string, flags: ReportFlags) => {
      if (flags.format !== 'md' && flags.format !== 'html') throw badInput(flagMessage('oneOf', { flag: '--format', raw: flags.format, allowed: 'md|html' }));
      const result = readJsonFile(file, 'result');
      if (!isReportInput(result)) throw badInput(flagMessage('notResult', { file }));
      const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { name?: string; license?: string };
      // A result without the warm-up check (a comparison, an older run file) gets it here: a few
      // short runs of the first scenario from empty, same seed, about a second for a preset.
      const first = result.kind === 'run' ? result : result.runs[0];
      const withWarmup: ReportInput = result.warmup !== undefined ? result : { ...result, warmup: warmupReport(suggestWarmup(first.scenario, { seed: result.seed })) };
      const extra = (path: string | undefined, kind: string): unknown => {
        if (path === undefined) return undefined;
        const doc = readJsonFile(path, `${kind} result`) as { kind?: unknown };
        if (doc?.kind !== kind) throw badInput(flagMessage('notKind', { file: path, kind }));
        return doc;
      };
      const validation = extra(flags.validation, 'validation') as ReportInput['validation'];
      const sensitivity = extra(flags.sensitivity, 'sensitivity') as ReportInput['sensitivity'];
      const doc = buildReport({ ...withWarmup, ...(validation !== undefined ? { validation } : {}), ...(sensitivity !== undefined ? { sensitivity } : {}) }, { nodeVersion: process.version, packageName: pkg.name ?? 'wardtwin', license: pkg.license ?? 'unknown' }, cliLang(flags.lang));
      const text = flags.format === 'html' ? renderHtml(doc) : renderMarkdown(doc);
      if (flags.out !== undefined) writeFilesAtomically([{ path: flags.out, text }]);
      else process.stdout.write(text);
    });
}
