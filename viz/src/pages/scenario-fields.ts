/**
 * The scenario form's fields: the parameters a planner changes most (deliveries, caesarean
 * share, cabinets and their model, restock rounds, supply channels, outbreak rules, the run's
 * horizon), each tied to the JSON Pointer the server's validation errors name, and how its
 * text turns into the document's value.
 */
import { getAt } from '../app/draft.js';

/** How a field reads and writes its value. */
export type FieldKind = 'number' | 'hours' | 'channels' | 'cabinet-count' | 'cabinet-model';

/** One form field. */
export interface ScenarioField {
  /** JSON Pointer of the value in the scenario document; errors under it show at this field. */
  path: string;
  label: string;
  kind: FieldKind;
  /** Form group heading. */
  group: string;
  help?: string;
}

/** The fields in display order. */
export const scenarioFields: readonly ScenarioField[] = [
  { path: '/run/horizonDays', label: 'Horizon (days)', kind: 'number', group: 'Run' },
  { path: '/run/replications', label: 'Replications', kind: 'number', group: 'Run' },
  { path: '/run/seed', label: 'Seed', kind: 'number', group: 'Run' },
  { path: '/births/annualDeliveries', label: 'Deliveries per year', kind: 'number', group: 'Births' },
  { path: '/births/caesareanShare', label: 'Caesarean share (0–1)', kind: 'number', group: 'Births' },
  { path: '/cabinets/instances', label: 'Cabinets', kind: 'cabinet-count', group: 'Cabinets', help: 'placed along the corridor; 0 = no cabinets' },
  { path: '/cabinets/instances/modelId', label: 'Cabinet model', kind: 'cabinet-model', group: 'Cabinets' },
  { path: '/restock/roundHours', label: 'Restock rounds (hours of day)', kind: 'hours', group: 'Restock', help: 'comma-separated, e.g. 4.75, 16.25' },
  { path: '/channels/order', label: 'Supply channels, in order tried', kind: 'channels', group: 'Channels', help: 'comma-separated: cabinet, nurse-station, shop' },
  { path: '/people/visitorsPerMotherPerDay', label: 'Visitors per mother per day', kind: 'number', group: 'Outbreak rules' },
  { path: '/people/companionSwapsPerDay', label: 'Companion swaps per day', kind: 'number', group: 'Outbreak rules' },
  { path: '/contacts/prevalence/public', label: 'Prevalence among the public (0–1)', kind: 'number', group: 'Outbreak rules' },
];

interface Instance {
  id: string;
  modelId: string;
  location: { x: number; y: number };
}

function instances(doc: unknown): Instance[] {
  const list = getAt(doc, '/cabinets/instances');
  return Array.isArray(list) ? (list as Instance[]) : [];
}

/** The model ids the scenario defines. */
export function modelIds(doc: unknown): string[] {
  const models = getAt(doc, '/cabinets/models');
  return Array.isArray(models) ? models.map((m) => String((m as { id?: unknown }).id)) : [];
}

/** The field's text for a resolved scenario document. */
export function fieldText(field: ScenarioField, doc: unknown): string {
  if (field.kind === 'cabinet-count') return String(instances(doc).length);
  if (field.kind === 'cabinet-model') return instances(doc)[0]?.modelId ?? modelIds(doc)[0] ?? '';
  const value = getAt(doc, field.path);
  if (Array.isArray(value)) return value.map((v) => String(v as string | number)).join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/** A number from text; text that is not a number is passed on as text, so the server names the rule. */
function parseNumber(text: string): number | string {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}

/**
 * The cabinets for `count` and `model`: the preset's own first, then more spaced 14 m apart
 * along the corridor, so a planner can try one more cabinet without drawing a floor plan.
 */
export function cabinetInstances(doc: unknown, count: number, model: string): Instance[] {
  const base = instances(doc);
  const out: Instance[] = [];
  for (let i = 0; i < count; i++) {
    const from = base[i];
    const last = out[out.length - 1];
    const location = from?.location ?? { x: (last?.location.x ?? -6) + 14, y: last?.location.y ?? 1.2 };
    out.push({ id: from?.id ?? `cab-${i + 1}`, modelId: model, location: { ...location } });
  }
  return out;
}

/** The value to put in the document for a field's text. */
export function fieldValue(field: ScenarioField, text: string): unknown {
  switch (field.kind) {
    case 'number':
      return parseNumber(text);
    case 'hours':
      return text.split(',').map((s) => s.trim()).filter((s) => s !== '').map(parseNumber);
    case 'channels':
      return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
    default:
      return parseNumber(text);
  }
}

/** Whether a validation error at `errorPath` (submitted-document pointer) belongs to `field`. */
export function errorBelongs(field: ScenarioField, errorPath: string): boolean {
  const path = errorPath.replace(/^\/body\/scenario/, '');
  if (field.kind === 'cabinet-model') return /^\/cabinets\/(instances\/\d+\/modelId|models)/.test(path);
  if (field.kind === 'cabinet-count') return path === field.path || /^\/cabinets\/instances\/\d+\/(id|location)/.test(path);
  return path === field.path || path.startsWith(`${field.path}/`);
}
