/**
 * The sense resolver: decides what a matched form means here.
 *
 * CMO is a contract manufacturer in one sentence and a Chief Marketing
 * Officer in the next; API is a drug ingredient or a web interface. Each
 * sense of a match is scored from local evidence (an expansion next to it,
 * cue words around it, person-title patterns) and from a page prior (how
 * much unambiguous pharma vocabulary the page has). Only domain senses above
 * a threshold are painted; the rest feed the tooltip's "other meanings".
 */
import type { Lexicon, LexiconHit, Sense } from './lexicon';

export interface PageContext {
  title?: string;
  /** 0..1, from scorePage(); how much the page is about the glossary's domain. */
  domainScore: number;
}

export interface ResolvedMatch {
  start: number;
  end: number;
  termId: string;
  sense: Sense;
  /** 0..1: how sure we are of `sense`. */
  confidence: number;
  /** Whether the extension paints this match. */
  painted: boolean;
  /** Short human-readable reasons for the choice ("“manufacturing” nearby"). */
  evidence: string[];
  /** Other senses, best first, for "did you mean". */
  alternatives: { sense: Sense; confidence: number }[];
}

export interface ResolveOptions {
  /** Minimum confidence for an ambiguous match to be painted. */
  minConfidence: number;
  /** Characters on each side of a match searched for cue words. */
  window: number;
}

export const defaultResolveOptions: ResolveOptions = {
  minConfidence: 0.6,
  window: 160,
};

/** Short forms (PI, PD, EC) collide with everyday text, so they need more evidence. */
const RISKY_LENGTH = 2;

/**
 * How strongly the page is about the domain: unambiguous domain terms per
 * 1,000 characters, saturating. A page with a handful of CDMO/GMP/FDA/原料药
 * mentions scores high; a tech or finance page scores near zero.
 */
export function scorePage(lexicon: Lexicon, text: string, hits: LexiconHit[], title = ''): number {
  let strong = 0;
  const distinct = new Set<string>();
  for (const hit of hits) {
    if (hit.entries.length !== 1) continue;
    const termId = hit.entries[0].termId;
    if (lexicon.sensesOf(termId).length === 1) {
      strong++;
      distinct.add(termId);
    }
  }
  const titleHits = lexicon
    .findTerms(title)
    .filter((h) => h.entries.some((e) => lexicon.sensesOf(e.termId).length === 1));
  const density = (strong * 1000) / Math.max(text.length, 400);
  const raw =
    0.5 * Math.min(1, density / 3) + 0.35 * Math.min(1, distinct.size / 4) + (titleHits.length > 0 ? 0.25 : 0);
  return Math.min(1, raw);
}

/** Resolves every hit in a text. `page.domainScore` comes from scorePage() over the whole page. */
export function resolveMatches(
  lexicon: Lexicon,
  text: string,
  hits: LexiconHit[],
  page: PageContext,
  options: Partial<ResolveOptions> = {},
): ResolvedMatch[] {
  const opts = { ...defaultResolveOptions, ...options };
  return hits.map((hit) => resolveHit(lexicon, text, hit, page, opts));
}

