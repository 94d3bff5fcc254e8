// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparisonTable } from '../../../components/ComparisonTable';
import type { ComparisonSheet } from '../../../glossary/reference';
import { translator } from '../../../utils/i18n';
import { click, mount } from './render';

const sheet = (lang: 'en' | 'zh'): ComparisonSheet => ({
  id: 'makers',
  title: lang === 'en' ? 'Makers' : '生产方',
  summary: '',
  columns: [
    { termId: 'cmo', name: 'CMO', expansion: '' },
    { termId: 'cdmo', name: 'CDMO', expansion: '' },
  ],
  rows: [
    {
      dimensionId: 'what',
      label: lang === 'en' ? 'What' : '做什么',
      cells: [
        { termId: 'cmo', text: lang === 'en' ? 'Makes' : '生产' },
        { termId: 'cdmo', text: '' },
      ],
    },
  ],
});
const sheets = { en: sheet('en'), zh: sheet('zh') };
const cell = (root: HTMLElement, termId: string) =>
  root.querySelector(`[data-testid=comparison-cell][data-term=${termId}][data-dimension=what]`)?.textContent;

describe('ComparisonTable', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each(['cards', 'table'] as const)(
    'shows every cell in the %s layout, the other language one click away',
    (layout) => {
      const { root } = mount(
        <ComparisonTable sheets={sheets} lang="en" t={translator('en')} layout={layout} onOpenTerm={() => undefined} />,
      );
      expect(cell(root, 'cmo')).toBe('Makes');
      expect(cell(root, 'cdmo')).toBe('—');
      click(root.querySelector('[data-testid=comparison-lang-toggle]'));
      expect(cell(root, 'cmo')).toBe('生产');
      expect(root.querySelector('h2')?.textContent).toBe('生产方');
      expect(root.querySelector('[data-testid=comparison-cell]')?.getAttribute('lang')).toBe('zh-CN');
    },
  );

  it('gives the table column and row headers, in a focusable scrolling frame', () => {
    const { root } = mount(
      <ComparisonTable sheets={sheets} lang="en" t={translator('en')} layout="table" onOpenTerm={() => undefined} />,
    );
    expect([...root.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(root.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    expect(root.querySelector('.comparison-scroll')?.getAttribute('tabindex')).toBe('0');
  });

  it('opens a term from its heading', () => {
    const onOpenTerm = vi.fn();
    const { root } = mount(
      <ComparisonTable sheets={sheets} lang="en" t={translator('en')} layout="cards" onOpenTerm={onOpenTerm} />,
    );
    click(root.querySelector('[data-term=cdmo] button'));
    expect(onOpenTerm).toHaveBeenCalledWith('cdmo');
  });
});
