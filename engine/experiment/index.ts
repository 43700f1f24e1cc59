/**
 * Public entry of the experiment layer: replications of the ward model with Student-t
 * confidence intervals, comparisons with common random numbers (paired differences), and the
 * executor seam that in-process, worker-pool and distributed runners share.
 */
export { studentTQuantile, studentTCdf } from './student-t.js';
export { summarise, halfWidth } from './summary.js';
export type { Summary } from './summary.js';
export { pairedDifferences, PAIRED_CRN_METHOD } from './paired.js';
export { runReplicationJob, replicationJobs } from './replication-job.js';
export type { ReplicationJob, ReplicationOutcome } from './replication-job.js';
export { createInProcessExecutor } from './executors/in-process-executor.js';
export { abortReason } from './executors/executor.js';
export type { Executor, ExecutorKind, ExecutorRunOptions, JobProgress } from './executors/executor.js';
export { summariseOutcomes, kpiColumns, rolePairColumns, shiftColumns, makeTiming } from './run-result.js';
export type { RunResult, RunStatistics, RolePairSummary, Timing } from './run-result.js';
export { runReplications, resolveReplicationOptions, runBatch } from './run-replications.js';
export type { ReplicationOptions, ResolvedReplicationOptions, Progress } from './run-replications.js';
export { compareScenarios, buildComparison } from './compare-scenarios.js';
export type { ComparisonResult, PairedDifference } from './compare-scenarios.js';
// Experiments at scale (issue 5): precision mode, warm-up suggestion, sweeps, sizing.
export { runToPrecision, DEFAULT_MAX_REPLICATIONS } from './precision.js';
export { compareToPrecision } from './compare-precision.js';
export type { PrecisionComparisonResult } from './compare-precision.js';
export type { PrecisionTarget, PrecisionReport, PrecisionRunResult } from './precision.js';
export { mser5, MSER_BATCH } from './mser.js';
export type { MserResult } from './mser.js';
export { suggestWarmup, warmupBasis, warmupReport } from './warmup-suggestion.js';
export type { WarmupOptions, WarmupReport, WarmupSeries, WarmupSuggestion } from './warmup-suggestion.js';
export { SweepSchema, SweepParameterSchema, SWEEP_SCHEMA_VERSION, MAX_SWEEP_POINTS, MAX_SWEEP_JOBS } from './sweep-schema.js';
export type { SweepDocument } from './sweep-schema.js';
export { planSweep, planSweepSteps } from './sweep-plan.js';
export type { BaseResolver, SweepAxis, SweepPlan, SweepPlanResult, SweepPoint } from './sweep-plan.js';
export { runSweep } from './run-sweep.js';
export type { SweepPointResult, SweepResult } from './run-sweep.js';
export { parsePointer, setAtPointer } from './json-pointer.js';
export { searchSizing, ImpossibleTargetsError } from './sizing-search.js';
export type { SizingCandidate, CandidateVerdict, SearchOptions, SearchResult } from './sizing-search.js';
export { resolveTargets, checkTargets, overallVerdict, DEFAULT_MAX_STOCKOUT_SLOT_HOURS } from './sizing-targets.js';
export type { SizingTargets, ResolvedTargets, SizingSample, TargetCheck } from './sizing-targets.js';
export { sizeWard } from './ward-sizing.js';
export { configureWard, roundHoursFor } from './ward-plan.js';
export type { Staffing, WardPlan } from './ward-plan.js';
export { sizingCurve } from './sizing-curve.js';
export type { CurvePoint, SizingCurve, SizingCurveOptions } from './sizing-curve.js';
export type { WardVerdict, WardSizing } from './ward-sizing.js';
export type { WardSizingOptions, PlanRun } from './sizing-options.js';
export { MAX_SIZING_VARIANTS } from './sizing-options.js';
export type { PlanBenefit } from './sizing-benefit.js';
export type { PlanTried } from './sizing-pareto.js';
export { CABINET_CATALOGUE } from './cabinet-catalogue.js';
export type { CatalogueModel } from './cabinet-catalogue.js';
export { cabinetPlans, routedShares } from './cabinet-plan.js';
export type { CabinetPlan, PlanogramMode } from './cabinet-plan.js';
export { searchVariants } from './sizing-search.js';
export { COST_INPUTS, resolveCosts, planCost } from './sizing-costs.js';
export type { SizingCosts, ResolvedCosts, PlanCost, CostInput } from './sizing-costs.js';
export { placeRounds, tripActivityByHour, MAX_ROUNDS_PER_DAY } from './round-placement.js';
export type { RoundPlacement, ShiftWindow } from './round-placement.js';
export { runForecast, runWhatIf, DEFAULT_SERVICE_TARGET } from './forecast/run-forecast.js';
export type { ForecastOptions, WhatIfResult } from './forecast/run-forecast.js';
export type { ForecastSummary, SlotForecast, CabinetSkuForecast, CabinetForecast, PickLine, StockoutQuantiles } from './forecast/forecast-summary.js';
export { forecastStart, simulatedLiveState } from './forecast/forecast-start.js';
// Portfolio mode (issue 15): hospitals from the programme's form, planned and ranked by benefit per cost.
export { parseCsv } from './portfolio/csv-parse.js';
export type { CsvRecord, CsvSyntaxError } from './portfolio/csv-parse.js';
export { parseHospitals, HOSPITAL_COLUMNS } from './portfolio/hospital-row.js';
export { rowErrorZh } from './portfolio/row-error-text.js';
export type { HospitalRow, HospitalType, RowError, ParsedHospitals } from './portfolio/hospital-row.js';
export { hospitalScenarios, presetFor, PORTFOLIO_PRESETS } from './portfolio/hospital-scenario.js';
export type { PresetLookup, PortfolioPreset, HospitalScenarios, MappingAssumption } from './portfolio/hospital-scenario.js';
export { assumptionSentence, ASSUMPTION_KEYS } from './portfolio/assumption-texts.js';
export type { AssumptionKey, AssumptionLang } from './portfolio/assumption-texts.js';
export { BENEFIT_INPUTS, resolveBenefitValues } from './portfolio/benefit-values.js';
export type { BenefitValues, ResolvedBenefitValues } from './portfolio/benefit-values.js';
export type { PlanEffects } from './portfolio/plan-effects.js';
export { runPortfolio, MAX_PORTFOLIO_HOSPITALS } from './portfolio/run-portfolio.js';
export type { PortfolioOptions, PortfolioResult, PortfolioEntry, PortfolioPlan } from './portfolio/run-portfolio.js';
export { portfolioCsv, PORTFOLIO_CSV_COLUMNS } from './portfolio/portfolio-csv.js';
// Global sensitivity analysis (issue 14): Morris screening, Sobol indices, on the ward or any function.
export { morrisDesign, morrisIndices, elementaryEffects } from './sensitivity/morris.js';
export type { MorrisDesign, MorrisIndex } from './sensitivity/morris.js';
export { saltelliDesign, sobolIndices } from './sensitivity/sobol.js';
export type { SaltelliDesign, SobolIndex } from './sensitivity/sobol.js';
export { unitRandom } from './sensitivity/unit-random.js';
export type { UnitRandom } from './sensitivity/unit-random.js';
export { defaultFactorPaths, resolveFactors, factorValue, parseFactorList, DEFAULT_SPREAD } from './sensitivity/factor-space.js';
export type { Factor, FactorRequest } from './sensitivity/factor-space.js';
export { scenarioAt, wardKpiKeys, evaluatePoints } from './sensitivity/ward-evaluation.js';
export type { WardTarget } from './sensitivity/ward-evaluation.js';
export { runSensitivity } from './sensitivity/run-sensitivity.js';
export { differenceVerdictName } from './sensitivity/verdict-names.js';
export type { SensitivityPlan, SensitivityResult, KpiSensitivity, MorrisRow, SobolRow, DifferenceVerdict } from './sensitivity/run-sensitivity.js';
export { planSensitivity, DEFAULT_SENSITIVITY_KPIS, MAX_SENSITIVITY_JOBS } from './sensitivity/plan-sensitivity.js';
export type { SensitivityRequest } from './sensitivity/plan-sensitivity.js';
// Validation report (issue 14): the model against its inputs, theory and published bands.
export { runValidation } from './validation/run-validation.js';
export { NAMED_VALIDATION_CHECKS, validationCheckName, validationRowText, validationVerdictName } from './validation/check-names.js';
export type { ValidationReport } from './validation/run-validation.js';
export type { WardDiagnostics } from '../ward/index.js';
export type { ValidationRow, ValidationVerdict } from './validation/validation-rows.js';
export { chiSquaredTest, upperGammaQ } from './validation/chi-squared.js';
export type { ChiSquared } from './validation/chi-squared.js';
export { expectedBirths } from './validation/expected-births.js';
export type { ExpectedBirths } from './validation/expected-births.js';
export {
  PUBLISHED_BANDS, CONTACT_EPISODES_PER_PATIENT_DAY, CONTACT_MINUTES_PER_PATIENT_DAY, CONTACTS_PER_PERSON_DAY, ROOM_ENTRIES_PER_PATIENT_HOUR,
  NURSE_SHARE_OF_ROOM_ENTRIES, VISITOR_SHARE_OF_ROOM_ENTRIES, VISITOR_BAN_REDUCTION, WEEKEND_BIRTH_DIP,
} from './validation/published-bands.js';
export type { PublishedBand } from './validation/published-bands.js';
// Calibration from a cabinet transaction log.
export { calibrate } from './calibration/calibrate.js';
export type { CalibrateOptions, CalibrationResult, CoverageDiagnostic, LogSummary } from './calibration/calibrate.js';
export { exportCabinetLog, cabinetLogRows, slotSkus } from './calibration/export-log.js';
export type { ExportLogOptions } from './calibration/export-log.js';
export { LOG_COLUMNS, LOG_ROW_TYPES, REQUIRED_FIELDS } from './calibration/log-row.js';
export type { LogField, LogRow, LogRowType } from './calibration/log-row.js';
export type { DayRate, SkuConsumptionFit } from './calibration/consumption-fit.js';
export type { HourFit, HourRate } from './calibration/hour-fit.js';
export type { Estimate, RestockFit, SessionFit } from './calibration/screen-fit.js';
