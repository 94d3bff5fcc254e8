import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { Sense } from '../../../glossary/lexicon';
import { listPageTerms, pickOccurrence, type ListedMatch } from '../../../page/page-terms';

const window = new Window();
const document = window.document as unknown as Document;
document.body.innerHTML = '<p id="a">CMO and GMP</p><p id="b">GMP again</p>';

const sense = (termId: string, id: string, domain = true): Sense => ({
  id,
  termId,
  domain,
  expansion: { en: id, zh: id },
});
const cmo = sense('cmo', 'contract_manufacturing_organization');
const officer = sense('cmo', 'chief_marketing_officer', false);
const gmp = sense('gmp', 'good_manufacturing_practice');

const match = (termId: string, s: Sense, painted: boolean, id = 'a'): ListedMatch => ({
  termId,
  sense: s,
  painted,
  container: document.getElementById(id)!,
});

describe('listPageTerms', () => {
  it('groups by term and sense in order of first occurrence, counting painted ones', () => {
    const terms = listPageTerms([
      match('gmp', gmp, false),
      match('cmo', cmo, true),
      match('gmp', gmp, true),
      match('cmo', officer, false),
    ]);
    expect(terms.map((t) => [t.termId, t.senseId, t.count, t.painted, t.domain])).toEqual([
      ['gmp', 'good_manufacturing_practice', 2, 1, true],
      ['cmo', 'contract_manufacturing_organization', 1, 1, true],
      ['cmo', 'chief_marketing_officer', 1, 0, false],
    ]);
  });
});

describe('pickOccurrence', () => {
  it('prefers the first painted occurrence in the asked sense', () => {
    const first = match('gmp', gmp, false, 'a');
    const painted = match('gmp', gmp, true, 'b');
    expect(pickOccurrence([first, painted], 'gmp')).toBe(painted);
    expect(pickOccurrence([first], 'gmp')).toBe(first);
    expect(pickOccurrence([match('cmo', officer, true)], 'cmo', cmo.id)).toBeUndefined();
  });

  it('skips occurrences whose text left the document', () => {
    const gone = match('gmp', gmp, true, 'b');
    const kept = match('gmp', gmp, false, 'a');
    document.getElementById('b')!.remove();
    expect(pickOccurrence([gone, kept], 'gmp')).toBe(kept);
  });
});
