// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnThisPage, type OnPageTerm } from '../../../components/OnThisPage';
import { translator } from '../../../utils/i18n';
import { click, mount } from './render';

const t = translator('en');
const terms: OnPageTerm[] = [
  {
    termId: 'cmo',
    senseId: 'contract_manufacturing_organization',
    name: 'CMO',
    meaning: 'Contract Manufacturing Organization',
    domain: true,
    count: 2,
    painted: 2,
  },
  {
    termId: 'cmo',
    senseId: 'chief_marketing_officer',
    name: 'CMO',
    meaning: 'Chief Marketing Officer',
    domain: false,
    count: 1,
    painted: 0,
  },
];

describe('OnThisPage', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const view = (state: Parameters<typeof OnThisPage>[0]['state']) => {
    const onReveal = vi.fn();
    const onOpenTerm = vi.fn();
    const { root } = mount(<OnThisPage state={state} t={t} onReveal={onReveal} onOpenTerm={onOpenTerm} />);
    return { root, onReveal, onOpenTerm };
  };

  it('says honestly why there is nothing to show', () => {
    expect(view({ status: 'unavailable' }).root.textContent).toContain(t('onPageUnavailable'));
    document.body.innerHTML = '';
    expect(view({ status: 'ready', host: 'example.com', active: false, terms: [] }).root.textContent).toBe(
      t('onPageOff', 'example.com'),
    );
    document.body.innerHTML = '';
    expect(view({ status: 'ready', host: 'example.com', active: true, terms: [] }).root.textContent).toBe(
      t('onPageEmpty'),
    );
  });

  it('lists marked terms first, then meanings found but not marked, with counts', () => {
    const { root, onReveal, onOpenTerm } = view({ status: 'ready', host: 'example.com', active: true, terms });
    const rows = [...root.querySelectorAll('[data-testid=page-term]')];
    expect(rows.map((row) => row.getAttribute('data-sense'))).toEqual([
      'contract_manufacturing_organization',
      'chief_marketing_officer',
    ]);
    expect(rows[0].textContent).toContain(t('occurrences', 2));
    // The other meaning has no glossary entry to open.
    expect(rows[1].querySelector('[data-testid=open-term]')).toBeNull();
    click(rows[0].querySelector('[data-testid=reveal-term]'));
    expect(onReveal).toHaveBeenCalledWith('cmo', 'contract_manufacturing_organization');
    click(rows[0].querySelector('[data-testid=open-term]'));
    expect(onOpenTerm).toHaveBeenCalledWith('cmo');
  });
});
