import type { ResolvedMatch } from '../../glossary/senses';
import type { MatchRef } from '../../utils/background-requests';

/** A match the background can describe: a painted one, or a looked-up selection. */
export type DescribableRef = Pick<ResolvedMatch, 'termId' | 'sense' | 'confidence' | 'evidence' | 'alternatives'> & {
  text: string;
};

/** What the background needs to describe a match: ids and numbers, no DOM. */
export function toMatchRef(match: DescribableRef): MatchRef {
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
