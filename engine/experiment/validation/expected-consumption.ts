/**
 * Units a delivery should use over its stay according to the catalog's consumption curves,
 * computed from the scenario's inputs alone: each item's curve (units a day by postpartum day)
 * integrated over the stay's survival function, P(stay > t), for the lognormal stay of each
 * delivery mode (mean and sd from `stays`), mixed by the expected caesarean share; mother items
 * count once, newborn items once per newborn on the ward (1 + twin share, none for a newborn in
 * the neonatal unit), each gated by its condition (rooming-in: not NICU; nicu-pumping: NICU).
 * The usage multiplier has mean 1.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { upperGammaQ } from './chi-squared.js';

/** P(Z > z) for a standard normal Z. */
function normalTail(z: number): number {
  const q = 0.5 * upperGammaQ(0.5, (z * z) / 2);
  return z >= 0 ? q : 1 - q;
}

/** ∫ from d to d + 1 of P(stay > t) dt for a lognormal stay with `mean` and `sd` days (Simpson, 24 steps; exact for a fixed stay). */
function survivalIntegral(mean: number, sd: number, d: number): number {
  if (sd === 0) return Math.min(1, Math.max(0, mean - d));
  const surv = (t: number): number => {
    if (t <= 0) return 1;
    const s2 = Math.log(1 + (sd * sd) / (mean * mean));
    return normalTail((Math.log(t) - (Math.log(mean) - s2 / 2)) / Math.sqrt(s2));
  };
  const steps = 24;
  const h = 1 / steps;
  let acc = surv(d) + surv(d + 1);
  for (let i = 1; i < steps; i++) acc += (i % 2 === 1 ? 4 : 2) * surv(d + i * h);
  return (acc * h) / 3;
}

/**
 * Expected units used per delivery over its whole stay.
 * @param caesareanShare - expected share of caesareans among deliveries
 */
export function expectedUnitsPerDelivery(s: Scenario, caesareanShare: number): number {
  const st = s.stays;
  const nicu = st.nicuShare;
  const lastDay = Math.ceil(Math.max(st.vaginalMeanDays + 8 * st.vaginalSdDays, st.caesareanMeanDays + 8 * st.caesareanSdDays)) + 1;
  const vag = Array.from({ length: lastDay }, (_, d) => survivalIntegral(st.vaginalMeanDays, st.vaginalSdDays, d));
  const cs = Array.from({ length: lastDay }, (_, d) => survivalIntegral(st.caesareanMeanDays, st.caesareanSdDays, d));
  let total = 0;
  for (const item of s.catalog.items) {
    const steps = [...item.curve].sort((a, b) => a.fromDay - b.fromDay);
    let perStay = 0;
    for (let d = 0; d < lastDay; d++) {
      let rate = 0;
      for (const step of steps) if (step.fromDay <= d) rate = step.perDay;
      perStay += rate * ((1 - caesareanShare) * vag[d] + caesareanShare * cs[d]);
    }
    const newborn = item.patientKind === 'newborn';
    const gate = item.condition === 'rooming-in' ? 1 - nicu : item.condition === 'nicu-pumping' ? nicu : 1;
    const count = newborn ? (item.condition === 'nicu-pumping' ? 0 : (1 - nicu) * (1 + s.births.twinShare)) : gate;
    total += perStay * count;
  }
  return total;
}
