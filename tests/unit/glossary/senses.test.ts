import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../glossary/build-lexicon';
import {
  defaultResolveOptions,
  prepareResolution,
  resolveMatches,
  scoreHits,
  scorePage,
  type ResolveOptions,
} from '../../../glossary/senses';
import { personTitleStrength } from '../../../glossary/person-title';
import { sensePack } from '../../fixtures/sense-pack';
import { bundledPack } from '../../../glossary/data';

const lexicon = buildLexicon(sensePack);

interface Context {
  title?: string;
  /** Override the page prior; by default it is scorePage() of the text itself. */
  domainScore?: number;
  options?: Partial<ResolveOptions>;
}

/** Every match of a text with its resolution. */
function resolve(text: string, context: Context = {}) {
  const hits = lexicon.findTerms(text);
  const domainScore = context.domainScore ?? scorePage(lexicon, text, hits, context.title);
  return resolveMatches(lexicon, text, hits, { title: context.title, domainScore }, context.options).map((m) => ({
    ...m,
    text: text.slice(m.start, m.end),
    senseId: m.sense.id,
  }));
}

/** The resolution of the nth occurrence of an acronym. */
function senseOf(text: string, acronym: string, context: Context = {}, nth = 0) {
  const match = resolve(text, context).filter((m) => m.text.startsWith(acronym))[nth];
  if (!match) throw new Error(`no ${acronym} in: ${text}`);
  return match;
}

describe('written-out meanings', () => {
  it('settle the sense when they follow the acronym in parentheses', () => {
    const m = senseOf('The board named a CMO (chief marketing officer) last week.', 'CMO');
    expect(m.senseId).toBe('chief_marketing_officer');
    expect(m.painted).toBe(false);
    expect(m.evidence[0]).toBe('written out as “chief marketing officer”');
  });

  it('settle the sense when they come first, in British spelling too', () => {
    const m = senseOf('We signed with a contract manufacturing organisation (CMO) in Cork.', 'CMO');
    expect(m.senseId).toBe('contract_manufacturing_organization');
    expect(m.painted).toBe(true);
  });

  it('are found in Chinese brackets on either side', () => {
    expect(senseOf('公司任命的CMO（首席营销官）来自快消行业。', 'CMO').senseId).toBe('chief_marketing_officer');
    const m = senseOf('合同生产组织（CMO）按照委托方的工艺生产。', 'CMO');
    expect(m.senseId).toBe('contract_manufacturing_organization');
    expect(m.painted).toBe(true);
  });

  it('do not count when the writer says the acronym is not that', () => {
    const m = senseOf('Here CMO means contract manufacturing organization, not chief marketing officer.', 'CMO');
    expect(m.senseId).toBe('contract_manufacturing_organization');
  });

  it('hold for later occurrences of the same acronym', () => {
    const filler = ' 本文讨论企业高层的分工与协作。'.repeat(12);
    const text = `CMO（首席营销官）是企业的高管。${filler}很多公司的CMO任期不到三年。`;
    const later = senseOf(text, 'CMO', {}, 1);
    expect(later.senseId).toBe('chief_marketing_officer');
    expect(later.evidence.join(' ')).toContain('earlier on the page');
  });

  it('explain their own occurrence, not a neighbour defined otherwise', () => {
    const text = 'A CMO (chief marketing officer) sells; a CMO (contract manufacturing organization) makes.';
    expect(senseOf(text, 'CMO', {}, 0).senseId).toBe('chief_marketing_officer');
    expect(senseOf(text, 'CMO', {}, 1).senseId).toBe('contract_manufacturing_organization');
  });
});

