/**
 * The scan contract (DESIGN.md): what the extension would mark in a text,
 * as plain JSON-able objects. Shared by the scan CLI and the tests.
 */
import type { Lexicon } from './lexicon';
import type { Lang } from './schema';
import { resolveMatches, scorePage, type ResolveOptions } from './senses';

export interface ScanMatch {
  term: string;
  sense: string;
  expansion: string;
  domain: boolean;
  painted: boolean;
  text: string;
  start: number;
  end: number;
  confidence: number;
  evidence: readonly string[];
}

export interface ScanResult {
  matches: ScanMatch[];
  page: { title: string; domainScore: number };
}

export interface ScanTextOptions extends Partial<ResolveOptions> {
  title?: string;
  lang?: Lang;
}

export function scanText(lexicon: Lexicon, text: string, options: ScanTextOptions = {}): ScanResult {
  const title = options.title ?? '';
  const lang = options.lang ?? 'en';
  const hits = lexicon.findTerms(text);
  const domainScore = scorePage(lexicon, text, hits, title);
  const resolved = resolveMatches(lexicon, text, hits, { title, domainScore }, options);
  return {
    matches: resolved.map((m) => ({
      term: m.termId,
      sense: m.sense.id,
      expansion: m.sense.expansion[lang],
      domain: m.sense.domain,
      painted: m.painted,
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      confidence: m.confidence,
      evidence: m.evidence,
    })),
    page: { title, domainScore: Math.round(domainScore * 100) / 100 },
  };
}
