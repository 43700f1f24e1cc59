/**
 * The sentences of a portfolio answer's assumptions in English and Chinese. An assumption keeps
 * its `key` and the figures it names (`params`), so a table in either language is written from
 * the same facts; the English sentence is also stored as the assumption's `text` (the JSON and
 * CSV carry it). `{name}` marks a figure.
 */

/** The languages of the assumption sentences. */
export type AssumptionLang = 'en' | 'zh-CN';

/** Which sentence an assumption is. */
export type AssumptionKey = 'preset' | 'hospitalType' | 'nursesGiven' | 'nursesScaled' | 'beds' | 'has24hConvenience' | 'separateObstetrics';

const TEXTS: Readonly<Record<AssumptionKey, Readonly<Record<AssumptionLang, string>>>> = {
  preset: {
    en: '{preset} (built for {volume} deliveries/yr) is nearest by log volume: its ward layout, catalog, cabinet model and shop are used',
    'zh-CN': '{preset}（按年分娩 {volume} 例建立）在对数分娩量上最接近：沿用其病区布局、物品目录、智能柜型号和商店',
  },
  hospitalType: {
    en: 'type {type}: the postpartum ward is modelled as in a maternal-child hospital',
    'zh-CN': '医院类型 {type}：产后病区按妇幼保健院的方式建模',
  },
  nursesGiven: {
    en: '{nurses} nurses × 5/7 working days = {places} shift places a day, shared as the preset\'s roster: {roster}',
    'zh-CN': '{nurses} 名护士 × 5/7 工作日 = 每天 {places} 个班次岗位，按预设的排班比例分配：{roster}',
  },
  nursesScaled: {
    en: 'not given: the preset\'s roster scaled by {deliveries}/{volume} deliveries: {roster}',
    'zh-CN': '未填写：按分娩量 {deliveries}/{volume} 缩放预设的排班：{roster}',
  },
  beds: {
    en: '{beds} postpartum beds as given',
    'zh-CN': '按填报的 {beds} 张产后床位',
  },
  has24hConvenience: {
    en: 'the 24-hour service is on the premises: shop walk {onSite} m instead of {walk} m, in both wards',
    'zh-CN': '院内有 24 小时便利服务：两种病区到商店的步行距离均为 {onSite} 米，而不是 {walk} 米',
  },
  separateObstetrics: {
    en: 'no separate obstetrics department: the model\'s dedicated postpartum ward approximates a mixed ward',
    'zh-CN': '没有独立产科：以模型中的独立产后病区近似混合病区',
  },
};

const TYPE_ZH: Readonly<Record<string, string>> = { general: '综合医院', specialty: '专科医院', 'maternal-child': '妇幼保健院' };

/** The sentence `key` in `lang` with its figures filled in (a hospital type in Chinese by its Chinese name). */
export function assumptionSentence(key: AssumptionKey, params: Readonly<Record<string, string | number>>, lang: AssumptionLang = 'en'): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return lang === 'zh-CN' && name === 'type' ? (TYPE_ZH[value] ?? value) : value;
  });
}

/** The assumption keys (for tests). */
export const ASSUMPTION_KEYS: readonly AssumptionKey[] = Object.keys(TEXTS) as AssumptionKey[];