describe('cue words', () => {
  it('around the match pick the sense', () => {
    expect(senseOf('The CMO will manufacture the commercial batches at its plant.', 'CMO').senseId).toBe(
      'contract_manufacturing_organization',
    );
    expect(senseOf('The CMO wants a bigger brand and marketing budget.', 'CMO').senseId).toBe(
      'chief_marketing_officer',
    );
  });

  it('count more when nearer: each of two occurrences follows its own neighbourhood', () => {
    const text =
      'Our marketing chief, the CMO, cares about the brand. ' +
      'Meanwhile, the plant of our partner CMO made ten batches for the manufacturing campaign.';
    expect(senseOf(text, 'CMO', {}, 0).senseId).toBe('chief_marketing_officer');
    expect(senseOf(text, 'CMO', {}, 1).senseId).toBe('contract_manufacturing_organization');
  });

  it('beyond the window do not count', () => {
    const far = 'x '.repeat(200);
    const m = senseOf(`manufacturing batch plant ${far} CMO`, 'CMO', { domainScore: 0 });
    expect(m.evidence.join(' ')).not.toContain('manufacturing');
  });

  it('are found in Chinese even where they overlap (签订 and 订单 in 新签订单)', () => {
    const m = senseOf('这家CMO的生产批次排满了。', 'CMO');
    expect(m.senseId).toBe('contract_manufacturing_organization');
    expect(m.evidence.some((e) => e.includes('生产') || e.includes('批次'))).toBe(true);
  });
});

describe('person titles', () => {
  const officer = /_officer$/;

  it.each([
    ['named Jane Smith as CMO', 'Acme Foods named Jane Smith as CMO last week.'],
    ['CMO followed by a name', 'CMO Jane Smith said the launch went well.'],
    ["the company's CMO said", "The company's CMO said sales would rise."],
    ['President and CMO', 'She is President and CMO of a consumer start-up.'],
  ])('in English: %s', (_name, text) => {
    const m = senseOf(text, 'CMO', { domainScore: 0 });
    expect(m.senseId).toMatch(officer);
    expect(m.painted).toBe(false);
    expect(m.evidence).toContain('used as a person’s title');
  });

  it.each([
    ['任命…为CMO', '公司宣布任命张伟为CMO。'],
    ['CMO张伟表示', '公司CMO张伟表示，明年将加大投入。'],
    ['设立CMO一职', '越来越多的企业设立CMO一职。'],
    ['曾任…CMO', '她曾任一家消费品公司的CMO。'],
  ])('in Chinese: %s', (_name, text) => {
    const m = senseOf(text, 'CMO', { domainScore: 0 });
    expect(m.senseId).toMatch(officer);
    expect(m.painted).toBe(false);
  });

  it('choose the chief medical officer on a pharma page and the marketing one elsewhere', () => {
    const text = 'The company named Dr. Ana Ruiz as CMO.';
    expect(senseOf(text, 'CMO', { domainScore: 0.9 }).senseId).toBe('chief_medical_officer');
    expect(senseOf(text + ' She ran brand marketing at a soda maker.', 'CMO', { domainScore: 0 }).senseId).toBe(
      'chief_marketing_officer',
    );
  });

  it('count a search ("looking for a CRO") for less than an appointment: sponsors look for CROs too', () => {
    const at = (text: string) => {
      const start = text.indexOf('CRO');
      return personTitleStrength(text, { start, end: start + 3 });
    };
    const looking = at('We are looking for a CRO with oncology experience.');
    expect(looking).toBeGreaterThan(0);
    expect(looking).toBeLessThan(at('The company has hired a CRO with sales experience.'));
  });

  it('are not read into a company name after the acronym', () => {
    const m = senseOf('Mid-size CMO Parallax Pharma will make the batches.', 'CMO', { domainScore: 0.5 });
    expect(m.senseId).toBe('contract_manufacturing_organization');
  });
});

