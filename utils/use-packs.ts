/**
 * A Preact hook over the effective glossary for extension pages (popup,
 * reference page): the bundled pack plus the user's enabled packs, kept
 * current as packs are imported, switched or removed.
 *
 * The store (and with it the bundled data, zod and the linter) is imported
 * on first use, not at load, so a page that paints its frame first keeps
 * doing so; see utils/reference-glossary.ts.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { combinePacks, indexPacksByTerm } from '../glossary/merge-packs';
import type { Pack } from '../glossary/schema';

export interface EffectiveGlossary {
  /** The bundled pack first, then the enabled user packs. */
  packs: readonly Pack[];
  /** The same packs as one pack (term ids are unique across them): for `createReferenceGlossary` or `createSearchIndex`. */
  combined: Pack;
  /** The pack a term comes from, to label user terms with their pack. */
  packOf(termId: string): Pack | undefined;
}

/** The effective glossary; null until storage has been read (a few frames). */
export function usePacks(): EffectiveGlossary | null {
  const [packs, setPacks] = useState<readonly Pack[] | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    void import('./pack-store').then(({ watchEffectivePacks }) => {
      if (!abort.signal.aborted) watchEffectivePacks((next) => setPacks(next), abort.signal);
    });
    return () => abort.abort();
  }, []);

  return useMemo(() => {
    if (!packs) return null;
    const byTerm = indexPacksByTerm(packs);
    return { packs, combined: combinePacks(packs), packOf: (termId: string) => byTerm.get(termId) };
  }, [packs]);
}
