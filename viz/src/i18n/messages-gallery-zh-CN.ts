/** The gallery's example data in Simplified Chinese; the same keys as `messages-gallery-en.ts`. */
import type { messagesGalleryEn } from './messages-gallery-en.js';

/** The Chinese names of the gallery's example data. */
export const messagesGalleryZhCN: Readonly<Record<keyof typeof messagesGalleryEn, string>> = {
  'gallery.fx.nappies': '纸尿裤',
  'gallery.fx.maternityPads': '产妇卫生巾',
  'gallery.fx.matPads': '产妇巾',
  'gallery.fx.underpads': '护理垫',
  'gallery.fx.wipes': '湿巾',
  'gallery.fx.nursingPads': '防溢乳垫',
  'gallery.fx.underpants': '一次性内裤',
  'gallery.fx.milkBags': '储奶袋',
  'gallery.fx.baseline': '基线（护士站）',
  'gallery.fx.cabinets': '智能柜',
  'gallery.fx.mother': '产妇',
  'gallery.fx.newborn': '新生儿',
  'gallery.fx.companion': '陪护人员',
  'gallery.fx.nurse': '护士',
  'gallery.fx.restocker': '补货员',
  'gallery.fx.public': '公众',
  'gallery.fx.diffUnit': '相对基线的 %',
  'gallery.fx.nurseSupply': '每班护士取物分钟',
  'gallery.fx.tripDuration': '平均取物耗时',
  'gallery.fx.crossings': '越界次数',
  'gallery.fx.contacts': '接触次数',
  'gallery.fx.infections': '预期感染数',
  'gallery.fx.restockLabour': '补货工时',
  'gallery.fx.target5': 'p95 等待 ≤ 5 分钟',
  'gallery.fx.target2': 'p95 等待 ≤ 2 分钟，满足率 ≥ 99%',
};
