/**
 * Chinese texts of the schema's `source` strings for the ward sections (meta, run, births, stays,
 * people, catalog, cabinets, layout, channels, restock, outputs), keyed by the English string.
 * Citations keep their authors, journals, years, ids and numbers as written ("et al." reads 等,
 * as in the validation table); "exposed assumption" (an assumption stated as a parameter one
 * can change) reads 显式假设.
 */

/** English source string -> its Chinese text. */
export const WARD_SOURCES_ZH: Readonly<Record<string, string>> = {
  // Shared by many fields.
  'exposed assumption': '显式假设',
  'run setting': '运行设置',
  'output setting': '输出设置',
  'scenario choice': '场景设定',
  'site floor plan': '现场平面图',

  // meta, run
  'presets: hospitals in mainland China': '预设场景：中国大陆的医院',
  'DESIGN.md: Monday 00:00 unless stated': 'DESIGN.md：除另有说明外，从星期一 00:00 开始',
  'run setting: a Monday in January, matching the startWeekday and startMonth defaults': '运行设置：一月的某个星期一，与 startWeekday 和 startMonth 的默认值一致',

  // births
  'programme application; pilots 1,500 to 20,000+': '项目申请表；试点医院 1,500 至 20,000+ 例',
  'Li et al., JAMA 2017 (34.9 %); BMC Medicine 2020 (35.6 %); range 0.30-0.55, tertiary 0.50-0.69': 'Li 等，JAMA 2017（34.9%）；BMC Medicine 2020（35.6%）；范围 0.30–0.55，三级医院 0.50–0.69',
  'guided by Martin et al., PLOS ONE 2018 (0.4-0.6); default at the lower end: with 0.36 x 0.5 = 18 % of births on weekday lists the weekend dip of all births was -34 %; 0.4 with the day-of-week shapes below gives -15.3 % (published -10 to -18 %, see the module header)':
    '参考 Martin 等，PLOS ONE 2018（0.4–0.6）；默认取下限：按 0.36 × 0.5 = 18% 的分娩排在工作日手术日程时，全部分娩的周末降幅为 -34%；取 0.4 并配合下方的星期分布，降幅为 -15.3%（已发表为 -10% 至 -18%，见模块开头的说明）',
  'DOMAIN.md: ~1-2 %': 'DOMAIN.md：约 1–2%',
  'Zhang et al. 2020 (amplitude A: +/-5-8 %)': 'Zhang 等 2020（振幅 A：±5–8%）',
  'Martin et al., PLOS ONE 2018; NCHS Data Brief 200': 'Martin 等，PLOS ONE 2018；NCHS Data Brief 200',
  'Swiss and US/Australian weekend studies: nearly flat (flat here)': '瑞士及美国、澳大利亚的周末分娩研究：几乎持平（此处取持平）',
  'Swiss and US/Australian weekend studies: inductions start on weekdays; births follow ~1 day later, so Saturday gets Friday starts and Sunday/Monday are low':
    '瑞士及美国、澳大利亚的周末分娩研究：引产在工作日开始，分娩约晚 1 天，因此星期六承接星期五开始的引产，星期日和星期一较少',
  'DOMAIN.md: weekday mornings, almost never at weekends; Saturday at half a weekday list (A: Chinese public hospitals commonly operate on Saturdays), none on Sunday':
    'DOMAIN.md：工作日上午，周末几乎没有；星期六为工作日手术日程的一半（A：中国公立医院星期六通常也安排手术），星期日没有',
  'Nanjing hospital (anecdotal): ~10 days': '南京某医院（个案报道）：约 10 天',
  'Nanjing hospital (anecdotal): +30 %': '南京某医院（个案报道）：+30%',
  'scenario choice (Spring Festival and National Day week: 7 days each)': '场景设定（春节和国庆节假期：各 7 天）',
  'State Council holiday calendar: Spring Festival and National Day 7 days': '国务院节假日安排：春节和国庆节各 7 天',
  'DOMAIN.md: scheduled caesareans avoid public holidays (as weekends: none)': 'DOMAIN.md：择期剖宫产避开公共假日（与周末一样：不安排）',

  // stays
  'county study PMC5845290: 3 d (2.8-4.6)': '县级医院研究 PMC5845290：3 天（2.8–4.6）',
  'spread of PMC5845290 range': '按 PMC5845290 的范围估计的离散程度',
  'PMC5845290; Beijing bed planning used 6 d (5-7)': 'PMC5845290；北京的床位规划采用 6 天（5–7）',
  'spread of 5-7 d range': '按 5–7 天的范围估计的离散程度',
  'DOMAIN.md: 0.75 (0.35-1.2)': 'DOMAIN.md：0.75（范围 0.35–1.2）',

  // people
  'DOMAIN.md: typically one fixed companion': 'DOMAIN.md：通常有一名固定陪护',
  'DOMAIN.md: companions do most of the fetching': 'DOMAIN.md：大部分取物由陪护完成',
  'exposed assumption; 0 under outbreak rules': '显式假设；疫情防控规则下为 0',
  "exposed assumption (one visit a mother a day, inside the visiting window); 0 under outbreak rules. Not Cohen et al. 2012's 23 % of room entries by personal visitors: that would take ~30 family entries a patient-day, where the model counts one per visit, hand-over and supply trip (about 2.5; see the validation row on the share of room entries by visitors and companions)": '显式假设（每位产妇每天一次探视，在探视时段内）；疫情防控规则下为 0。并非 Cohen 等 2012 所说探视者占进房次数的 23%：那需要每患者日约 30 次家属进房，而模型每次探视、交接和取物行程只计一次（约 2.5 次；见“探视者和陪护进房占比”的验证行）',
  'Chinese wards post afternoon visiting windows (e.g. 15:00-20:00); exposed assumption': '中国的病房公布下午的探视时段（如 15:00–20:00）；显式假设',
  'exposed assumption (DOMAIN.md: hospital-set windows)': '显式假设（DOMAIN.md：探视时段由医院规定）',
  'DOMAIN.md: A 08-16, P 16-24, N 00-08': 'DOMAIN.md：A 班 08–16，P 班 16–24，N 班 00–08',
  'DOMAIN.md: 8 h rosters, 12 h variants': 'DOMAIN.md：8 小时排班，也有 12 小时的变体',
  'HRH 2020 survey of 668 hospitals: day 1:7-8 patients, night 1:18-25': 'HRH 2020 对 668 家医院的调查：白班护患比 1:7–8，夜班 1:18–25',
  'DOMAIN.md: day shifts on fixed rounds': 'DOMAIN.md：上白班，按固定轮次补货',
  'DOMAIN.md: day shifts': 'DOMAIN.md：上白班',

  // catalog
  'exposed assumption; which items only nurses hand out is a ward rule (presets: the perineal-care pack)': '显式假设；哪些物品只由护士发放是病区规定（预设场景中为会阴护理包）',
  'exposed assumption; quiet 23:00-06:00': '显式假设；23:00–06:00 取物很少',

  // cabinets
  'vendor layouts; exposed': '厂商的柜体布局；显式假设',
  'scrubs vending ~4 s (BWH 2018); ADC ~10 s (Kelm & Campbell 2018); range 4-15 s': '洗手衣自动售货机约 4 秒（BWH 2018）；自动发药柜（ADC）约 10 秒（Kelm & Campbell 2018）；范围 4–15 秒',
  'spread of 4-15 s range': '按 4–15 秒的范围估计的离散程度',

  // layout
  'DOMAIN.md: ~15 per 1,000 annual deliveries': 'DOMAIN.md：每 1,000 例年分娩量约 15 张床',
  'Chinese obstetric nursing units hold ~40-50 beds': '中国的产科护理单元约有 40–50 张床位',
  'typical indoor walking ~1.0-1.2 m/s': '室内一般步行速度约 1.0–1.2 米/秒',

  // channels
  'DOMAIN.md: without cabinets a trip goes to the nurse station or to a shop; which first is not published (baselines: nurse station, then shop)':
    'DOMAIN.md：没有智能柜时，取物去护士站或商店；先去哪一处没有公开数据（基线：先护士站，后商店）',
  'no published figure found; 0 keeps every need a trip as DOMAIN.md describes (presets city-mch-own-supplies and city-mch-baseline-own-supplies show 0.5)':
    '未找到公开数据；取 0 时每项需求都是一次取物行程，与 DOMAIN.md 的描述一致（预设场景 city-mch-own-supplies 和 city-mch-baseline-own-supplies 取 0.5）',

  // restock
  'par-level restock cut stock-outs 38 % in one hospital': '一家医院按补货点补货后缺货减少 38%',
  'Kelm & Campbell 2018: 11.5-21.3 s per transaction': 'Kelm & Campbell 2018：每笔操作 11.5–21.3 秒',
  'DOMAIN.md: upstream stock can run short': 'DOMAIN.md：上游库存可能短缺',
  'exposed assumption (1 = fresh lots; hospital stock often arrives with months used)': '显式假设（1 = 全新批次；医院库存到货时保质期常已用去数月）',
};
