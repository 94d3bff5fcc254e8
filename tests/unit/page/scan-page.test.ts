import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../page/collect-text';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { resolveMatches, type ResolvedMatch } from '../../../glossary/senses';
import { createExplanationPool, explanationPoolOf } from '../../../glossary/shared-explanations';
import { sensePack } from '../../fixtures/sense-pack';
import { liveRangeOver, locateMatches } from '../../../page/scan-page';

function documentOf(html: string): Document {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

/** A painted span as the scanner keeps it (happy-dom has no StaticRange). */
function span(node: Node, startOffset: number, endOffset: number): AbstractRange {
  return { startContainer: node, startOffset, endContainer: node, endOffset, collapsed: startOffset === endOffset };
}

describe('liveRangeOver', () => {
  it('covers the painted span', () => {
    const doc = documentOf('<p>The CDMO passed.</p>');
    const text = doc.querySelector('p')!.firstChild!;
    expect(liveRangeOver(span(text, 4, 8)).toString()).toBe('CDMO');
  });

  it('clamps to the text when the page has shortened it since the scan, instead of throwing', () => {
    const doc = documentOf('<p>The CDMO passed.</p>');
    const text = doc.querySelector('p')!.firstChild as Text;
    const painted = span(text, 11, 17);
    text.data = 'The CDMO';
    const range = liveRangeOver(painted);
    expect([range.startOffset, range.endOffset]).toEqual([8, 8]);
    expect(range.toString()).toBe('');
  });
});

describe('locateMatches', () => {
  it('lists every text node a match spans, across inline elements', () => {
    const doc = documentOf('<p>the <b>CD</b>MO plant</p>');
    const collected = collectText(doc.body);
    const start = collected.text.indexOf('CDMO');
    const resolved = { start, end: start + 4, termId: 'cdmo', painted: true } as ResolvedMatch;
    const [located] = locateMatches(collected, [resolved], createExplanationPool());
    expect(located.nodes.map((n) => n.textContent)).toEqual(['CD', 'MO plant']);
    expect([located.container, located.containerOffset]).toEqual([doc.querySelector('p'), 4]);
  });

  it('keeps every offset, and whether a match is painted and watched, in a huge block and across a long gap', () => {
    // happy-dom has no StaticRange; the match's live Range is built from one.
    const staticRange = class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    };
    const saved = globalThis.StaticRange;
    globalThis.StaticRange = staticRange as unknown as typeof StaticRange;
    try {
      const far = 1_100_000; // past the offsets a match keeps in its packed bits
      const gap = ' '.repeat(1500); // longer than the packed length holds
      const doc = documentOf(`<p>a CDMO</p><p>${'x'.repeat(far)} GMP</p><p>good${gap}manufacturing</p>`);
      const collected = collectText(doc.body);
      const at = (start: number, length: number, painted: boolean) =>
        ({ start, end: start + length, termId: 't', painted }) as ResolvedMatch;
      const near = collected.text.indexOf('CDMO');
      const huge = collected.text.indexOf('GMP');
      const long = collected.text.indexOf('good');
      const located = locateMatches(
        collected,
        [at(near, 4, true), at(huge, 3, false), at(long, 4 + gap.length + 13, true)],
        createExplanationPool(),
      );
      const textOf = (m: (typeof located)[number]) => m.liveRange().toString().replace(/ +/, ' ');
      expect(located.map((m) => [m.containerOffset, textOf(m), m.painted])).toEqual([
        [2, 'CDMO', true],
        [far + 1, 'GMP', false],
        [0, 'good manufacturing', true],
      ]);
      for (const match of located) match.painted = !match.painted;
      located[1].watched = true;
      expect(located.map((m) => [m.containerOffset, textOf(m), m.painted, m.watched])).toEqual([
        [2, 'CDMO', false, false],
        [far + 1, 'GMP', true, true],
        [0, 'good manufacturing', false, false],
      ]);
      located[0].watched = true;
      located[1].watched = false;
      expect(located.map((m) => [m.containerOffset, textOf(m), m.painted, m.watched])).toEqual([
        [2, 'CDMO', false, true],
        [far + 1, 'GMP', true, false],
        [0, 'good manufacturing', false, false],
      ]);
    } finally {
      globalThis.StaticRange = saved;
    }
  });

  it('places matches in their blocks, several to a block, each from its own offset', () => {
    const doc = documentOf('<p>a CRO and a CMO</p><p>the GMP audit</p>');
    const collected = collectText(doc.body);
    const at = (form: string, termId: string) => {
      const start = collected.text.indexOf(form);
      return { start, end: start + form.length, termId, painted: true } as ResolvedMatch;
    };
    const located = locateMatches(
      collected,
      [at('CRO', 'cro'), at('CMO', 'cmo'), at('GMP', 'gmp')],
      createExplanationPool(),
    );
    const [first, second] = doc.querySelectorAll('p');
    expect(located.map((m) => [m.container, m.containerOffset, m.nodes])).toEqual([
      [first, 2, [first.firstChild]],
      [first, 12, [first.firstChild]],
      [second, 4, [second.firstChild]],
    ]);
  });

  it('keeps what the resolver said of each match, sharing one verdict between matches that have the same', () => {
    const sentences = [
      'The CMO runs GMP manufacturing of the API for the sponsor.',
      'Our CMO said the campaign grew.',
      'The API returns JSON from the endpoint.',
      'The CMO runs GMP manufacturing of the API for the sponsor.',
    ];
    const doc = documentOf(
      sentences
        .map((s) => `<p>${s}</p>`)
        .join('')
        .repeat(10),
    );
    const collected = collectText(doc.body);
    const lexicon = buildLexicon(sensePack);
    const resolved = resolveMatches(lexicon, collected.text, lexicon.findTerms(collected.text), { domainScore: 0.5 });
    const located = locateMatches(collected, resolved, explanationPoolOf(lexicon));

    const said = (m: Omit<ResolvedMatch, 'start' | 'end'>) => [
      m.termId,
      m.sense.id,
      m.confidence,
      m.painted,
      m.evidence,
      m.alternatives,
    ];
    expect(located.map(said)).toEqual(resolved.map(said));
    // Several verdicts on this page, each shared: far fewer distinct ones than matches.
    const verdicts = new Set(located.map((m) => `${m.sense.id}:${m.confidence}:${m.evidence.join('|')}`));
    expect(verdicts.size).toBeGreaterThan(3);
    const cmos = located.filter((m) => m.termId === 'cmo' && m.painted);
    expect(cmos.length).toBeGreaterThan(10);
    expect(new Set(cmos.map((m) => m.evidence)).size).toBeLessThan(cmos.length / 2);
  });
});
