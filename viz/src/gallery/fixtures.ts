/**
 * Fixture data for the chart gallery and the snapshot tests: plausible, fixed numbers for a
 * mid-size maternity ward (about 6,000 deliveries a year), made from formulas and a seeded
 * generator so every build and test sees the same pictures. Names are read from the catalogue
 * when a fixture is made, so the gallery speaks the page's language.
 */
import type { BirthsHeatmapData } from '../charts/births-heatmap.js';
import type { CabinetBoardData } from '../charts/cabinet-board.js';
import type { ContactsMatrixData } from '../charts/contacts-matrix.js';
import type { KpiDiffData } from '../charts/kpi-diff.js';
import type { NurseSupplyData } from '../charts/nurse-supply.js';
import type { SizingCurveData } from '../charts/sizing-curve.js';
import type { StockLevelData, StockSeries } from '../charts/stock-level.js';
import type { TripWaitData } from '../charts/trip-wait.js';
import { binWaits } from '../charts/trip-wait-bins.js';
import type { TwinCabinetsData } from '../charts/twin-cabinets.js';
import type { TornadoData } from '../charts/tornado.js';
import { t } from '../i18n/index.js';

/** A small seeded generator (mulberry32) so fixtures are repeatable; returns values in [0, 1). */
export function fixtureRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Births per weekday x hour over a year: spontaneous labour peaking ~04:00, weekday CS 09–12. */
export function birthsFixture(): BirthsHeatmapData {
  const rnd = fixtureRandom(7);
  const counts = Array.from({ length: 7 }, (_, w) =>
    Array.from({ length: 24 }, (_, h) => {
      const spontaneous = 22 + 9 * Math.cos(((h - 4) / 24) * 2 * Math.PI);
      const scheduled = w < 5 && h >= 9 && h < 12 ? 30 : 0;
      const weekend = w >= 5 ? 0.88 : 1;
      return Math.round((spontaneous + scheduled) * weekend + rnd() * 4);
    }),
  );
  return { counts };
}

/** Restock rounds at 04:45 and 16:15 (DOMAIN.md) over `days` days, minutes from start. */
function rounds(days: number): number[] {
  return Array.from({ length: days }, (_, d) => [d * 1440 + 285, d * 1440 + 975]).flat();
}

/** Two SKUs in two cabinets over three days, drawn down hourly and refilled at each round. */
export function stockFixture(): StockLevelData {
  const endMin = 3 * 1440;
  const restocksMin = rounds(3);
  const specs = [
    { cabinet: 'C1', sku: t('gallery.fx.nappies'), capacity: 60, perHour: 6.5 },
    { cabinet: 'C1', sku: t('gallery.fx.maternityPads'), capacity: 40, perHour: 2.1 },
    { cabinet: 'C2', sku: t('gallery.fx.nappies'), capacity: 60, perHour: 3.1 },
  ];
  const series = specs.map((sp): StockSeries => {
    const timesMin: number[] = [];
    const levels: number[] = [];
    const stockouts: { startMin: number; endMin: number }[] = [];
    let level = sp.capacity;
    let outSince: number | null = null;
    for (let t = 0; t < endMin; t += 60) {
      if (restocksMin.some((r) => r > t - 60 && r <= t)) level = sp.capacity;
      if (level === 0 && outSince === null) outSince = t;
      if (level > 0 && outSince !== null) {
        stockouts.push({ startMin: outSince, endMin: t });
        outSince = null;
      }
      timesMin.push(t);
      levels.push(level);
      level = Math.max(0, Math.round(level - sp.perHour));
    }
    if (outSince !== null) stockouts.push({ startMin: outSince, endMin });
    return { cabinet: sp.cabinet, sku: sp.sku, timesMin, levels, stockouts };
  });
  return { series, restocksMin, endMin };
}

/** Two cabinets of 12 slots, 24 hourly frames of draw-down with a restock at 04:45. */
export function boardFixture(): CabinetBoardData {
  const skus = [t('gallery.fx.nappies'), t('gallery.fx.nappies'), t('gallery.fx.matPads'), t('gallery.fx.matPads'), t('gallery.fx.underpads'), t('gallery.fx.wipes'), t('gallery.fx.nursingPads'), t('gallery.fx.underpants'), t('gallery.fx.milkBags'), t('gallery.fx.nappies'), t('gallery.fx.wipes'), t('gallery.fx.matPads')];
  const caps = [60, 60, 40, 40, 30, 80, 50, 30, 40, 60, 80, 40];
  const cabinets = ['C1', 'C2'].map((id) => ({ id, slotSkus: skus, slotCapacities: caps }));
  const rnd = fixtureRandom(11);
  const rate = cabinets.map(() => caps.map((c) => (c / 14) * (0.5 + rnd())));
  const timesMin = Array.from({ length: 24 }, (_, h) => h * 60);
  const levels = timesMin.map((t) => {
    const hoursSinceFill = t >= 285 ? (t - 285) / 60 : t / 60 + 7;
    return cabinets.map((_, ci) => caps.map((c, si) => Math.max(0, Math.round(c - rate[ci][si] * hoursSinceFill))));
  });
  return { cabinets, timesMin, levels };
}

/** About 2,000 trip waits, mostly short with a long tail (min), binned by 0.5 min. */
export function tripWaitFixture(): TripWaitData {
  const rnd = fixtureRandom(3);
  const waits = Array.from({ length: 2000 }, () => {
    const u = rnd();
    return u < 0.3 ? 0 : -Math.log(1 - rnd()) * (u > 0.9 ? 3 : 1.2);
  });
  return binWaits(waits, 0.5);
}

