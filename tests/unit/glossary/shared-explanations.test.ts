import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { resolveMatches, type ResolvedMatch } from '../../../glossary/senses';
import { createExplanationPool, explanationPoolOf, type Verdict } from '../../../glossary/shared-explanations';
import { sensePack } from '../../fixtures/sense-pack';

const SENTENCE = 'The CMO runs GMP manufacturing of the API for the sponsor. ';

function resolveAll(lexicon: ReturnType<typeof buildLexicon>, text: string): ResolvedMatch[] {
  return resolveMatches(lexicon, text, lexicon.findTerms(text), { domainScore: 0.8 });
}

describe('explanations shared between matches', () => {
  it('gives matches with the same reasons and other meanings one frozen copy of each', () => {
    const lexicon = buildLexicon(sensePack);
    const cmos = resolveAll(lexicon, SENTENCE.repeat(40)).filter((m) => m.termId === 'cmo');
    expect(cmos).toHaveLength(40);
    // The first and last sentences have a different neighbourhood; the middle ones are alike.
    const [a, b] = [cmos[10], cmos[20]];
    expect(a.evidence.length).toBeGreaterThan(0);
    expect(a.alternatives.length).toBeGreaterThan(0);
    expect(b.evidence).toBe(a.evidence);
    expect(b.alternatives).toBe(a.alternatives);
    expect(Object.isFrozen(a.evidence)).toBe(true);
    expect(Object.isFrozen(a.alternatives[0])).toBe(true);
  });

  it('keeps what each match says: a pool filled by other pages changes no reason and no confidence', () => {
    const text = `${SENTENCE}Our CMO said revenue grew. The API returns JSON from the endpoint. ${SENTENCE}`;
    const warmed = buildLexicon(sensePack);
    // Other pages first: the same senses with other confidences and reasons are in its pool already.
    for (const other of ['CMO.', 'The CMO said.', 'API docs: the API endpoint.', 'Our CMO plant passed GMP.'])
      resolveAll(warmed, other);
    const fresh = buildLexicon(sensePack);
    const fromWarmed = resolveAll(warmed, text);
    expect(fromWarmed.map(explanationOf)).toEqual(resolveAll(fresh, text).map(explanationOf));
    expect(new Set(fromWarmed.map((m) => m.evidence)).size).toBeGreaterThan(2);
  });

  it('never shares Sense objects across lexicons (a new pack replaces them)', () => {
    const [first, second] = [buildLexicon(sensePack), buildLexicon(sensePack)];
    const a = resolveAll(first, SENTENCE).find((m) => m.termId === 'cmo')!;
    const b = resolveAll(second, SENTENCE).find((m) => m.termId === 'cmo')!;
    expect(b.alternatives).not.toBe(a.alternatives);
    expect(b.alternatives[0].sense).toBe(second.sensesOf('cmo').find((s) => s.id === b.alternatives[0].sense.id));
  });

  it('gives matches with the same verdict one frozen copy, and a match with another verdict its own', () => {
    const lexicon = buildLexicon(sensePack);
    const pool = explanationPoolOf(lexicon);
    const cmos = resolveAll(lexicon, SENTENCE.repeat(40)).filter((m) => m.termId === 'cmo');
    const shared = pool.verdict(cmos[10]);
    expect(pool.verdict(cmos[20])).toBe(shared);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(fieldsOf(shared)).toEqual({
      termId: 'cmo',
      sense: cmos[10].sense,
      confidence: cmos[10].confidence,
      evidence: cmos[10].evidence,
      alternatives: cmos[10].alternatives,
    });
    expect(shared.alternatives.map((alt) => alt.confidence)).toEqual(
      cmos[10].alternatives.map((alt) => Math.round(alt.confidence * 100) / 100),
    );
    const unsure = pool.verdict({ ...cmos[10], confidence: cmos[10].confidence / 2 });
    expect(unsure).not.toBe(shared);
    expect(unsure.confidence).toBe(cmos[10].confidence / 2);
    const otherSense = cmos[10].alternatives[0].sense;
    expect(pool.verdict({ ...cmos[10], sense: otherSense, termId: otherSense.termId }).sense).toBe(otherSense);
    // Reasons this pool did not make are the match's own: so is its verdict.
    const ownReasons = [...cmos[10].evidence];
    expect(pool.verdict({ ...cmos[10], evidence: ownReasons }).evidence).toBe(ownReasons);
  });

  it('forgets what it holds: lists handed out stay as they were, and later ones are shared anew', () => {
    const pool = createExplanationPool();
    const before = pool.evidence(['“plant” nearby', 'the page is about pharma']);
    const verdict = pool.verdict({
      termId: 'cmo',
      sense: SENSE,
      confidence: 0.7,
      evidence: before,
      alternatives: pool.alternatives([]),
    });
    expect(pool.evidence(['“plant” nearby', 'the page is about pharma'])).toBe(before);
    pool.forget();
    const after = pool.evidence(['“plant” nearby', 'the page is about pharma']);
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
    expect(before).toEqual(['“plant” nearby', 'the page is about pharma']);
    expect(pool.evidence(['“plant” nearby', 'the page is about pharma'])).toBe(after);
    // A verdict with a list from before is the match's own now; one with the new list is shared again.
    expect(verdict.confidence).toBe(0.7);
    expect(pool.verdict(fieldsOf(verdict))).not.toBe(verdict);
    const again = pool.verdict({ ...fieldsOf(verdict), evidence: after });
    expect(again.confidence).toBe(0.7);
    expect(pool.verdict({ ...fieldsOf(verdict), evidence: after })).toBe(again);
  });

  it('stops sharing past its bound, still answering with a copy', () => {
    const pool = createExplanationPool();
    for (let i = 0; i < 5000; i++) pool.evidence([`reason ${i}`]);
    const late = pool.evidence(['reason 4999']);
    expect(late).toEqual(['reason 4999']);
    expect(pool.evidence(['reason 4999'])).not.toBe(late);
    expect(pool.evidence(['reason 1'])).toBe(pool.evidence(['reason 1']));
  });
});

const SENSE = buildLexicon(sensePack).sensesOf('cmo')[0];

/** A verdict's fields as a plain object: the pool's confidence is a getter, which a spread leaves out. */
function fieldsOf({ termId, sense, confidence, evidence, alternatives }: Verdict): Verdict {
  return { termId, sense, confidence, evidence, alternatives };
}

function explanationOf(match: ResolvedMatch) {
  return {
    termId: match.termId,
    sense: match.sense.id,
    confidence: match.confidence,
    painted: match.painted,
    evidence: [...match.evidence],
    alternatives: match.alternatives.map((alt) => `${alt.sense.id}:${alt.confidence}`),
  };
}
