/**
 * The scenario form's fields: the parameters a planner changes most (deliveries, caesarean
 * share, cabinets and their model, restock rounds, supply channels, outbreak rules, the run's
 * horizon), each tied to the JSON Pointer the server's validation errors name, and how its
 * text turns into the document's value.
 */
import { getAt } from '../app/draft.js';
import type { MessageKey } from '../i18n/index.js';

/** How a field reads and writes its value. */
export type FieldKind = 'number' | 'hours' | 'channels' | 'cabinet-count' | 'cabinet-model';

/** One form field. */
export interface ScenarioField {
  /** JSON Pointer of the value in the scenario document; errors under it show at this field. */
  path: string;
  /** Message id of the field's label. */
  label: MessageKey;
  kind: FieldKind;
  /** Message id of the form group heading. */
  group: MessageKey;
  /** Message id of the hint under the field. */
  help?: MessageKey;
}

/** The fields in display order. */
export const scenarioFields: readonly ScenarioField[] = [
  { path: '/run/horizonDays', label: 'field.horizonDays', kind: 'number', group: 'group.run' },
  { path: '/run/replications', label: 'field.replications', kind: 'number', group: 'group.run' },
  { path: '/run/seed', label: 'field.seed', kind: 'number', group: 'group.run' },
  { path: '/births/annualDeliveries', label: 'field.annualDeliveries', kind: 'number', group: 'group.births' },
  { path: '/births/caesareanShare', label: 'field.caesareanShare', kind: 'number', group: 'group.births' },
  { path: '/cabinets/instances', label: 'field.cabinets', kind: 'cabinet-count', group: 'group.cabinets', help: 'help.cabinets' },
  { path: '/cabinets/instances/modelId', label: 'field.cabinetModel', kind: 'cabinet-model', group: 'group.cabinets' },
  { path: '/restock/roundHours', label: 'field.roundHours', kind: 'hours', group: 'group.restock', help: 'help.roundHours' },
  { path: '/channels/order', label: 'field.channels', kind: 'channels', group: 'group.channels', help: 'help.channels' },
  { path: '/channels/ownSupplyShare', label: 'field.ownSupplyShare', kind: 'number', group: 'group.channels', help: 'help.ownSupplyShare' },
  { path: '/people/visitorsPerMotherPerDay', label: 'field.visitors', kind: 'number', group: 'group.outbreak' },
  { path: '/people/companionSwapsPerDay', label: 'field.companionSwaps', kind: 'number', group: 'group.outbreak' },
  { path: '/contacts/prevalence/public', label: 'field.prevalence', kind: 'number', group: 'group.outbreak' },
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
