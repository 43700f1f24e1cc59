import { describe, expect, it } from 'vitest';
import { wardtwin } from '../_support/wardtwin.js';

describe('wardtwin validate-model', () => {
  it('prints verification and validation rows apart and exits 0 when every verification row passes', () => {
    const r = wardtwin(['validate-model', 'county-mch', '--days', '30', '--replications', '3', '--workers', '0', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { verified: boolean; baselineId: string; verification: { check: string; verdict: string }[]; validation: { check: string; verdict: string }[] };
    expect(out.verified).toBe(true);
    expect(out.baselineId).toBe('county-mch-baseline');
    // county-mch's families never reach the shop, so the shop-queue row is not measured; every other row passes.
    expect(out.verification.filter((x) => x.verdict !== 'pass')).toEqual([expect.objectContaining({ check: 'shop queue wait [min]', verdict: 'not measured' })]);
    // The contact model is calibrated to Jiang 2017 and Cohen 2012: both fall inside their bands.
    expect(out.validation.find((x) => x.check.startsWith('contact episodes'))!.verdict).toBe('inside band');
    expect(out.validation.find((x) => x.check.startsWith('room entries'))!.verdict).toBe('inside band');
  }, 60_000);

  it('an unknown preset exits 2', () => {
    const r = wardtwin(['validate-model', 'no-such-preset', '--workers', '0']);
    expect(r.status).toBe(2);
  });
});
