/** Schemas of `GET /api/health`. */
import { Type } from '@sinclair/typebox';

/** Liveness: the process answers and how many runs it is working on. */
export const HealthSchema = Type.Object(
  {
    status: Type.Literal('ok'),
    uptimeSec: Type.Number({ description: 'seconds since the app was built' }),
    runningRuns: Type.Integer({ description: 'runs executing now' }),
    queuedRuns: Type.Integer({ description: 'runs waiting for a worker' }),
  },
  { additionalProperties: false },
);
