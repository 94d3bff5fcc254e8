import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';

export interface BackupStatus {
  kind: 'done' | 'error';
  text: string;
}

export interface SettingsBackupProps {
  t: Translate;
  /** The outcome of the last import or reset, shown under the buttons. */
  status: BackupStatus | null;
  onExport: () => void;
  onImport: (file: File) => void;
  /** Called only after the reader confirmed. */
  onReset: () => void;
}

/** Export to a file, import from a file, and reset to defaults behind a confirmation. */
export function SettingsBackup({ t, status, onExport, onImport, onReset }: SettingsBackupProps) {
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: to "Cancel" when it appears, back to "Reset…" when it goes.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) resetButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <div class="backup">
      <div class="button-row">
        <button type="button" data-testid="export-settings" onClick={onExport}>
          {t('optionsExport')}
        </button>
        <button type="button" data-testid="import-settings" onClick={() => fileInput.current?.click()}>
          {t('optionsImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = ''; // choosing the same file again still imports it
            if (file) onImport(file);
          }}
        />
        {!confirming && (
          <button ref={resetButton} type="button" data-testid="reset-settings" onClick={() => setConfirming(true)}>
            {t('optionsReset')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="reset-question" data-testid="reset-confirmation">
          <p id="reset-question">{t('optionsResetConfirm')}</p>
          <div class="button-row">
            <button
              type="button"
              class="danger"
              data-testid="reset-confirm"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              {t('optionsResetYes')}
            </button>
            <button ref={cancelButton} type="button" data-testid="reset-cancel" onClick={() => setConfirming(false)}>
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      )}
      <p class={status?.kind === 'error' ? 'field-error' : 'status'} role="status" data-testid="backup-status">
        {status?.text}
      </p>
    </div>
  );
}
