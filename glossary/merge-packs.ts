/**
 * The effective glossary: the bundled pack plus the user's enabled packs, as
 * the matcher, the tooltip and search see them. Stored packs are never
 * changed; this builds a view of them.
 *
 * - **Term ids are unique across packs.** The bundled glossary's ids never
 *   change. A user pack's term keeps its id unless an earlier pack took it;
 *   then it becomes `<term id>-<pack id>` (its pack's related ids,
 *   differences and comparisons follow). Ids stay kebab-case, because
 *   messages, routes and page replies validate them as such.
 *   `packOfTerm` tells which pack a term comes from.
 * - **Conflicts.** When terms of different packs claim the same surface
 *   form (compared as the matcher compares them: folded width, hyphens and
 *   spaces, ASCII case), one pack wins and the others lose the form — in
 *   this view only. The user's choice is kept by form; without one, the
 *   newest user pack wins (user packs over the bundled glossary).
 * - **Versions change with content.** An effective pack's version gets a
 *   fingerprint of its terms (`1.0.0+k3x9q1`), so `toMatchData(...).version`
 *   — which callers cache compiled lexicons by — changes whenever the
 *   effective forms do, even when a re-imported pack kept its version.
 */
import { formKey } from './normalize';
import type { Comparison, LocalizedText, Pack, Term } from './schema';

/** One term's claim on a form. */
export interface FormClaim {
  packId: string;
  /** The term's id in its own pack (the effective view may have renamed it). */
  termId: string;
  termName: LocalizedText;
  /** The form as this term writes it. */
  form: string;
}

/** A surface form claimed by terms of more than one pack. */
export interface FormConflict {
  /** The form's comparison key (formKey); choices are stored under it. */
  key: string;
  /** The form as the first claim writes it. */
  form: string;
  /** Every claim, bundled glossary first, then user packs in their order. */
  claims: FormClaim[];
  /** The pack whose terms keep the form. */
  winner: string;
  /** Whether the winner is the user's choice (else the default). */
  chosen: boolean;
}

export interface MergeOptions {
  /** Form key → id of the pack that should keep the form. Choices for packs that no longer claim the form are ignored. */
  winners: ReadonlyMap<string, string>;
}

export interface MergedPacks {
  /** The bundled pack first, then the user packs: what `toMatchData`, the glossary service and search take. */
  packs: Pack[];
  conflicts: FormConflict[];
}

export const defaultMergeOptions: Readonly<MergeOptions> = Object.freeze({ winners: new Map<string, string>() });

/**
 * Merges the bundled pack with the user's enabled packs, oldest first (the
 * newest wins a conflict unless the user chose otherwise). A user pack with
 * the bundled pack's id, or a second pack with the same id, is left out.
 */
export function mergePacks(
  bundled: Pack,
  userPacks: readonly Pack[],
  options: Partial<MergeOptions> = {},
): MergedPacks {
  const { winners } = { ...defaultMergeOptions, ...options };
  const packs = [bundled];
  for (const pack of userPacks) if (!packs.some((p) => p.id === pack.id)) packs.push(pack);

  // Every form key, and which packs' terms claim it.
  const claimsByKey = new Map<string, FormClaim[]>();
  for (const pack of packs) {
    for (const term of pack.terms) {
      for (const form of [...term.forms.en, ...term.forms.zh]) {
        const key = formKey(form);
        const claims = claimsByKey.get(key);
        const claim = { packId: pack.id, termId: term.id, termName: term.name, form };
        if (!claims) claimsByKey.set(key, [claim]);
        else if (!claims.some((c) => c.packId === pack.id && c.termId === term.id)) claims.push(claim);
      }
    }
  }

  const conflicts: FormConflict[] = [];
  const lost = new Map<string, Set<string>>(); // pack id → form keys it gives up
  for (const [key, claims] of claimsByKey) {
    const claimants = [...new Set(claims.map((c) => c.packId))];
    if (claimants.length < 2) continue;
    const choice = winners.get(key);
    const chosen = choice !== undefined && claimants.includes(choice);
    const winner = chosen ? choice : claimants[claimants.length - 1];
    conflicts.push({ key, form: claims[0].form, claims, winner, chosen });
    for (const packId of claimants) {
      if (packId === winner) continue;
      const keys = lost.get(packId) ?? new Set<string>();
      keys.add(key);
      lost.set(packId, keys);
    }
  }
  conflicts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const renames = renameTakenIds(packs);
  return {
    packs: packs.map((pack, i) =>
      i === 0 && !lost.has(pack.id) ? pack : effectivePack(pack, renames.get(pack.id), lost.get(pack.id)),
    ),
    conflicts,
  };
}

