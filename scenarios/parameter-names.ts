/**
 * What a person reads for a scenario parameter: a short name in English and Chinese for tables
 * (a sensitivity factor, a sweep axis) and the parameter's meaning in Chinese (the schema's own
 * `what` text is the English one). Keyed by JSON pointer, with `*` standing for an array index;
 * a name with `{0}`, `{1}` gets the path's indices in order. The path stays the parameter's id
 * in JSON, CSV and on the command line; a path without an entry is shown as itself.
 */
import type { DisplayLang } from './display-names.js';
import { ScenarioSchema } from './schema/scenario.js';

/** One parameter's texts: short names in both languages and its meaning in Chinese. */
export interface ParameterText {
  readonly en: string;
  readonly 'zh-CN': string;
  /** The meaning in Chinese, as the schema's `what` says it in English. */
  readonly whatZh: string;
}

type Row = readonly [en: string, zh: string, whatZh: string];

const PARAMETERS: Readonly<Record<string, Row>> = {
  '/run/seed': ['Base seed', '基础种子', '所有随机数流的基础种子'],
  '/run/startWeekday': ['Start weekday', '起始星期', '模拟第 0 分钟是星期几（0 = 星期一 … 6 = 星期日）'],
  '/run/startMonth': ['Start month', '起始月份', '模拟第 0 分钟所在的月份（0 = 一月）'],
  '/run/horizonDays': ['Simulated days', '模拟天数', '预热之后模拟的天数（统计窗口）'],
  '/run/warmupDays': ['Warm-up days', '预热天数', '先模拟并丢弃的天数；结束时统计量清零'],
  '/run/replications': ['Replications', '重复次数', '默认的重复次数'],
  '/births/annualDeliveries': ['Annual deliveries', '年分娩量', '每年分娩例数（申请表填报的量）'],
  '/births/caesareanShare': ['Caesarean share', '剖宫产比例', '剖宫产分娩占全部分娩的比例'],
  '/births/scheduledCaesareanShare': ['Scheduled caesarean share', '择期剖宫产比例', '剖宫产中择期（计划）手术的比例；其余在产程中进行'],
  '/births/inducedLabourShare': ['Induced labour share', '引产比例', '产程（不含择期剖宫产）中引产的比例'],
  '/births/twinShare': ['Twin share', '双胎比例', '双胎分娩（两名新生儿）占全部分娩的比例'],
  '/births/peak/startDay': ['Peak start day', '高峰起始日', '分娩高峰窗口的第一天，从模拟开始计'],
  '/births/peak/days': ['Peak length', '高峰天数', '分娩高峰窗口的长度'],
  '/births/peak/upliftPct': ['Peak uplift', '高峰增幅', '高峰窗口内额外增加的分娩'],
  '/births/holidays/*/startDay': ['Holiday {0} start day', '假日 {0} 起始日', '公共假日的第一天，从模拟开始计'],
  '/births/holidays/*/days': ['Holiday {0} length', '假日 {0} 天数', '假日的长度'],
  '/births/holidayScheduledCsFactor': ['Holiday scheduled-caesarean factor', '假日择期剖宫产系数', '假日择期剖宫产占平常水平的比例；减少的手术移到运行中的其他日子，总量不变'],
  '/stays/vaginalMeanDays': ['Stay after vaginal birth, mean', '顺产住院天数均值', '顺产后产后住院天数的均值'],
  '/stays/vaginalSdDays': ['Stay after vaginal birth, sd', '顺产住院天数标准差', '顺产后产后住院天数的标准差（对数正态，右偏）'],
  '/stays/caesareanMeanDays': ['Stay after caesarean, mean', '剖宫产住院天数均值', '剖宫产后产后住院天数的均值'],
  '/stays/caesareanSdDays': ['Stay after caesarean, sd', '剖宫产住院天数标准差', '剖宫产后产后住院天数的标准差（对数正态）'],
  '/stays/nicuShare': ['NICU share of newborns', '新生儿入住 NICU 比例', '入住新生儿科的新生儿比例（不母婴同室；母亲吸奶）'],
  '/stays/occupancyTarget': ['Planned bed occupancy', '计划床位使用率', '用于测算病房规模的计划床位使用率（床位 = 住院天数 x 分娩量 / (365 x 使用率)）'],
  '/people/companionShare': ['Companion share', '有陪护比例', '有固定陪护人员留在病房的产妇比例'],
  '/people/companionFetchShare': ['Trips made by companion', '陪护取物比例', '有陪护时由陪护人员完成的取物次数比例（否则由产妇自己去）'],
  '/people/companionSwapsPerDay': ['Companion swaps per day', '每日陪护换班次数', '每位产妇每天的陪护交接次数（每次两次跨越病区边界）'],
  '/people/visitorsPerMotherPerDay': ['Visitors per mother per day', '每位产妇每日探视人数', '每位产妇每天的探视人数（走廊和电梯的人流、跨越病区边界）'],
  '/people/visitingStartHour': ['Visiting start hour', '探视开始时刻', '探视时间：每天探视者到达的时段的开始时刻'],
  '/people/visitingHours': ['Visiting hours', '每日探视时段', '探视时间：每天探视时段的长度（24 = 全天可探视）'],
  '/people/visitorDwellMinutes': ['Visit length', '每次探视时长', '每次探视的平均时长'],
  '/people/shifts/*/startHour': ['Shift {0} start', '班次 {0} 开始时刻', '班次开始时刻（一天中的小时）'],
  '/people/shifts/*/hours': ['Shift {0} length', '班次 {0} 时长', '班次时长'],
  '/people/shifts/*/nurses': ['Shift {0} nurses', '班次 {0} 护士数', '该班次在病房的护士人数'],
  '/people/nurseSupplyShare': ['Nurses free for supplies', '可处理取物的护士比例', '在班护士中能同时抽身处理取物请求的比例（其余忙于护理）'],
  '/people/restockers': ['Restockers', '补货员人数', '为智能柜补货的补货员（供应商或物流人员）人数'],
  '/people/restockerShiftStartHour': ['Restocker shift start', '补货员班次开始', '补货员白班开始时刻（按补货线触发的补货只在班内进行）'],
  '/people/restockerShiftHours': ['Restocker shift length', '补货员班次时长', '补货员白班时长'],
  '/catalog/items/*/shelfLifeDays': ['Item {0} shelf life', '物品 {0} 保质期', '一个批次的保质期'],
  '/catalog/items/*/curve/*/fromDay': ['Item {0} rate {1} from day', '物品 {0} 用量段 {1} 起始日', '该用量开始适用的产后天数（0 = 分娩当天）'],
  '/catalog/items/*/curve/*/perDay': ['Item {0} rate {1} per day', '物品 {0} 用量段 {1} 每日用量', '从该日起每天的用量'],
  '/catalog/items/*/perDayLimit': ['Item {0} daily limit', '物品 {0} 每日限领', '领用权限：每位患者每天最多的件数（0 = 不限）'],
  '/catalog/items/*/perStayLimit': ['Item {0} stay limit', '物品 {0} 住院限领', '领用权限：每位患者每次住院最多的件数（0 = 不限）'],
  '/catalog/reorderHours': ['Reorder point (hours of use)', '取物触发点（小时用量）', '床旁任一物品降到这么多小时的用量时开始一次取物'],
  '/catalog/targetHours': ['Fetch up to (hours of use)', '取物目标（小时用量）', '一次取物把低于这么多小时用量的物品都补到该水平（约一天的量：每患者日约 1.3 次取物，12 小时则为 2.7 次）'],
  '/catalog/usageCv': ['Usage variation (CV)', '用量变异系数', '患者用量围绕用量曲线的变异系数（每位患者每种物品抽取一次）'],
  '/cabinets/models/*/slotGroups/*/capacityUnits': ['Slot capacity, model {0} group {1}', '货位容量（型号 {0} 组 {1}）', '一个货位能放的件数'],
  '/cabinets/models/*/slotGroups/*/count': ['Slots, model {0} group {1}', '货位数（型号 {0} 组 {1}）', '这种货位的数量'],
  '/cabinets/instances/*/location/x': ['Cabinet {0} position along', '智能柜 {0} 纵向位置', '沿走廊距病区入口的米数'],
  '/cabinets/instances/*/location/y': ['Cabinet {0} position across', '智能柜 {0} 横向位置', '横跨走廊的米数（病房在 -3 和 +3）'],
  '/cabinets/transactionSecondsMean': ['Screen time per line, mean', '每行操作时间均值', '每取一行物品的屏幕操作时间'],
  '/cabinets/transactionSecondsSd': ['Screen time per line, sd', '每行操作时间标准差', '每行物品屏幕操作时间的标准差（对数正态）'],
  '/cabinets/sessionSeconds': ['Screen time per visit', '每次取物固定操作时间', '每次到柜的固定屏幕操作时间（扫腕带或二维码、取走）'],
  '/cabinets/jamsPerSlotPerDay': ['Slot jam rate', '货位卡货率', '一个货位发生卡货的速率'],
  '/cabinets/jamRepairHoursMean': ['Jam repair time', '卡货排除时间', '排除一次卡货的平均时间（指数分布）'],
  '/cabinets/offlinePerCabinetPerDay': ['Cabinet offline rate', '智能柜离线率', '一台智能柜离线的速率（网络、电源、故障）'],
  '/cabinets/offlineRepairHoursMean': ['Offline repair time', '离线恢复时间', '智能柜恢复在线的平均时间（指数分布）'],
  '/layout/beds': ['Beds', '床位数', '产后床位；0 = 按 住院天数 x 分娩量 / (365 x 使用率) 推算'],
  '/layout/units': ['Ward units', '护理单元数', '护理单元（各有护士站、柜台和一段走廊）；0 = 按 ceil(床位 / 单元最多床位) 推算'],
  '/layout/unitMaxBeds': ['Most beds per unit', '单元最多床位', '推算护理单元时一个单元最多的床位数'],
  '/layout/bedsPerRoom': ['Beds per room', '每间病房床位', '每间病房的床位数（病房沿走廊排列）'],
  '/layout/roomSpacingM': ['Room spacing', '病房间距', '相邻病房门之间的距离'],
  '/layout/corridorWidthM': ['Corridor width', '走廊宽度', '走廊宽度（决定两名行人在接触距离内擦肩的概率）'],
  '/layout/nurseStation/x': ['Nurse station along', '护士站纵向位置', '沿走廊距病区入口的米数'],
  '/layout/nurseStation/y': ['Nurse station across', '护士站横向位置', '横跨走廊的米数（病房在 -3 和 +3）'],
  '/layout/storeRoom/x': ['Store room along', '库房纵向位置', '沿走廊距病区入口的米数'],
  '/layout/storeRoom/y': ['Store room across', '库房横向位置', '横跨走廊的米数（病房在 -3 和 +3）'],
  '/layout/entrance/x': ['Entrance along', '入口纵向位置', '沿走廊距病区入口的米数'],
  '/layout/entrance/y': ['Entrance across', '入口横向位置', '横跨走廊的米数（病房在 -3 和 +3）'],
  '/layout/walkingSpeedMps': ['Walking speed', '步行速度', '病区内的步行速度'],
  '/layout/liftWaitMinutesMean': ['Lift wait', '候梯时间', '等电梯的平均时间（指数分布）'],
  '/layout/liftRideMinutes': ['Lift ride', '乘梯时间', '单程乘电梯的时间'],
  '/layout/liftCrowd': ['Others in the lift', '同乘电梯人数', '同乘电梯的其他人（公众）的平均人数'],
  '/channels/nurseHandoverMinutes': ['Nurse-station handover time', '护士站交接时间', '在护士站柜台交接一次物品的时间（提出请求、核对、交付）'],
  '/channels/nurseStoreRoomMinutes': ['Store-room picking time', '库房拣货时间', '护士在库房拣货的时间（步行时间按平面图另计）'],
  '/channels/nurseStationStockShare': ['Store room has the item', '库房有货概率', '库房有所需物品的概率（否则转用其他渠道）'],
  '/channels/shopWalkM': ['Walk to the shop', '到商店的步行距离', '从电梯到商店的单程步行距离（病区外）'],
  '/channels/shopCashiers': ['Shop cashiers', '商店收银员', '商店的收银员人数'],
  '/channels/shopServiceMinutesMean': ['Shop service time', '商店服务时间', '在商店挑选和付款的平均时间（指数分布）'],
  '/channels/shopPublicPerHour': ['Shop public arrivals', '商店公众到达率', '每小时到达商店的公众人数'],
  '/channels/shopPublicDwellMinutes': ['Shop public dwell', '公众在店时间', '一名公众在商店停留的平均时间'],
  '/channels/shopStockShare': ['Shop has the item', '商店有货概率', '商店有所需物品的概率'],
  '/restock/parShare': ['Par level', '补货线', '补货线占一种 SKU 在一台智能柜中容量的比例'],
  '/restock/parResponseMinutes': ['Par response delay', '补货线响应时间', '从补货线触发到补货员离开库房的延迟'],
  '/restock/targetShare': ['Restock fill target', '补货目标', '每个货位补到其容量的这一比例'],
  '/restock/secondsPerSlot': ['Restock time per slot', '每货位补货时间', '补满一个货位所需的时间'],
  '/restock/setupMinutesPerCabinet': ['Restock setup per cabinet', '每柜补货准备时间', '每次到一台智能柜补货的固定时间（开柜、登录、关柜）'],
  '/restock/upstreamShortShare': ['Upstream shortage chance', '上游缺货概率', '一轮补货中某个 SKU 行上游缺货的概率'],
  '/restock/upstreamShortFill': ['Fill when short upstream', '缺货时到货比例', '上游缺货时实际到货占计划数量的比例'],
  '/restock/lateShare': ['Late round chance', '补货迟到概率', '一轮补货迟到开始的概率'],
  '/restock/lateMinutesMean': ['Lateness of a late round', '迟到时长', '迟到的补货轮次平均迟到的时间（指数分布）'],
  '/restock/remainingShelfLifeShare': ['Shelf life left on arrival', '到柜剩余保质期比例', '批次到达智能柜时（初始装柜和每次补货）剩余保质期占总保质期的比例；取值低时，过期和先到期先出在一次运行内就有影响'],
  '/restock/initialFillShare': ['Initial slot fill', '初始装柜比例', '模拟开始时货位的装填比例'],
  '/contacts/cabinet/transmissionPerMinute': ['Cabinet: transmission per minute', '智能柜处：每分钟传播概率', '智能柜旁及排队处：每接触分钟的传播概率'],
  '/contacts/cabinet/proximityShare': ['Cabinet: close-contact share', '智能柜处：近距离比例', '智能柜旁及排队处：同时在场的两人处于接触距离（约 1.5 米）内的比例'],
  '/contacts/nurseStation/transmissionPerMinute': ['Nurse station: transmission per minute', '护士站：每分钟传播概率', '护士站柜台：每接触分钟的传播概率'],
  '/contacts/nurseStation/proximityShare': ['Nurse station: close-contact share', '护士站：近距离比例', '护士站柜台：同时在场的两人处于接触距离（约 1.5 米）内的比例'],
  '/contacts/corridor/transmissionPerMinute': ['Corridor: transmission per minute', '走廊：每分钟传播概率', '病区走廊：每接触分钟的传播概率'],
  '/contacts/corridor/proximityShare': ['Corridor: close-contact share', '走廊：近距离比例', '病区走廊：同时在场的两人处于接触距离（约 1.5 米）内的比例'],
  '/contacts/lift/transmissionPerMinute': ['Lift: transmission per minute', '电梯：每分钟传播概率', '电梯及电梯厅：每接触分钟的传播概率'],
  '/contacts/lift/proximityShare': ['Lift: close-contact share', '电梯：近距离比例', '电梯及电梯厅：同时在场的两人处于接触距离（约 1.5 米）内的比例'],
  '/contacts/shop/transmissionPerMinute': ['Shop: transmission per minute', '商店：每分钟传播概率', '病区外的商店：每接触分钟的传播概率'],
  '/contacts/shop/proximityShare': ['Shop: close-contact share', '商店：近距离比例', '病区外的商店：同时在场的两人处于接触距离（约 1.5 米）内的比例'],
  '/contacts/room/transmissionPerMinute': ['Room: transmission per minute', '病房：每分钟传播概率', '病房：每接触分钟的传播概率'],
  '/contacts/room/proximityShare': ['Room: close-contact share of a visit', '病房：探视近距离比例', '病房：一次探视中与产妇一家处于接触距离（约 1.5 米）内的时间比例'],
  '/contacts/room/nurseEntriesPerPatientDay': ['Nurse room entries per day', '护士每日进房次数', '每位产妇每天护士进入病房的次数'],
  '/contacts/room/nurseEntryMinutes': ['Nurse room entry length', '护士进房时长', '护士每次进入病房的时长'],
  '/contacts/room/staffEntriesPerPatientDay': ['Other staff room entries per day', '其他人员每日进房次数', '每位产妇每天其他工作人员（医生、保洁、护工；接触角色为护士）进入病房的次数'],
  '/contacts/room/staffEntryMinutes': ['Other staff room entry length', '其他人员进房时长', '其他工作人员每次进入病房的时长'],
  '/contacts/room/staffCloseShare': ['Staff entries that come close', '工作人员近距离进房比例', '工作人员（护士及其他）进房时靠近产妇一家约 1.5 米以内（一次接触）的比例'],
  '/contacts/room/roommateEpisodesPerPairDay': ['Roommate contacts per day', '同房每日接触次数', '同一病房相邻床位的两人（产妇和陪护）每天的近距离接触次数'],
  '/contacts/room/roommateCloseMinutesPerPairDay': ['Roommate close minutes per day', '同房每日近距离分钟', '同一病房相邻床位的两人每天处于约 1.5 米以内的分钟数'],
  '/contacts/household/latentDays': ['Latent period', '潜伏期', '潜伏期：从感染到具有传染性'],
  '/contacts/household/infectiousDays': ['Infectious period', '传染期', '具有传染性的时长'],
  '/contacts/household/secondaryAttackRate': ['Household secondary attack rate', '家庭二代罹患率', '整个传染期内的家庭二代罹患率（陪护传给产妇，陪护或产妇传给新生儿）'],
  '/contacts/prevalence/mother': ['Prevalence: mothers', '患病率：产妇', '产妇中的患病率'],
  '/contacts/prevalence/newborn': ['Prevalence: newborns', '患病率：新生儿', '新生儿中的患病率'],
  '/contacts/prevalence/companion': ['Prevalence: companions', '患病率：陪护', '陪护人员中的患病率'],
  '/contacts/prevalence/nurse': ['Prevalence: nurses', '患病率：护士', '护士中的患病率'],
  '/contacts/prevalence/restocker': ['Prevalence: restockers', '患病率：补货员', '补货员中的患病率'],
  '/contacts/prevalence/public': ['Prevalence: public', '患病率：公众', '公众（商店、电梯）中的患病率'],
  '/contacts/prevalence/visitor': ['Prevalence: visitors', '患病率：探视者', '探视者（来自社区的亲友）中的患病率'],
  '/contacts/airborne/quantaPerHour': ['Quanta emitted per hour', '每小时排放量子数', '一名感染者每小时排放的感染量子数（Wells–Riley 模型中的 q）；0 表示关闭空气传播途径'],
  '/contacts/airborne/breathingM3PerHour': ['Adult breathing rate', '成人呼吸量', '成人（产妇、陪护、工作人员）每小时吸入的空气量（Wells–Riley 模型中的 p）'],
  '/contacts/airborne/newbornBreathingM3PerHour': ['Newborn breathing rate', '新生儿呼吸量', '新生儿每小时吸入的空气量（Wells–Riley 模型中的 p）'],
  '/contacts/airborne/room/volumeM3': ['Room: air volume', '病房：空气体积', '病房（2–3 床）的空气体积'],
  '/contacts/airborne/room/airChangesPerHour': ['Room: air changes per hour', '病房：每小时换气次数', '病房（2–3 床）每小时以室外或过滤空气换气的次数'],
  '/contacts/airborne/corridor/volumeM3': ['Corridor: air volume', '走廊：空气体积', '病区走廊（一个单元）的空气体积'],
  '/contacts/airborne/corridor/airChangesPerHour': ['Corridor: air changes per hour', '走廊：每小时换气次数', '病区走廊（一个单元）每小时以室外或过滤空气换气的次数'],
  '/contacts/airborne/lift/volumeM3': ['Lift: air volume', '电梯：空气体积', '电梯轿厢的空气体积'],
  '/contacts/airborne/lift/airChangesPerHour': ['Lift: air changes per hour', '电梯：每小时换气次数', '电梯轿厢每小时以室外或过滤空气换气的次数'],
  '/contacts/airborne/nurseStation/volumeM3': ['Nurse station: air volume', '护士站：空气体积', '护士站柜台区的空气体积'],
  '/contacts/airborne/nurseStation/airChangesPerHour': ['Nurse station: air changes per hour', '护士站：每小时换气次数', '护士站柜台区每小时以室外或过滤空气换气的次数'],
  '/contacts/airborne/cabinet/volumeM3': ['Cabinet alcove: air volume', '智能柜区：空气体积', '智能柜所在的凹室的空气体积'],
  '/contacts/airborne/cabinet/airChangesPerHour': ['Cabinet alcove: air changes per hour', '智能柜区：每小时换气次数', '智能柜所在的凹室每小时以室外或过滤空气换气的次数'],
  '/contacts/airborne/shop/volumeM3': ['Shop: air volume', '商店：空气体积', '病区外的商店的空气体积'],
  '/contacts/airborne/shop/airChangesPerHour': ['Shop: air changes per hour', '商店：每小时换气次数', '病区外的商店每小时以室外或过滤空气换气的次数'],
  '/channels/ownSupplyShare': ['Own supplies share', '自备用品比例', '家属先用自备用品（入院前自带或自购）满足某项需求、无需外出取物的比例'],
  '/catalog/items/*/ownSupplyShare': ['Item {0}: own supplies share', '物品 {0}：自备比例', '该物品由家属自备用品满足的比例（代替 channels.ownSupplyShare）'],
  '/meta/timeZone': ['Time zone', '时区', '病区挂钟的时区（IANA 名称）；孪生体按它读取智能柜时间戳'],
  '/run/startDate': ['Start date', '开始日期', '仿真第 0 天的日期（场景时区的本地日期）'],
  '/births/monthOfYear': ['Births by month', '各月分娩分布', '一年中各月的分娩相对强度，1 月至 12 月'],
  '/births/spontaneous/dayOfWeek': ['Spontaneous labour by weekday', '自然临产的星期分布', '自然临产分娩在一周各天的相对强度，周一至周日'],
  '/births/spontaneous/hourOfDay': ['Spontaneous labour by hour', '自然临产的小时分布', '自然临产分娩在一天各小时的相对强度，0 至 23 时'],
  '/births/induced/dayOfWeek': ['Induced labour by weekday', '引产的星期分布', '引产分娩在一周各天的相对强度，周一至周日'],
  '/births/induced/hourOfDay': ['Induced labour by hour', '引产的小时分布', '引产分娩在一天各小时的相对强度，0 至 23 时'],
  '/births/scheduledCaesarean/dayOfWeek': ['Scheduled caesareans by weekday', '择期剖宫产的星期分布', '择期剖宫产在一周各天的相对强度，周一至周日'],
  '/births/scheduledCaesarean/hourOfDay': ['Scheduled caesareans by hour', '择期剖宫产的小时分布', '择期剖宫产在一天各小时的相对强度，0 至 23 时'],
  '/catalog/items/*/curve': ['Item {0}: use by day of stay', '物品 {0}：按住院天数的用量', '该物品按产后住院天数的每日用量曲线（自第几天起每天多少件）'],
  '/catalog/items/*/stockedBy': ['Item {0}: channels that hold it', '物品 {0}：供应渠道', '存放该物品的渠道（A）：只由护士发放的物品只在护士站'],
  '/catalog/tripHourWeights': ['Trip activity by hour', '取物行程的小时分布', '一天中各小时取物行程的相对强度，0 至 23 时'],
  '/channels/order': ['Channel order', '渠道顺序', '家属依次尝试的供应渠道（智能柜、护士站、商店）'],
  '/restock/roundHours': ['Restock round times', '补货时刻', '每天固定补货轮次的开始时刻（须在补货员班次内）'],
  '/restock/parTrigger': ['Par-level trigger', '补货点触发', '某物品低于补货点时是否召回补货员（仅在其班次内）'],
  '/outputs/sampleIntervalMin': ['Series sampling interval', '序列采样间隔', '时间序列的采样间隔；0 = 自动选择，使一次运行至多 maxSamples 个样本'],
  '/outputs/maxSamples': ['Most samples per series', '每序列最多样本', '每个时间序列的样本上限'],
  '/outputs/boardIntervalMin': ['Cabinet board interval', '柜面快照间隔', '货位级智能柜面板快照的间隔；0 = 按运行长度取 maxSamples 的四分之一'],
  '/outputs/waitBinMinutes': ['Wait histogram bin width', '等待直方图组距', '取物等待直方图每组的宽度'],
  '/outputs/waitBins': ['Wait histogram bins', '等待直方图组数', '取物等待直方图的组数（最后一组收集尾部）'],
};

