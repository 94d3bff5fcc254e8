import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, referencePath, type ReferenceRoute } from '../../../utils/reference-route';

describe('reference routes', () => {
  it('reads the deep links the tooltip and popup build', () => {
    expect(parseRoute('#term/cmo')).toEqual({ kind: 'term', id: 'cmo' });
    expect(parseRoute('#compare/outsourcing-models')).toEqual({ kind: 'compare', id: 'outsourcing-models' });
    expect(parseRoute('#category/quality')).toEqual({ kind: 'category', id: 'quality' });
    expect(parseRoute('#/term/CMO')).toEqual({ kind: 'term', id: 'cmo' });
  });

  it('treats anything else as the overview', () => {
    for (const hash of ['', '#', '#main', '#term/', '#term/a/b', '#term/%E0%A4%A', '#term/<script>', '#nope/cmo']) {
      expect(parseRoute(hash)).toEqual({ kind: 'home' });
    }
  });

  it('round-trips every route it formats', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const route: fc.Arbitrary<ReferenceRoute> = fc.oneof(
      fc.constant({ kind: 'home' as const }),
      fc.record({ kind: fc.constantFrom('term' as const, 'compare' as const, 'category' as const), id }),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(formatRoute(r))).toEqual(r);
      }),
    );
  });

  it('builds extension paths', () => {
    expect(referencePath({ kind: 'term', id: 'cmo' })).toBe('/glossary.html#term/cmo');
    expect(referencePath({ kind: 'home' })).toBe('/glossary.html');
  });
});
