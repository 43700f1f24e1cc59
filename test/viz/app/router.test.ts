import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPage, pages, parseHash, toHash } from '../../../viz/src/app/router.js';

describe('parseHash()', () => {
  it.each([
    ['', { page: defaultPage, params: [] }],
    ['#/', { page: defaultPage, params: [] }],
    ['#/compare', { page: 'compare', params: [] }],
    ['#/results/run%201', { page: 'results', params: ['run 1'] }],
    ['#/nowhere/x', { page: defaultPage, params: [] }],
  ])('parses %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('round-trips with toHash() for any page and params', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pages), fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }), (page, params) => {
        expect(parseHash(toHash({ page, params }))).toEqual({ page, params });
      }),
    );
  });
});
