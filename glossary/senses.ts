/**
 * The sense resolver: decides what a matched form means here.
 *
 * CMO is a contract manufacturer in one sentence and a Chief Marketing
 * Officer in the next; API is a drug ingredient, a web interface or the
 * American Petroleum Institute. Each sense of an ambiguous match gets a score
 * (a log-odds) from evidence, and a softmax turns the scores into
 * confidences. The evidence, strongest first:
 * - the meaning written out next to the acronym, in either language and
 *   either order: "chief marketing officer (CMO)", "CMO（首席营销官）",
 *   "a contract sales organisation, or CSO"; elsewhere on the page it still
 *   counts, less the farther away it is (a definition holds for the text that
 *   follows, until the writer defines the acronym otherwise);
 * - the glossary's cue words of each sense around the match, weighted by
 *   distance and by whether they sit in the same sentence;
 * - a person's-title pattern ("named … as CMO", "CMO Jane Smith", "the
 *   company's CSO said", "任命…为CMO", "CMO张伟表示"), which favours the
 *   officer senses; among officers, the medical and scientific ones are
 *   likelier on a pharma page;
 * - other glossary terms nearby (GMP, FDA, 原料药), or listed with the
 *   acronym ("CMO/CDMO"): pharma vocabulary;
 * - a few built-in vocabularies the glossary's cues cannot be expected to
 *   list in full (sense-cues.ts): software (endpoint, SDK, JSON, curl),
 *   markets, bonds, executive roles, pharma at large;
 * - the page: how much unambiguous pharma vocabulary it has (scorePage) and
 *   the cue words in its title.
 * Only domain senses above a threshold are painted; short, risky forms (PI,
 * PD, EC, PK …) need more. The rest feed the tooltip's "other meanings".
 *
 * Everything that depends on the glossary is compiled once per lexicon, the
 * first time a page has an ambiguous match (sense-cues.ts). Resolving reads
 * only the windows around ambiguous matches, plus a little work per match;
 * pure functions, no DOM.
 */
import type { Lexicon, LexiconHit, Sense } from './lexicon';
import type { MatcherHit } from './matcher';
import { isCjk } from './normalize';
import { personTitleStrength } from './person-title';
import { boundaryBetween, sentencePunctuationOf } from './sentence-bounds';
import { EMPTY, explanationPoolOf, type ExplanationPool, type Verdict } from './shared-explanations';
import {
  findCues,
  isOfficer,
  isPharmaOfficer,
  senseKey,
  type CueRef,
  type ExpansionRef,
  type SenseCues,
} from './sense-cues';

export interface PageContext {
  title?: string;
  /** 0..1, from scorePage(); how much the page is about the glossary's domain. */
  domainScore: number;
}

export interface ResolvedMatch extends Verdict {
  start: number;
  end: number;
  /** Whether the extension paints this match. */
  painted: boolean;
}

export interface ResolveOptions {
  /** Minimum confidence for an ambiguous match to be painted. */
  minConfidence: number;
  /** Minimum confidence for short, risky forms (two letters: PI, PD, EC, PK); the higher of the two applies. */
  riskyMinConfidence: number;
  /** Characters on each side of a match searched for cue words and expansions. */
  window: number;
}

export const defaultResolveOptions: ResolveOptions = {
  minConfidence: 0.6,
  riskyMinConfidence: 0.7,
  window: 160,
};

/** Of two pharma meanings (PV, PI), the painted one must hold this share of their confidence. */
const LEADING_SHARE = 0.6;

/** At most this many evidence strings per match: the tooltip has room for a line. */
const MAX_EVIDENCE = 3;

/** How much each kind of evidence adds to a sense's score (log-odds). */
const WEIGHT = {
  /** The expansion written right next to the acronym settles it. */
  adjacentExpansion: 9,
  /** …unless the writer says it is not that: "not chief revenue officer", "不是首席营销官". */
  negatedExpansion: -3,
  /** An expansion elsewhere in the window, scaled by distance. */
  nearExpansion: 2.5,
  /** The acronym defined next to another occurrence, scaled by distance (in characters, see DEFINITION_REACH). */
  definition: 4,
  /**
   * Cue words: each adds its weight (1 at distance 0 in the same sentence,
   * less farther away) to a sum, and the sense gains cueCap × (1 − e^(−sum /
   * cueSaturation)): the first cue counts most, ten weak ones do not outvote
   * a written-out meaning.
   */
  cueCap: 6.5,
  cueSaturation: 2.2,
  /** A cue word right next to the match, on top of the capped sum. */
  headWord: 1.5,
  /** Per distinct pharma glossary term nearby, for domain senses. */
  domainTerm: 0.9,
  domainTermCap: 2.7,
  /** Per cue word in the page title; capped. */
  titleCue: 0.6,
  titleCap: 1.5,
  /**
   * Domain sense: page prior, from +0.3 on a page with no pharma vocabulary
   * to +2.9 on a pharma page. The other senses share one prior between them
   * (each gets −ln n), so listing more other meanings in the glossary does
   * not by itself make the pharma meaning less likely.
   */
  domainBase: 0.3,
  domainPage: 2.6,
  /** Officer senses of medicine and science gain on a pharma page (a biotech's CMO is its chief medical officer). */
  pharmaOfficerPage: 1.2,
  /** An other sense whose name ends in a number ("Programmed Cell Death Protein 1") for a match without one. */
  numberedName: -2,
  /** Other senses gain a little on pages with no pharma vocabulary. */
  otherOffPage: 0.3,
} as const;

