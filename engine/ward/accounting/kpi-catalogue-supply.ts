/**
 * Catalogue entries of the supply side: volume, item lines, cabinet dispensing, stock-outs,
 * trips, restock and inventory. Stock-outs are counted per (cabinet, SKU), as `stockouts.ts`
 * counts them: a SKU is out in a cabinet when every slot assigned to it is empty or jammed.
 */
import { NON_NEGATIVE, SHARE, UNIT } from './kpi-catalogue-types.js';
import type { KpiFacts } from './kpi-catalogue-types.js';

/** Facts of the supply-side KPIs, by key. */
export const SUPPLY_KPIS = {
  deliveries: {
    label: { en: 'Deliveries', 'zh-CN': '分娩数' }, unit: UNIT.people,
    definition: { en: 'births after warm-up', 'zh-CN': '预热期后的分娩数' },
    lowerIsBetter: null, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
  patientDays: {
    label: { en: 'Patient-days', 'zh-CN': '住院床日' }, unit: UNIT.days,
    definition: { en: 'occupied bed-days after warm-up, a mother with her newborns', 'zh-CN': '预热期后占用的床日数（产妇及其新生儿计为一床）' },
    lowerIsBetter: null, format: 'days', per: 'run', range: NON_NEGATIVE,
  },
  itemRequests: {
    label: { en: 'Item requests', 'zh-CN': '物品需求行数' }, unit: UNIT.lines,
    definition: { en: 'item lines raised: one SKU for one patient on one trip', 'zh-CN': '取物行程提出的需求行数：一名患者一次行程的一种品规计一行' },
    lowerIsBetter: null, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
  dispenses: {
    label: { en: 'Units dispensed by cabinets', 'zh-CN': '智能柜发放件数' }, unit: UNIT.units,
    definition: { en: 'units handed out by cabinets', 'zh-CN': '智能柜发出的物品件数' },
    lowerIsBetter: null, format: 'units', per: 'run', range: NON_NEGATIVE,
  },
  fillRate: {
    label: { en: 'Fill rate at first stop', 'zh-CN': '首站满足率' }, unit: UNIT.share,
    definition: {
      en: 'item lines fully met at the first channel stop ÷ item lines that channel stocks (without cabinets it reflects the nurse station\'s stock share, an input)',
      'zh-CN': '在首个取物渠道即全部满足的需求行数 ÷ 该渠道备有的需求行数（无智能柜时反映护士站备货比例这一输入）',
    },
    lowerIsBetter: false, format: 'share', per: 'run', range: SHARE,
  },
  stockoutEvents: {
    label: { en: 'Stock-out events', 'zh-CN': '缺货次数' }, unit: UNIT.count,
    definition: {
      en: 'times a (cabinet, SKU) lost its last usable unit, every slot for that SKU empty or jammed, after a dispense or a jam',
      'zh-CN': '某柜某品规失去最后一件可用物品的次数（该品规所有货道均空或卡滞，由发放或卡滞引起）',
    },
    lowerIsBetter: true, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
  stockoutSlotHours: {
    label: { en: 'Stock-out hours', 'zh-CN': '缺货时长' }, unit: UNIT.hours,
    definition: {
      en: 'hours (cabinet, SKU) pairs sat with no usable stock until a restock or repair, summed over pairs',
      'zh-CN': '各（柜，品规）无可用库存直至补货或维修的小时数之和',
    },
    lowerIsBetter: true, format: 'hours', per: 'run', range: NON_NEGATIVE,
  },
  stockoutsPer1000PatientDays: {
    label: { en: 'Stock-outs per 1,000 patient-days', 'zh-CN': '每千床日缺货次数' }, unit: { en: 'per 1,000 patient-days', 'zh-CN': '次/千床日' },
    definition: { en: 'stock-out events scaled to the volume: 1,000 × stock-outs ÷ patient-days', 'zh-CN': '按规模折算的缺货次数：1000 × 缺货次数 ÷ 住院床日' },
    lowerIsBetter: true, format: 'rate', per: 'patientDays1000', range: NON_NEGATIVE,
  },
  laneDrains: {
    label: { en: 'Slot drains', 'zh-CN': '单货道取空次数' }, unit: UNIT.count,
    definition: {
      en: 'single slots emptied by a dispense while the SKU may still be served from its other slots; routine under first-expiry-first-out',
      'zh-CN': '单个货道被发放取空的次数（该品规其他货道可能仍有货）；先到期先出下属常态',
    },
    lowerIsBetter: null, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
  laneEmptyHours: {
    label: { en: 'Empty slot-hours', 'zh-CN': '货道空置时长' }, unit: UNIT.hours,
    definition: { en: 'hours single slots sat empty, summed over slots', 'zh-CN': '各货道空置小时数之和' },
    lowerIsBetter: true, format: 'hours', per: 'run', range: NON_NEGATIVE,
  },
  tripWaitP50Min: {
    label: { en: 'Trip wait, median', 'zh-CN': '取物排队时间中位数' }, unit: UNIT.minutes,
    definition: { en: 'median queueing time per supply trip, all stops (exact quantile)', 'zh-CN': '每次取物行程在各站排队时间之和的中位数（精确分位数）' },
    lowerIsBetter: true, format: 'minutes', per: 'trip', range: NON_NEGATIVE,
  },
  tripWaitP95Min: {
    label: { en: 'Trip wait, 95th percentile', 'zh-CN': '取物排队时间第95百分位' }, unit: UNIT.minutes,
    definition: { en: '95th percentile of queueing time per supply trip, all stops (exact quantile)', 'zh-CN': '每次取物行程排队时间的第95百分位数（精确分位数）' },
    lowerIsBetter: true, format: 'minutes', per: 'trip', range: NON_NEGATIVE,
  },
  tripDurationMeanMin: {
    label: { en: 'Trip duration, mean', 'zh-CN': '取物往返平均时长' }, unit: UNIT.minutes,
    definition: { en: 'mean whole trip from bed and back, walking, queueing and service', 'zh-CN': '从床旁出发再返回的整个行程平均时长（含步行、排队和服务）' },
    lowerIsBetter: true, format: 'minutes', per: 'trip', range: NON_NEGATIVE,
  },
  restockRounds: {
    label: { en: 'Restock rounds', 'zh-CN': '补货巡回次数' }, unit: UNIT.count,
    definition: { en: 'restock rounds walked, fixed and par-triggered', 'zh-CN': '补货员完成的补货巡回次数（定时及低于补货点触发）' },
    lowerIsBetter: true, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
  restockLaborHours: {
    label: { en: 'Restock labour', 'zh-CN': '补货工时' }, unit: UNIT.hours,
    definition: { en: 'restocker time on rounds: walking plus time at the cabinets', 'zh-CN': '补货员巡回耗时：步行加在柜前的时间' },
    lowerIsBetter: true, format: 'hours', per: 'run', range: NON_NEGATIVE,
  },
  expiredUnits: {
    label: { en: 'Expired units', 'zh-CN': '过期下架件数' }, unit: UNIT.units,
    definition: { en: 'expired units taken out of cabinets', 'zh-CN': '从智能柜中取出的过期物品件数' },
    lowerIsBetter: true, format: 'units', per: 'run', range: NON_NEGATIVE,
  },
  inventoryUnitsMean: {
    label: { en: 'Inventory, mean', 'zh-CN': '柜内平均库存' }, unit: UNIT.units,
    definition: { en: 'time-average of units held in all cabinets', 'zh-CN': '所有智能柜内库存件数的时间平均值' },
    lowerIsBetter: true, format: 'units', per: 'run', range: NON_NEGATIVE,
  },
  trips: {
    label: { en: 'Supply trips', 'zh-CN': '取物行程数' }, unit: UNIT.count,
    definition: { en: 'supply trips made by mothers and companions', 'zh-CN': '产妇及陪护的取物行程数' },
    lowerIsBetter: null, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
  fallbacks: {
    label: { en: 'Fallback lines', 'zh-CN': '转下一站的需求行数' }, unit: UNIT.lines,
    definition: { en: 'item lines that needed a later stop than the first: another cabinet or another channel', 'zh-CN': '首站未能满足、需要后续站点（其他智能柜或其他渠道）的需求行数' },
    lowerIsBetter: true, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
  unmetUnits: {
    label: { en: 'Unmet units', 'zh-CN': '未满足件数' }, unit: UNIT.units,
    definition: {
      en: 'units a trip came back without after every channel in the fallback order (lines of discharged patients not counted)',
      'zh-CN': '依次尝试所有渠道后行程仍未取到的件数（已出院患者的需求行不计）',
    },
    lowerIsBetter: true, format: 'units', per: 'run', range: NON_NEGATIVE,
  },
  quotaRefusedUnits: {
    label: { en: 'Units refused by quota', 'zh-CN': '超配额拒发件数' }, unit: UNIT.units,
    definition: {
      en: 'units a cabinet refused because the patient\'s quota for the postpartum day (or stay) was used; they go on to the nurse station',
      'zh-CN': '因患者当日（或住院期）配额已用完而被智能柜拒发的件数；转由护士站提供',
    },
    lowerIsBetter: null, format: 'units', per: 'run', range: NON_NEGATIVE,
  },
  unitsFetched: {
    label: { en: 'Units fetched', 'zh-CN': '取回床旁件数' }, unit: UNIT.units,
    definition: { en: 'units brought back to bedsides by trips, all channels', 'zh-CN': '各渠道取物行程带回床旁的件数' },
    lowerIsBetter: null, format: 'units', per: 'run', range: NON_NEGATIVE,
  },
  unitsUsed: {
    label: { en: 'Units used', 'zh-CN': '床旁使用件数' }, unit: UNIT.units,
    definition: { en: 'units used at bedsides: consumption covered by bedside stock', 'zh-CN': '床旁实际使用的件数（由床旁存量满足的消耗）' },
    lowerIsBetter: null, format: 'units', per: 'run', range: NON_NEGATIVE,
  },
  needsMetFromOwnSupplies: {
    label: { en: 'Needs met from own supplies', 'zh-CN': '自备物品满足的需求行数' }, unit: UNIT.lines,
    definition: {
      en: 'item lines a family covered from its own supplies (brought from home or bought before admission) instead of a trip: no trip, contact or crossing for them; set by channels.ownSupplyShare, an assumption (A)',
      'zh-CN': '家属以自备物品（自家带来或入院前购买）满足、无需取物行程的需求行数：不产生行程、接触或出入病区；由 channels.ownSupplyShare 决定，属假设（A）',
    },
    lowerIsBetter: null, format: 'count', per: 'run', range: NON_NEGATIVE,
  },
} as const satisfies Record<string, KpiFacts>;
