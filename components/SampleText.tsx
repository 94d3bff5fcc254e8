import { useState } from 'preact/hooks';
import type { MatchView } from '../glossary/describe';
import type { Translate } from '../utils/i18n';
import { Tooltip } from './Tooltip';

export interface SampleTextProps {
  /** Plain text pieces and marked terms, in order. */
  pieces: ({ text: string } | { text: string; view: MatchView })[];
  t: Translate;
}

/**
 * A paragraph whose terms show the real tooltip on hover or focus, for the
 * welcome page (content scripts do not run on extension pages, so it cannot
 * rely on the page being scanned).
 */
export function SampleText({ pieces, t }: SampleTextProps) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <p class="sample-text" data-testid="sample-text">
      {pieces.map((piece, index) =>
        'view' in piece ? (
          <span key={index} class="sample-term-wrap">
            <button
              type="button"
              class="sample-term"
              aria-describedby={open === index ? `sample-tip-${index}` : undefined}
              onMouseEnter={() => setOpen(index)}
              onMouseLeave={() => setOpen(null)}
              onFocus={() => setOpen(index)}
              onBlur={() => setOpen(null)}
            >
              {piece.text}
            </button>
            {open === index && (
              <span class="sample-tip">
                <Tooltip
                  view={piece.view}
                  t={t}
                  id={`sample-tip-${index}`}
                  pinned={false}
                  onClose={() => setOpen(null)}
                  onPin={() => undefined}
                  onOpenTerm={() => undefined}
                />
              </span>
            )}
          </span>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
