import { PackManagerSection } from '../../components/PackManagerSection';
import { useEffect, useState } from 'preact/hooks';
import type { BackupStatus } from '../../components/options/SettingsBackup';
import { OptionsForm } from '../../components/options/OptionsForm';
import { categories } from '../../glossary/data/categories';
import { translator, type Translate } from '../../utils/i18n';
import { readerLang } from '../../utils/reader-lang';
import {
  DEFAULT_SETTINGS,
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  serializeSettings,
  SETTINGS_FILE_TOO_LARGE,
  type Settings,
} from '../../utils/settings';
import { SettingsTooLargeError } from '../../utils/settings-store';
import { applyTheme } from '../../utils/theme';
import { useSettings } from '../../utils/use-settings';

/** Wires the settings form to the settings store, files and the page's theme and language. */
export function OptionsApp() {
  const { settings, problems, saveError, update, save } = useSettings();
  const [backupStatus, setBackupStatus] = useState<BackupStatus | null>(null);
  const lang = settings ? readerLang(settings) : null;
  const t = translator(lang ?? 'en');

  useEffect(() => {
    if (!settings || !lang) return;
    applyTheme(document.documentElement, settings.theme);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('optionsTitle');
  }, [settings?.theme, lang]);

  if (!settings) return null;

  const replaceAll = async (next: Settings, done: string) => {
    const saved = await save(next);
    setBackupStatus(saved ? { kind: 'done', text: done } : null);
    return saved;
  };

  const importFile = async (file: File) => {
    const result =
      file.size > MAX_SETTINGS_FILE_BYTES
        ? { ok: false as const, error: SETTINGS_FILE_TOO_LARGE }
        : parseSettingsFile(await file.text());
    if (!result.ok) {
      setBackupStatus({ kind: 'error', text: t('optionsImportFailed', result.error) });
      return;
    }
    await replaceAll(result.settings, t('optionsImportDone'));
  };

  return (
    <OptionsForm
      settings={settings}
      problems={problems}
      saveError={saveError && describeSaveError(saveError, t)}
      categories={categories.map((category) => ({ id: category.id, name: category.name[lang ?? 'en'] }))}
      t={t}
      backupStatus={backupStatus}
      onChange={update}
      onExport={() => downloadText('termlens-settings.json', serializeSettings(settings))}
      onImport={(file) => void importFile(file)}
      onReset={() => void replaceAll(structuredClone(DEFAULT_SETTINGS), t('optionsResetDone'))}
    >
      <PackManagerSection t={t} lang={lang ?? 'en'} />
    </OptionsForm>
  );
}

function describeSaveError(error: Error, t: Translate): string {
  return error instanceof SettingsTooLargeError
    ? t('optionsSaveTooLarge', `${(error.bytes / 1024).toFixed(1)} KB`)
    : t('optionsSaveFailed', error.message);
}

function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
