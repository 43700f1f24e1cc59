/**
 * The portfolio ranking as the Portfolio page draws it: one row per hospital in rank order,
 * each effect as mean and 95 % interval, and the refused rows as "line, column: rule". Reads
 * the result of a portfolio job (`GET /api/runs/:id`, or `wardtwin portfolio --out`) field by
 * field, so an older or partial document gives what it holds rather than throwing.
 */
import { getLocale, t } from '../i18n/index.js';

/** A mean with its 95 % interval (null bounds with one replication). */
export interface EffectView {
  mean: number;
  lo: number | null;
  hi: number | null;
}

/** One hospital's row. */
export interface PortfolioRowView {
  rank: number | null;
  line: number;
  name: string;
  deliveries: number;
  preset: string;
  status: string;
  flags: string[];
  cabinets: number | null;
  roundHours: number[];
  costPerYear: number | null;
  nurseMinutes: EffectView | null;
  crossings: EffectView | null;
  infections: EffectView | null;
  benefit: EffectView | null;
  benefitPerCost: number | null;
  reason: string | null;
}

/** The ranking and the rows refused. */
export interface PortfolioView {
  rows: PortfolioRowView[];
  refused: string[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

function effect(x: unknown): EffectView | null {
  if (!isObj(x) || num(x.mean) === null) return null;
  const ci = Array.isArray(x.ci95) ? x.ci95 : null;
  return { mean: num(x.mean)!, lo: ci === null ? null : num(ci[0]), hi: ci === null ? null : num(ci[1]) };
}

/** The view of a portfolio result, or null when it is not one. */
export function portfolioView(result: unknown): PortfolioView | null {
  if (!isObj(result) || result.kind !== 'portfolio' || !Array.isArray(result.hospitals)) return null;
  const rows = result.hospitals.filter(isObj).map((h): PortfolioRowView => {
    const plan = isObj(h.plan) ? h.plan : null;
    const e = isObj(h.effects) ? h.effects : {};
    return {
      rank: num(h.rank), line: num(h.line) ?? 0, name: str(h.name), deliveries: num(h.annualDeliveries) ?? 0, preset: str(h.preset), status: str(h.status),
      flags: Array.isArray(h.flags) ? h.flags.map(str) : [],
      cabinets: plan === null ? null : num(plan.cabinets), roundHours: plan !== null && Array.isArray(plan.roundHours) ? plan.roundHours.map((x) => num(x) ?? 0) : [],
      costPerYear: plan === null ? null : num(plan.costPerYear),
      nurseMinutes: effect(e.nurseSupplyMinutesFreedPerYear), crossings: effect(e.boundaryCrossingsAvoidedPerYear), infections: effect(e.expectedInfectionsAvoidedPerYear), benefit: effect(e.benefitCnyPerYear),
      benefitPerCost: num(h.benefitPerCost), reason: typeof h.reason === 'string' ? h.reason : null,
    };
  });
  const refused = (Array.isArray(result.rowErrors) ? result.rowErrors : []).filter(isObj).map((r) => t('portfolio.refusedRow', { line: num(r.line) ?? '?', column: num(r.column) ?? '?', name: str(r.columnName) === '' ? '' : ` (${str(r.columnName)})`, rule: str(r.rule), message: getLocale() === 'zh-CN' && typeof r.zh === 'string' ? r.zh : str(r.message) }));
  return { rows, refused };
}