/** Characters over which a cue's weight halves. */
const CUE_HALF_DISTANCE = 40;
/** A cue right next to the match ("API plant", "API接口", "CSV文件") is its head noun or modifier: it counts three times, plus WEIGHT.headWord. */
const NEXT_TO = 3;
const NEXT_TO_FACTOR = 3;
/** Characters over which a definition's weight halves: it holds for the section that follows. */
const DEFINITION_REACH = 1500;
/** Characters on each side of a match searched for written-out meanings. */
const EXPANSION_REACH = 80;
/** A definition this few characters after a match, on a later line, counts as if it came first. */
const CLOSE_DEFINITION = 200;
/** A definition later in the same paragraph counts this much (see resolveHit). */
const SAME_PARAGRAPH_DEFINITION = 0.25;
const LINE_BREAK = /[\n\u2029]/;
/** A cue in another sentence counts this much, in another paragraph this much. */
const OTHER_SENTENCE = 0.55;
const OTHER_PARAGRAPH = 0.3;

/**
 * How much the page is about the domain: unambiguous domain terms per 1,000
 * characters, how many different ones, and whether the title has one,
 * saturating at 1. A page with a handful of CDMO/GMP/FDA/原料药 mentions
 * scores high; a tech or finance page scores near zero.
 */
export function scorePage(lexicon: Lexicon, text: string, hits: LexiconHit[], title = ''): number {
  return scoreHits(lexicon, hits, text.length, title);
}

/** scorePage from the hits and the length of their text: a page read in chunks needs no joined copy. */
export function scoreHits(lexicon: Lexicon, hits: Iterable<LexiconHit>, textLength: number, title = ''): number {
  let strong = 0;
  const distinct = new Set<string>();
  for (const hit of hits) {
    if (!isUnambiguous(lexicon, hit)) continue;
    strong++;
    distinct.add(hit.entries[0].termId);
  }
  const titleHits = lexicon.findTerms(title).filter((hit) => isUnambiguous(lexicon, hit));
  // A short text cannot show much: one "Phase 3" in a paragraph does not make a pharma page.
  const density = (strong * 1000) / Math.max(textLength, 1000);
  const raw =
    0.45 * Math.min(1, density / 4) +
    0.45 * Math.min(1, Math.max(0, distinct.size - 1) / 5) +
    (titleHits.length > 0 ? 0.2 : 0);
  return Math.min(1, raw);
}

/** A hit that can only mean the glossary's term: a written-out name, or an acronym with one meaning. */
function isUnambiguous(lexicon: Lexicon, hit: LexiconHit): boolean {
  return (
    hit.entries.length === 1 && (!hit.entries[0].ambiguous || lexicon.sensesOf(hit.entries[0].termId).length === 1)
  );
}

/** Resolves every hit in a text. `page.domainScore` comes from scorePage() over the whole page. */
export function resolveMatches(
  lexicon: Lexicon,
  text: string,
  hits: LexiconHit[],
  page: PageContext,
  options: Partial<ResolveOptions> = {},
): ResolvedMatch[] {
  const resolution = prepareResolution(lexicon, text, hits, page, options);
  return resolution.resolve(0, resolution.size);
}

/**
 * A text's hits, ready to resolve a few at a time: the content script
 * resolves a dense page in short slices, and the context of the whole text
 * (cue words, written-out meanings) is read once, here.
 */
export interface Resolution {
  /** How many hits there are. */
  readonly size: number;
  /** The hits [from, to), resolved. */
  resolve(from: number, to: number): ResolvedMatch[];
}

