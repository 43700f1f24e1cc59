/**
 * Births: deliveries arrive as a non-homogeneous Poisson process built from the annual volume
 * and month-of-year, day-of-week and hour-of-day shapes, separately for spontaneous labour,
 * induced labour and scheduled caesareans (weekday mornings only, as issue 4 specifies). Twins
 * and an optional peak window (auspicious dates) on top.
 *
 * Weekend dip. The dip of the defaults is Σ share_k · weekend level_k ÷ Σ share_k · weekday
 * level_k − 1, each kind's day-of-week shape normalised to mean 1 (`weekendDip` in engine/ward
 * computes it for any scenario). Scheduled caesareans are 0.36 × 0.4 = 14.4 % of births,
 * spontaneous labour 0.856 × 0.75 = 64.2 %, induced 0.856 × 0.25 = 21.4 %. With scheduled
 * caesareans on weekdays only, a flat spontaneous week and an induced week that spills Friday's
 * starts into Saturday (Mon 0.95, Tue–Sat 1.05, Sun 0.8), the defaults give −21 %: steeper than
 * the −10 to −18 % published for Swiss, US and Australian hospitals (DOMAIN.md), because those
 * have fewer scheduled caesareans and some weekend lists. The scheduled share takes the lower end
 * of its 0.4–0.6 range for that reason (0.5 with weekday-heavy inductions gave −34 %). A hospital
 * that runs weekend theatre lists sets `scheduledCaesarean.dayOfWeek` accordingly.
 */
import { Type } from '@sinclair/typebox';
import { int, num, share, shape } from './field.js';

const MARTIN = 'Martin et al., PLOS ONE 2018; NCHS Data Brief 200';

/** Spontaneous labour: peak ~04:00, trough mid-afternoon (about +/-15 %). */
export const SPONTANEOUS_HOURS = [1.13, 1.14, 1.15, 1.15, 1.15, 1.14, 1.12, 1.09, 1.05, 1.01, 0.97, 0.93, 0.9, 0.87, 0.86, 0.85, 0.86, 0.87, 0.89, 0.92, 0.96, 1.0, 1.05, 1.1];
/** Induced labour: births cluster in the afternoon and evening after morning starts. */
export const INDUCED_HOURS = [0.85, 0.75, 0.68, 0.65, 0.65, 0.68, 0.75, 0.85, 0.96, 1.08, 1.18, 1.27, 1.33, 1.36, 1.36, 1.35, 1.33, 1.28, 1.2, 1.1, 1.0, 0.95, 0.9, 0.87];
/** Scheduled caesareans: theatre lists on weekday mornings, 09-12, nothing at night. */
export const SCHEDULED_CS_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 1.5, 5, 5.5, 5, 2.5, 1.5, 1.5, 1, 0.5, 0, 0, 0, 0, 0, 0, 0];

/** Spontaneous labour: flat across the week. */
export const SPONTANEOUS_WEEK = [1, 1, 1, 1, 1, 1, 1];
/** Induced labour, Monday..Sunday: weekday starts, births about a day later. */
export const INDUCED_WEEK = [0.95, 1.05, 1.05, 1.05, 1.05, 1.05, 0.8];
/** Scheduled caesareans, Monday..Sunday: weekday lists only. */
export const SCHEDULED_CS_WEEK = [1, 1, 1, 1, 1, 0, 0];

/** Arrival shape of one delivery kind. */
function kindShape(what: string, hours: number[], week: number[], weekSource: string) {
  return Type.Object(
    {
      hourOfDay: shape(`${what}: hour-of-day shape, 00..23`, 24, 'S', MARTIN, hours),
      dayOfWeek: shape(`${what}: day-of-week shape, Monday..Sunday`, 7, 'S', weekSource, week),
    },
    { additionalProperties: false, description: `${what} arrival shape` },
  );
}

