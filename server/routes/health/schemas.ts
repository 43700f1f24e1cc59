/** Schemas of `GET /api/health`. */
import { Type } from '@sinclair/typebox';

/** Liveness: the process answers, how many runs it is working on, and whether the twin takes events. */
export const HealthSchema = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')], { description: 'degraded: the process serves, but the twin is read-only (see twin)' }),
    twin: Type.Object(
      {
        mode: Type.Union([Type.Literal('read-write'), Type.Literal('read-only')]),
        quarantinedRows: Type.Integer({ description: 'stored ledger rows that could not be replayed, moved to twin_quarantine and not yet resolved by wardtwin db repair' }),
        quarantine: Type.Array(
          Type.Object({ seq: Type.Integer({ description: 'row id in twin_events' }), eventId: Type.String(), reason: Type.String() }, { additionalProperties: false }),
          { description: 'the first 20 quarantined rows' },
        ),
      },
      { additionalProperties: false },
    ),
    uptimeSec: Type.Number({ description: 'seconds since the app was built' }),
    runningRuns: Type.Integer({ description: 'runs executing now' }),
    queuedRuns: Type.Integer({ description: 'runs waiting for a worker' }),
  },
  { additionalProperties: false },
);