export function prepareResolution(
  lexicon: Lexicon,
  text: string,
  hits: LexiconHit[],
  page: PageContext,
  options: Partial<ResolveOptions> = {},
): Resolution {
  const opts = { ...defaultResolveOptions, ...options };
  const candidates = hits.map((hit) => sensesOfHit(lexicon, hit));
  if (candidates.every((senses) => senses.length < 2)) {
    return {
      size: hits.length,
      resolve: (from, to) => hits.slice(from, to).map((hit, i) => certain(hit, candidates[from + i][0])),
    };
  }
  // Compiled for the ambiguous terms met so far (or adopted from the background on a page).
  const compiled = lexicon.senseCues(ambiguousTermsOf(candidates));

  const context: TextContext = {
    text,
    window: opts.window,
    ...scanWindows(compiled, text, hits, candidates, opts.window),
    domainTerms: hits.filter((hit, i) => candidates[i].length === 1 && isUnambiguous(lexicon, hit)),
    hits,
    titleCues: titleCues(compiled, page.title ?? ''),
    definitionSpans: [],
    definitionsBySurface: new Map(),
    explanations: explanationPoolOf(lexicon),
  };
  const definitions = findDefinitions(hits, candidates, context);
  context.definitionSpans = definitions
    .map((definition) => ({ start: definition.expansionStart, end: definition.expansionEnd, definition }))
    .sort((a, b) => a.start - b.start);
  for (const d of definitions) {
    const list = context.definitionsBySurface.get(d.surface);
    if (list) list.push(d);
    else context.definitionsBySurface.set(d.surface, [d]);
  }

  return {
    size: hits.length,
    resolve(from, to) {
      const resolved: ResolvedMatch[] = [];
      for (let i = from, end = Math.min(to, hits.length); i < end; i++) {
        const senses = candidates[i];
        resolved.push(
          senses.length < 2 ? certain(hits[i], senses[0]) : resolveHit(compiled, context, i, senses, page, opts),
        );
      }
      return resolved;
    },
  };
}

/** The terms among these hits whose meaning must be decided: what their cue words are compiled for. */
export function ambiguousTermsIn(lexicon: Lexicon, hits: Iterable<LexiconHit>): Set<string> {
  const candidates: Sense[][] = [];
  for (const hit of hits)
    if (hit.entries.length > 1 || hit.entries[0]?.ambiguous) candidates.push(sensesOfHit(lexicon, hit));
  return ambiguousTermsOf(candidates);
}

function ambiguousTermsOf(candidates: readonly Sense[][]): Set<string> {
  const terms = new Set<string>();
  for (const senses of candidates) if (senses.length > 1) for (const sense of senses) terms.add(sense.termId);
  return terms;
}

/** Every sense a hit may have: written-out names mean their term; a shared form (PV) brings both terms' senses. */
function sensesOfHit(lexicon: Lexicon, hit: LexiconHit): Sense[] {
  if (hit.entries.length === 1 && !hit.entries[0].ambiguous) return lexicon.sensesOf(hit.entries[0].termId).slice(0, 1);
  const senses = hit.entries.flatMap((entry) => lexicon.sensesOf(entry.termId));
  // A sense two terms share (photovoltaic under both PVs) is one meaning.
  const seen = new Set<string>();
  return senses.filter((sense) => (seen.has(sense.id) ? false : (seen.add(sense.id), true)));
}

function certain(hit: LexiconHit, sense: Sense): ResolvedMatch {
  return {
    start: hit.start,
    end: hit.end,
    termId: sense.termId,
    sense,
    confidence: 1,
    painted: true,
    // Shared by every unambiguous match: a long page has tens of thousands.
    evidence: EMPTY,
    alternatives: EMPTY,
  };
}

// ---------------------------------------------------------------------------
// Per text

interface Definition {
  /** Where the defined acronym is. */
  start: number;
  /** The acronym as written, without a plural or possessive ending: a definition of POC says nothing about PoC. */
  surface: string;
  /** Where its written-out meaning is: it explains that occurrence, not its neighbours. */
  expansionStart: number;
  expansionEnd: number;
  termIds: string[];
  senseKey: string;
  written: string;
}

interface TextContext {
  /** Every glossary match of the text, for acronyms listed together ("CRO与CMO", "CMOs and CDMOs"). */
  hits: LexiconHit[];
  text: string;
  window: number;
  cues: MatcherHit<CueRef>[];
  expansions: MatcherHit<ExpansionRef>[];
  domainTerms: LexiconHit[];
  titleCues: MatcherHit<CueRef>[];
  /** Where written-out meanings of other occurrences are, sorted by start. */
  definitionSpans: { start: number; end: number; definition: Definition }[];
  /** Definitions by the acronym they define, in text order. */
  definitionsBySurface: Map<string, Definition[]>;
  /** The lexicon's shared copies of reasons and other meanings. */
  explanations: ExplanationPool;
  /** Where the text has punctuation that may end a sentence, in order; found on first use. */
  sentencePunctuation?: Int32Array;
}

