// The line `serve` and `start` print when the server came up with a read-only twin (stored
// ledger rows that no longer replay were quarantined), so an operator sees it at once rather
// than on the first refused event batch.
import type { FastifyInstance } from 'fastify';

/** The notice for a server whose twin is read-only, or null when it takes events. */
export function readOnlyTwinNotice(app: FastifyInstance, dbPath: string): string | null {
  const rows = app.twin.quarantinedRows;
  if (rows.length === 0) return null;
  const first = rows[0];
  return `wardtwin: the twin is read-only: ${rows.length} stored ledger row(s) could not be replayed and are quarantined (first: row ${first.seq}, event "${first.eventId}": ${first.reason}); see GET /api/health, then stop the server and run "wardtwin db repair --db ${dbPath}"\n`;
}