describe('a named person who speaks, on a pharma page (the bundled glossary)', () => {
  const glossary = buildLexicon(bundledPack);
  const news = 'The CDMO passed its GMP inspection last month and will expand its API capacity. ';
  const resolveIn = (text: string) => {
    const hits = glossary.findTerms(text);
    const domainScore = scorePage(glossary, text, hits, '');
    return resolveMatches(glossary, text, hits, { title: '', domainScore }).map((m) => ({
      text: text.slice(m.start, m.end),
      senseId: m.sense.id,
      painted: m.painted,
    }));
  };
  const last = (text: string, acronym: string) =>
    resolveIn(text)
      .filter((m) => m.text === acronym)
      .at(-1)!;

  it.each([
    ['CMO Jane Smith said', `${news}CMO Jane Smith said the biologics line would open next year.`],
    ['Jane Smith, CMO, said', `${news}Jane Smith, CMO, said the biologics line would open next year.`],
    ['CMO Dr. Ana Ruiz told', `${news}CMO Dr. Ana Ruiz told analysts the batches were on schedule.`],
    ['CMO张伟表示', '这家CDMO企业上月通过了GMP检查。CMO张伟表示，公司将继续扩大产能。'],
    ['CMO张伟博士表示', '这家CDMO企业上月通过了GMP检查，并计划扩大原料药产能。CMO张伟博士表示，生产线将于明年投产。'],
  ])('is the officer, among plants and batches: %s', (_name, text) => {
    const m = last(text, 'CMO');
    expect(m.senseId).toBe('chief_medical_officer');
    expect(m.painted).toBe(false);
  });

  it.each([
    ['a company that "said it"', `${news}Swiss CMO Alder Kemp said it would add two lines.`],
    ['a company that "said its"', `${news}Swiss CMO Alder Kemp said its new line would open in May.`],
    ['a firm whose name reads like a person’s', `${news}CRO Charles River said the study would start in May.`],
    ['a Chinese company that speaks on Monday', '这家CDMO企业上月通过了GMP检查。这家CMO周一表示，公司将继续扩大产能。'],
    ['a Chinese company of three characters', '凯莱英是一家CDMO企业。CMO凯莱英表示，GMP车间将扩产。'],
  ])('stays the contract firm for %s', (_name, text) => {
    const m = resolveIn(text)
      .filter((x) => /^(CMO|CRO)$/.test(x.text))
      .at(-1)!;
    expect(m.senseId).toMatch(/^contract_/);
    expect(m.painted).toBe(true);
  });
});

describe('API on technical pages', () => {
  it('is the web interface next to endpoints, JSON and curl, even though the glossary lists none of them', () => {
    const m = senseOf('Call the API endpoint with curl; the response is JSON.', 'API');
    expect(m.senseId).toBe('application_programming_interface');
    expect(m.painted).toBe(false);
  });

  it('is the drug ingredient next to synthesis and suppliers', () => {
    const m = senseOf('The API synthesis moved to a second supplier after the FDA inspection.', 'API');
    expect(m.senseId).toBe('active_pharmaceutical_ingredient');
    expect(m.painted).toBe(true);
  });
});

describe('the page prior', () => {
  const bare = 'Ask the CMO.';

  it('paints an acronym with no local evidence on a pharma page', () => {
    expect(senseOf(bare, 'CMO', { domainScore: 0.9 }).painted).toBe(true);
  });

  it('stays silent on a page that is not about pharma', () => {
    expect(senseOf(bare, 'CMO', { domainScore: 0 }).painted).toBe(false);
  });

  it('grows with unambiguous pharma vocabulary and a pharma title', () => {
    const pharma = 'The CDMO passed its GMP inspection; the FDA cleared the Phase 3 batches. '.repeat(5);
    const tech = 'Call the endpoint with curl and parse the JSON response. '.repeat(5);
    const score = (text: string, title = '') => scorePage(lexicon, text, lexicon.findTerms(text), title);
    expect(score(pharma)).toBeGreaterThan(0.5);
    expect(score(tech)).toBe(0);
    expect(score(tech, 'FDA news')).toBeGreaterThan(score(tech));
  });

  it('lets a pharma term nearby count for the pharma meaning', () => {
    const m = senseOf('The CDMO and the CMO share a site.', 'CMO', { domainScore: 0 });
    expect(m.senseId).toBe('contract_manufacturing_organization');
    expect(m.evidence.join(' ')).toContain('CDMO');
  });
});

