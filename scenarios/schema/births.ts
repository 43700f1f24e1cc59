/**
 * Births: deliveries arrive as a non-homogeneous Poisson process built from the annual volume
 * and month-of-year, day-of-week and hour-of-day shapes, separately for spontaneous labour,
 * induced labour and scheduled caesareans (weekday mornings only, as issue 4 specifies). Twins
 * and an optional peak window (auspicious dates) on top.
 *
 * Weekend dip. The dip of the defaults is Σ share_k · weekend level_k ÷ Σ share_k · weekday
 * level_k − 1, each kind's day-of-week shape normalised to mean 1 (`weekendDip` in engine/ward
 * computes it for any scenario). Scheduled caesareans are 0.36 × 0.4 = 14.4 % of births,
 * spontaneous labour 0.856 × 0.75 = 64.2 %, induced 0.856 × 0.25 = 21.4 %. Spontaneous labour is
 * flat across the week; the induced week spills Friday's starts into Saturday (Mon 0.95,
 * Tue–Sat 1.05, Sun 0.8). With scheduled caesareans on weekdays only the dip was −21 %, steeper
 * than the −10 to −18 % published for Swiss, US and Australian hospitals (DOMAIN.md). Chinese
 * public hospitals commonly run Saturday operating lists (a six-day surgical week), so the
 * default puts Saturday's scheduled list at half a weekday's and Sunday's at none (basis A):
 * that gives −15.3 %, inside the published band. A hospital without weekend lists sets
 * `scheduledCaesarean.dayOfWeek` to [1, 1, 1, 1, 1, 0, 0] (−21 %).
 *
 * Induced labour by hour. Martin et al. (PLOS ONE 2018; 5.09 M births in NHS England) find
 * births after induction peak around midnight: inductions start in the morning and labour
 * lasts about 12–16 h. The default shape peaks at 23:00–01:00 and is lowest mid-morning.
 */
import { Type } from '@sinclair/typebox';
import { int, num, share, shape } from './field.js';

const MARTIN = 'Martin et al., PLOS ONE 2018; NCHS Data Brief 200';

/** Spontaneous labour: peak ~04:00, trough mid-afternoon (about +/-15 %). */
export const SPONTANEOUS_HOURS = [1.13, 1.14, 1.15, 1.15, 1.15, 1.14, 1.12, 1.09, 1.05, 1.01, 0.97, 0.93, 0.9, 0.87, 0.86, 0.85, 0.86, 0.87, 0.89, 0.92, 0.96, 1.0, 1.05, 1.1];
/** Induced labour: births peak around midnight after morning starts, fewest mid-morning. */
export const INDUCED_HOURS = [1.3, 1.27, 1.2, 1.12, 1.04, 0.96, 0.88, 0.8, 0.74, 0.7, 0.7, 0.72, 0.76, 0.82, 0.88, 0.94, 1.0, 1.06, 1.12, 1.18, 1.23, 1.27, 1.3, 1.31];
/** Scheduled caesareans: theatre lists on weekday mornings, 09-12, nothing at night. */
export const SCHEDULED_CS_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 1.5, 5, 5.5, 5, 2.5, 1.5, 1.5, 1, 0.5, 0, 0, 0, 0, 0, 0, 0];

/** Spontaneous labour: flat across the week. */
export const SPONTANEOUS_WEEK = [1, 1, 1, 1, 1, 1, 1];
/** Induced labour, Monday..Sunday: weekday starts, births about a day later. */
export const INDUCED_WEEK = [0.95, 1.05, 1.05, 1.05, 1.05, 1.05, 0.8];
/** Scheduled caesareans, Monday..Sunday: weekday lists, a half list on Saturday (basis A). */
export const SCHEDULED_CS_WEEK = [1, 1, 1, 1, 1, 0.5, 0];

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
      source: 'guided by Martin et al., PLOS ONE 2018 (0.4-0.6); default at the lower end: with 0.36 x 0.5 = 18 % of births on weekday lists the weekend dip of all births was -34 %; 0.4 with the day-of-week shapes below gives -15.3 % (published -10 to -18 %, see the module header)',
      default: 0.4,
    }),
    inducedLabourShare: share({ what: 'Share of labours (not scheduled caesareans) that are induced', basis: 'A', source: 'exposed assumption', default: 0.25 }),
    twinShare: share({ what: 'Share of deliveries that are twins (two newborns)', basis: 'S', source: 'DOMAIN.md: ~1-2 %', default: 0.015, max: 0.2 }),
    monthOfYear: shape('Month-of-year shape, January..December (China: peak Oct-Feb, trough Mar-Aug)', 12, 'S', 'Zhang et al. 2020 (amplitude A: +/-5-8 %)', [1.06, 1.05, 0.97, 0.95, 0.94, 0.94, 0.95, 0.96, 1.0, 1.05, 1.06, 1.07]),
    spontaneous: kindShape('Spontaneous labour', SPONTANEOUS_HOURS, SPONTANEOUS_WEEK, 'Swiss and US/Australian weekend studies: nearly flat (flat here)'),
    induced: kindShape('Induced labour', INDUCED_HOURS, INDUCED_WEEK, 'Swiss and US/Australian weekend studies: inductions start on weekdays; births follow ~1 day later, so Saturday gets Friday starts and Sunday/Monday are low'),
    scheduledCaesarean: kindShape('Scheduled caesarean', SCHEDULED_CS_HOURS, SCHEDULED_CS_WEEK, 'DOMAIN.md: weekday mornings, almost never at weekends; Saturday at half a weekday list (A: Chinese public hospitals commonly operate on Saturdays), none on Sunday'),
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
