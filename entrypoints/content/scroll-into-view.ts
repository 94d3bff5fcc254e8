/** Scrolls a range to the middle of the viewport, through any scrolling containers (a command, the popup). */
export function scrollRangeIntoView(range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
