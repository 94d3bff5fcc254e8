import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../../../glossary/data';
import type { PageTerm } from '../../../utils/messages';
import { findTargetTabId, mergePageTerms, toOnPageTerms } from '../../../utils/use-page-terms';

describe('findTargetTabId', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('uses ?tab=<id> when given', async () => {
    expect(await findTargetTabId('?tab=42')).toBe(42);
  });

  it('otherwise asks for the active tab of the popup’s window', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation(() => Promise.resolve([{ id: 7 } as Browser.tabs.Tab]) as never);
    expect(await findTargetTabId('')).toBe(7);
    expect(await findTargetTabId('?tab=nope')).toBe(7);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('gives null when there is no such tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(() => Promise.reject(new Error('no window')) as never);
    expect(await findTargetTabId('')).toBeNull();
  });
});

describe('toOnPageTerms', () => {
  it('names known terms in the reader’s language and keeps the meaning chosen on the page', () => {
    const [cmo, unknown] = toOnPageTerms(
      bundledPack,
      [
        {
          termId: 'cmo',
          senseId: 'chief_marketing_officer',
          domain: false,
          expansion: { en: 'Chief Marketing Officer', zh: '首席营销官' },
          count: 1,
          painted: 0,
        },
        {
          termId: 'from-a-user-pack',
          senseId: 'something',
          domain: true,
          expansion: { en: 'Something', zh: '某物' },
          count: 3,
          painted: 3,
        },
      ],
      'zh',
    );
    expect(cmo).toMatchObject({ name: 'CMO', meaning: '首席营销官', domain: false, count: 1, painted: 0 });
    // Terms this glossary does not know (a user pack) still show, without a link to a missing entry.
    expect(unknown).toMatchObject({ name: '某物', meaning: '某物', domain: false });
  });
});

describe('mergePageTerms', () => {
  const term = (termId: string, senseId: string, count: number, painted: number): PageTerm => ({
    termId,
    senseId,
    domain: true,
    expansion: { en: termId, zh: termId },
    count,
    painted,
  });

  it('lists each term and meaning once, adding up the frames’ counts, in the order they first appear', () => {
    const top = [term('cdmo', 'cdmo', 1, 1), term('gmp', 'gmp', 2, 1)];
    const child = [term('api', 'active_pharmaceutical_ingredient', 1, 1), term('cdmo', 'cdmo', 2, 2)];
    const other = [term('cmo', 'chief_marketing_officer', 1, 0), term('gmp', 'gmp', 1, 1)];
    expect(mergePageTerms([top, child, other]).map((t) => [t.termId, t.senseId, t.count, t.painted])).toEqual([
      ['cdmo', 'cdmo', 3, 3],
      ['gmp', 'gmp', 3, 2],
      ['api', 'active_pharmaceutical_ingredient', 1, 1],
      ['cmo', 'chief_marketing_officer', 1, 0],
    ]);
  });

  it('keeps a term in two meanings as two entries', () => {
    const merged = mergePageTerms([[term('cmo', 'chief_marketing_officer', 1, 0)], [term('cmo', 'cmo', 2, 2)]]);
    expect(merged.map((t) => t.senseId)).toEqual(['chief_marketing_officer', 'cmo']);
  });
});
