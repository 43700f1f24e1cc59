/**
 * Planogram for scenarios that do not fix one: every cabinet gets the same slot assignment,
 * each size class's slots split among the SKUs of that class in proportion to their expected
 * ward demand (largest remainder, at least one slot each while slots last). Demand per SKU is
 * the consumption curve over the mean stay of each delivery mode, times the share of patients
 * it applies to, times deliveries per day.
 */
import type { Scenario } from '../../scenarios/index.js';
import { MAX_CURVE_DAY } from './params.js';

/** Expected ward demand per SKU, units per day (catalog order). */
export function expectedDemandPerDay(s: Scenario): number[] {
  const perDay = s.births.annualDeliveries / 365;
  const nicu = s.stays.nicuShare;
  const cs = s.births.caesareanShare;
  return s.catalog.items.map((item) => {
    const rate = (d: number): number => {
      let r = 0;
      for (const st of item.curve) if (st.fromDay <= Math.min(d, MAX_CURVE_DAY)) r = st.perDay;
      return r;
    };
    const overStay = (days: number): number => {
      let u = 0;
      for (let d = 0; d < Math.ceil(days); d++) u += rate(d) * Math.min(1, days - d);
      return u;
    };
    const perPatient = (1 - cs) * overStay(s.stays.vaginalMeanDays) + cs * overStay(s.stays.caesareanMeanDays);
    const share = item.condition === 'rooming-in' ? 1 - nicu : item.condition === 'nicu-pumping' ? nicu : item.patientKind === 'newborn' ? 1 - nicu : 1;
    const count = item.patientKind === 'newborn' ? 1 + s.births.twinShare : 1;
    return perDay * perPatient * share * count;
  });
}

/** Slot SKUs for one cabinet model, in slot order (null = left empty). */
export function planSlots(s: Scenario, slotSizes: readonly string[]): (string | null)[] {
  const demand = expectedDemandPerDay(s);
  const out: (string | null)[] = slotSizes.map(() => null);
  for (const size of new Set(slotSizes)) {
    const idx = slotSizes.map((z, i) => (z === size ? i : -1)).filter((i) => i >= 0);
    const skus = s.catalog.items.map((it, k) => (it.sizeClass === size && demand[k] > 0 ? k : -1)).filter((k) => k >= 0);
    if (skus.length === 0) continue;
    const total = skus.reduce((a, k) => a + demand[k], 0);
    const n = idx.length;
    const base = skus.map((k) => Math.max(n >= skus.length ? 1 : 0, Math.floor((demand[k] / total) * n)));
    let left = n - base.reduce((a, b) => a + b, 0);
    const order = skus.map((k, j) => j).sort((a, b) => (demand[skus[b]] / total) * n - base[b] - ((demand[skus[a]] / total) * n - base[a]) || a - b);
    for (let j = 0; left > 0; j = (j + 1) % order.length, left--) base[order[j]]++;
    while (left < 0) {
      const j = base.indexOf(Math.max(...base));
      base[j]--;
      left++;
    }
    let pos = 0;
    skus.forEach((k, j) => {
      for (let c = 0; c < base[j]; c++) out[idx[pos++]] = s.catalog.items[k].sku;
    });
  }
  return out;
}
