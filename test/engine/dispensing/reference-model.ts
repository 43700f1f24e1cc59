// A deliberately simple reference model of the dispensing core for model-based tests: plain
// arrays, no indexes, everything recomputed from scratch on every call. It follows the rules as
// the issue states them, not the core's code, so a disagreement points at one or the other.
import type { DispensingConfig, Grant, RefusalReason } from '../../../engine/dispensing/index.js';

export interface RefLot { lotId: string; quantity: number; expiresAtMin: number }
export interface RefSlot { id: string; sku: string | null; sizeClass: string; capacity: number; jammed: boolean; lots: RefLot[] }
export interface RefCabinet { id: string; x: number; y: number; online: boolean; slots: RefSlot[] }
export interface RefPatient { id: string; kind: 'mother' | 'newborn'; companions: string[]; admittedAtMin: number; got: Map<string, { day: number; dayUnits: number; stayUnits: number }> }

export type RefOutcome =
  | { ok: true; grants: Grant[]; alternatives?: undefined; reason?: undefined }
  | { ok: false; reason: RefusalReason; alternatives: string[]; grants?: undefined };

export class ReferenceModel {
  readonly cabinets: RefCabinet[];
  readonly patients = new Map<string, RefPatient>();
  readonly remembered: { id: string; outcome: RefOutcome }[] = [];
  now = 0;

  constructor(readonly config: DispensingConfig) {
    this.cabinets = config.cabinets.map((cab) => {
      const model = config.cabinetModels.find((m) => m.id === cab.modelId)!;
      return {
        id: cab.id, x: cab.location.x, y: cab.location.y, online: cab.online ?? true,
        slots: model.slots.map((s, i) => ({ id: s.id ?? `s${i}`, sku: cab.slotSkus?.[i] ?? null, sizeClass: s.sizeClass, capacity: s.capacityUnits, jammed: false, lots: [] })),
      };
    });
    for (const lot of config.initialLots ?? []) this.addLot(lot.cabinetId, lot.slotId, { lotId: lot.lotId!, quantity: lot.quantity, expiresAtMin: lot.expiresAtMin });
  }

  cabinet(id: string): RefCabinet { return this.cabinets.find((c) => c.id === id)!; }
  slot(cabId: string, slotId: string): RefSlot { return this.cabinet(cabId).slots.find((s) => s.id === slotId)!; }
  addLot(cabId: string, slotId: string, lot: RefLot): void { this.slot(cabId, slotId).lots.push({ ...lot }); }
  onHand(slot: RefSlot): number { return slot.lots.reduce((a, l) => a + l.quantity, 0); }

  /** Unexpired units of `sku` in working slots of `cab`. */
  usable(cab: RefCabinet, sku: string, t: number): number {
    let n = 0;
    for (const s of cab.slots) if (s.sku === sku && !s.jammed) for (const l of s.lots) if (l.expiresAtMin > t) n += l.quantity;
    return n;
  }

  canServe(cab: RefCabinet, sku: string, q: number, t: number): boolean { return cab.online && this.usable(cab, sku, t) >= q; }

  byDistance(x: number, y: number): RefCabinet[] {
    return this.cabinets
      .map((c, i) => ({ c, i, d: Math.abs(c.x - x) + Math.abs(c.y - y) }))
      .sort((a, b) => a.d - b.d || a.i - b.i)
      .map((e) => e.c);
  }

  rule(sku: string): { kinds: string[]; perDay: number; perStay: number } {
    const r = this.config.entitlements?.find((e) => e.sku === sku);
    if (!r) {
      const allow = (this.config.rules?.unlistedSkus ?? 'allow') === 'allow';
      return { kinds: allow ? ['mother', 'newborn'] : [], perDay: Infinity, perStay: Infinity };
    }
    return { kinds: [...(r.kinds ?? ['mother', 'newborn'])], perDay: r.perDay ?? Infinity, perStay: r.perStay ?? Infinity };
  }

