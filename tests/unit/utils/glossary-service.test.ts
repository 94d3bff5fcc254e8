import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
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

  it('sends pages the trie and what names and tells apart each term, not the forms and cue words it compiles', () => {
    const packs = [bundledPack];
    const service = createGlossaryService(() => packs);
    const page = service.pageMatchData();
    expect(service.pageMatchData()).toBe(page);
    expect(page.version).toBe(service.matchData().version);
    expect(page.formTrie).toBe(service.matchData().formTrie);
    const cmo = page.terms.find((term) => term.id === 'cmo')!;
    expect(Object.keys(cmo).sort()).toEqual(['category', 'expansion', 'id', 'name', 'otherSenses']);
    expect(cmo.otherSenses.map((sense) => sense.id)).toContain('chief_marketing_officer');
    expect(Object.keys(cmo.otherSenses[0]).sort()).toEqual(['expansion', 'id']);
    const sent = JSON.stringify(page).length;
    expect(sent).toBeLessThan(0.8 * JSON.stringify(service.matchData()).length);
  });

  it('compiles a page’s cue words for its version of the match data only, and keeps recent ones', () => {
    let packs: readonly Pack[] = [bundledPack];
    const service = createGlossaryService(() => packs);
    const { version } = service.matchData();
    const cues = service.senseCues(version, ['cmo', 'api']);
    expect(cues?.cues.length).toBeGreaterThan(10);
    expect(service.senseCues(version, ['cmo', 'api'])).toBe(cues);
    expect(service.senseCues(version, ['api', 'cmo'])).not.toBe(cues);
    expect(service.senseCues('an older glossary', ['cmo', 'api'])).toBeNull();
    packs = [bundledPack, miniPack];
    expect(service.senseCues(version, ['cmo'])).toBeNull();
  });

  it('lets the least recently asked cue words go first', () => {
    const packs = [bundledPack];
    const service = createGlossaryService(() => packs);
    const { version } = service.matchData();
    const ambiguous = bundledPack.terms.filter((term) => term.otherSenses.length > 0).map((term) => term.id);
    const first = service.senseCues(version, [ambiguous[0]]);
    const second = service.senseCues(version, [ambiguous[1]]);
    for (const termId of ambiguous.slice(2, 17)) service.senseCues(version, [termId]);
    expect(service.senseCues(version, [ambiguous[1]])).toBe(second);
    expect(service.senseCues(version, [ambiguous[0]])).not.toBe(first);
  });
});