function resolveHit(
  lexicon: Lexicon,
  text: string,
  hit: LexiconHit,
  page: PageContext,
  opts: ResolveOptions,
): ResolvedMatch {
  const senses = hit.entries.flatMap((entry) => lexicon.sensesOf(entry.termId));
  const surface = text.slice(hit.start, hit.end);
  if (senses.length === 1) {
    return {
      start: hit.start,
      end: hit.end,
      termId: senses[0].termId,
      sense: senses[0],
      confidence: 1,
      painted: true,
      evidence: [],
      alternatives: [],
    };
  }

  const before = text.slice(Math.max(0, hit.start - opts.window), hit.start);
  const after = text.slice(hit.end, hit.end + opts.window);
  const near = (before + ' ' + after).toLowerCase();
  const scored = senses.map((sense) => scoreSense(sense, near, before, after, surface, page));
  const total = scored.reduce((sum, s) => sum + Math.exp(s.score), 0);
  const ranked = scored
    .map((s) => ({ ...s, confidence: Math.exp(s.score) / total }))
    .sort((a, b) => b.confidence - a.confidence);
  const best = ranked[0];
  const risky = surface.replace(/[^A-Za-z]/g, '').length <= RISKY_LENGTH;
  const threshold = risky ? Math.max(opts.minConfidence, 0.75) : opts.minConfidence;
  return {
    start: hit.start,
    end: hit.end,
    termId: best.sense.termId,
    sense: best.sense,
    confidence: round(best.confidence),
    painted: best.sense.domain && best.confidence >= threshold,
    evidence: best.evidence,
    alternatives: ranked.slice(1).map((s) => ({ sense: s.sense, confidence: round(s.confidence) })),
  };
}

interface ScoredSense {
  sense: Sense;
  score: number;
  evidence: string[];
}

function scoreSense(
  sense: Sense,
  near: string,
  before: string,
  after: string,
  surface: string,
  page: PageContext,
): ScoredSense {
  const evidence: string[] = [];
  let score = 0;

  // An expansion written next to the acronym settles it: "chief marketing officer (CMO)".
  for (const expansion of [sense.expansion.en, sense.expansion.zh]) {
    if (near.includes(expansion.toLowerCase())) {
      score += 8;
      evidence.push(`“${expansion}” written out`);
      break;
    }
  }

  let cueCount = 0;
  for (const cue of [...sense.cues.en, ...sense.cues.zh]) {
    if (cueCount >= 4) break;
    if (containsCue(near, cue.toLowerCase())) {
      cueCount++;
      evidence.push(`“${cue}” nearby`);
    }
  }
  score += 1.2 * cueCount;

  if (isOfficerSense(sense) && looksLikePersonTitle(before, after, surface)) {
    score += 1.5;
    evidence.push('used as a person’s title');
  }

  if (sense.domain) {
    score += 2.5 * page.domainScore - 0.6;
    if (page.domainScore >= 0.5) evidence.push('the page is about pharma');
  } else if (sense.other && page.domainScore < 0.2) {
    score += 0.4;
  }
  return { sense, score, evidence };
}

/** Latin cues match whole words; Chinese cues match anywhere. */
function containsCue(haystack: string, cue: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(cue)) return haystack.includes(cue);
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(cue, from);
    if (i < 0) return false;
    const before = i === 0 ? '' : haystack[i - 1];
    const after = haystack[i + cue.length] ?? '';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    from = i + 1;
  }
}

function isOfficerSense(sense: Sense): boolean {
  return !sense.domain && /(^|_)officer$/.test(sense.id);
}

/** "named Jane Smith as CMO", "CMO Jane Smith", "the company's CMO", "任命…为CMO". */
function looksLikePersonTitle(before: string, after: string, surface: string): boolean {
  const b = before.slice(-60);
  const a = after.slice(0, 40);
  return (
    /\b(named|appoint(?:s|ed)?|hire[sd]?|promot(?:ed|es)|join(?:s|ed)? as|serves? as|served as|as (?:its|the|our|their|interim|new|acting)?\s*)\s*$/i.test(
      b,
    ) ||
    /(['’]s|\bits|\bour|\btheir|\bformer|\binterim|\bnew|\bacting|\bglobal)\s*$/i.test(b) ||
    /^,?\s+(?:Dr\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){1,2}\b/.test(a) ||
    /(任命|聘任|出任|担任|升任|委任).{0,12}$/.test(b) ||
    /^[\s，,]*[\u4e00-\u9fff]{2,3}(?:表示|称|说|指出|博士|先生|女士)/.test(a) ||
    (surface.length > 0 && /^\s*(?:said|says|added|noted)\b/i.test(a))
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
