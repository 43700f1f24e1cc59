/**
 * Names for the ids a result carries (presets, SKUs, contact roles), from the server's
 * display-name catalogue (`GET /api/names`, loaded once at start with {@link setDisplayNames}).
 * Until it is loaded, or for an id it does not know (a SKU of a user's own catalogue), the id
 * is shown as itself.
 */
import type { DisplayNames, KpiLocale } from '../api/index.js';

type Kind = keyof DisplayNames;

let known: Readonly<Record<Kind, ReadonlyMap<string, string>>> = { presets: new Map(), skus: new Map(), roles: new Map(), presetDescriptions: new Map() };

/** Takes the names the server served, for display in `locale`. */
export function setDisplayNames(names: DisplayNames, locale: KpiLocale = 'en'): void {
  const of = (entries: DisplayNames[Kind]): Map<string, string> => new Map(entries.map((e) => [e.id, e[locale]]));
  known = { presets: of(names.presets), skus: of(names.skus), roles: of(names.roles), presetDescriptions: of(names.presetDescriptions) };
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
