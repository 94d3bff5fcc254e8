import { describe, expect, it } from 'vitest';
import { CARD_OFFSET, placeCard, VIEWPORT_PADDING } from '../../../page/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const term = (left: number, top: number) => ({ left, top, right: left + 40, bottom: top + 18 });

describe('placeCard', () => {
  it('puts the card under the term, starting at its left edge', () => {
    expect(placeCard(term(100, 100), card, viewport)).toEqual({ x: 100, y: 118 + CARD_OFFSET });
  });

  it('flips above a term near the bottom when it fits there', () => {
    const anchor = term(100, 700);
    expect(placeCard(anchor, card, viewport).y).toBe(700 - CARD_OFFSET - card.height);
  });

  it('stays below when it fits nowhere but overflows less there', () => {
    // 150 px above the term, 632 below: neither holds 700 px; below overflows less.
    const tall = { width: 300, height: 700 };
    expect(placeCard(term(100, 150), tall, viewport).y).toBe(168 + CARD_OFFSET);
    // Near the bottom the opposite holds.
    expect(placeCard(term(100, 720), tall, viewport).y).toBe(720 - CARD_OFFSET - 700);
  });

  it('shifts left to stay inside the viewport, and never past its left edge', () => {
    expect(placeCard(term(900, 100), card, viewport).x).toBe(viewport.width - VIEWPORT_PADDING - card.width);
    expect(placeCard(term(-30, 100), card, viewport).x).toBe(VIEWPORT_PADDING);
    expect(placeCard(term(500, 100), { width: 1200, height: 100 }, viewport).x).toBe(VIEWPORT_PADDING);
  });
});
