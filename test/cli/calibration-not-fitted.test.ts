// Every reason the calibration gives for leaving a part unfitted reads in Chinese: a one-row log
// makes the engine give all of them (each item's consumption, hour weights, session and restock
// times), and none is left in English.
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../engine/index.js';
import { loadPreset } from '../../scenarios/index.js';
import { notFittedText } from '../../server/cli/experiments/calibration-output.js';

describe('notFittedText()', () => {
  const loaded = loadPreset('county-mch');
  if (!loaded.ok) throw new Error('county-mch does not load');
  const result = calibrate([{ type: 'admit', timeMin: 0, patient: 'm0', kind: 'mother' }], loaded.scenario, { hourRefineRounds: 0 });

  it('the engine leaves every part unfitted on a one-row log', () => {
    expect(result.notFitted).toHaveLength(loaded.scenario.catalog.items.length + 3);
  });

  it('gives each reason in Chinese with the item by its Chinese name, and keeps English as the engine wrote it', () => {
    for (const reason of result.notFitted) {
      expect(notFittedText(reason, 'zh-CN'), reason).not.toMatch(/[A-Za-z]{3,}/);
      expect(notFittedText(reason, 'en')).toBe(reason);
    }
    expect(notFittedText(result.notFitted[0], 'zh-CN')).toMatch(/的用量：没有已入院患者的取物记录$/);
  });
});
