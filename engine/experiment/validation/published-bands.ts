/**
 * Published figures the ward model is validated against, each with its source, in one place so
 * that the validation report, the contact calibration and its tests cite the same numbers.
 * A band is what the report calls "inside": for a study that gives a range it is that range;
 * for one that gives a single mean it is a factor-of-two band around it (our choice, basis A,
 * because ward mixes differ), and the band says which.
 */

/** A published band. */
export interface PublishedBand {
  readonly key: string;
  /** What is measured, with its unit. */
  readonly what: string;
  /** The published central value. */
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
  readonly source: string;
  /** How the band was set from the source. */
  readonly bandBasis: string;
  /** The source and the band's basis in Chinese. */
  readonly zh: { readonly source: string; readonly bandBasis: string };
}

const FACTOR_TWO = 'factor-of-two band around the published mean (A: ward mixes differ)';
const FACTOR_TWO_ZH = '已发表均值的 0.5–2 倍区间（A：各病区构成不同）';
const TEN_POINTS = '±10 points around the published share (A)';
const TEN_POINTS_ZH = '已发表比例 ±10 个百分点（A）';

/** Contact episodes per patient per 24 h on general wards. */
export const CONTACT_EPISODES_PER_PATIENT_DAY: PublishedBand = {
  key: 'contactEpisodesPerPatientDay', what: 'contact episodes per patient per 24 h', value: 23, lo: 11.5, hi: 46,
  source: 'Jiang et al. 2017 (general wards, wearable sensors)', bandBasis: FACTOR_TWO,
  zh: { source: 'Jiang 等 2017（普通病房，可穿戴传感器）', bandBasis: FACTOR_TWO_ZH },
};

/** Contact-minutes per patient per 24 h on general wards. */
export const CONTACT_MINUTES_PER_PATIENT_DAY: PublishedBand = {
  key: 'contactMinutesPerPatientDay', what: 'contact-minutes per patient per 24 h [min]', value: 314, lo: 157, hi: 628,
  source: 'Jiang et al. 2017 (general wards, wearable sensors)', bandBasis: FACTOR_TWO,
  zh: { source: 'Jiang 等 2017（普通病房，可穿戴传感器）', bandBasis: FACTOR_TWO_ZH },
};

/** Contacts per person per day in a hospital ward (RFID proximity). */
export const CONTACTS_PER_PERSON_DAY: PublishedBand = {
  key: 'contactsPerPersonDay', what: 'distinct contacts per person per day', value: 20, lo: 10, hi: 40,
  source: 'Isella et al. 2011 (paediatric ward, RFID)', bandBasis: FACTOR_TWO,
  zh: { source: 'Isella 等 2011（儿科病房，RFID）', bandBasis: FACTOR_TWO_ZH },
};

/** Room entries per patient-hour. */
export const ROOM_ENTRIES_PER_PATIENT_HOUR: PublishedBand = {
  key: 'roomEntriesPerPatientHour', what: 'room entries per patient-hour', value: 5.5, lo: 2.75, hi: 11,
  source: 'Cohen et al. 2012 (median 5.5; nurses 45 %, visitors 23 % of entries)', bandBasis: FACTOR_TWO,
  zh: { source: 'Cohen 等 2012（中位数 5.5；护士占进房次数的 45%，探视者 23%）', bandBasis: FACTOR_TWO_ZH },
};

const COHEN_2012 = 'Cohen et al. 2012 (Jt Comm J Qual Patient Saf 38:560; 7 units of 3 US academic hospitals, every entry into observed patients\' rooms): '
  + 'nurses 45 %, personal visitors 23 %, medical staff 17 %, non-clinical staff 7 %, other clinical staff 4 % of entries';
const COHEN_2012_ZH = 'Cohen 等 2012（Jt Comm J Qual Patient Saf 38:560；美国 3 家学术医院的 7 个病区，记录进入受观察患者病房的每一次）：'
  + '护士占进房次数的 45%，探视亲友 23%，医生 17%，非临床员工 7%，其他临床人员 4%';

