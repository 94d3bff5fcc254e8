import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/lexicon';
import * as matchData from '../../../glossary/match-data';
import type { Pack } from '../../../glossary/schema';
import { createGlossaryService } from '../../../utils/glossary-service';
import { miniPack } from '../../fixtures/mini-pack';

const cdmo = {
  termId: 'cdmo',
  senseId: 'contract_development_and_manufacturing_organization',
  confidence: 1,
  evidence: [],
  alternatives: [],
  text: 'CDMO',
};

afterEach(() => vi.restoreAllMocks());

describe('the glossary service', () => {
  it('describes a match and suggests terms without compiling the match data', () => {
    const compile = vi.spyOn(matchData, 'toMatchData');
    const service = createGlossaryService(() => [bundledPack]);
    expect(service.describe(cdmo, 'en')?.term.name).toBe('CDMO');
    expect(service.suggest('contract manufacturer', 'en').length).toBeGreaterThan(0);
    expect(compile).not.toHaveBeenCalled();
  });

  it('compiles the match data once per set of packs, and again when the packs change', () => {
    const compile = vi.spyOn(matchData, 'toMatchData');
    let packs: readonly Pack[] = [miniPack];
    const service = createGlossaryService(() => packs);
    const first = service.matchData();
    expect(service.matchData()).toBe(first);
    expect(compile).toHaveBeenCalledTimes(1);

    packs = [bundledPack];
    const next = service.matchData();
    expect(compile).toHaveBeenCalledTimes(2);
    // The new packs' forms, in the trie the pages receive.
    const found = (data: matchData.MatchData) => buildLexicon(data).findTerms('An ADC deal.').length;
    expect([found(first), found(next)]).toEqual([0, 1]);
  });
});
