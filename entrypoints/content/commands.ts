/** What the content script's commands do to the page (their messages: utils/command-answer.ts). */

/** Scrolls a range to the middle of the viewport, through any scrolling containers. */
export function scrollRangeIntoView(range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