function titleCues(compiled: SenseCues, title: string): MatcherHit<CueRef>[] {
  return title ? findCues(compiled, title, 0, title.length) : [];
}

/**
 * Cue words and written-out meanings in the windows around ambiguous
 * matches only: most of a long page is never read twice.
 */
function scanWindows(
  compiled: SenseCues,
  text: string,
  hits: LexiconHit[],
  candidates: Sense[][],
  window: number,
): Pick<TextContext, 'cues' | 'expansions'> {
  const cues: MatcherHit<CueRef>[] = [];
  const expansions: MatcherHit<ExpansionRef>[] = [];
  // The windows do not overlap, and each one's cues come in text order: so do all of them.
  for (const [start, end] of mergedWindows(text, hits, candidates, window)) findCues(compiled, text, start, end, cues);
  // Written-out meanings stand close to their acronym: a narrower window is enough.
  for (const [start, end] of mergedWindows(text, hits, candidates, EXPANSION_REACH)) {
    for (const e of compiled.expansions.findAll(text.slice(start, end))) {
      e.start += start;
      e.end += start;
      expansions.push(e);
    }
  }
  return { cues, expansions };
}

/** The windows of `reach` characters around ambiguous matches, overlapping ones merged. */
function mergedWindows(text: string, hits: LexiconHit[], candidates: Sense[][], reach: number): [number, number][] {
  const windows: [number, number][] = [];
  hits.forEach((hit, i) => {
    if (candidates[i].length < 2) return;
    const start = Math.max(0, hit.start - reach);
    const end = Math.min(text.length, hit.end + reach);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  });
  return windows;
}

/** Acronyms with their meaning written next to them: "CMO（合同生产组织）", "chief revenue officer (CRO)". */
function findDefinitions(hits: LexiconHit[], candidates: Sense[][], context: TextContext): Definition[] {
  const definitions: Definition[] = [];
  hits.forEach((hit, i) => {
    if (candidates[i].length < 2) return;
    const termIds = hit.entries.map((e) => e.termId);
    for (const expansion of expansionsNear(context, hit, 40)) {
      if (!expansion.adjacent || expansion.negated) continue;
      for (const key of expansion.ref.senseKeys) {
        if (termIds.some((id) => key.startsWith(id + '/'))) {
          definitions.push({
            start: hit.start,
            surface: surfaceOf(context.text, hit),
            expansionStart: expansion.start,
            expansionEnd: expansion.start + expansion.written.length,
            termIds,
            senseKey: key,
            written: expansion.written,
          });
        }
      }
    }
  });
  return definitions;
}

interface NearExpansion {
  ref: ExpansionRef;
  start: number;
  written: string;
  distance: number;
  adjacent: boolean;
  negated: boolean;
}

/** Written-out meanings within `reach` characters of a hit, and how they relate to it. */
function expansionsNear(context: TextContext, hit: LexiconHit, reach: number): NearExpansion[] {
  const { text } = context;
  const found: NearExpansion[] = [];
  for (const e of inRange(context.expansions, hit.start - reach, hit.end + reach)) {
    if (e.start < hit.end && e.end > hit.start) continue;
    const after = e.start >= hit.end;
    const gap = after ? text.slice(hit.end, e.start) : text.slice(e.end, hit.start);
    // A two-character Chinese meaning glued to more Chinese text is part of a longer word (开放域问答).
    const outer = after ? text.charCodeAt(e.end) : text.charCodeAt(e.start - 1);
    const partial = e.end - e.start <= 2 && isCjk(text.charCodeAt(e.start)) && isCjk(outer);
    const adjacent = !partial && gap.length <= 24 && (after ? ADJACENT_AFTER : ADJACENT_BEFORE).test(gap);
    const negated = NEGATION.test(text.slice(Math.max(0, e.start - 28), e.start));
    for (const ref of e.values) {
      found.push({ ref, start: e.start, written: text.slice(e.start, e.end), distance: gap.length, adjacent, negated });
    }
  }
  return found;
}

/**
 * What may stand between an acronym and its meaning written after it:
 * "CMO (chief marketing officer)", "CRO means contract research
 * organisation", "CDO, a contract development organisation", "CMO（即合同生产组织）".
 */
