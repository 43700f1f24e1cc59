/**
 * Catalogue entries of the people side: nurse workload, ward-boundary crossings, contacts,
 * expected infections (total, by receiving role and by activity) and the drawn stays. Contacts
 * involve at least one ward person; expected infections go to ward people only.
 */
import { NON_NEGATIVE, UNIT } from './kpi-catalogue-types.js';
import type { KpiFacts, LocalizedText } from './kpi-catalogue-types.js';

function infections(label: LocalizedText, definition: LocalizedText): KpiFacts {
  return { label, unit: UNIT.infections, definition, lowerIsBetter: true, format: 'expected', per: 'run', range: NON_NEGATIVE };
}

/** Facts of the people-side KPIs, by key. */
export const PEOPLE_KPIS = {
  nurseSupplyMinutesPerShift: {
    label: { en: 'Nurse supply minutes per shift', 'zh-CN': '每班护士物资耗时' }, unit: UNIT.minutes,
    definition: {
      en: 'nurse minutes on supply handovers and store-room fetching ÷ (days × shifts per day), every roster shift weighted equally',
      'zh-CN': '护士用于物资交接和库房取物的分钟数 ÷（天数 × 每日班次数），各班次等权',
    },
    lowerIsBetter: true, format: 'minutes', per: 'shift', range: NON_NEGATIVE,
  },
  nurseSupplyMinutesNightShift: {
    label: { en: 'Nurse supply minutes, night shift', 'zh-CN': '夜班护士物资耗时' }, unit: UNIT.minutes,
    definition: {
      en: 'nurse supply minutes per night shift (the roster shift covering 03:00), when one or two nurses cover the ward',
      'zh-CN': '每个夜班（覆盖 03:00 的班次）护士的物资耗时；夜间仅一两名护士值守',
    },
    lowerIsBetter: true, format: 'minutes', per: 'day', range: NON_NEGATIVE,
  },
  boundaryCrossings: {
    label: { en: 'Ward boundary crossings', 'zh-CN': '出入病区次数' }, unit: UNIT.count,
    definition: { en: 'supply trips that left the ward for the shop and came back', 'zh-CN': '离开病区去商店取物并返回的行程数' },
    lowerIsBetter: true, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
  contacts: {
    label: { en: 'Close contacts', 'zh-CN': '密切接触次数' }, unit: UNIT.episodes,
    definition: {
      en: 'expected close-contact episodes (co-location within about 1.5 m) involving at least one ward person: mother, newborn, companion, nurse, restocker',
      'zh-CN': '至少涉及一名病区人员（产妇、新生儿、陪护、护士、补货员）的预期密切接触次数（约1.5米内同处）',
    },
    lowerIsBetter: true, format: 'expected', per: 'run', range: NON_NEGATIVE,
  },
  contactMinutes: {
    label: { en: 'Contact-minutes', 'zh-CN': '密切接触分钟数' }, unit: UNIT.minutes,
    definition: { en: 'minutes of close contact involving at least one ward person', 'zh-CN': '至少涉及一名病区人员的密切接触分钟数' },
    lowerIsBetter: true, format: 'minutes', per: 'run', range: NON_NEGATIVE,
  },
  contactsPerPatientDay: {
    label: { en: 'Contacts per patient-day', 'zh-CN': '每患者日接触次数' }, unit: UNIT.episodes,
    definition: {
      en: "a mother's expected close-contact episodes with anyone ÷ patient-days (published band 16-30: Jiang et al. 2017, 23; Isella et al. 2011, ~20)",
      'zh-CN': '产妇与任何人的预期密切接触次数 ÷ 患者日（文献区间16-30：Jiang等2017年为23；Isella等2011年约20）',
    },
    lowerIsBetter: true, format: 'expected', per: 'day', range: NON_NEGATIVE,
  },
  contactMinutesPerPatientDay: {
    label: { en: 'Contact-minutes per patient-day', 'zh-CN': '每患者日接触分钟数' }, unit: UNIT.minutes,
    definition: {
      en: "a mother's close-contact minutes with anyone ÷ patient-days (published band 220-410: Jiang et al. 2017, 314)",
      'zh-CN': '产妇与任何人的密切接触分钟数 ÷ 患者日（文献区间220-410：Jiang等2017年为314）',
    },
    lowerIsBetter: true, format: 'minutes', per: 'day', range: NON_NEGATIVE,
  },
  roomEntriesPerPatientHour: {
    label: { en: 'Room entries per patient-hour', 'zh-CN': '每患者小时进入病房次数' }, unit: UNIT.count,
    definition: {
      en: 'staff entries, visits, hand-overs and companions back from supply trips ÷ patient-hours (published band 3.85-7.15: Cohen et al. 2012, median 5.5)',
      'zh-CN': '工作人员进入、探视、陪护交接及取物返回 ÷ 患者小时（文献区间3.85-7.15：Cohen等2012年中位数5.5）',
    },
    lowerIsBetter: null, format: 'rate', per: 'day', range: NON_NEGATIVE,
  },
  expectedInfections: infections(
    { en: 'Expected infections', 'zh-CN': '预期感染数' },
    { en: 'expected transmissions to ward people: close contact, airborne (Wells–Riley) and second generation within the stay', 'zh-CN': '病区人员的预期感染数：近距离接触、空气传播（Wells–Riley）及住院期间二代传播之和' },
  ),
  expectedInfectionsMother: infections(
    { en: 'Expected infections, mothers', 'zh-CN': '预期感染数（产妇）' },
    { en: 'expected transmissions received by mothers', 'zh-CN': '产妇的预期感染数' },
  ),
  expectedInfectionsNewborn: infections(
    { en: 'Expected infections, newborns', 'zh-CN': '预期感染数（新生儿）' },
    { en: 'expected transmissions received by newborns', 'zh-CN': '新生儿的预期感染数' },
  ),
  expectedInfectionsCompanion: infections(
    { en: 'Expected infections, companions', 'zh-CN': '预期感染数（陪护）' },
    { en: 'expected transmissions received by companions', 'zh-CN': '陪护的预期感染数' },
  ),
  expectedInfectionsNurse: infections(
    { en: 'Expected infections, nurses', 'zh-CN': '预期感染数（护士）' },
    { en: 'expected transmissions received by nurses', 'zh-CN': '护士的预期感染数' },
  ),
  expectedInfectionsRestocker: infections(
    { en: 'Expected infections, restockers', 'zh-CN': '预期感染数（补货员）' },
    { en: 'expected transmissions received by restockers', 'zh-CN': '补货员的预期感染数' },
  ),
  expectedInfectionsSupply: infections(
    { en: 'Expected infections from supply', 'zh-CN': '物资活动所致预期感染数' },
    { en: 'expected transmissions during supply activity: trips, nurse handovers, restock (cabinets change these)', 'zh-CN': '物资活动（取物行程、护士交接、补货）中的预期感染数（智能柜影响此项）' },
  ),
  expectedInfectionsVisits: infections(
    { en: 'Expected infections from visits', 'zh-CN': '探视所致预期感染数' },
    { en: 'expected transmissions during visits and companion hand-overs (visitor rules change these)', 'zh-CN': '探视及陪护交接中的预期感染数（探视规定影响此项）' },
  ),
  expectedInfectionsCare: infections(
    { en: 'Expected infections from care', 'zh-CN': '护理所致预期感染数' },
    { en: 'expected transmissions during nurse care in the room (neither cabinets nor visitor rules change these)', 'zh-CN': '病房内护理中的预期感染数（智能柜与探视规定均不影响此项）' },
  ),
  expectedInfectionsRoommates: infections(
    { en: 'Expected infections from roommates', 'zh-CN': '同室病友所致预期感染数' },
    { en: 'expected transmissions between roommates and their companions in shared rooms', 'zh-CN': '多人病房中同室产妇及其陪护之间的预期感染数' },
  ),
  expectedInfectionsSecondary: infections(
    { en: 'Second-generation infections', 'zh-CN': '二代预期感染数' },
    { en: 'of all expected infections, those a companion or mother passes on to her own family during the stay (after the latent period); each is also filed under the first infection\'s activity', 'zh-CN': '总预期感染数中，陪护或产妇在住院期间（潜伏期后）传给本家庭成员的部分；同时计入首发感染的活动类别' },
  ),
  expectedInfectionsCloseContact: infections(
    { en: 'Expected close-contact infections', 'zh-CN': '近距离接触预期感染数' },
    { en: 'of all expected infections, first-generation ones by close contact (within ~1.5 m, per contact-minute); with the airborne and second-generation ones they make the total; also filed under their activity', 'zh-CN': '总预期感染数中经近距离接触（约 1.5 米内，按接触分钟计）的首发感染；与空气传播及二代感染合计即为总数；同时计入其活动类别' },
  ),
  expectedInfectionsAirborne: infections(
    { en: 'Expected airborne infections', 'zh-CN': '空气传播预期感染数' },
    { en: 'of all expected infections, first-generation ones by the airborne route in shared spaces at any distance: per exposure 1 − exp(−q p t / Q) (Wells–Riley: quanta emitted, breathing rate, time, volume × air changes), times the chance the other person is infectious; roommates share their room\'s air for their whole shared stay; also filed under their activity', 'zh-CN': '总预期感染数中经共享空间空气传播（不限距离）的首发感染：每次暴露按 1 − exp(−q p t / Q)（Wells–Riley 模型：散发量子、呼吸量、时间、体积 × 换气次数）乘以对方具传染性的概率；同室者在整个同住期间共享病房空气；同时计入其活动类别' },
  ),
  caesareans: {
    label: { en: 'Caesarean deliveries', 'zh-CN': '剖宫产数' }, unit: UNIT.people,
    definition: { en: 'caesarean deliveries after warm-up, scheduled and intrapartum', 'zh-CN': '预热期后的剖宫产数（择期及产时）' },
    lowerIsBetter: null, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
  meanStayVaginalDays: {
    label: { en: 'Mean stay, vaginal delivery', 'zh-CN': '阴道分娩平均住院日' }, unit: UNIT.days,
    definition: { en: 'mean drawn postpartum stay of vaginal deliveries after warm-up', 'zh-CN': '预热期后阴道分娩产妇抽样产后住院日的平均值' },
    lowerIsBetter: null, format: 'days', per: 'stay', range: NON_NEGATIVE,
  },
  meanStayCaesareanDays: {
    label: { en: 'Mean stay, caesarean', 'zh-CN': '剖宫产平均住院日' }, unit: UNIT.days,
    definition: { en: 'mean drawn postpartum stay of caesarean deliveries after warm-up', 'zh-CN': '预热期后剖宫产产妇抽样产后住院日的平均值' },
    lowerIsBetter: null, format: 'days', per: 'stay', range: NON_NEGATIVE,
  },
} as const satisfies Record<string, KpiFacts>;
