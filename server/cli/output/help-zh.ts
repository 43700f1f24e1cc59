/**
 * The command line's help in Chinese: each command, argument and option description (the
 * English text commander was given is the key), commander's own titles and notes, and the few
 * descriptions that name a path of this machine (matched by pattern). A description without a
 * translation stays English; a test fails when one is missing.
 */

const DESCRIPTIONS: ReadonlyMap<string, string> = new Map([
  ["Digital twin and load simulation of supply logistics on maternity wards with smart dispensing cabinets", "配有智能发放柜的产科病区物资供应的数字孪生与负荷仿真"],
  ["output the version number", "显示版本号"],
  ["check a scenario file (or preset) and list every error with its JSON path and rule", "检查场景文件（或预设），列出每个错误的 JSON 路径和规则"],
  ["print { ok, scenario } or { ok, errors } as JSON", "以 JSON 输出 { ok, scenario } 或 { ok, errors }"],
  ["language of the messages: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)", "消息的语言：zh-CN 或 en（默认取 LC_ALL/LANG，zh* 即 zh-CN）"],
  ["scenario JSON file or preset name", "场景 JSON 文件或预设名称"],
  ["simulate a scenario over replications and print each KPI with its 95% confidence interval and an MSER-5 warm-up suggestion", "按多次重复仿真一个场景，输出每个指标及其 95% 置信区间和 MSER-5 预热期建议"],
  ["base seed of all random streams (default: the scenario's run.seed)", "所有随机流的基础种子（默认取场景的 run.seed）"],
  ["replications per scenario (default: the scenario's run.replications)", "每个场景的重复次数（默认取场景的 run.replications）"],
  ["days simulated after warm-up (sets run.horizonDays)", "预热后仿真的天数（设置 run.horizonDays）"],
  ["print the result as JSON (no table, no progress bar)", "以 JSON 输出结果（无表格、无进度条）"],
  ["language of the tables: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)", "表格的语言：zh-CN 或 en（默认取 LC_ALL/LANG，zh* 即 zh-CN）"],
  ["print what each KPI means under the tables", "在表格下方说明每个指标的含义"],
  ["worker threads (default: all cores; 0 = run in this process)", "工作线程数（默认为全部核心；0 = 在本进程中运行）"],
  ["send jobs to `wardtwin worker` processes through this Redis, e.g. redis://127.0.0.1:6379", "通过此 Redis 把任务发给 `wardtwin worker` 进程，例如 redis://127.0.0.1:6379"],
  ["queue name on Redis (default wardtwin-replications)", "Redis 上的队列名（默认 wardtwin-replications）"],
  ["add replications until the KPI's 95% CI half-width (compare: of the paired difference) is at most this; absolute, or relative to the mean with %", "不断增加重复，直到指标的 95% 置信区间半宽（compare 时为配对差值的半宽）不超过此值；可为绝对值，或带 % 表示相对均值"],
  ["cap on replications in --precision mode (default 200)", "--precision 模式下的重复次数上限（默认 200）"],
  ["preset name (see `wardtwin validate`) or scenario JSON file", "预设名称（见 `wardtwin validate`）或场景 JSON 文件"],
  ["compare scenarios with common random numbers: each one's KPIs and paired differences against the first", "用共同随机数比较场景：各场景的指标及其相对第一个场景的配对差值"],
  ["preset or file: the reference scenario", "预设或文件：作为基线的场景"],
  ["preset or file compared with the baseline", "与基线比较的预设或文件"],
  ["further scenarios, each compared with the baseline", "其他场景，各自与基线比较"],
  ["headline study city-mch (cabinets) against city-mch-baseline (common random numbers) on the server, with the visualizer; --no-serve or --json: in process, then exit", "在服务器上运行主研究：city-mch（有智能柜）对比 city-mch-baseline（共同随机数），并打开可视化页面；--no-serve 或 --json：在本进程中运行后退出"],
  ["port to serve on at 127.0.0.1 (a free port if it is busy); env WARDTWIN_PORT, default 8080", "在 127.0.0.1 上服务的端口（被占用时另选空闲端口）；环境变量 WARDTWIN_PORT，默认 8080"],
  ["run the study in this process, print it and exit (no server)", "在本进程中运行研究，输出后退出（不启动服务器）"],
  ["serve the visualizer as built (do not build it when missing or stale)", "按现有构建提供可视化页面（缺失或过期时也不重新构建）"],
  ["run a grid of scenario variants (sweep document) and report each KPI mean and 95% CI per point", "运行场景变体网格（扫描文档），报告每个点上各指标的均值和 95% 置信区间"],
  ["days simulated after warm-up for every point (sets run.horizonDays)", "每个点预热后仿真的天数（设置 run.horizonDays）"],
  ["also write the per-point table as CSV (atomically)", "同时把各点的表格写成 CSV（原子写入）"],
  ["also write the sweep result as JSON (atomically)", "同时把扫描结果写成 JSON（原子写入）"],
  ["print the sweep result as JSON (no table, no progress bar)", "以 JSON 输出扫描结果（无表格、无进度条）"],
  ["language of the output: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)", "输出的语言：zh-CN 或 en（默认取 LC_ALL/LANG，zh* 即 zh-CN）"],
  ["sweep document (JSON)", "扫描文档（JSON）"],
  ["take replication jobs from a Redis queue (run with --redis on run, compare, sweep, size)", "从 Redis 队列领取重复任务（配合 run、compare、sweep、size 的 --redis 使用）"],
  ["Redis URL, e.g. redis://127.0.0.1:6379", "Redis 地址，例如 redis://127.0.0.1:6379"],
  ["jobs run at once on worker threads (default: all cores)", "在工作线程上同时运行的任务数（默认为全部核心）"],
  ["queue name (default wardtwin-replications)", "队列名（默认 wardtwin-replications）"],
  ["job lock time; a killed worker's job is retried after about this long (default 30000)", "任务锁定时间；被终止的工作进程的任务约在此时间后重试（默认 30000）"],
  ["do not log finished jobs on stderr", "不在 stderr 上记录已完成的任务"],
  ["start the HTTP API, live streams, dispensing service and twin (default 127.0.0.1:8080)", "启动 HTTP API、实时数据流、发放服务和孪生体（默认 127.0.0.1:8080）"],
  ["address to bind (non-loopback needs WARDTWIN_TOKEN or WARDTWIN_TOKENS); env WARDTWIN_HOST, default 127.0.0.1", "绑定的地址（非本机地址需要 WARDTWIN_TOKEN 或 WARDTWIN_TOKENS）；环境变量 WARDTWIN_HOST，默认 127.0.0.1"],
  ["TCP port (0 = any free port); env WARDTWIN_PORT, default 8080", "TCP 端口（0 = 任一空闲端口）；环境变量 WARDTWIN_PORT，默认 8080"],
  ["preset whose cabinets the dispensing service and twin use", "发放服务和孪生体所用智能柜所属的预设"],
  ["replication threads per running job; env WARDTWIN_WORKERS, default all cores", "每个运行中任务的重复线程数；环境变量 WARDTWIN_WORKERS，默认为全部核心"],
  ["JSON log level on stdout (trace, debug, info, warn, error, fatal, silent); env WARDTWIN_LOG_LEVEL, default info", "stdout 上 JSON 日志的级别（trace、debug、info、warn、error、fatal、silent）；环境变量 WARDTWIN_LOG_LEVEL，默认 info"],
  ["most simulated deliveries one job may cost (replications x days x deliveries a day; default 5000000)", "一个任务最多可仿真的分娩数（重复次数 x 天数 x 每日分娩数；默认 5000000）"],
  ["most replications x 15-minute steps x people one twin forecast may cost (default 10000000)", "一次孪生体预测最多的 重复次数 x 15 分钟步数 x 人数（默认 10000000）"],
  ["most patients admitted at once in the dispensing service and the twin (default 2000)", "发放服务和孪生体中同时在院的最多患者数（默认 2000）"],
  ["furthest a twin event may lie after the twin clock, minutes (default 10080)", "孪生体事件最多可超前孪生体时钟的分钟数（默认 10080）"],
  ["comma-separated host names accepted in Host and Origin besides loopback and the bound address", "除本机和绑定地址外，Host 和 Origin 中可接受的主机名，以逗号分隔"],
  ["find the cheapest cabinets and restock rounds meeting service targets with 95% confidence (or a curve over deliveries)", "找出以 95% 置信度满足服务目标的最省钱的智能柜和补货轮次（或随分娩量变化的曲线）"],
  ["annual deliveries (sets births.annualDeliveries)", "年分娩量（设置 births.annualDeliveries）"],
  ["scenario to size (its cabinet model, catalog and ward)", "要测算的场景（其智能柜型号、物资目录和病区）"],
  ["size every volume from:to:step (e.g. 1000:30000:1000)", "测算 起点:终点:步长 的每个分娩量（例如 1000:30000:1000）"],
  ["target: fill rate at least (default 0.995)", "目标：满足率至少为（默认 0.995）"],
  ["target: trip wait p95 at most, minutes (default 5)", "目标：取物等待 p95 至多为，分钟（默认 5）"],
  ["target: stock-out slot-hours per 1,000 patient-days at most (default 50; an item counts as out in a cabinet when all its lanes are empty or jammed; a 6,000-delivery ward sized with the defaults measures about 15)", "目标：每 1,000 患者日的缺货货位小时至多为（默认 50；某物品在一台智能柜中的全部货道都空或卡住时计为缺货；按默认值测算的 6,000 例分娩病区约为 15）"],
  ["cabinet lease per year, CNY (default 30000, an assumption)", "每台智能柜每年租金，元（默认 30000，为假设）"],
  ["restock labour per hour, CNY (default 50)", "补货人工每小时，元（默认 50）"],
  ["holding cost per unit-year, CNY (default 1.5)", "每件每年的库存持有成本，元（默认 1.5）"],
  ["value of a nurse minute freed, CNY (an assumption; the portfolio's default is 1): the answer then shows the plan's benefit, nurse minutes freed a year against the ward without cabinets (paired runs) times this value, beside its cost", "节省一分钟护士时间的价值，元（为假设；项目组合的默认值为 1）：结果将在成本旁显示方案的收益，即相对无智能柜病区每年节省的护士分钟（配对运行）乘以此值"],
  ["nurse roster at other volumes: scaled keeps the scenario's nurses per bed (default), fixed keeps its roster", "其他分娩量下的护士排班：scaled 保持场景的每床护士数（默认），fixed 保持原排班"],
  ["restock rounds per day to consider, each 1-6, placed in the restocker shift (default 1,2,3,4)", "要考虑的每日补货轮次，每个 1–6，安排在补货员班次内（默认 1,2,3,4）"],
  ["cabinet models to consider, comma-separated: the scenario's (priced at --cabinet-cost) or the catalogue's compact-36 CNY 22000/yr, standard-60 CNY 30000/yr, large-96 CNY 42000/yr (A: assumptions); default the scenario's first", "要考虑的智能柜型号，以逗号分隔：场景自带的（按 --cabinet-cost 计价）或目录中的 compact-36 每年 22000 元、standard-60 每年 30000 元、large-96 每年 42000 元（A：假设）；默认取场景的第一个"],
  ["par levels to consider (share of a SKU's capacity in a cabinet that calls a par round, each 0-1, comma-separated; turns the par trigger on); default the scenario's", "要考虑的补货触发水平（某物品在柜中容量的比例，低于此即触发补货，每个 0–1，以逗号分隔；会启用触发补货）；默认取场景的"],
  ["uniform: every cabinet of the plan's model (default); per-cabinet: each cabinet gets the cheapest of --models that covers the demand routed to it", "uniform：所有智能柜都用方案的型号（默认）；per-cabinet：每台智能柜取 --models 中能满足分到它的需求的最便宜型号"],
  ["most cabinets considered (default 30)", "考虑的最多智能柜数（默认 30）"],
  ["replications per candidate (default 5)", "每个候选方案的重复次数（默认 5）"],
  ["cap for undecided candidates (default 20)", "未定候选方案的重复次数上限（默认 20）"],
  ["base seed", "基础种子"],
  ["days simulated after warm-up per replication", "每次重复预热后仿真的天数"],
  ["also write the curve (or answer) as CSV (atomically)", "同时把曲线（或结果）写成 CSV（原子写入）"],
  ["also write the result as JSON (atomically)", "同时把结果写成 JSON（原子写入）"],
  ["print the result as JSON", "以 JSON 输出结果"],
  ["generate a STRESS-DES report with an ODD model description from a run or comparison result", "根据运行或比较结果生成含 ODD 模型描述的 STRESS-DES 报告"],
  ["md or html", "md 或 html"],
  ["write the report to this file (atomically) instead of stdout", "把报告写到此文件（原子写入），而不是 stdout"],
  ["add the verification and validation section from `validate-model --json`", "加入来自 `validate-model --json` 的验证与确认章节"],
  ["add the sensitivity section from `sensitivity --json`", "加入来自 `sensitivity --json` 的敏感性分析章节"],
  ["language of the report: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)", "报告的语言：zh-CN 或 en（默认取 LC_ALL/LANG，zh* 即 zh-CN）"],
  ["language of the log lines: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)", "日志行的语言：zh-CN 或 en（默认取 LC_ALL/LANG，zh* 即 zh-CN）"],
  ["result JSON file (from run --json or compare --json)", "结果 JSON 文件（来自 run --json 或 compare --json）"],
  ["plan every hospital of the programme's application form (CSV) and rank them by benefit per cost", "为项目申请表（CSV）中的每家医院制定方案，并按收益/成本排序"],
  ["days simulated after warm-up per replication (default: the presets' year)", "每次重复预热后仿真的天数（默认按预设的一年）"],
  ["replications per sizing candidate and per effect pair (default 5)", "每个测算候选方案和每对效果比较的重复次数（默认 5）"],
  ["cap for undecided sizing candidates (default max(replications, 20))", "未定测算候选方案的重复次数上限（默认 max(replications, 20)）"],
  ["base seed (default 1)", "基础种子（默认 1）"],
  ["restock rounds per day to consider, each 1-6 (default 1,2,3,4)", "要考虑的每日补货轮次，每个 1–6（默认 1,2,3,4）"],
  ["most cabinets per hospital (default 30)", "每家医院的最多智能柜数（默认 30）"],
  ["target: stock-out slot-hours per 1,000 patient-days at most", "目标：每 1,000 患者日的缺货货位小时至多为"],
  ["cabinet lease per year, CNY (default 30000)", "每台智能柜每年租金，元（默认 30000）"],
  ["value of a nurse minute freed, CNY (default 1)", "节省一分钟护士时间的价值，元（默认 1）"],
  ["value of a boundary crossing avoided, CNY (default 5)", "避免一次出入病区的价值，元（默认 5）"],
  ["value of an expected infection avoided, CNY (default 15000)", "避免一例预期感染的价值，元（默认 15000）"],
  ["also write the ranking as CSV, UTF-8 with BOM for Excel (atomically)", "同时把排名写成 CSV（带 BOM 的 UTF-8，便于 Excel 打开；原子写入）"],
  ["list the preset scenarios: id, name, deliveries a year, cabinets and description", "列出预设场景：编号、名称、年分娩量、智能柜数和说明"],
  ["print the presets as a JSON array", "以 JSON 数组输出预设"],
  ["language of the list: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)", "列表的语言：zh-CN 或 en（默认取 LC_ALL/LANG，zh* 即 zh-CN）"],
  ["check or repair the server's SQLite store (stop the server first)", "检查或修复服务器的 SQLite 存储（请先停止服务器）"],
  ["integrity, schema version, counts, and whether the twin and dispensing ledgers replay; exit 0 sound, 1 problems", "完整性、结构版本、计数，以及孪生体和发放台账能否重放；正常退出码 0，有问题 1"],
  ["print the report as JSON", "以 JSON 输出报告"],
  ["move twin ledger rows that do not replay to twin_quarantine and resolve it, so the next start is read-write; deletes nothing", "把无法重放的孪生体台账行移到 twin_quarantine 并处理，使下次启动可读写；不删除任何内容"],
  ["print what was done as JSON", "以 JSON 输出所做的操作"],
  ["global sensitivity (Morris screening, Sobol indices) of KPIs, or of the paired difference scenario - baseline, to the basis-A assumptions", "指标（或 场景 - 基线 的配对差值）对 A 类假设的全局敏感性（Morris 筛选、Sobol 指数）"],
  ["morris (screening) or sobol (screening, then Sobol S1/ST for the --top factors)", "morris（筛选）或 sobol（先筛选，再为 --top 个因素计算 Sobol S1/ST）"],
  ["comma-separated KPI keys (default: nurseSupplyMinutesPerShift, boundaryCrossings, expectedInfections, fillRate)", "以逗号分隔的指标键（默认 nurseSupplyMinutesPerShift、boundaryCrossings、expectedInfections、fillRate）"],
  ["comma-separated JSON pointers, each optionally =lo:hi (default: every basis-A and anecdotal-S scalar)", "以逗号分隔的 JSON 指针，每个可带 =下限:上限（默认为全部 A 类和轶事性 S 类标量）"],
  ["default range = value x (1 +/- s), cut to schema bounds; \"schema\" = whole schema range (default 0.5)", "默认范围 = 值 x (1 +/- s)，截到结构定义的界限内；\"schema\" = 结构定义的整个范围（默认 0.5）"],
  ["Morris trajectories (default 10)", "Morris 轨迹数（默认 10）"],
  ["Sobol base sample size N (default 64)", "Sobol 基础样本量 N（默认 64）"],
  ["factors kept for Sobol after screening (default 6)", "筛选后保留做 Sobol 分析的因素数（默认 6）"],
  ["base seed (default: the scenario's run.seed)", "基础种子（默认取场景的 run.seed）"],
  ["replications per design point (default 1; all points share them: CRN)", "每个设计点的重复次数（默认 1；所有点共用：共同随机数）"],
  ["also write the ranked rows as CSV (atomically)", "同时把排序后的行写成 CSV（原子写入）"],
  ["say under each factor what the parameter means", "在每个因素下说明参数的含义"],
  ["preset name or file (with a second argument: the baseline)", "预设名称或文件（有第二个参数时为基线）"],
  ["compared scenario: outputs become compared - baseline", "比较的场景：输出为 比较场景 - 基线"],
  ["generated validation report: verification rows (inputs, theory) and validation rows (published data); exit 1 when a verification row fails", "生成的验证报告：验证行（输入、理论）和确认行（已发表数据）；有验证行未通过时退出码为 1"],
  ["replications (default 10)", "重复次数（默认 10）"],
  ["days simulated after warm-up (default: the scenario's run.horizonDays)", "预热后仿真的天数（默认取场景的 run.horizonDays）"],
  ["ward without cabinets for the cabinet-effect rows (default <scenario>-baseline when that preset exists)", "用于智能柜效果行的无智能柜病区（默认为 <scenario>-baseline，若该预设存在）"],
  ["print the report as JSON (no table, no progress bar)", "以 JSON 输出报告（无表格、无进度条）"],
  ["preset name or file", "预设名称或文件"],
  ["fit a scenario to a cabinet transaction log (CSV or JSON) and write the scenario patch", "用智能柜交易记录（CSV 或 JSON）拟合场景，并写出场景补丁"],
  ["preset name or scenario file the log is fitted against", "记录所拟合的预设名称或场景文件"],
  ["write the scenario patch (RFC 7386 merge patch, with \"extends\" for a preset) here", "把场景补丁（RFC 7386 合并补丁，预设时带 \"extends\"）写到这里"],
  ["print the whole calibration as JSON", "以 JSON 输出完整的校准结果"],
  ["language of the tables: zh-CN or en (default: from LC_ALL/LANG)", "表格的语言：zh-CN 或 en（默认取 LC_ALL/LANG）"],
  ["most rows read (default 200000)", "最多读取的行数（默认 200000）"],
  ["the log: .json (an array of rows, or { rows }) or CSV with a header row", "记录：.json（行的数组，或 { rows }），或带表头的 CSV"],
  ["write the cabinet transaction log of one simulated replication (CSV)", "写出一次仿真重复的智能柜交易记录（CSV）"],
  ["days simulated (no warm-up: the log starts on an empty ward)", "仿真的天数（无预热：记录从空病区开始）"],
  ["seed of the replication", "该次重复的种子"],
  ["write the log here (default stdout)", "把记录写到这里（默认 stdout）"],
  ["preset name or scenario file (with cabinets)", "预设名称或场景文件（需有智能柜）"],
  ["display help for command", "显示命令的帮助"],
]);

