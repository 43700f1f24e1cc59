/**
 * The parameter table of a report: every scenario value beside the schema's own documentation
 * of it (what it means, unit, provenance S/D/A and source). Walking the schema and the
 * scenario together means the table always matches the model that ran, and no one writes it.
 */
import { ScenarioSchema } from '../../scenarios/index.js';

/** One documented parameter. */
export interface ParameterRow {
  readonly path: string;
  readonly value: string;
  readonly unit: string;
  readonly basis: string;
  readonly source: string;
  readonly what: string;
}

interface SchemaNode {
  type?: string;
  description?: string;
  unit?: string;
  basis?: string;
  source?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function what(node: SchemaNode): string {
  const d = node.description ?? '';
  // Field descriptions read "what [unit] (basis: source)"; the table has columns for the rest.
  const cut = d.indexOf(' [');
  return cut > 0 ? d.slice(0, cut) : d;
}

function walk(node: SchemaNode, value: unknown, path: string, out: ParameterRow[]): void {
  if (node.basis !== undefined) {
    out.push({ path, value: short(value), unit: node.unit ?? '', basis: node.basis, source: node.source ?? '', what: what(node) });
    return;
  }
  if (node.properties !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    for (const [k, child] of Object.entries(node.properties)) if (k in v) walk(child, v[k], `${path}/${k}`, out);
    return;
  }
  if (node.items !== undefined && Array.isArray(value)) {
    const items = node.items;
    if (items.properties !== undefined) value.forEach((v, i) => walk(items, v, `${path}/${i}`, out));
    else if (node.description !== undefined) out.push({ path, value: short(value), unit: items.unit ?? '', basis: items.basis ?? '', source: items.source ?? '', what: what(node) });
  }
}

/**
 * Rows for every documented value of a scenario, in schema order.
 * @param scenario - a validated scenario (as stored in a run result)
 */
export function parameterRows(scenario: unknown): ParameterRow[] {
  const out: ParameterRow[] = [];
  const root: SchemaNode = ScenarioSchema;
  walk(root, scenario, '', out);
  return out;
}