  patientReason(sku: string, patientId: string | undefined, actorId: string | undefined, q: number, t: number): RefusalReason | null {
    const item = this.config.catalog.items.find((i) => i.sku === sku)!;
    if (patientId === undefined) return item.needsPatient ? 'unknown-patient' : null;
    const p = this.patients.get(patientId);
    if (!p) return 'unknown-patient';
    const rule = this.rule(sku);
    if (!rule.kinds.includes(p.kind)) return 'not-entitled';
    if (actorId !== undefined && actorId !== patientId && !p.companions.includes(actorId)) return 'not-entitled';
    const got = p.got.get(sku);
    // Quota days are postpartum days: whole 24 h periods since admission.
    const day = Math.floor((t - p.admittedAtMin) / 1440);
    if ((got?.stayUnits ?? 0) + q > rule.perStay) return 'quota-exceeded';
    if ((got && got.day === day ? got.dayUnits : 0) + q > rule.perDay) return 'quota-exceeded';
    return null;
  }

  alternatives(cab: RefCabinet, sku: string, q: number, t: number): string[] {
    const max = this.config.rules?.maxAlternatives ?? 3;
    return this.byDistance(cab.x, cab.y).filter((c) => c !== cab && this.canServe(c, sku, q, t)).slice(0, max).map((c) => c.id);
  }

  decide(cabId: string, sku: string, patientId: string | undefined, actorId: string | undefined, q: number, t: number): RefOutcome {
    const cab = this.cabinet(cabId);
    const known = this.config.catalog.items.some((i) => i.sku === sku);
    if (!cab.online) {
      const alts = known && this.patientReason(sku, patientId, actorId, q, t) === null ? this.alternatives(cab, sku, q, t) : [];
      return { ok: false, reason: 'cabinet-offline', alternatives: alts };
    }
    if (!known) return { ok: false, reason: 'unknown-sku', alternatives: [] };
    const pr = this.patientReason(sku, patientId, actorId, q, t);
    if (pr) return { ok: false, reason: pr, alternatives: [] };
    const working = this.usable(cab, sku, t);
    if (working >= q) return { ok: true, grants: this.take(cab, sku, q, t) };
    let jammed = 0;
    let all = 0;
    for (const s of cab.slots) {
      if (s.sku !== sku) continue;
      for (const l of s.lots) {
        all += l.quantity;
        if (s.jammed && l.expiresAtMin > t) jammed += l.quantity;
      }
    }
    const reason: RefusalReason = working + jammed >= q ? 'slot-jammed' : working + jammed === 0 && all > 0 ? 'expired-only' : 'out-of-stock';
    return { ok: false, reason, alternatives: this.alternatives(cab, sku, q, t) };
  }

  /** FEFO: repeatedly the unexpired lot with the earliest expiry (first slot, then first lot, on ties). */
  take(cab: RefCabinet, sku: string, q: number, t: number): Grant[] {
    const grants: Grant[] = [];
    while (q > 0) {
      let best: { s: RefSlot; l: RefLot } | null = null;
      for (const s of cab.slots) {
        if (s.sku !== sku || s.jammed) continue;
        for (const l of s.lots) if (l.expiresAtMin > t && (!best || l.expiresAtMin < best.l.expiresAtMin)) best = { s, l };
      }
      const n = Math.min(q, best!.l.quantity);
      best!.l.quantity -= n;
      q -= n;
      grants.push({ slotId: best!.s.id, lotId: best!.l.lotId, quantity: n, expiresAtMin: best!.l.expiresAtMin });
      best!.s.lots = best!.s.lots.filter((l) => l.quantity > 0);
    }
    return grants;
  }

  charge(patientId: string, sku: string, q: number, t: number): void {
    const p = this.patients.get(patientId)!;
    const day = Math.floor((t - p.admittedAtMin) / 1440);
    const got = p.got.get(sku) ?? { day, dayUnits: 0, stayUnits: 0 };
    if (got.day !== day) Object.assign(got, { day, dayUnits: 0 });
    got.dayUnits += q;
    got.stayUnits += q;
    p.got.set(sku, got);
  }

  recall(id: string): RefOutcome | undefined {
    return this.remembered.find((r) => r.id === id)?.outcome;
  }

  remember(id: string, outcome: RefOutcome): void {
    const size = this.config.rules?.idempotencyWindow ?? 65_536;
    if (size === 0) return;
    this.remembered.push({ id, outcome });
    if (this.remembered.length > size) this.remembered.shift();
  }
}
