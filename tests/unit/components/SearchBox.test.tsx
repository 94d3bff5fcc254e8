// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../../components/SearchBox';
import { translator } from '../../../utils/i18n';
import { act } from 'preact/test-utils';
import { mount, press } from './render';

const t = translator('en');
const results = [
  { termId: 'cro', name: 'CRO', expansion: 'Contract Research Organization', hint: '合同研究组织' },
  { termId: 'crdmo', name: 'CRDMO', expansion: 'Contract Research, Development and Manufacturing Organization' },
  { termId: 'cdmo', name: 'CDMO', expansion: 'Contract Development and Manufacturing Organization' },
];

describe('SearchBox', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const setup = (query = '合同研究') => {
    const onSelect = vi.fn();
    const onQueryChange = vi.fn();
    const { root } = mount(
      <SearchBox id="s" query={query} results={results} t={t} onSelect={onSelect} onQueryChange={onQueryChange} />,
    );
    const input = root.querySelector('input')!;
    const options = () => [...root.querySelectorAll('[role=option]')];
    return { root, input, options, onSelect, onQueryChange };
  };

  it('is a labelled combobox that owns its result list', () => {
    const { root, input } = setup();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe(t('searchLabel'));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector(`#${input.getAttribute('aria-controls')}`)?.getAttribute('role')).toBe('listbox');
    expect(root.querySelector('[role=status]')?.textContent).toBe(t('searchResultCount', 3));
  });

  it('moves through the results with the arrow keys, wrapping around, and opens the active one with Enter', () => {
    const { input, options, onSelect } = setup();
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    press(input, 'ArrowUp');
    press(input, 'ArrowUp');
    expect(options()[2].getAttribute('aria-selected')).toBe('true');
    press(input, 'Enter');
    expect(onSelect).toHaveBeenCalledWith('cdmo');
  });

  it('moves one step per press, even for presses that come before the next render (a held key)', () => {
    const { input, options } = setup();
    void act(() => {
      for (const key of ['ArrowDown', 'ArrowDown']) {
        input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }
    });
    expect(options()[2].getAttribute('aria-selected')).toBe('true');
  });

  it('keeps the chosen result when the same results arrive again, and starts over for new ones', () => {
    const view = (list: typeof results) => (
      <SearchBox id="s" query="合同" results={list} t={t} onSelect={() => undefined} onQueryChange={() => undefined} />
    );
    const mounted = mount(view(results));
    const { root } = mounted;
    const input = root.querySelector('input')!;
    const selected = () =>
      [...root.querySelectorAll('[role=option]')].findIndex((o) => o.getAttribute('aria-selected') === 'true');
    press(input, 'ArrowDown');
    mounted.rerender(view(results.map((result) => ({ ...result }))));
    expect(selected()).toBe(1);
    mounted.rerender(view([...results].reverse()));
    expect(selected()).toBe(0);
  });

  it('clears the query on Escape, and lets Escape through when there is nothing to clear', () => {
    const { input, onQueryChange } = setup();
    press(input, 'Escape');
    expect(onQueryChange).toHaveBeenCalledWith('');
    const empty = setup('');
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    empty.input.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('shows why a result matched, and an empty state', () => {
    const { options } = setup();
    expect(options()[0].textContent).toContain('合同研究组织');
    document.body.innerHTML = '';
    const { root } = mount(
      <SearchBox id="e" query="zzz" results={[]} t={t} onSelect={() => undefined} onQueryChange={() => undefined} />,
    );
    expect(root.querySelector('[data-testid=search-empty]')?.textContent).toBe(t('searchNoResults', 'zzz'));
    expect(root.querySelector('[role=listbox]')?.hasAttribute('hidden')).toBe(true);
  });
});
