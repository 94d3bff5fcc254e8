/**
 * Compiled cue words as JSON-safe data, so that the background compiles
 * the cues of a page's ambiguous terms and the page only decodes them (see
 * matcher-wire.ts for why, and for the tries). A cue word's senses travel
 * as pairs, since a Map does not survive JSON, and each cue once: the Latin
 * trie and the Chinese list point into the list of cues by index.
 *
 * From our own background, so the checks are of shape: a copy that fails
 * them is refused with an Error that says why, and the page resolves without
 * them (see adoptedSenseCues).
 */
import { trieFromWire, trieToWire, type TrieWire } from './matcher-wire';
import {
  assembleSenseCues,
  internedKey,
  pairedWeights,
  type CueRef,
  type ExpansionRef,
  type SenseCues,
} from './sense-cues';

/** Changes with the layout below. */
export const SENSE_CUES_WIRE_FORMAT = 1;

export interface SenseCuesWire {
  format: number;
  /** Every cue word, with its weight for each sense key. */
  cues: [cue: string, senses: [senseKey: string, weight: number][]][];
  /** Latin cue words; each form's value is its index in `cues`. */
  latin: TrieWire<number>;
  /** Chinese cue words: the spelling compared with the text, and the index of the cue. */
  cjk: [key: string, cue: number][];
  /** Written-out meanings; each form's value is the sense keys it spells out. */
  expansions: TrieWire<string[]>;
  medical: string[];
}

export function senseCuesToWire(compiled: SenseCues): SenseCuesWire {
  const index = new Map<CueRef, number>();
  const cues: SenseCuesWire['cues'] = [];
  const indexOf = (ref: CueRef) => {
    let at = index.get(ref);
    if (at === undefined) {
      index.set(ref, (at = cues.length));
      cues.push([ref.cue, [...ref.senses]]);
    }
    return at;
  };
  if (!compiled.tries) throw new Error('these cue words were decoded, not compiled: they have no tries to send');
  const { latin, expansions } = compiled.tries;
  return {
    format: SENSE_CUES_WIRE_FORMAT,
    latin: trieToWire({ ...latin, formValues: latin.formValues.map(indexOf) }),
    cjk: [...compiled.cjk.values()].flat().map(({ key, ref }) => [key, indexOf(ref)]),
    cues,
    expansions: trieToWire({ ...expansions, formValues: expansions.formValues.map((ref) => ref.senseKeys) }),
    medical: [...compiled.medical],
  };
}

export function senseCuesFromWire(wire: SenseCuesWire): SenseCues {
  if (wire.format !== SENSE_CUES_WIRE_FORMAT) {
    throw new Error(`compiled cues have format ${String(wire.format)}, expected ${SENSE_CUES_WIRE_FORMAT}`);
  }
  // One string per sense key: decoded, each of the thousands of pairs would bring its own copy.
  const refs: CueRef[] = wire.cues.map(([cue, senses]) => ({
    cue,
    senses: pairedWeights(senses),
  }));
  const refAt = (at: number): CueRef => {
    const ref = refs[at];
    if (!Number.isInteger(at) || !ref) throw new Error(`compiled cues point to cue ${at} of ${refs.length}`);
    return ref;
  };
  const latinWire = trieFromWire(wire.latin);
  const expansionWire = trieFromWire(wire.expansions);
  // The spellings of one written-out meaning (with and without hyphens, British and American) share
  // its record: one per distinct list of senses.
  const expansionRefs = new Map<string, ExpansionRef>();
  const expansionRef = (senseKeys: string[]): ExpansionRef => {
    const id = senseKeys.join('\n');
    let ref = expansionRefs.get(id);
    if (!ref) expansionRefs.set(id, (ref = { senseKeys: senseKeys.map(internedKey) }));
    return ref;
  };
  const tries = {
    latin: { ...latinWire, formValues: latinWire.formValues.map(refAt) },
    expansions: { ...expansionWire, formValues: expansionWire.formValues.map(expansionRef) },
  };
  const cjk = wire.cjk.map(([key, at]) => {
    if (key.length === 0) throw new Error('compiled cues have an empty Chinese cue');
    const ref = refAt(at);
    // Most Chinese cues are their own key: one string for both.
    return { key: key === ref.cue ? ref.cue : key, ref };
  });
  return assembleSenseCues(tries, cjk, wire.medical, false);
}