/** `path` with each array index replaced by `*`, and the indices in order. */
function pattern(path: string): { key: string; indices: string[] } {
  const indices: string[] = [];
  const key = path.split('/').map((seg) => {
    if (!/^\d+$/.test(seg)) return seg;
    indices.push(seg);
    return '*';
  }).join('/');
  return { key, indices };
}

/** The texts of the parameter at `path` (a JSON pointer), indices filled in; undefined when it has no entry. */
export function parameterText(path: string): ParameterText | undefined {
  const { key, indices } = pattern(path);
  if (!Object.hasOwn(PARAMETERS, key)) return undefined;
  const at = (text: string): string => text.replace(/\{(\d)\}/g, (whole, i: string) => indices[Number(i)] ?? whole);
  const [en, zh, whatZh] = PARAMETERS[key];
  return { en: at(en), 'zh-CN': at(zh), whatZh };
}

/** The short name of the parameter at `path` in `lang`; the path itself when it has no entry. */
export function parameterName(path: string, lang: DisplayLang): string {
  return parameterText(path)?.[lang] ?? path;
}

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The schema's own `what` of the field at `path` (its description before the unit), or undefined. */
function schemaWhat(path: string): string | undefined {
  let node: SchemaNode | undefined = ScenarioSchema;
  for (const seg of path.split('/').slice(1)) {
    node = /^\d+$/.test(seg) ? node?.items : node?.properties?.[seg];
  }
  const what = node?.description?.split(' [')[0];
  return what === undefined || what === '' ? undefined : what;
}