/** Share of room entries made by nurses. */
export const NURSE_SHARE_OF_ROOM_ENTRIES: PublishedBand = {
  key: 'nurseShareOfRoomEntries', what: 'share of room entries made by nurses', value: 0.45, lo: 0.35, hi: 0.55,
  source: COHEN_2012, bandBasis: TEN_POINTS,
  zh: { source: COHEN_2012_ZH, bandBasis: TEN_POINTS_ZH },
};

/**
 * Share of room entries made by personal visitors: the patient's family and friends, which on
 * a Chinese postpartum ward are the visitors and the companion who stays with the mother.
 */
export const VISITOR_SHARE_OF_ROOM_ENTRIES: PublishedBand = {
  key: 'visitorShareOfRoomEntries', what: 'share of room entries made by personal visitors (visitors and companions)', value: 0.23, lo: 0.13, hi: 0.33,
  source: COHEN_2012, bandBasis: TEN_POINTS,
  zh: { source: COHEN_2012_ZH, bandBasis: TEN_POINTS_ZH },
};

/**
 * Reduction of patients' hospital-acquired respiratory virus infections under visitor
 * restrictions. Both studies count infections in patients only (not in parents, visitors or
 * staff).
 */
export const VISITOR_BAN_REDUCTION: PublishedBand = {
  key: 'visitorBanReduction', what: "reduction of patients' (mothers' and newborns') expected infections when visitors are banned [share]", value: 0.49, lo: 0.39, hi: 0.59,
  source: 'field range 39-59 % (DOMAIN.md): McClaughry, Clarkson & Sharkey 2019 (Eur Respir J 53:1801874): visiting restricted to parents, 39 % fewer nosocomial viral respiratory infections in NICU neonates; '
    + 'Forkpa et al. 2020 (J Pediatric Infect Dis Soc 9:240): healthcare-associated respiratory virus infections per 100 community-associated ones 59 % lower under winter visitor restrictions',
  bandBasis: 'published range',
  zh: {
    source: '现场报告的范围 39–59%（DOMAIN.md）：McClaughry、Clarkson 与 Sharkey 2019（Eur Respir J 53:1801874）：探视仅限父母后，新生儿重症监护病房新生儿的院内病毒性呼吸道感染减少 39%；'
      + 'Forkpa 等 2020（J Pediatric Infect Dis Soc 9:240）：冬季限制探视期间，医院获得性呼吸道病毒感染与社区获得性感染之比低 59%',
    bandBasis: '已发表的范围',
  },
};

/** Weekend dip of all births (weekend day vs weekday). */
export const WEEKEND_BIRTH_DIP: PublishedBand = {
  key: 'weekendBirthDip', what: 'weekend births per day ÷ weekday births per day − 1', value: -0.14, lo: -0.18, hi: -0.1,
  source: 'Swiss, US and Australian hospital studies (DOMAIN.md: −10 to −18 %)', bandBasis: 'published range',
  zh: { source: '瑞士、美国和澳大利亚的医院研究（DOMAIN.md：−10% 至 −18%）', bandBasis: '已发表的范围' },
};

/** Every band, for listing. */
export const PUBLISHED_BANDS: readonly PublishedBand[] = [
  CONTACT_EPISODES_PER_PATIENT_DAY, CONTACT_MINUTES_PER_PATIENT_DAY, CONTACTS_PER_PERSON_DAY, ROOM_ENTRIES_PER_PATIENT_HOUR,
  NURSE_SHARE_OF_ROOM_ENTRIES, VISITOR_SHARE_OF_ROOM_ENTRIES, VISITOR_BAN_REDUCTION, WEEKEND_BIRTH_DIP,
];

/** The band's source as a report row cites it, in both languages, with the published value when `withValue`. */
export function bandSource(b: PublishedBand, withValue: boolean): { en: string; 'zh-CN': string } {
  return withValue
    ? { en: `${b.source}: ${b.value}; ${b.bandBasis}`, 'zh-CN': `${b.zh.source}：${b.value}；${b.zh.bandBasis}` }
    : { en: `${b.source}; ${b.bandBasis}`, 'zh-CN': `${b.zh.source}；${b.zh.bandBasis}` };
}