describe('short, risky forms', () => {
  it('need a higher confidence than longer acronyms', () => {
    expect(defaultResolveOptions.riskyMinConfidence).toBeGreaterThan(defaultResolveOptions.minConfidence);
    const options = { riskyMinConfidence: 0.99 };
    const text = 'The CMO and the PK lab both see the plasma samples and batches.';
    expect(senseOf(text, 'PK', { domainScore: 0.9, options }).painted).toBe(false);
    expect(senseOf(text, 'CMO', { domainScore: 0.9, options }).painted).toBe(true);
  });

  it('are painted with strong evidence', () => {
    const m = senseOf('PK sampling showed a plasma half-life of 12 hours.', 'PK', { domainScore: 0.5 });
    expect(m.senseId).toBe('pharmacokinetics');
    expect(m.painted).toBe(true);
  });

  it('are left alone in a cricket score', () => {
    expect(senseOf('PK won the cricket match by 36 runs.', 'PK', { domainScore: 0 }).painted).toBe(false);
  });
});

describe('forms shared by two terms (PV)', () => {
  it('take the sense of the term whose cues are nearby', () => {
    const vigilance = senseOf('Our PV team reviews every adverse event for safety signals.', 'PV');
    expect(vigilance.termId).toBe('pharmacovigilance');
    expect(vigilance.painted).toBe(true);
    const validation = senseOf('PV: three PPQ validation batches passed.', 'PV');
    expect(validation.termId).toBe('process-validation');
    expect(validation.painted).toBe(true);
  });

  it('are not painted for solar panels', () => {
    const m = senseOf('Rooftop PV panels cut the solar bill.', 'PV');
    expect(m.senseId).toBe('photovoltaic');
    expect(m.painted).toBe(false);
  });
});

describe('results', () => {
  it('are certain for written-out names', () => {
    const m = senseOf('A contract manufacturer makes it.', 'contract');
    expect(m).toMatchObject({ confidence: 1, painted: true, alternatives: [] });
  });

  it('list the other meanings, best first, with short human evidence', () => {
    const m = senseOf('The CMO will manufacture the commercial batches at its plant.', 'CMO');
    expect(m.alternatives.map((a) => a.sense.id)).toHaveLength(2);
    const confidences = m.alternatives.map((a) => a.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    for (const evidence of m.evidence) expect(evidence.length).toBeLessThan(60);
  });

  it('resolve a 1 MB page with sparse acronyms quickly', () => {
    const paragraph = 'The plant ran well this week and the team shipped on time. '.repeat(50);
    const text = (paragraph + 'Our CMO made the batches. ').repeat(Math.ceil(1_000_000 / (paragraph.length + 26)));
    const hits = lexicon.findTerms(text);
    resolveMatches(lexicon, 'CMO', lexicon.findTerms('CMO'), { domainScore: 0 });
    const started = performance.now();
    const resolved = resolveMatches(lexicon, text, hits, { domainScore: 0.5 });
    const ms = performance.now() - started;
    expect(resolved.length).toBe(hits.length);
    // A few ms on a quiet machine; the bound leaves room for a busy CI.
    expect(ms).toBeLessThan(250);
  });
});

describe('resolving in batches (the content script on a dense page)', () => {
  const text =
    'Our CMO, Dr. Jane Smith, said the CMO would fill the vials under GMP. The API plant passed. ' +
    'The chief marketing officer (CMO) spoke of the API gateway and its REST endpoint. '.repeat(3) +
    'The CDMO and the CRO will share the API supply with the CMO.';
  const hits = lexicon.findTerms(text);
  const page = { domainScore: scorePage(lexicon, text, hits) };

  it('gives the same meanings, confidences and reasons as resolving at once', () => {
    const whole = resolveMatches(lexicon, text, hits, page);
    const resolution = prepareResolution(lexicon, text, hits, page);
    const batched = [0, 3, 4, 9].flatMap((from, i, starts) => resolution.resolve(from, starts[i + 1] ?? hits.length));
    expect(hits.length).toBeGreaterThan(9);
    expect(batched).toEqual(whole);
    // Evidence differs between the officer and the manufacturer: the test would notice a mix-up.
    expect(new Set(whole.map((m) => m.sense.id)).size).toBeGreaterThan(2);
  });

  it('scores a page read in chunks as one text: only the length and the hits count', () => {
    expect(scoreHits(lexicon, hits, text.length)).toBe(scorePage(lexicon, text, hits));
    expect(scoreHits(lexicon, [], text.length)).toBe(0);
  });
});
