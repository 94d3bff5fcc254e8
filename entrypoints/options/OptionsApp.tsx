import { StyleChoice } from '../../components/StyleChoice';
import { Switch } from '../../components/Switch';
import { readerLang, translator } from '../../utils/i18n';
import { useSettings } from '../../utils/use-settings';

/** Wires the settings views to the settings store. */
export function OptionsApp() {
  const { settings, problems, update } = useSettings();
  if (!settings) return null;
  const t = translator(readerLang(settings));
  return (
    <main class="options">
      <h1>TermLens · {t('settings')}</h1>
      {problems.length > 0 && (
        <p class="notice" role="status" data-testid="settings-notice">
          {t('settingsRepaired', problems.join('; '))}
        </p>
      )}
      <Switch
        label={t('highlightingOn')}
        checked={settings.enabled}
        testId="toggle-enabled"
        onChange={(enabled) => update({ enabled })}
      />
      <StyleChoice value={settings.highlightStyle} t={t} onChange={(highlightStyle) => update({ highlightStyle })} />
    </main>
  );
}
