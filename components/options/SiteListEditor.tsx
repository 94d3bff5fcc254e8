import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../../utils/i18n';
import { normalizeHostPattern, type HostPatternError } from '../../utils/settings';

export interface SiteListEditorProps {
  /** Id stem for the input and the list; also the test id. */
  id: string;
  /** What the list is ("Sites where TermLens is off"). */
  label: string;
  sites: readonly string[];
  t: Translate;
  onChange: (sites: string[]) => void;
}

const ERROR_MESSAGES: Record<HostPatternError, MessageKey> = {
  empty: 'optionsSiteErrorEmpty',
  invalid: 'optionsSiteErrorInvalid',
  wildcard: 'optionsSiteErrorWildcard',
  'too-long': 'optionsSiteErrorTooLong',
};

/** Shown inside an error message; a pasted page of text should not fill the screen. */
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * Adds and removes host patterns. Accepts several sites at once (separated by
 * spaces or commas: a pasted column arrives space-separated in a text field)
 * and web addresses; adds what is valid and leaves what is not in the box
 * with a message.
 */
export function SiteListEditor({ id, label, sites, t, onChange }: SiteListEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // After a removal, focus goes to the entry that took its place, so a keyboard can remove several in a row.
  const focusAfterRemoval = useRef<number | null>(null);
  const sorted = [...sites].sort();

  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? input.current)?.focus();
  }, [sites]);

  const add = () => {
    const entries = draft.split(/[\s,;]+/).filter(Boolean);
    if (entries.length === 0) {
      setError(t('optionsSiteErrorEmpty'));
      return;
    }
    const next = [...sites];
    const rejected: string[] = [];
    let message = '';
    for (const entry of entries) {
      const result = normalizeHostPattern(entry);
      if (!result.ok) {
        rejected.push(entry);
        message ||= t(ERROR_MESSAGES[result.error], clip(entry));
      } else if (next.includes(result.pattern)) {
        if (entries.length === 1) message = t('optionsSiteAlreadyListed', result.pattern);
      } else {
        next.push(result.pattern);
      }
    }
    if (next.length > sites.length) onChange(next);
    setDraft(rejected.join(' '));
    setError(message);
  };

  const remove = (site: string, index: number) => {
    focusAfterRemoval.current = index;
    onChange(sites.filter((other) => other !== site));
  };

  const errorId = `${id}-error`;
  return (
    <div class="site-list" data-testid={id}>
      <h3 id={`${id}-title`}>{label}</h3>
      <form
        class="site-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label for={`${id}-input`}>{t('optionsSiteInput')}</label>
        <div class="site-add-row">
          <input
            ref={input}
            id={`${id}-input`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={errorId}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              if (error) setError('');
            }}
          />
          <button type="submit">{t('optionsSiteAdd')}</button>
        </div>
        <p class="field-error" id={errorId} role="status" aria-live="polite" data-testid={`${id}-error`}>
          {error}
        </p>
      </form>
      <p class="hint">{sites.length === 0 ? t('optionsSiteListEmpty') : t('optionsSiteCount', sites.length)}</p>
      {sorted.length > 0 && (
        <ul ref={list} class="sites" aria-labelledby={`${id}-title`}>
          {sorted.map((site, index) => (
            <li key={site} data-site={site}>
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="link"
                aria-label={t('optionsSiteRemove', site)}
                onClick={() => remove(site, index)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