/** Baseline and cabinets, minutes per A/P/N shift. */
export function nurseSupplyFixture(): NurseSupplyData {
  return {
    shifts: ['A 08–16', 'P 16–24', 'N 00–08'],
    series: [
      { name: t('gallery.fx.baseline'), minutes: [74, 61, 38] },
      { name: t('gallery.fx.cabinets'), minutes: [29, 22, 9] },
    ],
  };
}

/** Contacts per day between six roles (symmetric). */
export function contactsFixture(): ContactsMatrixData {
  const roles = [t('gallery.fx.mother'), t('gallery.fx.newborn'), t('gallery.fx.companion'), t('gallery.fx.nurse'), t('gallery.fx.restocker'), t('gallery.fx.public')];
  const upper = [
    [2.1, 11.5, 9.8, 6.2, 0.1, 0.4],
    [0, 0.2, 7.4, 3.9, 0, 0.1],
    [0, 0, 1.6, 3.1, 0.3, 2.7],
    [0, 0, 0, 4.4, 0.6, 0.2],
    [0, 0, 0, 0, 0.2, 0.1],
    [0, 0, 0, 0, 0, 0.5],
  ];
  const values = upper.map((row, r) => row.map((v, c) => (c >= r ? v : upper[c][r])));
  return { roles, values };
}

/** Relative KPI differences (% vs baseline) with 95 % CIs, one of them not significant. */
export function kpiDiffFixture(): KpiDiffData {
  return {
    unit: t('gallery.fx.diffUnit'),
    rows: [
      { label: t('gallery.fx.nurseSupply'), diff: -58.2, ci95: [-63.1, -53.3] },
      { label: t('gallery.fx.tripDuration'), diff: -41.7, ci95: [-46.0, -37.4] },
      { label: t('gallery.fx.crossings'), diff: -72.4, ci95: [-76.9, -67.9] },
      { label: t('gallery.fx.contacts'), diff: -18.3, ci95: [-22.8, -13.8] },
      { label: t('gallery.fx.infections'), diff: -9.6, ci95: [-21.2, 2.0] },
      { label: t('gallery.fx.restockLabour'), diff: 34.5, ci95: [28.9, 40.1] },
    ],
  };
}

/** Two targets over eight delivery volumes, with run ids on the stricter curve. */
export function sizingFixture(): SizingCurveData {
  const deliveries = [1500, 3000, 4500, 6000, 9000, 12000, 16000, 20000];
  return {
    hospitalDeliveries: 6800,
    curves: [
      { target: t('gallery.fx.target5'), deliveries, cabinets: [1, 1, 2, 2, 3, 4, 5, 6] },
      { target: t('gallery.fx.target2'), deliveries, cabinets: [1, 2, 2, 3, 4, 5, 7, 8], runIds: deliveries.map((d) => `run-${d}`) },
    ],
  };
}

/** Eight slots in two cabinets on day 2 at 13:20, next round at 16:15. */
export function twinFixture(): TwinCabinetsData {
  const nowMin = 1440 + 800;
  const nextRestockHours = (1440 + 975 - nowMin) / 60;
  const slots = [
    ['C1', 's1', t('gallery.fx.nappies'), 12, 60, 2.5],
    ['C1', 's2', t('gallery.fx.nappies'), 40, 60, 9.1],
    ['C1', 's3', t('gallery.fx.maternityPads'), 3, 40, 1.2],
    ['C1', 's4', t('gallery.fx.wipes'), 70, 80, null],
    ['C2', 's1', t('gallery.fx.nappies'), 33, 60, 6.4],
    ['C2', 's2', t('gallery.fx.underpads'), 0, 30, 0],
    ['C2', 's3', t('gallery.fx.nursingPads'), 25, 50, 31.0],
    ['C2', 's4', t('gallery.fx.milkBags'), 38, 40, null],
  ] as const;
  return {
    nowMin,
    nextRestockHours,
    slots: slots.map(([cabinet, slot, sku, level, capacity, hoursToStockout]) => ({ cabinet, slot, sku, level, capacity, hoursToStockout })),
  };
}

/** A Morris screening of nurse supply minutes per shift (cabinets − baseline) over eight assumptions. */
export function tornadoFixture(): TornadoData {
  return {
    kpi: t('gallery.fx.nurseSupply'),
    unit: t('chart.unit.min'),
    rows: [
      { label: '/catalog/targetHours', muStar: 32.9, ci95: [9.6, 70.0], mu: 32.9, sigma: 32.5 },
      { label: '/channels/nurseStationStockShare', muStar: 17.7, ci95: [3.9, 44.9], mu: 17.7, sigma: 23.6 },
      { label: '/channels/nurseStoreRoomMinutes', muStar: 15.6, ci95: [4.9, 29.8], mu: -15.6, sigma: 12.9 },
      { label: '/channels/shopStockShare', muStar: 12.1, ci95: [0, 24.0], mu: 12.1, sigma: 12.0 },
      { label: '/channels/nurseHandoverMinutes', muStar: 10.7, ci95: [2.4, 26.6], mu: -10.7, sigma: 13.9 },
      { label: '/catalog/reorderHours', muStar: 6.5, ci95: [2.2, 14.8], mu: -6.5, sigma: 7.2 },
      { label: '/layout/liftRideMinutes', muStar: 3.7, ci95: [0, 6.4], mu: -3.7, sigma: 3.3 },
      { label: '/births/inducedLabourShare', muStar: 0.7, ci95: [0.5, 0.8], mu: -0.7, sigma: 0.2 },
    ],
  };
}
