/**
 * The shape of one entry of the KPI catalogue: what a planner needs to read a KPI of the ward's
 * output (its name and unit in Chinese and English, what it counts, which way is better, how to
 * print it and what values it can take). The entries themselves are in `kpi-catalogue-*.ts`.
 */

/** The languages every person-facing KPI text exists in. */
export type KpiLocale = 'en' | 'zh-CN';

/** A text in every {@link KpiLocale}. */
export type LocalizedText = Readonly<Record<KpiLocale, string>>;

/**
 * How a value is printed: `count` whole events or people (totals), `expected` expected counts
 * (fractional, often small), `share` a fraction 0..1 (shown as a percentage), `minutes`, `hours`,
 * `days` durations, `units` supply units (pads, nappies, ...), `rate` events per 1,000 patient-days.
 */
export type KpiFormat = 'count' | 'expected' | 'share' | 'minutes' | 'hours' | 'days' | 'units' | 'rate';

/**
 * What one value covers: `run` a total, share, quantile or time-average over the whole
 * statistics window (`run.horizonDays` after warm-up; totals grow with the horizon), `day` per
 * simulated day, `shift` per roster shift worked, `trip` per supply trip, `stay` per postpartum
 * stay, `patientDays1000` per 1,000 occupied bed-days.
 */
export type KpiPer = 'run' | 'day' | 'shift' | 'trip' | 'stay' | 'patientDays1000';

/** The values a KPI can take; `max` null = unbounded above. */
export interface KpiRange {
  readonly min: number;
  readonly max: number | null;
}

/** One KPI as the catalogue describes it (everything except the key). */
export interface KpiFacts {
  /** Short name for tables and chart axes. */
  readonly label: LocalizedText;
  /** Unit as printed beside a value (`min`, `h`, `share`, ...). */
  readonly unit: LocalizedText;
  /** What the model counts, in one or two sentences. */
  readonly definition: LocalizedText;
  /** True when lower is better, false when higher is better, null for context (volume, demand). */
  readonly lowerIsBetter: boolean | null;
  readonly format: KpiFormat;
  readonly per: KpiPer;
  readonly range: KpiRange;
}

/** A catalogue entry: the KPI's stable key (as in the run result) and its facts. */
export interface KpiDefinition extends KpiFacts {
  readonly key: string;
}

/** Units shared by many entries. */
export const UNIT = {
  count: { en: 'count', 'zh-CN': '次' },
  people: { en: 'count', 'zh-CN': '例' },
  lines: { en: 'lines', 'zh-CN': '行' },
  units: { en: 'units', 'zh-CN': '件' },
  share: { en: 'share', 'zh-CN': '比例' },
  minutes: { en: 'min', 'zh-CN': '分钟' },
  hours: { en: 'h', 'zh-CN': '小时' },
  days: { en: 'd', 'zh-CN': '天' },
  episodes: { en: 'episodes', 'zh-CN': '次' },
  infections: { en: 'expected cases', 'zh-CN': '预期例数' },
} as const satisfies Record<string, LocalizedText>;

/** Range of every quantity that cannot be negative. */
export const NON_NEGATIVE: KpiRange = { min: 0, max: null };

/** Range of a share. */
export const SHARE: KpiRange = { min: 0, max: 1 };
