import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { toMatchData } from '../../../glossary/match-data';
import { combinePacks, indexPacksByTerm, mergePacks } from '../../../glossary/merge-packs';
import { formKey } from '../../../glossary/normalize';
import { importPack } from '../../../glossary/pack-import';
import type { Pack, Term } from '../../../glossary/schema';

const sampleResult = importPack(
  readFileSync(resolve(import.meta.dirname, '../../../glossary/data/samples/sample-pack.csv')),
  { fileName: 'sample-pack.csv' },
);
if (!sampleResult.ok) throw new Error(sampleResult.errors.join('\n'));
const sample = sampleResult.pack;
const bundledId = bundledPack.id;

function userTerm(id: string, forms: string[], extra: Partial<Term> = {}): Term {
  return {
    id,
    category: 'partners',
    name: { en: id, zh: id },
    forms: { en: forms, zh: [] },
    short: { en: `About ${id}.`, zh: `关于 ${id}。` },
    details: { en: `About ${id}.`, zh: `关于 ${id}。` },
    differences: [],
    related: [],
    references: [],
    cues: { en: [], zh: [] },
    otherSenses: [],
    sharedForms: [],
    formNotes: [],
    ...extra,
  };
}

function userPack(id: string, terms: Term[], extra: Partial<Pack> = {}): Pack {
  return {
    id,
    name: { en: id, zh: id },
    version: '1.0.0',
    domain: 'custom',
    categories: [{ id: 'partners', name: { en: 'Partners', zh: '合作伙伴' } }],
    terms,
    comparisons: [],
    ...extra,
  };
}

const termOf = (packs: Pack[], id: string) => packs.flatMap((p) => p.terms).find((t) => t.id === id)!;

/** Term ids the effective packs mark in a text. */
function marked(packs: Pack[], text: string): string[] {
  const lexicon = buildLexicon(toMatchData(packs));
  return lexicon
    .findTerms(text)
    .flatMap((hit) => hit.entries.map((e) => `${text.slice(hit.start, hit.end)}→${e.termId}`));
}

