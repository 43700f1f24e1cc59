/**
 * The gallery's example data in English: the made-up SKUs, arms, roles, KPIs and targets its
 * charts show, so a Chinese page shows them in Chinese. The keys join the one `MessageKey`
 * type in `messages-en.ts`.
 */
export const messagesGalleryEn = {
  'gallery.fx.nappies': 'nappies',
  'gallery.fx.maternityPads': 'maternity pads',
  'gallery.fx.matPads': 'mat. pads',
  'gallery.fx.underpads': 'underpads',
  'gallery.fx.wipes': 'wipes',
  'gallery.fx.nursingPads': 'nursing pads',
  'gallery.fx.underpants': 'underpants',
  'gallery.fx.milkBags': 'milk bags',
  'gallery.fx.baseline': 'baseline (nurse station)',
  'gallery.fx.cabinets': 'cabinets',
  'gallery.fx.mother': 'mother',
  'gallery.fx.newborn': 'newborn',
  'gallery.fx.companion': 'companion',
  'gallery.fx.nurse': 'nurse',
  'gallery.fx.restocker': 'restocker',
  'gallery.fx.public': 'public',
  'gallery.fx.diffUnit': '% vs baseline',
  'gallery.fx.nurseSupply': 'nurse supply min/shift',
  'gallery.fx.tripDuration': 'trip duration mean',
  'gallery.fx.crossings': 'boundary crossings',
  'gallery.fx.contacts': 'contacts',
  'gallery.fx.infections': 'expected infections',
  'gallery.fx.restockLabour': 'restock labour hours',
  'gallery.fx.target5': 'p95 wait ≤ 5 min',
  'gallery.fx.target2': 'p95 wait ≤ 2 min, fill ≥ 99 %',
} as const;
