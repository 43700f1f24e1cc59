// The benchmark workload, one simulated day at a time (so memory stays flat): 500 patients in
// rooms (250 mothers with companions, 250 newborns), a quarter discharged and replaced each day,
// ~4,000 cabinet requests a day (8 per patient), a third of them in two shift-change bursts
// (08:00 and 16:00, 15 minutes each); retries (repeated request ids), wrong wristbands,
// wrong-kind requests, a jammed slot and an offline hour a day; restock rounds at 04:45 and
// 16:15. Seeded (alea), so every run replays the same requests.
import seedrandom from 'seedrandom';
import type { AdmitRequest, DispenseRequest } from '../../engine/index.js';
import { CABINETS, MOTHERS, ROOMS, SKUS } from './bench-ward.js';

export type Op =
  | { readonly kind: 'dispense'; readonly request: DispenseRequest }
  | { readonly kind: 'admit'; readonly request: AdmitRequest }
  | { readonly kind: 'discharge'; readonly patientId: string; readonly timeMin: number }
  | { readonly kind: 'restock'; readonly timeMin: number }
  | { readonly kind: 'jam'; readonly cabinetId: string; readonly slotId: string; readonly jammed: boolean; readonly timeMin: number }
  | { readonly kind: 'online'; readonly cabinetId: string; readonly online: boolean; readonly timeMin: number };

const MOTHER_SKUS = SKUS.filter((s) => s.forKind === 'mother');
const NEWBORN_SKUS = SKUS.filter((s) => s.forKind === 'newborn');

function pickWeighted<T extends { perPatientDay: number }>(list: readonly T[], u: number): T {
  const total = list.reduce((a, s) => a + s.perPatientDay, 0);
  let x = u * total;
  for (const s of list) if ((x -= s.perPatientDay) < 0) return s;
  return list[list.length - 1];
}

/** Generates the ward's days; `bed` b holds mother `m<b>.<n>` and newborn `b<b>.<n>`. */
export class Workload {
  private readonly rng: seedrandom.PRNG;
  private readonly generation: number[] = Array.from({ length: MOTHERS }, () => 0);
  private issued: string[] = [];

  constructor(seed: string, readonly requestsPerDay = 4_000) {
    this.rng = seedrandom.alea(seed);
  }

  private mother(bed: number, gen = this.generation[bed]): string { return `m${bed}.${gen}`; }
  private baby(bed: number, gen = this.generation[bed]): string { return `b${bed}.${gen}`; }
  private room(bed: number): number { return Math.floor((bed * ROOMS) / MOTHERS); }

  private admitBed(bed: number, timeMin: number): Op[] {
    const room = `room${this.room(bed)}`;
    const m = this.mother(bed);
    return [
      { kind: 'admit', request: { patientId: m, kind: 'mother', room, companionIds: [`k${bed}.${this.generation[bed]}`], timeMin } },
      { kind: 'admit', request: { patientId: this.baby(bed), kind: 'newborn', room, companionIds: [m, `k${bed}.${this.generation[bed]}`], timeMin } },
    ];
  }

  /** Day 0's admissions (every bed full). */
  firstAdmissions(): Op[] {
    return Array.from({ length: MOTHERS }, (_, b) => this.admitBed(b, 0)).flat();
  }

  /** All operations of day `d`, in time order. */
  day(d: number): Op[] {
    const rng = this.rng;
    const start = d * 1440;
    const ops: { t: number; op: Op }[] = [];
    // turnover at 11:00: a quarter of beds discharge and are refilled
    const turnover = start + 660;
    const turned = this.generation.map(() => rng() < 0.25);
    this.issued = [];
    for (let i = 0; i < this.requestsPerDay; i++) {
      const u = rng();
      const burst = u < 0.17 ? 480 : u < 0.34 ? 960 : -1;
      const t = start + (burst >= 0 ? burst + rng() * 15 : rng() * 1440);
      ops.push({ t, op: this.request(d, i, t, (bed) => this.generation[bed] + (turned[bed] && t >= turnover ? 1 : 0)) });
    }
    turned.forEach((yes, b) => {
      if (!yes) return;
      ops.push({ t: turnover, op: { kind: 'discharge', patientId: this.baby(b), timeMin: turnover } });
      ops.push({ t: turnover, op: { kind: 'discharge', patientId: this.mother(b), timeMin: turnover } });
      this.generation[b]++;
      for (const op of this.admitBed(b, turnover)) ops.push({ t: turnover, op });
    });
    for (const t of [start + 285, start + 975]) ops.push({ t, op: { kind: 'restock', timeMin: t } });
    // faults: a slot jams at 10:00 until the afternoon round clears it; a cabinet is offline 14:00–15:00
    const cab = (n: number): string => `cab${String(n).padStart(2, '0')}`;
    const jamCab = cab(Math.floor(rng() * CABINETS));
    const jamSlot = `s${String(Math.floor(rng() * 60)).padStart(2, '0')}`;
    ops.push({ t: start + 600, op: { kind: 'jam', cabinetId: jamCab, slotId: jamSlot, jammed: true, timeMin: start + 600 } });
    ops.push({ t: start + 975, op: { kind: 'jam', cabinetId: jamCab, slotId: jamSlot, jammed: false, timeMin: start + 975 } });
    const down = cab(Math.floor(rng() * CABINETS));
    ops.push({ t: start + 840, op: { kind: 'online', cabinetId: down, online: false, timeMin: start + 840 } });
    ops.push({ t: start + 900, op: { kind: 'online', cabinetId: down, online: true, timeMin: start + 900 } });
    // by time; at equal times admin ops (pushed later) go first, so a request at 11:00 sees the new patient
    const rank = (op: Op): number => (op.kind === 'dispense' ? 1 : 0);
    return ops.map((o, i) => ({ ...o, i })).sort((a, b) => a.t - b.t || rank(a.op) - rank(b.op) || a.i - b.i).map((o) => o.op);
  }

  private request(d: number, i: number, timeMin: number, genOf: (bed: number) => number): Op {
    const rng = this.rng;
    const bed = Math.floor(rng() * MOTHERS);
    const gen = genOf(bed);
    const forBaby = rng() < 0.5;
    const list = forBaby ? NEWBORN_SKUS : MOTHER_SKUS;
    let sku = pickWeighted(list, rng()).sku;
    let patientId = forBaby ? this.baby(bed, gen) : this.mother(bed, gen);
    const x = rng();
    if (x < 0.02) patientId = `stranger${i}`; // a visitor's QR code
    else if (x < 0.04) sku = pickWeighted(forBaby ? MOTHER_SKUS : NEWBORN_SKUS, rng()).sku; // wrong kind
    // nearest cabinet to the room, sometimes the next one along
    const near = Math.min(CABINETS - 1, Math.floor(((1.5 + this.room(bed) * 3) - 3) / 6 + 0.5));
    const cab = Math.max(0, Math.min(CABINETS - 1, near + (rng() < 0.2 ? (rng() < 0.5 ? -1 : 1) : 0)));
    const retry = this.issued.length > 0 && rng() < 0.01;
    const requestId = retry ? this.issued[Math.floor(rng() * this.issued.length)] : `d${d}r${i}`;
    if (!retry) this.issued.push(requestId);
    return {
      kind: 'dispense',
      request: { requestId, patientId, actorId: `k${bed}.${gen}`, sku, quantity: rng() < 0.8 ? 1 : 2, cabinetId: `cab${String(cab).padStart(2, '0')}`, timeMin },
    };
  }
}
