/**
 * Verification rows that hold the model to queueing and inventory theory fed with the run's own
 * rates (the ward's diagnostics): nurse-station, cabinet and shop waits (queue-theory.ts),
 * stock-outs against order-up-to theory (order-up-to.ts), and units used per delivery against
 * the catalog's consumption curves (expected-consumption.ts). The queue rows carry a ±25 %
 * tolerance for the hour-by-hour stationary approximation; the shop and the stock-out rows
 * none (the shop's wait is drawn from Erlang C; the stock-out row is a pooled z-test); the
 * consumption row ±2 % for the window's edges (patients present at its ends).
 */
import type { Scenario } from '../../../scenarios/index.js';
import { erlangC } from '../../kernel/index.js';
import type { ReplicationOutcome } from '../replication-job.js';
import { expectedUnitsPerDelivery } from './expected-consumption.js';
import { stockoutTheory } from './order-up-to.js';
import { cabinetWaits, nurseWaits } from './queue-theory.js';
import { notMeasuredRow, pooledRow, verifyRow } from './validation-rows.js';
import type { RowText, ValidationRow } from './validation-rows.js';

const QUEUE_TOLERANCE = 0.25;
const CONSUMPTION_TOLERANCE = 0.02;

/** Nurses free to fetch in each hour of the day (at half past), as the scenario's roster gives them. */
export function nurseServersByHour(s: Scenario): number[] {
  return Array.from({ length: 24 }, (_, h) => {
    const m = h * 60 + 30;
    let n = 0;
    for (const sh of s.people.shifts) if ((((m - sh.startHour * 60) % 1440) + 1440) % 1440 < sh.hours * 60) n += sh.nurses;
    return Math.max(1, Math.round(n * s.people.nurseSupplyShare));
  });
}

const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);
const kpi = (o: ReplicationOutcome, key: string): number => (o.kpis as unknown as Record<string, number>)[key];

function notMeasured(check: string, source: RowText, note: RowText): ValidationRow {
  return notMeasuredRow('verification', check, source, note);
}

const text = (en: string, zh: string): RowText => ({ en, 'zh-CN': zh });

/** The rows for replications `main` (with diagnostics) of scenario `s`. */
export function modelTheoryRows(s: Scenario, main: readonly ReplicationOutcome[]): ValidationRow[] {
  const diag = main.map((o) => o.diagnostics!);
  const minutes = s.run.horizonDays * 60;
  const rows: ValidationRow[] = [];
  const servers = nurseServersByHour(s);
  const nurse = diag.map((d) => nurseWaits(d.queues.nurse, minutes, servers));
  const peak = (w: readonly { peakRho: number }[]): RowText => {
    const rho = Math.max(...w.map((x) => x.peakRho)).toFixed(2);
    return text(`peak hourly load ${rho}`, `高峰小时负荷 ${rho}`);
  };
  if (sum(nurse.map((w) => w.served)) === 0) rows.push(notMeasured('nurse-station wait [min]', text('Erlang C', 'Erlang C 公式'), text('no trip reached the nurse station', '没有一次取物到达护士站')));
  else {
    rows.push(verifyRow('nurse-station wait [min]', mean(nurse.map((w) => w.theory)), text(
      'M/G/c by hour of day: Erlang C x (1 + cs^2)/2 (Allen-Cunneen) at the run\'s arrival and service rates and the roster\'s nurses',
      '按小时的 M/G/c：Erlang C x (1 + cs^2)/2（Allen-Cunneen），取本次运行的到达率、服务率和排班护士数',
    ), nurse.map((w) => w.observed), QUEUE_TOLERANCE, peak(nurse)));
  }
  if (s.cabinets.instances.length > 0) {
    const cab = diag.map((d) => cabinetWaits(d.queues.cabinets, d.queues.restocks, minutes));
    if (sum(cab.map((w) => w.served)) === 0) rows.push(notMeasured('cabinet queue wait [min]', text('Pollaczek-Khinchine', 'Pollaczek-Khinchine 公式'), text('no family reached a cabinet', '没有家属到达智能柜')));
    else {
      rows.push(verifyRow('cabinet queue wait [min]', mean(cab.map((w) => w.theory)), text(
        'Pollaczek-Khinchine by cabinet and hour of day at the run\'s rates, restock visits blocking the screen',
        '按智能柜和小时的 Pollaczek-Khinchine 公式，取本次运行的速率，补货时占用屏幕',
      ), cab.map((w) => w.observed), QUEUE_TOLERANCE, peak(cab)));
    }
  }
  const c = s.channels;
  const mu = 1 / c.shopServiceMinutesMean;
  const shopTheory = erlangC(Math.min(c.shopPublicPerHour / 60, 0.95 * c.shopCashiers * mu), mu, c.shopCashiers).meanWait;
  const shopServed = diag.map((d) => sum(d.queues.shop.count));
  const shopSource = text('Erlang C (M/M/c) at the public load, cashiers and service time (channels.shop*, inputs)', 'Erlang C（M/M/c），取公众负荷、收银员数和服务时间（channels.shop*，输入参数）');
  if (shopServed.some((n) => n === 0)) rows.push(notMeasured('shop queue wait [min]', shopSource, text(`a replication had no shop trip (${sum(shopServed)} in all)`, `有一次重复没有去商店（共 ${sum(shopServed)} 次）`)));
  else rows.push(verifyRow('shop queue wait [min]', shopTheory, shopSource, diag.map((d, i) => sum(d.queues.shop.waitMin) / shopServed[i])));
  const so = diag.map((d) => stockoutTheory(d.stockCycles));
  const cycles = sum(so.map((x) => x.cycles));
  if (cycles === 0) rows.push(notMeasured('night stock-outs [per replication]', text('order-up-to theory', '补至上限库存理论'), text('no night window after warm-up (no restock, or a restocker on all day)', '预热后没有夜间窗口（无补货，或补货员全天在岗）')));
  else {
    const dispersion = mean(so.map((x) => x.dispersion)).toFixed(2);
    const admission = mean(so.map((x) => x.admissionDispersion)).toFixed(2);
    rows.push(pooledRow('night stock-outs [per replication]', mean(so.map((x) => x.expected)), text(
      `order-up-to: P(night demand >= units held when the night starts: the restocker's shift end, or a late round's end), compound demand at the run's hourly line rates while stocked, line sizes and dispersion, admission stock-ups (dispersion ${admission}) apart from later trips (${dispersion}), over ${cycles} pair-nights`,
      `补至上限：P(夜间需求 >= 夜间开始时的库存：补货员下班时，或晚到的补货轮次结束时)，复合需求取本次运行有货时每小时的领取行率、每行件数和离散度，入院首次领取（离散度 ${admission}）与之后的领取（${dispersion}）分开计，共 ${cycles} 个（柜，物品）夜`,
    ), so.map((x) => x.observed), {
      observed: sum(so.map((x) => x.observed)), expected: sum(so.map((x) => x.expected)), variance: sum(so.map((x) => x.variance)),
    }));
  }
  const expected = main.map((o) => expectedUnitsPerDelivery(s, kpi(o, 'caesareans') / kpi(o, 'deliveries')));
  rows.push(verifyRow('units used per delivery', mean(expected), text(
    'catalog curves over the lognormal stays (stays.*), mixed by the caesarean share; newborn items per newborn on the ward',
    '目录中的用量曲线乘以对数正态住院天数（stays.*），按剖宫产比例混合；新生儿物品按在院新生儿计',
  ), main.map((o) => kpi(o, 'unitsUsed') / kpi(o, 'deliveries')), CONSUMPTION_TOLERANCE));
  return rows;
}
