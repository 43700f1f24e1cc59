/**
 * Names for the ids a result carries (presets, SKUs, contact roles), from the server's
 * display-name catalogue (`GET /api/names`, loaded once at start with {@link setDisplayNames}).
 * Until it is loaded, or for an id it does not know (a SKU of a user's own catalogue), the id
 * is shown as itself.
 */
import type { DisplayNames, KpiLocale } from '../api/index.js';

type Kind = Exclude<keyof DisplayNames, 'parameters'>;

let known: Readonly<Record<Kind | 'parameters', ReadonlyMap<string, string>>> = { presets: new Map(), skus: new Map(), roles: new Map(), presetDescriptions: new Map(), parameters: new Map() };

/** Takes the names the server served, for display in `locale`. */
export function setDisplayNames(names: DisplayNames, locale: KpiLocale = 'en'): void {
  const of = (entries: DisplayNames[Kind] = []): Map<string, string> => new Map(entries.map((e) => [e.id, e[locale]]));
  known = { presets: of(names.presets), skus: of(names.skus), roles: of(names.roles), presetDescriptions: of(names.presetDescriptions), parameters: of(names.parameters) };
}

/**
 * A scenario parameter's short name (a sensitivity factor), e.g. `护士站交接时间` for
 * `/channels/nurseHandoverMinutes` in Chinese; array indices fill the name's `{0}`, `{1}`. The
 * path itself when the server does not name it.
 */
export function parameterLabel(path: string): string {
  const segments = path.split('/');
  const indices = segments.filter((seg) => /^\d+$/.test(seg));
  const pattern = segments.map((seg) => (/^\d+$/.test(seg) ? '*' : seg)).join('/');
  const name = known.parameters.get(pattern);
  return name === undefined ? path : name.replace(/\{(\d)\}/g, (whole, i: string) => indices[Number(i)] ?? whole);
}

/** The preset `id`'s name, e.g. `县妇幼保健院` for `county-mch` in Chinese. */
export function presetName(id: string): string {
  return known.presets.get(id) ?? id;
}

/** What preset `id` models in the page's language; `own` (its `meta.description`) when the server does not say. */
export function presetDescriptionText(id: string, own: string): string {
  return known.presetDescriptions.get(id) ?? own;
}

/** The SKU `id`'s name, e.g. `Newborn nappy` for `nappy`. */
export function skuName(id: string): string {
  return known.skus.get(id) ?? id;
}

/** The contact role `id`'s name, e.g. `陪护人员` for `companion` in Chinese. */
export function roleName(id: string): string {
  return known.roles.get(id) ?? id;
}

/** A preset as a line of text names it: `县妇幼保健院 (county-mch)`; an unknown id alone. */
export function presetLabel(id: string): string {
  const name = presetName(id);
  return name === id ? id : `${name} (${id})`;
}
