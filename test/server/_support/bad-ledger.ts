/**
 * Test support: a store whose twin ledger holds two admissions accepted by the API, then two
 * rows that do not replay (a discharge of a patient never admitted, a body cut short) and one
 * good admission, written behind the server's back as a second server or a hand edit would.
 */
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { testApp } from '../helpers.js';

/** Writes that store at `path` (rows 1-2 good, 3-4 bad, 5 good). */
export async function storeWithBadRows(path: string): Promise<void> {
  const app = await testApp({ dbPath: path });
  const admit = (id: string) => ({ eventId: `admit-${id}`, type: 'admission', patientId: id, kind: 'mother', room: 'room-1', timeMin: 10 });
  const res = await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events: [admit('m1'), admit('m2')] } });
  expect(res.statusCode).toBe(200);
  await app.close();
  const db = new Database(path);
  const insert = db.prepare("INSERT INTO twin_events (ward, event_id, time_min, body) VALUES ('county-mch', ?, ?, ?)");
  insert.run('bad-1', 20, JSON.stringify([{ type: 'discharged', timeMin: 20, patientId: 'ghost' }]));
  insert.run('bad-2', 30, '{"type": "admitted", trunc');
  insert.run('admit-m3', 40, JSON.stringify([{ type: 'admitted', timeMin: 40, patientId: 'm3', kind: 'mother', room: 'room-1', companionIds: [] }]));
  db.close();
}
