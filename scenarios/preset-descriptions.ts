/**
 * What each shipped preset models, in Chinese, for `wardtwin presets --lang zh-CN` and other
 * listings; the English text is the preset's own `meta.description`. A test checks every preset
 * has one, so a new preset cannot ship without it.
 */
import type { DisplayLang } from './display-names.js';

const ZH: Readonly<Record<string, string>> = {
  'county-mch': '年分娩约 1,500 例，一个产后病区，2 台智能柜，每天补货两次，并在低于补货点时触发补货。',
  'county-mch-baseline': 'county-mch 的基线对照：不配置智能柜；物资来自护士站和病区外的商店。',
  'city-mch': '年分娩约 6,000 例，产后走廊配置 4 台智能柜，每天补货两次，并在低于补货点时触发补货。',
  'city-mch-baseline': 'city-mch 的基线对照：不配置智能柜；物资来自护士站和病区外的商店。',
  'city-mch-outbreak': '疫情防控规则下的 city-mch：禁止探视、不更换陪护，公众、探视者、陪护人员和医护人员中的患病率更高。',
  'city-mch-baseline-outbreak': 'city-mch-outbreak 的基线对照：相同的疫情防控规则（禁止探视、不更换陪护、较高患病率），不配置智能柜；物资来自护士站和商店。与 city-mch-baseline 对比可得疫情防控规则本身的影响。',
  'city-mch-baseline-own-supplies': 'city-mch-baseline 的变体：家属以自备物品（在家准备的待产包或入院前购买）满足一半需求，即 channels.ownSupplyShare 为 0.5，此为假设，尚无公开数据。仅由护士发放的物品仍来自护士站。与 city-mch-baseline 对比可得自备物品本身的影响；city-mch-own-supplies 与之对比可得家属自备物品时智能柜的效果。',
  'city-mch-own-supplies': 'city-mch 的变体：家属以自备物品（在家准备的待产包或入院前购买）满足一半需求，即 channels.ownSupplyShare 为 0.5，此为假设，尚无公开数据。与 city-mch-baseline-own-supplies 对比可得家属自备物品时智能柜的效果。',
  'city-mch-peak': 'city-mch 在 10 天内分娩量增加 30%（吉日高峰）；模拟期为围绕高峰的 90 天。',
  'provincial-mch': '年分娩约 20,000 例，一个大型产后楼层（约 300 张床位、200 米走廊），12 台智能柜间隔约 16 米（每台约 1,700 例分娩，与 city-mch 相同），每天补货两次，并在低于补货点时触发补货。配置 8 台时货位约有 11% 的时间为空；配置 12 台时约为 4–5%。',
  'provincial-mch-baseline': 'provincial-mch 的基线对照：不配置智能柜；物资来自护士站和病区外的商店。',
};

/** The description of preset `id` in `lang`: `own` (its `meta.description`) in English or when no translation exists. */
export function presetDescription(id: string, own: string, lang: DisplayLang): string {
  return lang === 'zh-CN' && Object.hasOwn(ZH, id) ? ZH[id] : own;
}
