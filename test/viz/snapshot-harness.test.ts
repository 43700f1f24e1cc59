// The snapshot harness must be able to fail: a missing snapshot is written, an equal render
// passes, a different render writes <name>-changed.svg and throws.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectSvgSnapshot, snapshotDir } from './_support/snapshot.js';

const name = 'zz-harness-selftest';
const cleanup = (): void => {
  rmSync(`${snapshotDir}${name}.svg`, { force: true });
  rmSync(`${snapshotDir}${name}-changed.svg`, { force: true });
};

describe('expectSvgSnapshot()', () => {
  afterEach(cleanup);

  it('writes a missing snapshot, passes on equal, writes -changed and throws on a difference', () => {
    cleanup();
    expectSvgSnapshot(name, '<svg>a</svg>\n');
    expect(readFileSync(`${snapshotDir}${name}.svg`, 'utf8')).toBe('<svg>a</svg>\n');
    expect(() => expectSvgSnapshot(name, '<svg>a</svg>\n')).not.toThrow();
    expect(() => expectSvgSnapshot(name, '<svg>b</svg>\n')).toThrow(/zz-harness-selftest-changed.svg/);
    expect(readFileSync(`${snapshotDir}${name}-changed.svg`, 'utf8')).toBe('<svg>b</svg>\n');
    expectSvgSnapshot(name, '<svg>a</svg>\n');
    expect(existsSync(`${snapshotDir}${name}-changed.svg`)).toBe(false);
  });
});