const ADJACENT_AFTER =
  /^[\s(（[「“"'‘:：=,，、—–-]*(?:(?:i\.?e\.?|or|means|meaning|is|stands for|short for|refers to|a|an|the|即|是|指|一般指|通常指|常指|指的是|也就是|意为|又称|也叫|全称为?|代表)[\s(（[「“"'‘:：=,，、—–-]*)*$/i;

/** …and before: "chief revenue officer (CRO)", "contract sales organisation, or CSO", "首席医学官（CMO）". */
const ADJACENT_BEFORE =
  /^[\s)）\]」”"'’:：=,，、—–-]*[\s(（[「“"'‘]*(?:(?:or|a|an|the|abbreviated|known as|hereafter|简称|以下简称|即)[\s(（[「“"'‘:：,，]*)*$/i;

/** "…, not chief revenue officer", "not to be confused with the chief data officer", "不是首席营销官". */
const NEGATION =
  /(?:\bnot|\bnor|rather than|instead of|not to be confused with(?: the| a| an)?|unlike|不是|并非|而非|而不是|有别于|不同于|非)\s*(?:the|a|an)?\s*$/i;

/** Index of the first item whose start is at least `start`, in a list sorted by start. */
function lowerBound(items: readonly { start: number }[], start: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest span a cue or expansion hit may have, for searching hits sorted by start. */
const MAX_SPAN = 120;

/** Hits overlapping [from, to), by binary search over hits sorted by start (they may overlap each other). */
function inRange<T extends { start: number; end: number }>(hits: T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(hits, from - MAX_SPAN); i < hits.length && hits[i].start < to; i++) {
    if (hits[i].end > from) out.push(hits[i]);
  }
  return out;
}

