/**
 * The Sizing page's readout at the hospital's own volume: the plan read off the curve
 * (cabinets, restock round times), its yearly cost (and, when a nurse minute was valued, the
 * benefit beside it) and restock labour, the target that binds,
 * the service figures and a link to the run behind it.
 */
import type { Selection } from 'd3';
import { clockTime } from '../adapters/index.js';
import type { SizingReadout } from '../adapters/index.js';
import { formatCount, formatNumber, formatShare, t } from '../i18n/index.js';
import type { MessageKey } from '../i18n/index.js';

const TARGET_NAMES: Readonly<Record<string, MessageKey>> = {
  fillRate: 'sizing.target.fillRate',
  tripWaitP95Min: 'sizing.target.wait',
  stockoutSlotHoursPer1000PatientDays: 'sizing.target.stockout',
};

/** Replaces `box`'s content with the readout (or a note that no point reaches the volume). */
export function renderReadout(box: Selection<HTMLElement, unknown, null, undefined>, r: SizingReadout | null, hospitalDeliveries: number): void {
  box.selectAll('*').remove();
  box.append('h3').text(t('sizing.readout.title', { deliveries: formatCount(hospitalDeliveries) }));
  if (r === null) {
    box.append('p').text(t('sizing.readout.none'));
    return;
  }
  const none = t('common.none');
  const rows: [string, string][] = [
    [t('sizing.readout.deliveries'), t('sizing.readout.deliveriesValue', { deliveries: formatCount(r.deliveries) })],
    [t('sizing.readout.cabinets'), formatCount(r.cabinets)],
    [t('sizing.readout.rounds'), r.roundHours === null ? none : t('sizing.readout.roundsValue', { count: r.roundHours.length, times: r.roundHours.map(clockTime).join(', ') })],
    [t('sizing.readout.planogram'), r.planogram === null ? none : r.planogram.map((e) => t('sizing.readout.planogramEntry', { sku: e.sku, slots: e.slots })).join(', ')],
    [t('sizing.readout.cost'), r.costPerYear === null ? none : t('sizing.readout.costValue', { cost: formatCount(Math.round(r.costPerYear)) })],
    ...(r.benefit === null ? [] : [[t('sizing.readout.benefit'), t('sizing.readout.benefitValue', { cny: formatCount(Math.round(r.benefit.cnyPerYear)), minutes: formatCount(Math.round(r.benefit.nurseMinutesFreedPerYear)) })] as [string, string]]),
    [t('sizing.readout.labour'), r.restockLaborHoursPerDay === null ? none : t('sizing.readout.labourValue', { hours: formatNumber(r.restockLaborHoursPerDay) })],
    [t('sizing.readout.binding'), r.bindingTarget === null ? none : TARGET_NAMES[r.bindingTarget] === undefined ? r.bindingTarget : t(TARGET_NAMES[r.bindingTarget])],
    [t('sizing.readout.service'), r.fillRate === null || r.tripWaitP95Min === null ? none : t('sizing.readout.serviceValue', { fill: formatShare(r.fillRate), wait: formatNumber(r.tripWaitP95Min) })],
  ];
  const dl = box.append('dl').attr('class', 'wt-readout');
  for (const [term, value] of rows) {
    dl.append('dt').text(term);
    dl.append('dd').text(value);
  }
  if (r.runId !== null) box.append('p').append('a').attr('href', `#/results/${encodeURIComponent(r.runId)}`).text(t('sizing.readout.openRun'));
}
