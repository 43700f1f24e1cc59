/**
 * The cabinet channel: one user at a time per cabinet screen, first come first served (a
 * restocker filling the cabinet holds the screen too and goes ahead of waiting users). The
 * person scans the wristband (`sessionSeconds`) and dispenses item line by line (lognormal
 * `transactionSeconds` each); the dispensing core decides every line. A line the cabinet
 * cannot fill in full is taken in part when some units are there, and the rest goes on to the
 * next stop. A line the patient's quota refuses (the postpartum day's or the stay's limit) is
 * taken up to the limit and the rest goes on to the next channel in the fallback order (the
 * nurse station, which does not apply cabinet quotas), not to another cabinet: the quota is the
 * patient's, in every cabinet. The alcove and its queue are a contact zone. Every unit taken is
 * told to the cabinets' stock notification; what it changes is the listeners' business.
 */
import { admittedPatient, alternativeCabinets, dispenseUnitsOf, quotaLeft, usableUnitsAt } from '../../dispensing/index.js';
import type { PatientState } from '../../dispensing/index.js';
import { CHANNEL_BIT } from '../context/params.js';
import type { WardContext } from '../context/ward-context.js';
import { TRIP_PRIORITY } from '../logistics/cabinets.js';
import type { Cabinets } from '../logistics/cabinets.js';
import type { Trip } from '../trips/trip.js';
import type { StopDone, SupplyChannel } from './channel.js';

/** A trip tries at most this many cabinets (the nearest, then one alternative) before the old channels. */
export const MAX_CABINET_STOPS = 2;

const NO_ALTERNATIVES: readonly string[] = Object.freeze([]);

/** Whether the trip has stopped at cabinet `c` (the first `cabinetStops` entries are this trip's). */
function tried(trip: Trip, c: number): boolean {
  for (let i = 0; i < trip.cabinetStops; i++) if (trip.triedCabinets[i] === c) return true;
  return false;
}

/** The cabinets as a supply channel (see the module header). */
export class CabinetChannel implements SupplyChannel {
  readonly name = 'cabinet';
  readonly bit = CHANNEL_BIT.cabinet;
  readonly repeats = true;
  /** Request ids for the core's ledger, when it keeps one. */
  private nextRequest = 0;
  private readonly serve: (trip: Trip) => void;
  private readonly served: (trip: Trip) => void;

  constructor(
    private readonly ctx: WardContext,
    private readonly cabinets: Cabinets,
    private readonly done: StopDone,
  ) {
    this.serve = (trip) => this.serveTrip(trip);
    this.served = (trip) => this.onServed(trip);
  }

  /** The room's nearest cabinet first, then one the last refusal named, at most `MAX_CABINET_STOPS`. */
  nextStop(trip: Trip): boolean {
    if (trip.cabinetStops >= MAX_CABINET_STOPS) return false;
    const c = this.nextCabinet(trip);
    if (c < 0) return false;
    trip.triedCabinets[trip.cabinetStops++] = c;
    trip.target = c;
    trip.stopX = this.ctx.layout.cabinetX[c];
    trip.stopY = this.ctx.layout.cabinetY[c];
    return true;
  }

  private nextCabinet(trip: Trip): number {
    if (trip.cabinetStops === 0) return this.ctx.layout.roomCabinetOrder[trip.bed.room][0];
    for (const id of trip.alternatives) {
      const c = this.cabinets.dispensing.cabinetIndex.get(id)!;
      if (!tried(trip, c)) return c;
    }
    return -1;
  }

  /** A trip reaches cabinet `trip.target`. */
  arrive(trip: Trip): void {
    const ctx = this.ctx;
    const disp = this.cabinets.dispensing;
    const now = ctx.env.now;
    const cab = disp.cabinets[trip.target];
    if (!cab.online) {
      // The screen is dark: go on to the nearest other cabinet that is online.
      trip.alternatives = cab.nearest.filter((c) => disp.cabinets[c].online).map((c) => disp.cabinets[c].id);
      if (ctx.trace !== null) ctx.trace(`${trip.bed.motherId} finds ${cab.id} offline`, now);
      this.done(trip);
      return;
    }
    ctx.contacts.enter(this.cabinets.zones[trip.target], trip.role, now);
    trip.queuedAtMin = now;
    this.cabinets.screens[trip.target].request(this.serve, trip, TRIP_PRIORITY);
  }

