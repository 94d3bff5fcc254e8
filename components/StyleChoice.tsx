import type { Translate } from '../utils/i18n';
import type { Settings } from '../utils/settings';

export interface StyleChoiceProps {
  value: Settings['highlightStyle'];
  t: Translate;
  onChange: (value: Settings['highlightStyle']) => void;
}

const OPTIONS = [
  ['underline', 'styleUnderline'],
  ['background', 'styleBackground'],
  ['none', 'styleNone'],
] as const;

export function StyleChoice({ value, t, onChange }: StyleChoiceProps) {
  return (
    <fieldset class="choice" data-testid="style-choice">
      <legend>{t('highlightStyle')}</legend>
      {OPTIONS.map(([option, label]) => (
        <label key={option}>
          <input
            type="radio"
            name="highlight-style"
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />{' '}
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
