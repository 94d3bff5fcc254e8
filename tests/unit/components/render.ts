/** Renders Preact views into a happy-dom document for component tests. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(view: ComponentChild): { root: HTMLElement; rerender(next: ComponentChild): void } {
  const root = document.createElement('div');
  document.body.append(root);
  // act() runs synchronous work at once; its promise only matters for async effects.
  void act(() => render(view, root));
  return { root, rerender: (next) => void act(() => render(next, root)) };
}

export function press(target: Element, key: string): void {
  void act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

export function click(target: Element | null): void {
  if (!target) throw new Error('nothing to click');
  void act(() => (target as HTMLElement).click());
}
