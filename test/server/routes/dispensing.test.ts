import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../helpers.js';

interface Slot { id: string; sku: string | null; onHandUnits: number }

describe('dispensing service routes', () => {
  let app: FastifyInstance;
  let cabinetId: string;
  let sku: string;
  beforeEach(async () => {
    app = await testApp();
    cabinetId = (await app.inject({ url: '/api/cabinets' })).json<{ cabinets: { id: string }[] }>().cabinets[0].id;
    const slots = (await app.inject({ url: `/api/cabinets/${cabinetId}` })).json<{ slotDetails: Slot[] }>().slotDetails;
    sku = slots.find((s) => s.sku !== null)!.sku!;
    expect((await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: 'm1', kind: 'mother', room: 'room-1' } })).statusCode).toBe(201);
  });
  afterEach(() => app.close());

  const onHand = async (): Promise<number> =>
    (await app.inject({ url: '/api/cabinets' })).json<{ cabinets: { id: string; stock: { onHandUnits: number } }[] }>().cabinets.find((c) => c.id === cabinetId)!.stock.onHandUnits;

  it('POST /api/dispense grants first-expiry-first-out and takes the units from the cabinet', async () => {
    const before = await onHand();
    const res = await app.inject({ method: 'POST', url: '/api/dispense', payload: { requestId: 'r1', patientId: 'm1', sku, quantity: 2, cabinetId } });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ ok: boolean; grants: { quantity: number }[] }>();
    expect(body.ok).toBe(true);
    expect(body.grants.reduce((a, g) => a + g.quantity, 0)).toBe(2);
    expect(await onHand()).toBe(before - 2);
  });

  it('POST /api/dispense repeated with the same requestId answers the first outcome and takes nothing more', async () => {
    const payload = { requestId: 'same', patientId: 'm1', sku, quantity: 1, cabinetId };
    const first = await app.inject({ method: 'POST', url: '/api/dispense', payload });
    const stock = await onHand();
    const second = await app.inject({ method: 'POST', url: '/api/dispense', payload });
    expect(second.json()).toEqual(first.json());
    expect(await onHand()).toBe(stock);
  });

  it('POST /api/dispense refuses an unknown patient with 200 ok:false and a reason', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/dispense', payload: { requestId: 'r2', patientId: 'ghost', sku, quantity: 1, cabinetId } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, reason: 'unknown-patient', alternatives: [] });
  });

  it.each([
    [{ requestId: 'x', sku: 'a', quantity: 0, cabinetId: 'c' }, 400, '/body/quantity'],
    [{ requestId: 'x', sku: 'a', quantity: 1 }, 400, '/body/cabinetId'],
    [{ requestId: 'x', sku: 'a', quantity: 1, cabinetId: 'c', extra: true }, 400, '/body/extra'],
    [{ requestId: 'x', patientId: 'm1', sku: 'a', quantity: 1, cabinetId: 'no-such-cabinet' }, 404, '/body/cabinetId'],
  ])('POST /api/dispense %j answers %i at %s and changes no stock', async (payload, status, path) => {
    const before = await onHand();
    const res = await app.inject({ method: 'POST', url: '/api/dispense', payload });
    expect(res.statusCode).toBe(status);
    expect(res.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toContain(path);
    expect(await onHand()).toBe(before);
  });

  it('POST /api/patients answers 409 for a patient already admitted; DELETE /api/patients/:id discharges, then 404', async () => {
    const again = await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: 'm1', kind: 'mother', room: 'room-1' } });
    expect(again.statusCode).toBe(409);
    expect((await app.inject({ method: 'DELETE', url: '/api/patients/m1' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/patients/m1' })).statusCode).toBe(404);
    const refused = await app.inject({ method: 'POST', url: '/api/dispense', payload: { requestId: 'after', patientId: 'm1', sku, quantity: 1, cabinetId } });
    expect(refused.json()).toMatchObject({ ok: false, reason: 'unknown-patient' });
  });

  it('POST /api/restock with the default round tops the cabinets back up; an unknown slot in a delivery is a 400 with its path', async () => {
    const full = await onHand();
    await app.inject({ method: 'POST', url: '/api/dispense', payload: { requestId: 'r3', patientId: 'm1', sku, quantity: 3, cabinetId } });
    const res = await app.inject({ method: 'POST', url: '/api/restock', payload: {} });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ addedUnits: 3, removedUnits: 0, overflowUnits: 0 });
    expect(await onHand()).toBe(full);
    const bad = await app.inject({ method: 'POST', url: '/api/restock', payload: { delivery: { lines: [{ cabinetId, slotId: 'no-slot', lots: [{ quantity: 1, expiresAtMin: 9e5 }] }] } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ details: { path: string }[] }>().details[0].path).toMatch(/^\/body\/lines\/0\/slotId|^\/body/);
    const both = await app.inject({ method: 'POST', url: '/api/restock', payload: { policy: { mode: 'round' }, delivery: { lines: [] } } });
    expect(both.statusCode).toBe(400);
  });

  it('POST /api/dispense (plain JSON.parse body parser) answers malformed, empty and __proto__ bodies with a JSON 400 and takes nothing', async () => {
    const before = await onHand();
    const headers = { 'content-type': 'application/json' };
    const bodies = [
      '{"requestId":"x1",',
      '',
      `{"requestId":"x2","patientId":"m1","sku":"${sku}","quantity":1,"cabinetId":"${cabinetId}","__proto__":{"admin":true}}`,
      `{"requestId":"x3","patientId":"m1","sku":"${sku}","quantity":1,"cabinetId":"${cabinetId}","constructor":{"prototype":{"admin":true}}}`,
    ];
    for (const payload of bodies) {
      const res = await app.inject({ method: 'POST', url: '/api/dispense', headers, payload });
      expect(res.statusCode, payload).toBe(400);
      expect(Object.keys(res.json<Record<string, unknown>>()).sort()).toEqual(['details', 'error', 'message']);
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(await onHand()).toBe(before);
  });

  it('GET /api/cabinets/:id answers 404 for an unknown cabinet', async () => {
    const res = await app.inject({ url: '/api/cabinets/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found', details: [{ path: '/params/id' }] });
  });

  it('with a token, dispense needs Authorization', async () => {
    const secured = await testApp({ token: 't' });
    const payload = { requestId: 'x', sku, quantity: 1, cabinetId };
    expect((await secured.inject({ method: 'POST', url: '/api/dispense', payload })).statusCode).toBe(401);
    expect((await secured.inject({ method: 'POST', url: '/api/dispense', payload, headers: { authorization: 'Bearer t' } })).statusCode).toBe(200);
    await secured.close();
  });
});
