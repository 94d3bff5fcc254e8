import { otherLang } from '../glossary/describe';
import type { Lang } from '../glossary/schema';
import type { Translate } from '../utils/i18n';

export interface LangToggleProps {
  /** The language the glossary text is shown in now. */
  shown: Lang;
  t: Translate;
  testId: string;
  onToggle: (lang: Lang) => void;
}

/** Each language's name in itself: the reader recognises their own. */
const NAMES: Record<Lang, { label: string; tag: string }> = {
  en: { label: 'English', tag: 'en' },
  zh: { label: '中文', tag: 'zh-CN' },
};

/** Switches glossary text to the other language; its name says where it goes. */
export function LangToggle({ shown, t, testId, onToggle }: LangToggleProps) {
  const target = otherLang(shown);
  return (
    <button type="button" class="chip" data-testid={testId} data-lang={target} onClick={() => onToggle(target)}>
      <span class="visually-hidden">{t('readIn')} </span>
      <span lang={NAMES[target].tag}>{NAMES[target].label}</span>
    </button>
  );
}