  /** The request id given to the core: numbered when the ledger is kept, else one shared id (nothing records it). */
  private requestId(): string {
    return this.cabinets.dispensing.ledger !== null ? `r${this.nextRequest++}` : 'sim';
  }

  /** The trip has the screen (at once, or after its wait in line): line by line through the core. */
  private serveTrip(trip: Trip): void {
    const ctx = this.ctx;
    const now = ctx.env.now;
    const disp = this.cabinets.dispensing;
    const stock = this.cabinets.stock;
    const stockedBy = ctx.params.skuStockedBy;
    const c = trip.target;
    const cab = disp.cabinets[c];
    trip.waitMin += now - trip.queuedAtMin;
    this.cabinets.queueWaitMin[c] += now - trip.queuedAtMin;
    this.cabinets.sessions[c]++;
    if (ctx.trace !== null) ctx.trace(`${trip.bed.motherId} at the screen of ${cab.id}`, now);
    if (ctx.diagnostics !== null) ctx.diagnostics.stockCycles?.serving(trip.admission);
    let seconds = ctx.scenario.cabinets.sessionSeconds;
    let worked = 0;
    trip.alternatives = NO_ALTERNATIVES;
    // Lines of one patient follow each other (the mother's, then each newborn's), and nobody is
    // admitted or discharged during the session: the patient is looked up when the id changes.
    let patientId = '';
    let patient: PatientState | undefined;
    for (const line of trip.lines) {
      if (line.want <= 0 || line.quotaRefused || (stockedBy[line.sku] & CHANNEL_BIT.cabinet) === 0) continue;
      seconds += ctx.distributions.transaction.sample(ctx.streams.cabinet);
      worked++;
      const sku = line.sku;
      if (line.patientId !== patientId) {
        patientId = line.patientId;
        patient = admittedPatient(disp, patientId);
      }
      const reason = dispenseUnitsOf(disp, c, sku, patientId, patient, trip.actorId, line.want, now, this.requestId());
      if (reason === null) {
        stock.dispensed(cab, sku, line.want, now);
        line.got += line.want;
        line.want = 0;
        continue;
      }
      if (reason === 'out-of-stock' || reason === 'quota-exceeded') {
        // Take what the cabinet has, or what the quota still allows; the rest goes on to another
        // cabinet (stock) or to the next channel (quota).
        const quota = reason === 'quota-exceeded';
        const have = quota ? (patient === undefined ? 0 : quotaLeft(disp, patient, sku, now)) : usableUnitsAt(disp, c, sku, now);
        if (have > 0 && have < line.want) {
          const alternatives = quota ? NO_ALTERNATIVES : alternativeCabinets(disp, c, sku, line.want, now, line.patientId, trip.actorId);
          if (dispenseUnitsOf(disp, c, sku, patientId, patient, trip.actorId, have, now, this.requestId()) === null) {
            stock.dispensed(cab, sku, have, now);
            line.want -= have;
            line.got += have;
          }
          if (quota) {
            ctx.kpis.quotaRefused(line.want);
            line.quotaRefused = true;
          } else {
            trip.alternatives = alternatives;
          }
          continue;
        }
      }
      if (reason === 'quota-exceeded') {
        ctx.kpis.quotaRefused(line.want);
        line.quotaRefused = true;
      } else if (reason === 'not-entitled' || reason === 'unknown-patient') {
        // Not this patient's item, or the patient was discharged during the trip: dropped. A
        // discharged patient has no bedside need left, so only a present one's line is unmet.
        if (trip.bed.present) ctx.kpis.unmet(line.want);
        line.want = 0;
      } else if (trip.alternatives.length === 0) {
        trip.alternatives = alternativeCabinets(disp, c, sku, line.want, now, line.patientId, trip.actorId);
      }
    }
    if (ctx.diagnostics !== null) ctx.diagnostics.queues.cabinet(c, trip.queuedAtMin, now - trip.queuedAtMin, seconds / 60);
    if (ctx.screenLog !== null) ctx.screenLog.session(cab.id, now, now + seconds / 60, worked);
    ctx.env.post(seconds / 60, this.served, 0, trip);
  }

  private onServed(trip: Trip): void {
    const c = trip.target;
    const ctx = this.ctx;
    if (ctx.trace !== null) ctx.trace(`${trip.bed.motherId} leaves ${this.cabinets.dispensing.cabinets[c].id}`, ctx.env.now);
    ctx.contacts.leave(this.cabinets.zones[c], trip.role, ctx.env.now);
    this.cabinets.screens[c].release();
    this.done(trip);
  }
}
