// The snapshot harness must be able to fail: a missing snapshot is written (but fails under
// CI), an equal render passes, a different render writes <name>-changed.svg and throws.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectSvgSnapshot, snapshotDir, underCi } from './_support/snapshot.js';

const name = 'zz-harness-selftest';
const cleanup = (): void => {
  rmSync(`${snapshotDir}${name}.svg`, { force: true });
  rmSync(`${snapshotDir}${name}-changed.svg`, { force: true });
};

describe('expectSvgSnapshot()', () => {
  afterEach(cleanup);

  it('writes a missing snapshot, passes on equal, writes -changed and throws on a difference', () => {
    cleanup();
    expectSvgSnapshot(name, '<svg>a</svg>\n', { ci: false });
    expect(readFileSync(`${snapshotDir}${name}.svg`, 'utf8')).toBe('<svg>a</svg>\n');
    expect(() => expectSvgSnapshot(name, '<svg>a</svg>\n')).not.toThrow();
    expect(() => expectSvgSnapshot(name, '<svg>b</svg>\n')).toThrow(/zz-harness-selftest-changed.svg/);
    expect(readFileSync(`${snapshotDir}${name}-changed.svg`, 'utf8')).toBe('<svg>b</svg>\n');
    expectSvgSnapshot(name, '<svg>a</svg>\n');
    expect(existsSync(`${snapshotDir}${name}-changed.svg`)).toBe(false);
  });

  it('under CI a missing snapshot fails, writes the render as -changed and no snapshot', () => {
    cleanup();
    expect(() => expectSvgSnapshot(name, '<svg>a</svg>\n', { ci: true })).toThrow(/zz-harness-selftest.svg is missing/);
    expect(existsSync(`${snapshotDir}${name}.svg`)).toBe(false);
    expect(readFileSync(`${snapshotDir}${name}-changed.svg`, 'utf8')).toBe('<svg>a</svg>\n');
  });

  it('underCi() reads CI as CI services set it', () => {
    expect([underCi({ CI: 'true' }), underCi({ CI: '1' }), underCi({}), underCi({ CI: '' }), underCi({ CI: 'false' }), underCi({ CI: '0' })]).toEqual([true, true, false, false, false, false]);
  });
});
