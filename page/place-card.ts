/**
 * Where the tooltip card goes: under its term, a little off it, flipped
 * above when it fits there and not below, and kept inside the viewport.
 * Our own few lines instead of a positioning library: the card is a fixed
 * layer of our own host, so viewport arithmetic is all it needs, and the
 * library was a tenth of the script every page compiles.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Between the term and the card. */
export const CARD_OFFSET = 6;
/** Kept free between the card and the viewport's edges. */
export const VIEWPORT_PADDING = 8;

export function placeCard(anchor: Box, card: Size, viewport: Size): { x: number; y: number } {
  const below = anchor.bottom + CARD_OFFSET;
  const above = anchor.top - CARD_OFFSET - card.height;
  const roomBelow = viewport.height - VIEWPORT_PADDING - below;
  const roomAbove = above - VIEWPORT_PADDING;
  // Below unless it overflows there and overflows less (or not at all) above.
  const y = roomBelow >= card.height || card.height - roomBelow <= -roomAbove ? below : above;
  const x = Math.max(VIEWPORT_PADDING, Math.min(anchor.left, viewport.width - VIEWPORT_PADDING - card.width));
  return { x: Math.round(x), y: Math.round(y) };
}