/** What the parameter at `path` means, in `lang` (English from the schema, Chinese from this catalogue); undefined when unknown. */
export function parameterMeaning(path: string, lang: DisplayLang): string | undefined {
  return lang === 'en' ? schemaWhat(path) : parameterText(path)?.whatZh;
}

/** The schema's units in Chinese (English is the schema's own text). */
const UNITS_ZH: Readonly<Record<string, string>> = {
  integer: '整数', weekday: '星期', month: '月', d: '天', count: '次', 'deliveries/yr': '例/年', 'share 0..1': '比例 0..1', '%': '%', share: '比例',
  '1/d': '次/天', h: '小时', min: '分钟', nurses: '名护士', people: '人', ratio: '比值', units: '件', slots: '个货位', m: '米', s: '秒',
  '1/(slot d)': '次/(货位·天)', '1/(cabinet d)': '次/(柜·天)', beds: '床', 'm/s': '米/秒', servers: '个服务台', '1/h': '人/小时', '1/min': '/分钟',
  'min/d': '分钟/天', samples: '个样本', bins: '组', m3: '立方米', 'm3/h': '立方米/小时', 'quanta/h': '量子/小时', 'air changes/h': '次换气/小时',
  'IANA zone': 'IANA 时区', 'ISO date': 'ISO 日期',
};

/** Parameters whose schema unit means something else there: `units` counts ward units, not items. */
const UNITS_BY_PATH_ZH: Readonly<Record<string, string>> = { '/layout/units': '个护理单元' };

/** A schema unit (`min`, `share 0..1`) in `lang`, read for the parameter at `path` when given; a unit without a Chinese entry as written. */
export function unitName(unit: string, lang: DisplayLang, path?: string): string {
  if (lang === 'en') return unit;
  if (path !== undefined && Object.hasOwn(UNITS_BY_PATH_ZH, path)) return UNITS_BY_PATH_ZH[path];
  return Object.hasOwn(UNITS_ZH, unit) ? UNITS_ZH[unit] : unit;
}

/** The parameter patterns with an entry (`*` for an index), for tests and the README. */
export const NAMED_PARAMETERS: readonly string[] = Object.keys(PARAMETERS);