/** The birth process. */
export const BirthsSchema = Type.Object(
  {
    annualDeliveries: int({ what: 'Deliveries per year (application form volume)', unit: 'deliveries/yr', basis: 'S', source: 'programme application; pilots 1,500 to 20,000+', default: 6000, min: 1, max: 100000 }),
    caesareanShare: share({ what: 'Share of deliveries by caesarean section', basis: 'S', source: 'Li et al., JAMA 2017 (34.9 %); BMC Medicine 2020 (35.6 %); range 0.30-0.55, tertiary 0.50-0.69', default: 0.36 }),
    scheduledCaesareanShare: share({
      what: 'Share of caesareans that are scheduled (elective); the rest happen during labour',
      basis: 'A',
      source: 'guided by Martin et al., PLOS ONE 2018 (0.4-0.6); default at the lower end: with 0.36 x 0.5 = 18 % of births on weekday lists the weekend dip of all births was -34 %; 0.4 with the day-of-week shapes below gives -21 % (published -10 to -18 %, see the module header)',
      default: 0.4,
    }),
    inducedLabourShare: share({ what: 'Share of labours (not scheduled caesareans) that are induced', basis: 'A', source: 'exposed assumption', default: 0.25 }),
    twinShare: share({ what: 'Share of deliveries that are twins (two newborns)', basis: 'S', source: 'DOMAIN.md: ~1-2 %', default: 0.015, max: 0.2 }),
    monthOfYear: shape('Month-of-year shape, January..December (China: peak Oct-Feb, trough Mar-Aug)', 12, 'S', 'Zhang et al. 2020 (amplitude A: +/-5-8 %)', [1.06, 1.05, 0.97, 0.95, 0.94, 0.94, 0.95, 0.96, 1.0, 1.05, 1.06, 1.07]),
    spontaneous: kindShape('Spontaneous labour', SPONTANEOUS_HOURS, SPONTANEOUS_WEEK, 'Swiss and US/Australian weekend studies: nearly flat (flat here)'),
    induced: kindShape('Induced labour', INDUCED_HOURS, INDUCED_WEEK, 'Swiss and US/Australian weekend studies: inductions start on weekdays; births follow ~1 day later, so Saturday gets Friday starts and Sunday/Monday are low'),
    scheduledCaesarean: kindShape('Scheduled caesarean', SCHEDULED_CS_HOURS, SCHEDULED_CS_WEEK, 'DOMAIN.md and issue 4: weekday mornings only, none at weekends'),
    peak: Type.Object(
      {
        enabled: Type.Boolean({ description: 'Apply a peak window (auspicious dates) (S anecdotal: Nanjing hospital 60 -> 87 births/day)', default: false }),
        startDay: num({ what: 'First day of the peak window, counted from simulation start', unit: 'd', basis: 'A', source: 'scenario choice', default: 30, min: 0, max: 3660 }),
        days: num({ what: 'Length of the peak window', unit: 'd', basis: 'S', source: 'Nanjing hospital (anecdotal): ~10 days', default: 10, min: 0, max: 365 }),
        upliftPct: num({ what: 'Extra births during the peak window', unit: '%', basis: 'S', source: 'Nanjing hospital (anecdotal): +30 %', default: 30, min: 0, max: 500 }),
      },
      { additionalProperties: false, description: 'Peak window of extra births' },
    ),
    holidays: Type.Array(
      Type.Object(
        {
          startDay: num({ what: 'First day of a public holiday, counted from simulation start', unit: 'd', basis: 'A', source: 'scenario choice (Spring Festival and National Day week: 7 days each)', default: 0, min: 0, max: 3660 }),
          days: num({ what: 'Length of the holiday', unit: 'd', basis: 'S', source: 'State Council holiday calendar: Spring Festival and National Day 7 days', default: 7, min: 1, max: 60 }),
        },
        { additionalProperties: false, description: 'A public holiday window' },
      ),
      { description: 'Public holidays, on which scheduled caesareans are avoided (DOMAIN.md); empty = none', maxItems: 50, default: [] },
    ),
    holidayScheduledCsFactor: share({ what: 'Scheduled caesareans on a holiday as a share of the usual rate; the ones avoided move to the run\'s other days, so the volume is kept', basis: 'A', source: 'DOMAIN.md: scheduled caesareans avoid public holidays (as weekends: none)', default: 0 }),
  },
  { additionalProperties: false, description: 'Birth arrivals' },
);
