import type { PageMatch } from '../../page/scan-page';
import type { MatchRef } from '../../utils/runtime-messages';

/** What the background needs to describe a match: ids and numbers, no DOM. */
export function toMatchRef(match: PageMatch): MatchRef {
  return {
    termId: match.termId,
    senseId: match.sense.id,
    confidence: match.confidence,
    evidence: match.evidence.slice(0, 20),
    alternatives: match.alternatives
      .slice(0, 20)
      .map((alt) => ({ termId: alt.sense.termId, senseId: alt.sense.id, confidence: alt.confidence })),
    text: match.text.slice(0, 200),
  };
}
