import { browser } from 'wxt/browser';
import { Switch } from '../../components/Switch';
import { TermList } from '../../components/TermList';
import { bundledPack } from '../../glossary/data';
import { readerLang, translator } from '../../utils/i18n';
import { useSettings } from '../../utils/use-settings';

/** Wires the popup views to settings and the glossary. */
export function PopupApp() {
  const { settings, update } = useSettings();
  if (!settings) return null;
  const lang = readerLang(settings);
  const t = translator(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  return (
    <main class="popup">
      <header class="bar">
        <h1>TermLens</h1>
        <Switch
          label={t('highlightingOn')}
          checked={settings.enabled}
          testId="toggle-enabled"
          onChange={(enabled) => update({ enabled })}
        />
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settings')}
        </button>
      </header>
      <h2>
        {t('glossary')} · {t('termCount', bundledPack.terms.length)}
      </h2>
      <TermList terms={bundledPack.terms} lang={lang} />
    </main>
  );
}
