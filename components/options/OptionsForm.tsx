import type { ComponentChildren } from 'preact';
import type { Translate } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { Switch } from '../Switch';
import { CategoryChoice } from './CategoryChoice';
import { OptionsSection } from './OptionsSection';
import { RadioGroup } from './RadioGroup';
import { RangeSetting } from './RangeSetting';
import { SettingsBackup, type BackupStatus } from './SettingsBackup';
import { SiteRules } from './SiteRules';

export interface OptionsFormProps {
  settings: Settings;
  /** What was wrong with the stored settings when the page opened. */
  problems: readonly string[];
  /** Why the last change could not be saved, in the reader's language; null when it was. */
  saveError: string | null;
  /** The glossary's categories, named in the reader's language. */
  categories: readonly { id: string; name: string }[];
  t: Translate;
  backupStatus: BackupStatus | null;
  onChange: (change: Partial<Settings>) => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
  /** Further sections (`OptionsSection`s), placed before "Back up and reset": the glossary packs. */
  children?: ComponentChildren;
}

/** Every setting on one page. Props in, changes out: the caller saves them. */
export function OptionsForm(props: OptionsFormProps) {
  const { settings, problems, saveError, categories, t, onChange } = props;
  return (
    <main class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="hint">{t('optionsIntro')}</p>
      </header>
      {problems.length > 0 && (
        <p class="notice" role="status" data-testid="settings-notice">
          {t('settingsRepaired', problems.join('; '))}
        </p>
      )}
      {saveError && (
        <p class="notice error" role="alert" data-testid="save-error">
          {saveError}
        </p>
      )}

      <OptionsSection id="general" title={t('optionsSectionGeneral')}>
        <Switch
          label={t('highlightingOn')}
          checked={settings.enabled}
          testId="toggle-enabled"
          onChange={(enabled) => onChange({ enabled })}
        />
        <Switch
          label={t('optionsShowBadge')}
          checked={settings.showBadge}
          testId="toggle-badge"
          onChange={(showBadge) => onChange({ showBadge })}
        />
      </OptionsSection>

      <OptionsSection id="sites" title={t('optionsSectionSites')}>
        <SiteRules rules={settings} t={t} onChange={onChange} />
      </OptionsSection>

      <OptionsSection id="marking" title={t('optionsSectionMarking')}>
        <CategoryChoice
          legend={t('optionsCategories')}
          categories={categories}
          hidden={settings.hiddenCategories}
          onChange={(hiddenCategories) => onChange({ hiddenCategories })}
        />
        <RadioGroup
          name="occurrences"
          legend={t('optionsOccurrences')}
          value={settings.occurrences}
          options={[
            { value: 'all', label: t('optionsOccurrencesAll') },
            { value: 'first', label: t('optionsOccurrencesFirst') },
          ]}
          onChange={(occurrences) => onChange({ occurrences })}
        />
        <RangeSetting
          name="min-confidence"
          label={t('optionsMinConfidence')}
          hint={t('optionsMinConfidenceHint')}
          value={settings.minConfidence}
          min={0}
          max={1}
          step={0.05}
          format={(value) => t('optionsPercent', Math.round(value * 100))}
          onChange={(minConfidence) => onChange({ minConfidence })}
        />
      </OptionsSection>

      <OptionsSection id="appearance" title={t('optionsSectionAppearance')}>
        <RadioGroup
          name="highlight-style"
          testId="style-choice"
          legend={t('highlightStyle')}
          value={settings.highlightStyle}
          options={[
            { value: 'underline', label: t('styleUnderline') },
            { value: 'background', label: t('styleBackground') },
            { value: 'none', label: t('styleNone') },
          ]}
          onChange={(highlightStyle) => onChange({ highlightStyle })}
        />
        <RadioGroup
          name="theme"
          legend={t('optionsTheme')}
          value={settings.theme}
          options={[
            { value: 'auto', label: t('optionsThemeAuto') },
            { value: 'light', label: t('optionsThemeLight') },
            { value: 'dark', label: t('optionsThemeDark') },
          ]}
          onChange={(theme) => onChange({ theme })}
        />
        <RadioGroup
          name="language"
          legend={t('optionsLanguage')}
          value={settings.language}
          options={[
            { value: 'auto', label: t('optionsLanguageAuto') },
            { value: 'en', label: t('optionsLanguageEn') },
            { value: 'zh', label: t('optionsLanguageZh') },
            { value: 'both', label: t('optionsLanguageBoth') },
          ]}
          onChange={(language) => onChange({ language })}
        />
      </OptionsSection>

      <OptionsSection id="explanations" title={t('optionsSectionTooltip')}>
        <RadioGroup
          name="trigger"
          legend={t('optionsTrigger')}
          value={settings.trigger}
          options={[
            { value: 'hover', label: t('optionsTriggerHover') },
            { value: 'hover-modifier', label: t('optionsTriggerModifier') },
            { value: 'click', label: t('optionsTriggerClick') },
          ]}
          onChange={(trigger) => onChange({ trigger })}
        />
        <RangeSetting
          name="hover-delay"
          label={t('optionsHoverDelay')}
          value={settings.hoverDelayMs}
          min={0}
          max={3000}
          step={50}
          format={(value) => t('optionsMilliseconds', value)}
          onChange={(hoverDelayMs) => onChange({ hoverDelayMs })}
        />
      </OptionsSection>

      {props.children}

      <OptionsSection id="backup" title={t('optionsSectionBackup')}>
        <SettingsBackup
          t={t}
          status={props.backupStatus}
          onExport={props.onExport}
          onImport={props.onImport}
          onReset={props.onReset}
        />
      </OptionsSection>
    </main>
  );
}
