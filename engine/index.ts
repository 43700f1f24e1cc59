/**
 * The engine's application API: what the server, the CLI and the benchmarks use to simulate a
 * ward, run experiments on it, serve a dispensing service and describe the KPIs. It lists names,
 * not layers: the layers (kernel, dispensing core, ward model, experiments) have their own
 * entries, reachable as package subpaths (`wardtwin/engine/kernel`, ...). The executors that
 * need threads or a queue (worker pool, BullMQ on Redis) are in `./experiment/executors/index.ts`
 * (`wardtwin/engine/executors`), so importing this entry loads no queue or pool library.
 */

// the DES kernel: the clock and the seeded random streams (benchmarks, the twin's forecast)
export { Environment, RandomStream, RandomStreams } from './kernel/index.js';

// the pure dispensing core: state, dispense, patients, restock, faults, stock levels, planogram
export {
  DispensingInputError,
  createDispensingState,
  copyDispensingState,
  DEFAULT_IDEMPOTENCY_WINDOW,
  admitPatient,
  dischargePatient,
  dispense,
  dispenseUnits,
  planRestock,
  applyRestock,
  deliveryFromPlan,
  setSlotJammed,
  setCabinetOnline,
  applyEvent,
  stockLevel,
  planogram,
  cabinetSummaries,
  cabinetView,
  cabinetViews,
  hasCabinet,
} from './dispensing/index.js';
export type {
  PatientKind,
  CatalogItem,
  CabinetModel,
  EntitlementRule,
  DispensingConfig,
  AdmitRequest,
  DispenseRequest,
  RefusalReason,
  Grant,
  DispenseOutcome,
  LedgerEvent,
  DispensingState,
  RestockPolicy,
  RestockDelivery,
  RestockReceipt,
  StockLevel,
  CabinetSummary,
  CabinetView,
  SlotView,
} from './dispensing/index.js';

// the ward model and its KPI catalogue
export { simulateWard, compileParams, dispensingConfig, buildLayout, KPI_CATALOGUE, kpiDefinition, orderKpiKeys } from './ward/index.js';
export type { KpiDefinition, KpiFormat, KpiLocale, KpiPer, LocalizedText, WardReplication, WardSeries } from './ward/index.js';

// experiments: replications, comparisons under common random numbers, precision, warm-up, sweeps, sizing
export {
  halfWidth,
  runReplicationJob,
  createInProcessExecutor,
  abortReason,
  runReplications,
  compareScenarios,
  runToPrecision,
  DEFAULT_MAX_REPLICATIONS,
  compareToPrecision,
  suggestWarmup,
  warmupReport,
  SweepSchema,
  planSweep,
  planSweepSteps,
  runSweep,
  ImpossibleTargetsError,
  resolveTargets,
  DEFAULT_MAX_STOCKOUT_SLOT_HOURS,
  sizeWard,
  sizingCurve,
  COST_INPUTS,
  resolveCosts,
  MAX_ROUNDS_PER_DAY,
} from './experiment/index.js';
export type {
  Summary,
  ReplicationJob,
  ReplicationOutcome,
  Executor,
  ExecutorRunOptions,
  RunResult,
  RunStatistics,
  RolePairSummary,
  Timing,
  ReplicationOptions,
  Progress,
  ComparisonResult,
  PairedDifference,
  PrecisionComparisonResult,
  PrecisionTarget,
  PrecisionReport,
  PrecisionRunResult,
  WarmupReport,
  BaseResolver,
  SweepAxis,
  SweepPlan,
  SweepPlanResult,
  SweepPoint,
  SweepPointResult,
  SweepResult,
  SizingTargets,
  WardSizingOptions,
  WardSizing,
  CurvePoint,
  SizingCurve,
  PlanTried,
  Staffing,
  WardPlan,
  SizingCosts,
  ResolvedCosts,
  PlanCost,
} from './experiment/index.js';
