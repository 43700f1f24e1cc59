/**
 * The report's section on verification, validation and sensitivity (STRESS-DES 4.4 and 5.2
 * ask for both): the rows of a validation report with their sources and verdicts, and the
 * ranked factors of a sensitivity analysis with their intervals and, for a comparison, what
 * each assumption can do to the headline difference. Filled from the result files; nothing is
 * written by hand.
 */
import { differenceVerdictName, kpiDefinition, validationCheckName, validationRowText, validationVerdictName } from '../../engine/index.js';
import type { SensitivityResult, ValidationReport, ValidationRow } from '../../engine/index.js';
import { parameterName, unitName } from '../../scenarios/index.js';
import type { ReportSection, ReportTable } from './report-doc.js';
import { fill, reportText } from './report-text.js';
import type { ReportLang, ReportText } from './report-text.js';

function n(x: number | null): string {
  if (x === null) return '-';
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toPrecision(3);
}

/** A factor as a report names it: its display name with the parameter path, or the path alone when it has no name. */
function factorName(path: string, lang: ReportLang): string {
  const name = parameterName(path, lang);
  return name === path ? path : `${name} (${path})`;
}

function rowsTable(rows: readonly ValidationRow[], tx: ReportText, lang: ReportLang): ReportTable {
  return {
    header: tx.validationHeader,
    rows: rows.map((r) => {
      const expected = r.expected === null && r.expectedHi === null ? '' : r.expected === null ? `< ${n(r.expectedHi)}` : r.expectedHi === null ? n(r.expected) : `${n(r.expected)}..${n(r.expectedHi)}`;
      const { source, note } = validationRowText(r, lang);
      const cited = lang === 'en' ? `${expected} (${source}${note === '' ? '' : `; ${note}`})` : `${expected}（${source}${note === '' ? '' : `；${note}`}）`;
      return [validationCheckName(r.check, lang), cited, r.model === null ? '-' : n(r.model.mean), r.model?.ci95 ? `[${n(r.model.ci95[0])}, ${n(r.model.ci95[1])}]` : '-', validationVerdictName(r.verdict, lang)];
    }),
  };
}

/** The validation section of a report. */
export function validationSection(v: ValidationReport, lang: ReportLang = 'en'): ReportSection {
  const tx = reportText(lang);
  const against = v.baselineId === null ? '' : fill(tx.validationAgainst, { id: v.baselineId });
  return {
    title: tx.validationTitle,
    level: 2,
    blocks: [
      { p: fill(tx.validationIntro, { id: v.scenarioId, against, reps: v.replications, days: v.horizonDays, seed: v.seed, verified: v.verified ? tx.verifiedAll : tx.verifiedFail }) },
      { table: rowsTable(v.verification, tx, lang) },
      { table: rowsTable(v.validation, tx, lang) },
    ],
  };
}

/** The sensitivity section of a report: a ranked table per KPI. */
export function sensitivitySection(s: SensitivityResult, lang: ReportLang = 'en'): ReportSection {
  const tx = reportText(lang);
  const comparison = s.baselineId !== null;
  const what = comparison ? fill(tx.sensitivityDifference, { a: s.scenarioId, b: s.baselineId ?? '' }) : s.scenarioId;
  const basis = new Map(s.factors.map((f) => [f.path, f]));
  return {
    title: tx.sensitivityTitle,
    level: 2,
    blocks: [
      { p: fill(tx.sensitivityIntro, {
        method: s.method, what, factors: s.factors.length, trajectories: s.trajectories, points: s.designPoints, reps: s.replications, seed: s.seed,
        sobol: s.sobolRows === null ? '' : fill(tx.sensitivitySobol, { n: s.sobolRows, factors: (s.sobolFactors ?? []).join(', ') }),
        comparison: comparison ? tx.sensitivityComparison : '',
      }) },
      ...Object.entries(s.kpis).map(([kpi, k]) => {
        const sobol = new Map((k.sobol ?? []).map((r) => [r.path, r]));
        return {
          table: {
            header: [fill(tx.sensitivityKpi, { kpi: lang === 'en' ? kpi : (kpiDefinition(kpi)?.label[lang] ?? kpi), kind: comparison ? tx.sensitivityDiff : tx.sensitivityValue, value: n(k.atBase) }), ...tx.sensitivityHeader, ...(comparison ? [tx.verdict] : []), ...(k.sobol !== null ? ['S1', 'ST'] : [])],
            rows: k.morris.map((m) => {
              const f = basis.get(m.path);
              const so = sobol.get(m.path);
              return [factorName(m.path, lang), f === undefined ? '' : `${n(f.lo)}..${n(f.hi)} ${unitName(f.unit, lang)}`, f?.basis ?? '', n(m.muStar), `[${n(m.muStarCi95[0])}, ${n(m.muStarCi95[1])}]`, n(m.mu), n(m.sigma), ...(comparison ? [m.verdict === undefined ? '' : differenceVerdictName(m.verdict, lang)] : []), ...(k.sobol !== null ? [so === undefined ? '-' : n(so.s1), so === undefined ? '-' : n(so.st)] : [])];
            }),
          },
        };
      }),
    ],
  };
}