interface Renames {
  terms: Map<string, string>;
  comparisons: Map<string, string>;
}

/** For each user pack, its term and comparison ids that an earlier pack already uses, and their new ids. */
function renameTakenIds(packs: readonly Pack[]): Map<string, Renames> {
  const takenTerms = new Set<string>();
  const takenComparisons = new Set<string>();
  const renames = new Map<string, Renames>();
  const unique = (id: string, packId: string, taken: Set<string>) => {
    let candidate = id;
    for (let n = 1; taken.has(candidate); n++) candidate = n === 1 ? `${id}-${packId}` : `${id}-${packId}-${n}`;
    taken.add(candidate);
    return candidate;
  };
  packs.forEach((pack, i) => {
    const own: Renames = { terms: new Map(), comparisons: new Map() };
    for (const term of pack.terms) {
      const id = unique(term.id, pack.id, takenTerms);
      if (id !== term.id) own.terms.set(term.id, id);
    }
    for (const comparison of pack.comparisons) {
      const id = unique(comparison.id, pack.id, takenComparisons);
      if (id !== comparison.id) own.comparisons.set(comparison.id, id);
    }
    if (i > 0 && (own.terms.size > 0 || own.comparisons.size > 0)) renames.set(pack.id, own);
  });
  return renames;
}

/**
 * A pack as the effective view has it: taken ids renamed, lost forms
 * removed, and a version that tells its content apart. (The bundled pack,
 * when it lost nothing, is used as it is.)
 */
function effectivePack(pack: Pack, renames: Renames | undefined, lostKeys: ReadonlySet<string> | undefined): Pack {
  const id = (termId: string) => renames?.terms.get(termId) ?? termId;
  const keeps = (form: string) => !lostKeys?.has(formKey(form));
  const terms = pack.terms.map((term): Term => ({
    ...term,
    id: id(term.id),
    forms: { en: term.forms.en.filter(keeps), zh: term.forms.zh.filter(keeps) },
    sharedForms: term.sharedForms.filter(keeps),
    formNotes: term.formNotes.filter((note) => keeps(note.form)),
    related: term.related.map(id),
    differences: term.differences.map((difference) => ({ ...difference, term: id(difference.term) })),
  }));
  const comparisons = pack.comparisons.map((comparison): Comparison => ({
    ...comparison,
    id: renames?.comparisons.get(comparison.id) ?? comparison.id,
    terms: comparison.terms.map(id),
    dimensions: comparison.dimensions.map((dimension) => ({
      ...dimension,
      cells: Object.fromEntries(Object.entries(dimension.cells).map(([termId, cell]) => [id(termId), cell])),
    })),
  }));
  const version = `${pack.version.replace(/\+.*$/, '')}+${fingerprint(JSON.stringify([terms, comparisons]))}`;
  return { ...pack, version, terms, comparisons };
}

/** FNV-1a, 32 bits, base 36: enough to tell one content from the next, not a security hash. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The effective packs as one pack, for code that takes a single pack (the
 * popup's search index). Term ids are already unique across the effective
 * packs; categories with the same id are the same category (the first
 * pack's names win).
 */
export function combinePacks(packs: readonly Pack[]): Pack {
  if (packs.length === 1) return packs[0];
  const categories = new Map<string, Pack['categories'][number]>();
  for (const pack of packs)
    for (const category of pack.categories) if (!categories.has(category.id)) categories.set(category.id, category);
  const [first] = packs;
  return {
    id: first.id,
    name: first.name,
    // Not a release number: it changes whenever any pack's content does, for callers that cache by version.
    version: packs.map((pack) => pack.version).join(' '),
    domain: first.domain,
    categories: [...categories.values()],
    terms: packs.flatMap((pack) => pack.terms),
    comparisons: packs.flatMap((pack) => pack.comparisons),
  };
}

/** Which pack each term of the effective packs comes from, by effective term id. */
export function indexPacksByTerm(packs: readonly Pack[]): Map<string, Pack> {
  const index = new Map<string, Pack>();
  for (const pack of packs) for (const term of pack.terms) if (!index.has(term.id)) index.set(term.id, pack);
  return index;
}
