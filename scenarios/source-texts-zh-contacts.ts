/**
 * Chinese texts of the schema's `source` strings for the contacts section (transmission, room
 * contacts, household, prevalence, airborne), keyed by the English string. Citations keep their
 * authors, journals, volumes, pages, standards, document titles and numbers as written ("et al."
 * reads 等, "Table" 表).
 */

/** The ANSI/ASHRAE/ASHE ventilation standard and its table, cited by several air-change rates. */
const ASHRAE = 'ANSI/ASHRAE/ASHE Standard 170-2017, Table 7.1';
const ASHRAE_ZH = 'ANSI/ASHRAE/ASHE Standard 170-2017，表 7.1';
/** The WHO guideline, cited by its title (no Chinese edition is cited). */
const WHO = 'WHO 2009, Natural ventilation for infection control in health-care settings';

/** English source string -> its Chinese text. */
export const CONTACT_SOURCES_ZH: Readonly<Record<string, string>> = {
  // Transmission and closeness by zone.
  'van Niekerk et al. 2021 (e.g. 5 % per contact); Hornbeck et al. 2012': 'van Niekerk 等 2021（如每次接触 5%）；Hornbeck 等 2012',
  'a queue stands within 1.5 m': '排队者相距 1.5 米以内',
  'face-to-face handover': '面对面交接',
  'two walkers share ~1.5 m of a corridor some tens of metres long': '两名行人在数十米长的走廊中相距约 1.5 米以内',
  'enclosed space': '封闭空间',
  'queue and aisles': '排队处和货架通道',
  'at the bedside; visitors hold the newborn': '在床旁；探视者抱新生儿',

  // Room contacts.
  'Cohen et al. 2012: median 5.5 room entries per patient-hour x 45 % nurses x 24 h': 'Cohen 等 2012：每患者小时进房次数中位数 5.5 × 护士占 45% × 24 小时',
  'exposed assumption (checks, medication, feeding help)': '显式假设（巡视、给药、协助喂养）',
  'Cohen et al. 2012: median 5.5 room entries per patient-hour x ~32 % other staff x 24 h': 'Cohen 等 2012：每患者小时进房次数中位数 5.5 × 其他人员约占 32% × 24 小时',
  'calibrated so that contacts per patient-day fall in the Jiang et al. 2017 band (23 episodes)': '经校准，使每患者日的接触次数落在 Jiang 等 2017 的区间内（23 次）',
  'calibrated to Jiang et al. 2017 (23 episodes per patient per 24 h); rooms of 2-3 beds, DOMAIN.md': '按 Jiang 等 2017 校准（每位患者每 24 小时 23 次接触）；每间病房 2–3 床，DOMAIN.md',
  'calibrated to Jiang et al. 2017 (314 contact-minutes per patient per 24 h)': '按 Jiang 等 2017 校准（每位患者每 24 小时 314 接触分钟）',

  // Household transmission.
  'Lessler et al. 2009: influenza incubation median 1.4 d': 'Lessler 等 2009：流感潜伏期中位数 1.4 天',
  'exposed assumption (influenza-like, ~5 d)': '显式假设（类流感，约 5 天）',
  'Madewell et al. 2020 (JAMA Netw Open): household SAR 16.6 % for SARS-CoV-2; the pathogen is an assumption': 'Madewell 等 2020（JAMA Netw Open）：SARS-CoV-2 的家庭二代罹患率为 16.6%；病原体为假设',

  // Prevalence.
  'Birger et al. 2018 (mSphere 3:e00249-18): 7.0 % of adults in the community tested positive for a respiratory virus in the winter arm (5.6 % summer, 6.2 % of 2,685 overall), 65-97 % of them without symptoms; Shaman et al. 2018 (J Infect Dis 217:1074): 7.2 % of 1,477 adults, April-July. Mostly rhinovirus and seasonal coronavirus (the pathogens of the visitor-ban studies, Forkpa et al. 2020), where the prevalences of the other roles and the transmission parameters are influenza-like assumptions; a visitor is a fresh draw from the community each visit, a companion a fixed, admitted family member (see the visitor-ban validation row)':
    'Birger 等 2018（mSphere 3:e00249-18）：冬季组中社区成人有 7.0% 呼吸道病毒检测阳性（夏季 5.6%，全部 2,685 人中 6.2%），其中 65–97% 无症状；Shaman 等 2018（J Infect Dis 217:1074）：1,477 名成人中 7.2%，4–7 月。以鼻病毒和季节性冠状病毒为主（即禁止探视研究 Forkpa 等 2020 所涉及的病原体），而其他角色的患病率和传播参数是类流感的假设；探视者每次探视都是从社区中新抽取的一人，陪护则是固定的、随产妇入院的家庭成员（见禁止探视的验证行）',

  // Airborne (Wells–Riley).
  'Rudnick & Milton 2003 (Indoor Air 13:237): influenza 15-128 quanta/h back-calculated from outbreaks, the lower end here; Mikszewski et al. 2021 (Geosci. Front. 13:101285) predict a median of 0.17 quanta/h for seasonal influenza (SARS-CoV-2 2.7, measles 15) with a long upper tail; the pathogen is an assumption':
    'Rudnick & Milton 2003（Indoor Air 13:237）：由暴发疫情反推流感为 15–128 量子/小时，此处取下限；Mikszewski 等 2021（Geosci. Front. 13:101285）预测季节性流感的中位数为 0.17 量子/小时（SARS-CoV-2 为 2.7，麻疹为 15），上尾很长；病原体为假设',
  'Noakes & Sleigh 2009 (DOMAIN.md): 0.48 m3/h; Buonanno et al. 2020: 0.49 resting, 0.54 standing, 1.38 light activity': 'Noakes & Sleigh 2009（DOMAIN.md）：0.48 立方米/小时；Buonanno 等 2020：静息 0.49，站立 0.54，轻度活动 1.38',
  'neonatal tidal volume ~6 mL/kg x ~45 breaths/min x 3.3 kg = ~0.9 L/min': '新生儿潮气量约 6 mL/kg × 约 45 次呼吸/分钟 × 3.3 kg = 约 0.9 L/min',
  'about 30 m2 x 3 m for 2-3 beds': '2–3 床的病房约 30 平方米 × 3 米',
  [`${ASHRAE}: patient room 2 outdoor, 4 total air changes per hour (filtered); ${WHO}: 60 L/s per patient on general wards, ~6/h for 2.5 beds in 90 m3`]:
    `${ASHRAE_ZH}：病房室外新风换气 2 次/小时、总换气 4 次/小时（经过滤）；${WHO}：普通病房每位患者 60 L/s，2.5 床、90 立方米的病房约 6 次/小时`,
  'about 40 m x 2.5 m x 3 m': '约 40 米 × 2.5 米 × 3 米',
  [`${ASHRAE}: patient corridor 2 total air changes per hour; ${WHO}: 2.5 L/s per m3 (9/h) for naturally ventilated corridors`]:
    `${ASHRAE_ZH}：病人走廊总换气 2 次/小时；${WHO}：自然通风的走廊每立方米 2.5 L/s（9 次/小时）`,
  'a bed lift, about 1.6 m x 2.6 m x 2.4 m': '病床电梯，约 1.6 米 × 2.6 米 × 2.4 米',
  'exposed assumption (a car fan; no standard gives a rate)': '显式假设（轿厢风扇；没有标准规定换气次数）',
  'open counter area, about 20 m2 x 3 m': '开放式柜台区，约 20 平方米 × 3 米',
  [`exposed assumption, as a patient room (${ASHRAE})`]: `显式假设，与病房相同（${ASHRAE_ZH}）`,
  'an alcove beside the corridor, about 10 m2 x 3 m': '走廊旁的凹室，约 10 平方米 × 3 米',
  [`exposed assumption, as a patient corridor (${ASHRAE})`]: `显式假设，与病人走廊相同（${ASHRAE_ZH}）`,
  'a hospital convenience shop, about 50 m2 x 3 m': '医院便利店，约 50 平方米 × 3 米',
};