describe('mergePacks', () => {
  it('with no user packs, is the bundled pack itself', () => {
    const merged = mergePacks(bundledPack, []);
    expect(merged.packs).toEqual([bundledPack]);
    expect(merged.packs[0]).toBe(bundledPack);
    expect(merged.conflicts).toEqual([]);
  });

  it('lists the sample pack’s CTM as a conflict with the bundled glossary, won by the user’s pack by default', () => {
    const { packs, conflicts } = mergePacks(bundledPack, [sample]);
    expect(conflicts).toEqual([
      {
        key: 'ctm',
        form: 'CTM',
        claims: [
          { packId: bundledId, termId: 'ctm', termName: { en: 'CTM', zh: 'CTM' }, form: 'CTM' },
          { packId: 'sample-pack', termId: 'core-team-meeting', termName: { en: 'CTM', zh: 'CTM' }, form: 'CTM' },
        ],
        winner: 'sample-pack',
        chosen: false,
      },
    ]);
    expect(termOf(packs, 'ctm').forms.en).toEqual([
      'Clinical Trial Material',
      'clinical trial supplies',
      'clinical supplies',
    ]);
    expect(termOf(packs, 'core-team-meeting').forms.en).toEqual(['CTM', 'Core Team Meeting']);
    expect(marked(packs, 'The CTM approved Project Aurora.')).toEqual([
      'CTM→core-team-meeting',
      'Project Aurora→project-aurora',
    ]);
  });

  it('removes the losing form from the effective view only, never from the stored packs', () => {
    mergePacks(bundledPack, [sample]);
    expect(bundledPack.terms.find((t) => t.id === 'ctm')!.forms.en).toContain('CTM');
    expect(sample.terms.find((t) => t.id === 'core-team-meeting')!.forms.en).toContain('CTM');
  });

  it('gives the form to the bundled glossary when the user chooses so; the pack term keeps its other forms', () => {
    const { packs, conflicts } = mergePacks(bundledPack, [sample], { winners: new Map([['ctm', bundledId]]) });
    expect(conflicts[0]).toMatchObject({ winner: bundledId, chosen: true });
    expect(termOf(packs, 'ctm').forms.en).toContain('CTM');
    expect(termOf(packs, 'core-team-meeting').forms.en).toEqual(['Core Team Meeting']);
    expect(marked(packs, 'The CTM shipped. The Core Team Meeting met.')).toEqual([
      'CTM→ctm',
      'Core Team Meeting→core-team-meeting',
    ]);
  });

  it('ignores a choice for a pack that no longer claims the form', () => {
    const { conflicts } = mergePacks(bundledPack, [sample], { winners: new Map([['ctm', 'removed-pack']]) });
    expect(conflicts[0]).toMatchObject({ winner: 'sample-pack', chosen: false });
  });

  it('compares forms as the matcher does: width, case, hyphens and spaces', () => {
    const pack = userPack('acme', [
      userTerm('our-ctm', ['ＣＴＭ']),
      userTerm('trial-supply', ['Clinical-Trial  material']),
    ]);
    const { conflicts } = mergePacks(bundledPack, [pack]);
    expect(conflicts.map((c) => [c.key, c.winner])).toEqual([
      ['clinical trial material', 'acme'],
      ['ctm', 'acme'],
    ]);
  });

  it('between two user packs, the newer wins by default, and the choice can give it back', () => {
    const older = userPack('older', [userTerm('nova', ['Nova Bio'])]);
    const newer = userPack('newer', [userTerm('nova-tx', ['nova bio', 'Nova Tx'])]);
    const merged = mergePacks(bundledPack, [older, newer]);
    expect(merged.conflicts.map((c) => [c.key, c.claims.map((cl) => cl.packId), c.winner])).toEqual([
      ['nova bio', ['older', 'newer'], 'newer'],
    ]);
    expect(termOf(merged.packs, 'nova').forms.en).toEqual([]);
    const chosen = mergePacks(bundledPack, [older, newer], { winners: new Map([['nova bio', 'older']]) });
    expect(termOf(chosen.packs, 'nova').forms.en).toEqual(['Nova Bio']);
    expect(termOf(chosen.packs, 'nova-tx').forms.en).toEqual(['Nova Tx']);
  });

  it('renames a user term whose id an earlier pack took, and its references follow', () => {
    const pack = userPack('acme', [
      userTerm('cmo', ['Acme CMO Services'], { related: ['acme-site'] }),
      userTerm('acme-site', ['Acme Site 4'], { related: ['cmo'], differences: [{ term: 'cmo', en: 'x', zh: 'x' }] }),
    ]);
    const { packs } = mergePacks(bundledPack, [pack]);
    const effective = packs[1];
    expect(effective.terms.map((t) => t.id)).toEqual(['cmo-acme', 'acme-site']);
    expect(effective.terms[1].related).toEqual(['cmo-acme']);
    expect(effective.terms[1].differences[0].term).toBe('cmo-acme');
    expect(termOf(packs, 'cmo').forms.en).toContain('CMO'); // the bundled term is untouched
    const ids = packs.flatMap((p) => p.terms.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renames comparisons the same way', () => {
    const pack = userPack('acme', [userTerm('cmo', ['Acme CMO Services']), userTerm('acme-site', ['Acme Site 4'])], {
      comparisons: [
        {
          id: 'outsourcing-models',
          title: { en: 'Ours', zh: '我们的' },
          terms: ['cmo', 'acme-site'],
          dimensions: [
            {
              id: 'scope',
              label: { en: 'Scope', zh: '范围' },
              cells: { cmo: { en: 'a', zh: 'a' }, 'acme-site': { en: 'b', zh: 'b' } },
            },
          ],
        },
      ],
    });
    const comparison = mergePacks(bundledPack, [pack]).packs[1].comparisons[0];
    expect(comparison.id).toBe('outsourcing-models-acme');
    expect(comparison.terms).toEqual(['cmo-acme', 'acme-site']);
    expect(Object.keys(comparison.dimensions[0].cells)).toEqual(['cmo-acme', 'acme-site']);
  });

  it('leaves out a pack with the bundled pack’s id, and a second pack with the same id', () => {
    const impostor = userPack(bundledId, [userTerm('x-ray', ['X-Ray Bio'])]);
    const twice = userPack('acme', [userTerm('acme', ['Acme Bio'])]);
    const merged = mergePacks(bundledPack, [impostor, twice, { ...twice, terms: [] }]);
    expect(merged.packs.map((p) => [p.id, p.terms.length])).toEqual([
      [bundledId, bundledPack.terms.length],
      ['acme', 1],
    ]);
  });

  it('changes the match data version whenever the effective forms change', () => {
    const byDefault = toMatchData(mergePacks(bundledPack, [sample]).packs).version;
    const chosen = toMatchData(
      mergePacks(bundledPack, [sample], { winners: new Map([['ctm', bundledId]]) }).packs,
    ).version;
    const edited = {
      ...sample,
      terms: sample.terms.map((t, i) => (i === 0 ? { ...t, forms: { ...t.forms, en: ['Northwind'] } } : t)),
    };
    const afterEdit = toMatchData(mergePacks(bundledPack, [edited]).packs).version;
    expect(new Set([byDefault, chosen, afterEdit, toMatchData([bundledPack]).version]).size).toBe(4);
    expect(toMatchData(mergePacks(bundledPack, [sample]).packs).version).toBe(byDefault);
  });

  it('never lets two packs keep the same form, and keeps term ids unique (property)', () => {
    const pool = ['CTM', 'CMO', 'Acme Bio', 'acme bio', 'Nova Tx', 'ＮＯＶＡ ＴＸ', 'Project Kite', 'GMP'];
    const packArb = fc
      .tuple(
        fc.constantFrom('p-one', 'p-two', 'p-three'),
        fc.array(fc.subarray(pool, { minLength: 1 }), { minLength: 1, maxLength: 3 }),
      )
      .map(([id, termForms]) =>
        userPack(
          id,
          termForms.map((forms, i) => userTerm(i === 0 ? 'cmo' : `t${i}`, forms)),
        ),
      );
    fc.assert(
      fc.property(fc.array(packArb, { maxLength: 3 }), fc.boolean(), (packs, bundledWins) => {
        const winners = new Map(
          bundledWins
            ? [
                ['ctm', bundledId],
                ['cmo', bundledId],
              ]
            : [],
        );
        const merged = mergePacks(bundledPack, packs, { winners });
        const owners = new Map<string, string>();
        for (const pack of merged.packs) {
          for (const term of pack.terms) {
            for (const form of [...term.forms.en, ...term.forms.zh]) {
              const owner = owners.get(formKey(form));
              if (owner !== undefined) expect(owner).toBe(pack.id);
              owners.set(formKey(form), pack.id);
            }
          }
        }
        const ids = merged.packs.flatMap((p) => p.terms.map((t) => t.id));
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});

describe('combinePacks and indexPacksByTerm', () => {
  it('make one pack for search, and tell which pack each term comes from', () => {
    const { packs } = mergePacks(bundledPack, [sample]);
    const combined = combinePacks(packs);
    expect(combined.terms).toHaveLength(bundledPack.terms.length + sample.terms.length);
    expect(combined.categories.map((c) => c.id)).toEqual([
      ...bundledPack.categories.map((c) => c.id),
      'partners',
      'projects',
    ]);
    const byTerm = indexPacksByTerm(packs);
    expect(byTerm.get('project-aurora')?.id).toBe('sample-pack');
    expect(byTerm.get('cdmo')?.id).toBe(bundledId);
    expect(combinePacks([bundledPack])).toBe(bundledPack);
  });
});
