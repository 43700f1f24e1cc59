/**
 * Where the presets' defaults depart from the defaults DOMAIN.md lists, and why. The README and
 * the report print this list beside the parameter table (the values themselves are read from
 * the scenario when printed, so the list cannot drift from the presets); a test checks that each
 * path exists and that each listed departure still departs.
 */

/** One departure from a DOMAIN.md default. */
export interface DomainDeparture {
  /** JSON pointer of the parameter in a scenario. */
  readonly path: string;
  /** What DOMAIN.md gives (its table's default and range). */
  readonly domain: string;
  /** Why the model departs from it. */
  readonly reason: string;
  /** A figure derived from the parameter and shown in its place (the weekend dip of all births). */
  readonly derived?: 'weekendDip';
  /** `domain` and `reason` in Chinese, for the Chinese report (citations as written, "et al." as 等). */
  readonly zh: { readonly domain: string; readonly reason: string };
}

/** Every departure (see the module header). */
export const DOMAIN_DEPARTURES: readonly DomainDeparture[] = [
  {
    path: '/births/scheduledCaesareanShare',
    domain: '0.5 (0.4-0.6), A, guided by Martin et al. 2018',
    reason: 'lower end of the range: scheduled caesareans fall on weekday lists and half a Saturday list, and at 0.5 the weekend dip of all births is far steeper than published (-34 % at 0.36 x 0.5 with weekday lists only)',
    zh: { domain: '0.5（0.4–0.6），A，参考 Martin 等 2018', reason: '取范围的下限：择期剖宫产排在工作日手术日程和星期六半天的日程上，取 0.5 时全部分娩的周末降幅远比已发表的陡（仅有工作日手术日程时，0.36 × 0.5 得 -34%）' },
  },
  {
    path: '/births/scheduledCaesarean/dayOfWeek',
    derived: 'weekendDip',
    domain: 'scheduled caesareans almost never at weekends; weekend dip of all births -10 to -18 % (Swiss, US and Australian studies)',
    reason: 'Saturday at half a weekday list, Sunday none (A: Chinese public hospitals commonly operate on Saturdays); with no weekend lists the dip of all births is -21 %, steeper than published',
    zh: { domain: '择期剖宫产周末几乎没有；全部分娩的周末降幅为 -10% 至 -18%（瑞士、美国和澳大利亚的研究）', reason: '星期六为工作日手术日程的一半，星期日没有（A：中国公立医院星期六通常也安排手术）；周末不安排手术时全部分娩的降幅为 -21%，比已发表的陡' },
  },
  {
    path: '/restock/roundHours',
    domain: '2 per day, e.g. 04:45 and 16:15 (S: hospital ADC practice); restockers work day shifts',
    reason: 'the presets run 2 rounds at 07:00 and 18:30: 04:45 lies outside the restocker\'s 07:00-19:00 day shift, and sizing\'s round placement (against the hour-of-day trip demand) puts the last round just before the 22:00 trip surge',
    zh: { domain: '每天 2 次，如 04:45 和 16:15（S：医院自动发药柜的做法）；补货员上白班', reason: '预设场景每天在 07:00 和 18:30 补货 2 次：04:45 不在补货员 07:00–19:00 的白班内，而规模测算按一天中各小时的取物需求安排补货轮次，把最后一轮放在 22:00 取物高峰之前' },
  },
  {
    path: '/catalog/items/3/curve',
    domain: 'wipes: 2-3 per nappy change (A)',
    reason: 'cabinets dispense wipes by the pack of 20, so the curve is packs a day: 10 nappies x 2.5 wipes / 20 = 1.25',
    zh: { domain: '湿巾：每换一次纸尿裤用 2–3 张（A）', reason: '智能柜按 20 张一包发放湿巾，因此用量曲线以每天的包数计：10 片纸尿裤 × 2.5 张 / 20 = 1.25' },
  },
  {
    path: '/catalog/items/7/curve',
    domain: 'no such item',
    reason: 'added (A): a perineal-care pack that only nurses hand out after an assessment, so the nurse station keeps a role with cabinets; the nurse-workload result depends on it (see the sensitivity analysis)',
    zh: { domain: '没有这种物品', reason: '新增（A）：会阴护理包只在护士评估后由护士发放，因此配置智能柜后护士站仍有作用；护士工作量的结果取决于它（见敏感性分析）' },
  },
  {
    path: '/people/visitorsPerMotherPerDay',
    domain: 'room entries: median 5.5 per patient-hour; nurses 45 %, visitors 23 % (S: Cohen et al. 2012)',
    reason: 'one visit a mother a day (A): staff enter at Cohen\'s rates, but family entries (visits, hand-overs, companions\' supply trips) are ~2 % of room entries, not 23 %, which would take ~30 a patient-day; the model has no other comings and goings of the companion, and more visitors to make up the share would add community contacts no source supports (validation rows on the shares of room entries)',
    zh: { domain: '进房次数：中位数每患者小时 5.5 次；护士 45%，探视者 23%（S：Cohen 等 2012）', reason: '每位产妇每天一次探视（A）：医护人员按 Cohen 的频率进房，但家属进房（探视、交接、陪护的取物行程）约占进房次数的 2%，而不是 23%；达到 23% 需要每患者日约 30 次；模型没有陪护的其他进出，而靠增加探视者补足占比会增加没有来源支持的社区接触（见进房占比的验证行）' },
  },
  {
    path: '/contacts/cabinet/transmissionPerMinute',
    domain: 'a fixed probability per contact or per contact-minute, e.g. 5 % per contact',
    reason: 'per contact-minute (Hornbeck et al. 2012), 0.002-0.005 by zone, so a longer contact carries more risk; 5 % a contact would equal 10-25 min at these rates',
    zh: { domain: '每次接触或每接触分钟一个固定概率，如每次接触 5%', reason: '按每接触分钟计（Hornbeck 等 2012），各区域 0.002–0.005，因此接触越长风险越大；按这些速率，每次接触 5% 相当于 10–25 分钟' },
  },
];
