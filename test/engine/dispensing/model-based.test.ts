// Model-based property tests: random wards, random operation sequences, the core against the
// reference model, every law checked after every command, and the ledger replayed at the end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDispensingState, replayLedger, snapshotState } from '../../../engine/dispensing/index.js';
import { configArb } from './arbitraries.js';
import { commandArbs, prelude, type Real } from './commands.js';
import { ReferenceModel } from './reference-model.js';

// 150 random wards x up to 80 commands by default; DISPENSING_RUNS=2000 for a deep soak.
const RUNS = Number(process.env.DISPENSING_RUNS ?? 150);

describe('dispensing core against the reference model (fc.commands)', () => {
  it('agrees with the model on every outcome; conservation, bounds, entitlement, FEFO, idempotency and routing laws hold; the ledger replays to the live state', () => {
    fc.assert(
      fc.property(configArb, fc.commands(commandArbs, { maxCommands: 80, size: 'max' }), (config, cmds) => {
        const setup = () => ({ model: new ReferenceModel(config), real: { state: createDispensingState(config), first: new Map(), lotSeq: 0, requests: 0 } satisfies Real });
        let real: Real | undefined;
        fc.modelRun(() => {
          const s = setup();
          real = s.real;
          prelude(s.model, s.real);
          return s;
        }, cmds);
        const live = real!.state;
        const replayed = replayLedger(config, live.ledger!);
        expect(snapshotState(replayed)).toEqual(snapshotState(live));
        expect(replayed.ledger).toEqual(live.ledger);
      }),
      { numRuns: RUNS },
    );
  }, 120_000); // ~5 s on a quiet machine; generous for shared CI
});