/** Whether [start, end) lies inside one of `hits` (sorted by start), without building a list. */
function isInside(hits: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (let i = lowerBound(hits, start - MAX_SPAN); i < hits.length && hits[i].start <= start; i++) {
    if (hits[i].end >= end) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Scoring one match

interface Score {
  sense: Sense;
  score: number;
  evidence: { text: string; weight: number }[];
}

function resolveHit(
  compiled: SenseCues,
  context: TextContext,
  index: number,
  senses: Sense[],
  page: PageContext,
  opts: ResolveOptions,
): ResolvedMatch {
  const { text, window } = context;
  const hit = context.hits[index];
  // In sense order, found by key: a match has two to six senses, fewer than a Map is worth.
  const keys = senses.map(senseKey);
  const scores: Score[] = senses.map((sense) => ({ sense, score: 0, evidence: [] }));
  const has = (key: string) => keys.includes(key);
  const add = (key: string, weight: number, evidence?: string) => {
    const s = scores[keys.indexOf(key)];
    if (!s || weight === 0) return;
    s.score += weight;
    if (evidence) s.evidence.push({ text: evidence, weight });
  };

  // Written-out meanings next to or near the match, unless they define another occurrence.
  const surface = surfaceOf(text, hit);
  const nearKeys = new Set<string>();
  // The meaning written next to another occurrence explains that one: its words are no cue here.
  const owned = inRange(context.definitionSpans, hit.start - window, hit.end + window)
    .filter((span) => span.definition.start !== hit.start)
    .map((span) => span.definition);
  const isOwned = (start: number, end: number) => owned.some((d) => start < d.expansionEnd && end > d.expansionStart);
  // Words counted as a written-out meaning do not count again as cue words or pharma terms.
  const used: [number, number][] = [];
  const isUsed = (start: number, end: number) => used.some(([s, e]) => start < e && end > s);
  for (const e of expansionsNear(context, hit, window)) {
    if (isOwned(e.start, e.start + e.written.length)) continue;
    // Another term's meaning written out ("adverse event" near PV) is no evidence here: its words may be cues.
    if (!e.ref.senseKeys.some(has)) continue;
    used.push([e.start, e.start + e.written.length]);
    for (const key of e.ref.senseKeys) {
      if (!has(key)) continue;
      if (e.negated) add(key, e.adjacent ? WEIGHT.negatedExpansion : WEIGHT.negatedExpansion / 2);
      else if (e.adjacent) add(key, WEIGHT.adjacentExpansion, `written out as “${e.written}”`);
      else add(key, WEIGHT.nearExpansion / (1 + e.distance / CUE_HALF_DISTANCE), `“${e.written}” nearby`);
      nearKeys.add(key);
    }
  }

  // The acronym defined elsewhere in the text. A definition holds until the writer defines the
  // acronym again, so only the latest one before the match counts. One after the match counts
  // less: writers define an acronym where they first use it, so a definition later in the same
  // paragraph more likely explains a different use; one in the next lines (a question, then its
  // answer) counts in full.
  let previous: Definition | undefined;
  let next: Definition | undefined;
  const sameSurface = context.definitionsBySurface.get(surface) ?? [];
  for (let k = lowerBound(sameSurface, hit.start) - 1; k >= 0 && !previous; k--) {
    if (has(sameSurface[k].senseKey)) previous = sameSurface[k];
  }
  for (let k = lowerBound(sameSurface, hit.start + 1); k < sameSurface.length && !next; k++) {
    if (has(sameSurface[k].senseKey)) next = sameSurface[k];
  }
  const nextFactor = !next
    ? 0
    : !LINE_BREAK.test(text.slice(hit.end, next.start))
      ? SAME_PARAGRAPH_DEFINITION
      : next.start - hit.end < CLOSE_DEFINITION
        ? 1
        : 0.5;
  // Defined one way before and another way after: the nearer definition is the one in force here.
  if (previous && next && previous.senseKey !== next.senseKey) {
    if (hit.start - previous.start < next.start - hit.start) next = undefined;
    else previous = undefined;
  }
  for (const [d, factor, where] of [
    [previous, 1, 'earlier'],
    [next, nextFactor, 'later'],
  ] as const) {
    if (!d || nearKeys.has(d.senseKey)) continue;
    const weight = (factor * WEIGHT.definition) / (1 + Math.abs(d.start - hit.start) / DEFINITION_REACH);
    add(d.senseKey, weight, `written out as “${d.written}” ${where} on the page`);
  }

  // Cue words around the match. Each cue counts once per sense, at its nearest occurrence.
  const cueSums = keys.map(() => 0);
  // Made on first use: most matches have few cue words nearby, many none.
  const cueSeen: (Set<CueRef> | undefined)[] = [];
  // The cue hit, not its text: only the two best of each sense are ever shown.
  const cueEvidence: { cue: MatcherHit<CueRef>; weight: number }[][] = keys.map(() => []);
  const headWord = keys.map(() => 0);
  for (const c of inRange(context.cues, hit.start - window, hit.end + window)) {
    // The acronym itself is no evidence (a cue "api" on the match API), but "PK/PD" around PD is.
    if (c.start >= hit.start && c.end <= hit.end) continue;
    // Most cue words in a window belong to other ambiguous terms' senses: skip them before the geometry below.
    if (!concernsAny(c.values, keys)) continue;
    // Words of a written-out meaning counted above are not counted again; a longer cue around them is ("问答系统").
    if (isOwned(c.start, c.end) || used.some(([s, e]) => c.start >= s && c.end <= e)) continue;
    // A built-in word inside a pharma term ("Pharma" in "Big Pharma") is counted with the term.
    const inTerm = isInside(context.domainTerms, c.start, c.end);
    const [from, to] = c.end <= hit.start ? [c.end, hit.start] : [hit.end, Math.max(hit.end, c.start)];
    const nextTo = isNextTo(text, from, to);
    const weight = proximity(context, from, to, nextTo);
    for (const ref of c.values) {
      for (let k = 0; k < keys.length; k++) {
        const w = ref.senses.get(keys[k]);
        if (w === undefined || cueSeen[k]?.has(ref) || (inTerm && w < 1)) continue;
        (cueSeen[k] ??= new Set()).add(ref);
        cueSums[k] += w * weight;
        if (w === 1) cueEvidence[k].push({ cue: c, weight });
        if (nextTo) headWord[k] = Math.max(headWord[k], w);
      }
    }
  }
  keys.forEach((key, k) => {
    if (cueSums[k] === 0) return;
    const s = scores[k];
    // A cue right next to the acronym is its head noun or modifier ("GDP growth", "API网关", "CSV文件"):
    // it counts outside the capped sum.
    const weight = WEIGHT.cueCap * (1 - Math.exp(-cueSums[k] / WEIGHT.cueSaturation)) + WEIGHT.headWord * headWord[k];
    s.score += weight;
    const best = cueEvidence[k].sort((x, y) => y.weight - x.weight).slice(0, 2);
    best.forEach((e, i) => {
      // Shown as written on the page (“JSON”, “产能”), without a plural or possessive ending.
      const written = text
        .slice(e.cue.start, e.cue.end)
        .replace(/['’]s$/, '')
        .replace(/\s+/g, ' ');
      s.evidence.push({ text: `“${written}” nearby`, weight: i === 0 ? weight : weight / 2 });
    });
  });

  // Cue words in the page title.
  const titleSums = keys.map(() => 0);
  const titleSeen: (Set<CueRef> | undefined)[] = [];
  const titleWord = keys.map((): string | undefined => undefined);
  for (const c of context.titleCues) {
    for (const ref of c.values) {
      for (let k = 0; k < keys.length; k++) {
        const w = ref.senses.get(keys[k]);
        if (w === undefined || titleSeen[k]?.has(ref)) continue;
        (titleSeen[k] ??= new Set()).add(ref);
        titleSums[k] += w;
        if (w === 1) titleWord[k] ??= ref.cue.toLowerCase();
      }
    }
  }
  keys.forEach((key, k) => {
    if (titleSums[k] === 0) return;
    const evidence = titleWord[k] ? `“${titleWord[k]}” in the page title` : 'the page title';
    add(key, Math.min(WEIGHT.titleCap, WEIGHT.titleCue * titleSums[k]), evidence);
  });

  // Pharma terms nearby (GMP, FDA, 原料药).
  let domainSum = 0;
  const domainSeen = new Set<string>();
  const domainNames: string[] = [];
  for (const d of inRange(context.domainTerms, hit.start - window, hit.end + window)) {
    const termId = d.entries[0].termId;
    if (d === hit || domainSeen.has(termId) || senses.some((s) => s.termId === termId)) continue;
    if (isOwned(d.start, d.end) || isUsed(d.start, d.end)) continue;
    domainSeen.add(termId);
    domainSum += d.end <= hit.start ? proximity(context, d.end, hit.start) : proximity(context, hit.end, d.start);
    domainNames.push(text.slice(d.start, d.end));
  }
  // Listed with another glossary acronym ("CRO与CMO业务", "CMO/CDMO", "CROs and CMOs"): writers list like with like.
  const listedWith = listedNeighbour(context, index);
  if (listedWith) {
    domainSum += LISTED_WITH;
    domainNames.unshift(listedWith);
  }
  const domainWeight = Math.min(WEIGHT.domainTermCap, WEIGHT.domainTerm * domainSum);

  // A person's title, for acronyms that can name an officer.
  const title = senses.some(isOfficer) ? personTitleStrength(text, hit) : 0;
  const otherCount = Math.max(1, senses.filter((s) => !s.domain).length);

  scores.forEach((s, k) => {
    const key = keys[k];
    if (s.sense.domain) {
      s.score += WEIGHT.domainBase + WEIGHT.domainPage * page.domainScore;
      if (page.domainScore >= 0.5) s.evidence.push({ text: 'the page is about pharma', weight: 1 });
      if (domainWeight > 0) {
        // The first two, less terms already shown as cue words ("“CDMO” nearby"): none is named twice.
        const names: string[] = [];
        for (let n = 0; n < domainNames.length && names.length < 2; n++) {
          const quoted = `“${domainNames[n]}”`;
          if (!s.evidence.some((e) => e.text.includes(quoted))) names.push(domainNames[n]);
        }
        add(key, domainWeight, names.length > 0 ? `pharma terms nearby (${names.join(', ')})` : undefined);
      }
    } else {
      s.score += WEIGHT.otherOffPage * (1 - page.domainScore) - Math.log(otherCount);
      // The matcher leaves "PD-1" and "GLP-1" alone, so a bare PD is not the numbered name (PD-1 protein).
      if (/ \d+$/.test(s.sense.expansion.en) && !/\d/.test(surface)) s.score += WEIGHT.numberedName;
      // Pharma vocabulary says "pharma, not elsewhere", not which medical meaning (PD: pharmacodynamics or Parkinson's).
      if (compiled.medical.has(key) && domainWeight > 0) add(key, domainWeight);
      if (isOfficer(s.sense) && title > 0) add(key, title, 'used as a person’s title');
      if (isPharmaOfficer(s.sense)) {
        s.score += WEIGHT.pharmaOfficerPage * page.domainScore + 0.5 * domainWeight;
      }
    }
  });

  return decide(hit, scores, otherCount, context, opts);
}

/** Whether any of these cue words weighs for any of these senses. */
function concernsAny(refs: readonly CueRef[], keys: readonly string[]): boolean {
  for (const ref of refs) for (const key of keys) if (ref.senses.get(key) !== undefined) return true;
  return false;
}

/** The acronym as written, without a plural or possessive ending (CMOs, CRO's → CMO, CRO). */
function surfaceOf(text: string, hit: LexiconHit): string {
  return text.slice(hit.start, hit.end).replace(/(?:['’]s|s['’]?)$/, '');
}

/** A glossary acronym listed next to a match ("CRO与CMO", "CMO/CDMO", "CROs and CMOs"), if any. */
function listedNeighbour(context: TextContext, i: number): string | undefined {
  const { text, hits } = context;
  const hit = hits[i];
  for (const other of [hits[i - 1], hits[i + 1]]) {
    // Only a neighbour that can only be pharma says so: "CMO或CRO" lists two executives as readily as two service providers.
    if (!other || other.entries.length !== 1 || other.entries[0].ambiguous) continue;
    const written = text.slice(other.start, other.end);
    if (!/^[A-Z\uff21-\uff3a][A-Za-z\uff21-\uff3a\uff41-\uff5a]+(?:['’]?s)?$/.test(written)) continue;
    const gap = other.start >= hit.end ? text.slice(hit.end, other.start) : text.slice(other.end, hit.start);
    if (LIST_GAP.test(gap)) return written;
  }
  return undefined;
}

const LIST_GAP = /^\s*(?:and|or|&|\/|、|与|和|及|或|,|，|以及)\s*(?:(?:its|their|the|other)\s+)?$/i;
/** An acronym listed with another counts like a pharma term right next to it. */
const LISTED_WITH = 1.5;

/**
 * The weight of a word with text[from, to) between it and the match: less
 * the farther it is, less again in another sentence or paragraph. Called
 * for every cue word and pharma term near every ambiguous match, so the
 * stretch between is never cut out of the text: the index of its
 * punctuation tells where a sentence or paragraph ends (sentence-bounds.ts).
 */
function proximity(context: TextContext, from: number, to: number, nextTo = isNextTo(context.text, from, to)): number {
  const length = Math.max(0, to - from);
  const near = (nextTo ? NEXT_TO_FACTOR : 1) / (1 + length / CUE_HALF_DISTANCE);
  // Cues in another sentence count less, in another paragraph (a blank line, a block break) less still.
  const punctuation = (context.sentencePunctuation ??= sentencePunctuationOf(context.text));
  const boundary = boundaryBetween(context.text, punctuation, from, to);
  return near * (boundary === 'paragraph' ? OTHER_PARAGRAPH : boundary === 'sentence' ? OTHER_SENTENCE : 1);
}

/** Nothing but a space, a hyphen or a quote between the match and a word. */
function isNextTo(text: string, from: number, to: number): boolean {
  return to - from <= NEXT_TO && /^[\s'"‘’“”-]*$/.test(text.slice(from, to));
}

/**
 * Softmax over the scores gives the confidences; the pharma meaning is
 * painted when it is the most likely and clears the threshold. When it is
 * not painted, the meaning shown is the one with the most evidence: the
 * other senses' shared prior (−ln n) is taken back out for that choice, so
 * "officers" next to PD names the police department even though five other
 * meanings split the prior.
 */
function decide(
  hit: LexiconHit,
  scores: Score[],
  otherCount: number,
  { text, explanations }: TextContext,
  opts: ResolveOptions,
): ResolvedMatch {
  const max = Math.max(...scores.map((s) => s.score));
  const total = scores.reduce((sum, s) => sum + Math.exp(s.score - max), 0);
  const ranked = scores
    .map((s) => ({ sense: s.sense, score: s.score, evidence: s.evidence, confidence: Math.exp(s.score - max) / total }))
    .sort((a, b) => b.confidence - a.confidence);
  const letters = text.slice(hit.start, hit.end).replace(/['’]s$|s$/, '');
  const risky = letters.replace(/[^A-Za-z\uff21-\uff3a\uff41-\uff5a]/g, '').length <= 2;
  const threshold = risky ? Math.max(opts.minConfidence, opts.riskyMinConfidence) : opts.minConfidence;
  // PV and PI have two pharma meanings: paint when the match is surely pharma and one meaning clearly leads.
  const domainMass = ranked.reduce((sum, s) => sum + (s.sense.domain ? s.confidence : 0), 0);
  const painted =
    ranked[0].sense.domain && domainMass >= threshold && ranked[0].confidence >= LEADING_SHARE * domainMass;
  const evidenceOf = (s: Score) => s.score + (s.sense.domain ? 0 : Math.log(otherCount));
  const best = painted ? ranked[0] : ranked.reduce((a, b) => (evidenceOf(b) > evidenceOf(a) ? b : a));
  return {
    start: hit.start,
    end: hit.end,
    termId: best.sense.termId,
    sense: best.sense,
    confidence: round(best.confidence),
    painted,
    evidence: explanations.evidence(
      best.evidence
        .filter((e) => e.weight > 0)
        .sort((a, b) => b.weight - a.weight)
        .map((e) => e.text)
        .filter((e, i, all) => all.indexOf(e) === i)
        .slice(0, MAX_EVIDENCE),
    ),
    alternatives: explanations.alternatives(
      ranked.filter((s) => s !== best).map((s) => ({ sense: s.sense, confidence: round(s.confidence) })),
    ),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