/** Descriptions that embed this machine's default store path. */
const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^SQLite store of the server; env WARDTWIN_DB, default (.+)$/, (m) => `服务器的 SQLite 存储；环境变量 WARDTWIN_DB，默认 ${m[1]}`],
  [/^SQLite store for runs and the twin ledger; env WARDTWIN_DB, default (.+)$/, (m) => `保存运行和孪生体台账的 SQLite 存储；环境变量 WARDTWIN_DB，默认 ${m[1]}`],
  [/^the store \(default (.+)\)$/, (m) => `存储文件（默认 ${m[1]}）`],
];

/** Commander's section titles. */
const TITLES: ReadonlyMap<string, string> = new Map([
  ['Usage:', '用法：'], ['Options:', '选项：'], ['Commands:', '命令：'], ['Arguments:', '参数：'], ['Global Options:', '全局选项：'],
]);

/** The Chinese of a help description, or undefined when there is none. */
export function helpDescriptionZh(text: string): string | undefined {
  const known = DESCRIPTIONS.get(text);
  if (known !== undefined) return known;
  for (const [pattern, write] of PATTERNS) {
    const m = pattern.exec(text);
    if (m !== null) return write(m);
  }
  return undefined;
}

/** A section title in Chinese (as given when unknown). */
export function helpTitleZh(title: string): string {
  return TITLES.get(title) ?? title;
}

/** The details commander adds after an option's description, in Chinese: `(default: 5)` → `（默认：5）`. */
export function helpExtrasZh(text: string): string {
  return text.replace(/ ?\((default|choices|preset|env): ([^()]*)\)$/, (_all, kind: string, value: string) => `（${{ default: '默认', choices: '可选值', preset: '预置', env: '环境变量' }[kind] ?? kind}：${value}）`);
}
