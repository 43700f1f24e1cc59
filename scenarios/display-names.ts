/**
 * What a person reads for the ids of the shipped data: preset scenarios, SKUs of the preset
 * catalogue and the contact roles, in English and Simplified Chinese. Ids stay ids in JSON,
 * scenario files and on the command line; these names are for tables, pages and reports. The
 * English preset and SKU names are the presets' own `meta.name` and item `name` (a test keeps
 * them in step); an id without an entry is shown as itself.
 */

/** A display name in each language. */
export interface DisplayName {
  readonly en: string;
  readonly 'zh-CN': string;
}

/** The languages of display names. */
export type DisplayLang = keyof DisplayName;

/** What a display name names. */
export type DisplayKind = 'preset' | 'sku' | 'role';

const PRESETS: Readonly<Record<string, DisplayName>> = {
  'county-mch': { en: 'County maternal-child hospital', 'zh-CN': '县妇幼保健院' },
  'county-mch-baseline': { en: 'County maternal-child hospital, no cabinets', 'zh-CN': '县妇幼保健院（无智能柜）' },
  'city-mch': { en: 'City maternal-child hospital', 'zh-CN': '市妇幼保健院' },
  'city-mch-baseline': { en: 'City maternal-child hospital, no cabinets', 'zh-CN': '市妇幼保健院（无智能柜）' },
  'city-mch-outbreak': { en: 'City maternal-child hospital, outbreak rules', 'zh-CN': '市妇幼保健院（疫情防控规则）' },
  'city-mch-baseline-outbreak': { en: 'City maternal-child hospital, no cabinets, outbreak rules', 'zh-CN': '市妇幼保健院（无智能柜，疫情防控规则）' },
  'city-mch-baseline-own-supplies': { en: 'City maternal-child hospital, no cabinets, families\' own supplies', 'zh-CN': '市妇幼保健院（无智能柜，家属自备物品）' },
  'city-mch-own-supplies': { en: 'City maternal-child hospital, families\' own supplies', 'zh-CN': '市妇幼保健院（家属自备物品）' },
  'city-mch-peak': { en: 'City maternal-child hospital, auspicious-date peak', 'zh-CN': '市妇幼保健院（吉日分娩高峰）' },
  'provincial-mch': { en: 'Provincial maternal-child hospital', 'zh-CN': '省妇幼保健院' },
  'provincial-mch-baseline': { en: 'Provincial maternal-child hospital, no cabinets', 'zh-CN': '省妇幼保健院（无智能柜）' },
};

const SKUS: Readonly<Record<string, DisplayName>> = {
  'maternity-pad': { en: 'Maternity pad', 'zh-CN': '产妇卫生巾' },
  underpad: { en: 'Disposable underpad', 'zh-CN': '一次性护理垫' },
  nappy: { en: 'Newborn nappy', 'zh-CN': '新生儿纸尿裤' },
  wipes: { en: 'Baby wipes', 'zh-CN': '婴儿湿巾' },
  'nursing-pad': { en: 'Nursing pad', 'zh-CN': '防溢乳垫' },
  underpants: { en: 'Disposable underpants', 'zh-CN': '一次性内裤' },
  'milk-bag': { en: 'Breast-milk storage bag', 'zh-CN': '母乳储存袋' },
  'perineal-care': { en: 'Perineal care pack (sterile cotton balls, antiseptic)', 'zh-CN': '会阴护理包（无菌棉球、消毒液）' },
};

// English role names are the ids themselves: they already read as words in a table.
const ROLES: Readonly<Record<string, DisplayName>> = {
  mother: { en: 'mother', 'zh-CN': '产妇' },
  newborn: { en: 'newborn', 'zh-CN': '新生儿' },
  companion: { en: 'companion', 'zh-CN': '陪护人员' },
  nurse: { en: 'nurse', 'zh-CN': '护士' },
  restocker: { en: 'restocker', 'zh-CN': '补货员' },
  public: { en: 'public', 'zh-CN': '公众' },
  visitor: { en: 'visitor', 'zh-CN': '探视者' },
};

const BY_KIND: Readonly<Record<DisplayKind, Readonly<Record<string, DisplayName>>>> = { preset: PRESETS, sku: SKUS, role: ROLES };

/** One display-name entry: the id and its names. */
export interface DisplayNameEntry extends DisplayName {
  readonly id: string;
}

/** Every entry of `kind`, in catalogue order. */
export function displayNameEntries(kind: DisplayKind): DisplayNameEntry[] {
  return Object.entries(BY_KIND[kind]).map(([id, name]) => ({ id, en: name.en, 'zh-CN': name['zh-CN'] }));
}

/** The name of `id` (a preset, SKU or role) in `lang`; the id itself when it has no entry. */
export function displayName(kind: DisplayKind, id: string, lang: DisplayLang): string {
  return Object.hasOwn(BY_KIND[kind], id) ? BY_KIND[kind][id][lang] : id;
}
