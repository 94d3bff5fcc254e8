import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MatchView } from '../glossary/describe';
import type { Translate } from '../utils/i18n';
import { Tooltip } from './Tooltip';

export interface SampleTextProps {
  /** Plain text pieces and marked terms, in order. */
  pieces: ({ text: string } | { text: string; view: MatchView })[];
  t: Translate;
  /** Opens the reference page at "term/<id>" or "compare/<id>" (a "vs" link, the card's footer). */
  onOpenReference: (target: string) => void;
}

/**
 * A paragraph whose terms show the real tooltip on hover or focus, for the
 * welcome page (content scripts do not run on extension pages, so it cannot
 * rely on the page being scanned). The card behaves as on a page: it stays
 * open while the pointer or focus is on the term or inside the card (so its
 * links can be reached), and a pinned one until it is closed (its button,
 * Escape, a click elsewhere).
 */
export function SampleText({ pieces, t, onOpenReference }: SampleTextProps) {
  const [open, setOpen] = useState<number | null>(null);
  const [pinned, setPinned] = useState(false);
  // The open card; its parent holds the term too.
  const tip = useRef<HTMLSpanElement>(null);

  const close = () => {
    setOpen(null);
    setPinned(false);
  };
  const enter = (index: number) => {
    if (!pinned) setOpen(index);
  };
  const leave = () => {
    if (!pinned) setOpen(null);
  };

  // Escape closes an open card wherever the focus is (pinning takes the pin button, and its focus,
  // away); a click outside closes a pinned one. Listening from the start, reading the state of the
  // latest render: effects may run a frame late (later still in a tab in the background).
  const now = useRef({ open, pinned });
  now.current = { open, pinned };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && now.current.open !== null) close();
    };
    // Captured, so that it runs before the card's own handlers re-render it (pinning removes the pin
    // button, which would then count as outside).
    const onPointer = (event: PointerEvent) => {
      if (now.current.pinned && !tip.current?.parentElement?.contains(event.target as Node)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);

  // A card that would run past the window's right edge (a term near the end of a line) moves left.
  useLayoutEffect(() => {
    const card = tip.current;
    if (!card) return;
    card.style.left = '0px';
    const overflow = card.getBoundingClientRect().right - document.documentElement.clientWidth + 8;
    if (overflow > 0) card.style.left = `${-overflow}px`;
  }, [open]);

  return (
    <p class="sample-text" data-testid="sample-text">
      {pieces.map((piece, index) =>
        'view' in piece ? (
          <span
            key={index}
            class="sample-term-wrap"
            onMouseEnter={() => enter(index)}
            onMouseLeave={leave}
            onFocusIn={() => enter(index)}
            onFocusOut={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) leave();
            }}
          >
            <button
              type="button"
              class="sample-term"
              aria-describedby={open === index ? `sample-tip-${index}` : undefined}
            >
              {piece.text}
            </button>
            {open === index && (
              <span class="sample-tip" ref={tip}>
                <Tooltip
                  view={piece.view}
                  t={t}
                  id={`sample-tip-${index}`}
                  pinned={pinned}
                  onClose={close}
                  onPin={() => setPinned(true)}
                  onOpenTerm={(termId) => onOpenReference(`term/${termId}`)}
                  onOpenReference={onOpenReference}
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
