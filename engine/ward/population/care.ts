/**
 * Nurse care entries (`contacts.room.nurseEntriesPerPatientDay`, each `nurseEntryMinutes` with
 * the family). They touch nothing but the family's room contacts: no zone occupancy, queue or
 * stock, and the family is fixed from admission to discharge. So instead of one event per entry
 * (a sixth of a provincial year's events), each stay adds its expected entries — rate × the part
 * of the stay inside the counted horizon — and the totals go into the contact book at the end of
 * the run. The expectation is the same as the Poisson stream's; only the noise of the entry count
 * is gone (a conditional expectation, which narrows the care KPIs' intervals).
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import { COMPANION, MOTHER, NEWBORN, NURSE, PURPOSE_CARE } from '../accounting/contacts.js';
import type { WardContext } from '../context/ward-context.js';
import type { Bed } from './bed.js';

/** Expected nurse care entries of the counted horizon, by who is in the room. */
export class CareEntries {
  /** Nurse entries per bed per minute. */
  private readonly ratePerMin: number;
  /** Entries weighted by mothers, newborns and companions in the room. */
  private readonly entries = new Float64Array(3);

  constructor(private readonly ctx: WardContext) {
    this.ratePerMin = ctx.scenario.contacts.room.nurseEntriesPerPatientDay / MINUTES_PER_DAY;
  }

  /**
   * Adds a newly admitted bed's expected entries: the rate × the part of the stay after the
   * warm-up and before the end (entries in the warm-up would be reset anyway).
   */
  accrue(bed: Bed): void {
    const p = this.ctx.params;
    const from = bed.birthMin > p.warmupMin ? bed.birthMin : p.warmupMin;
    const to = bed.dischargeMin < p.endMin ? bed.dischargeMin : p.endMin;
    if (to <= from) return;
    const entries = this.ratePerMin * (to - from);
    const e = this.entries;
    e[0] += entries;
    e[1] += entries * bed.newbornIds.length;
    if (bed.companionId !== null) e[2] += entries;
  }

  /** End of run: the accrued entries into the contact book (after its warm-up reset). */
  addContacts(): void {
    const ctx = this.ctx;
    const e = this.entries;
    const minutes = ctx.scenario.contacts.room.nurseEntryMinutes;
    const z = ctx.roomZone;
    if (e[0] > 0) ctx.contacts.addCrowd(z, NURSE, MOTHER, e[0], e[0] * minutes, PURPOSE_CARE);
    if (e[1] > 0) ctx.contacts.addCrowd(z, NURSE, NEWBORN, e[1], e[1] * minutes, PURPOSE_CARE);
    if (e[2] > 0) ctx.contacts.addCrowd(z, NURSE, COMPANION, e[2], e[2] * minutes, PURPOSE_CARE);
  }
}
