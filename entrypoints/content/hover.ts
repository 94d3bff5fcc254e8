/**
 * Turns pointer movement into "the pointer rests on this match". One passive
 * listener; the hit test runs at most once per animation frame and reads the
 * latest pointer position, not the first event of the frame, so a pointer
 * that stops quickly still gets its tooltip. When the page scrolls under a
 * still pointer, it looks again once the scrolling pauses: a hit test in
 * every frame of a scroll costs the scroll itself (2-3 ms a frame on a 5 MB
 * page), and would open a tooltip for any term that happens to pass by.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface HoverOptions<M> {
  matchAt(x: number, y: number): M | null;
  /** Milliseconds the pointer must rest before `onRest`. */
  delay(): number;
  /** Whether a modifier key must be held (trigger "hover-modifier"). */
  needsModifier(): boolean;
  /** Whether the event is inside our own tooltip. */
  insideTooltip(event: Event): boolean;
  /** Whether our tooltip is at this point of the viewport: it follows its term, and may slide under a still pointer. */
  tooltipAt(x: number, y: number): boolean;
  /** The pointer reached a match (before the delay): a chance to prepare its tooltip. */
  onEnter?(match: M): void;
  onRest(match: M): void;
  /** The pointer left the match and is not over the tooltip. */
  onLeave(): void;
}

/** Grace period for moving the pointer from a term into its tooltip. */
const LEAVE_GRACE_MS = 300;

/** How long scrolling must pause before the term under a still pointer is looked up again. */
const SCROLL_PAUSE_MS = 100;

export function watchHover<M>(ctx: ContentScriptContext, options: HoverOptions<M>): void {
  let x = 0;
  let y = 0;
  let modifier = false;
  let frame = 0;
  // The match under the pointer; undefined when not known (the content moved under the pointer).
  let current: M | null | undefined = null;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  let overTooltip = false;

  const check = () => {
    frame = 0;
    if (overTooltip) {
      clearTimeout(leaveTimer);
      return;
    }
    const match = options.needsModifier() && !modifier ? null : options.matchAt(x, y);
    if (match === current) return;
    clearTimeout(restTimer);
    current = match;
    if (match) {
      clearTimeout(leaveTimer);
      options.onEnter?.(match);
      restTimer = setTimeout(() => {
        if (current === match) options.onRest(match);
      }, options.delay());
    } else {
      clearTimeout(leaveTimer);
      leaveTimer = setTimeout(() => {
        if (current === null && !overTooltip) options.onLeave();
      }, LEAVE_GRACE_MS);
    }
  };

  ctx.addEventListener(
    window,
    'pointermove',
    (event: PointerEvent) => {
      // No work while the user selects text or drags.
      if (event.buttons !== 0 || event.pointerType === 'touch') return;
      x = event.clientX;
      y = event.clientY;
      modifier = event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
      overTooltip = options.insideTooltip(event);
      if (!frame) frame = requestAnimationFrame(check);
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(
    document,
    'scroll',
    () => {
      // Content moved under a still pointer: the rest starts over where it settles (an open tooltip
      // follows its term meanwhile, and opens again if the pointer is still on it).
      clearTimeout(restTimer);
      current = undefined;
      clearTimeout(scrollTimer);
      scrollTimer = setTimeout(() => {
        overTooltip = options.tooltipAt(x, y);
        if (!frame) frame = requestAnimationFrame(check);
      }, SCROLL_PAUSE_MS);
    },
    { passive: true, capture: true },
  );
  ctx.onInvalidated(() => {
    cancelAnimationFrame(frame);
    clearTimeout(restTimer);
    clearTimeout(leaveTimer);
    clearTimeout(scrollTimer);
  });
}
