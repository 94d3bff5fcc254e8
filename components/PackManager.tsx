import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../glossary/pack-export';
import type { Translate } from '../utils/i18n';
import { Switch } from './Switch';

/** One pack as the list shows it. */
export interface PackSummary {
  id: string;
  /** In the reader's language. */
  name: string;
  version: string;
  termCount: number;
  enabled: boolean;
  /** The file it was imported from (user packs). */
  fileName?: string;
}

/** A form claimed by more than one pack, and who may keep it. */
export interface PackConflictView {
  /** The form's key, passed back with the choice. */
  key: string;
  form: string;
  /** One option per claiming pack: its id, and "Pack name: term (expansion)". */
  options: { packId: string; label: string }[];
  /** The pack that keeps the form now. */
  winner: string;
}

/** The outcome of the last action, shown above the list. */
export interface PackNotice {
  kind: 'done' | 'error';
  text: string;
  /** Error messages (naming rows and fields), or notes about a successful import. */
  details: string[];
}

export interface PackManagerProps {
  t: Translate;
  bundled: PackSummary;
  /** Installed user packs, oldest first. */
  packs: readonly PackSummary[];
  conflicts: readonly PackConflictView[];
  notice: PackNotice | null;
  /** Stored packs that could not be read. */
  problems: readonly string[];
  /** True while an import or change is saved: the controls wait. */
  busy: boolean;
  /** A file to import; `replaceId` when it updates that installed pack. */
  onImport: (file: File, replaceId?: string) => void;
  onToggle: (id: string, enabled: boolean) => void;
  /** Called only after the reader confirmed. */
  onRemove: (id: string) => void;
  onExport: (id: string, format: ExportFormat) => void;
  onChooseWinner: (key: string, packId: string) => void;
}

const ACCEPT = '.json,.csv,application/json,text/csv';

/**
 * The body of the options page's "Glossary packs" section: import, the
 * installed packs (the bundled one first), conflicts. Props in, callbacks
 * out; every text from a pack is rendered as text.
 */
export function PackManager(props: PackManagerProps) {
  const { t, bundled, packs, conflicts, notice, problems, busy } = props;
  const importInput = useRef<HTMLInputElement>(null);
  const { onImport, onToggle, onRemove, onExport } = props;
  const rowProps = { t, busy, onImport, onToggle, onRemove, onExport };
  return (
    <div class="packs" data-testid="pack-manager">
      <p class="hint">{t('packsIntro')}</p>
      <div class="button-row">
        <button type="button" data-testid="pack-import" disabled={busy} onClick={() => importInput.current?.click()}>
          {t('packsImport')}
        </button>
        <FileInput inputRef={importInput} testId="pack-import-file" onFile={(file) => props.onImport(file)} />
        <span class="hint">{t('packsImportHint')}</span>
      </div>

      <Notice notice={notice} t={t} />
      {problems.length > 0 && (
        <div class="notice" role="status" data-testid="pack-problems">
          <p>{t('packsSkipped')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      <ul class="pack-list" data-testid="pack-list">
        <PackRow pack={bundled} builtIn {...rowProps} />
        {packs.map((pack) => (
          <PackRow key={pack.id} pack={pack} builtIn={false} {...rowProps} />
        ))}
      </ul>
      {packs.length === 0 && (
        <p class="hint" data-testid="pack-none">
          {t('packsNone')}
        </p>
      )}

      {conflicts.length > 0 && (
        <div class="pack-conflicts" data-testid="pack-conflicts">
          <h3>{t('packsConflicts')}</h3>
          <p class="hint">{t('packsConflictsIntro')}</p>
          {conflicts.map((conflict, i) => (
            <fieldset key={conflict.key} class="choice" data-testid="pack-conflict" data-form={conflict.key}>
              <legend>{t('packsConflictForm', conflict.form)}</legend>
              {conflict.options.map((option) => (
                <label key={option.packId}>
                  <input
                    type="radio"
                    name={`pack-conflict-${i}`}
                    value={option.packId}
                    checked={conflict.winner === option.packId}
                    disabled={busy}
                    onChange={() => props.onChooseWinner(conflict.key, option.packId)}
                  />{' '}
                  {option.label}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}
    </div>
  );
}

type PackRowProps = Pick<PackManagerProps, 't' | 'busy' | 'onImport' | 'onToggle' | 'onRemove' | 'onExport'> & {
  pack: PackSummary;
  /** The bundled glossary: export only. */
  builtIn: boolean;
};

function PackRow({ pack, builtIn, t, busy, onImport, onToggle, onRemove, onExport }: PackRowProps) {
  const [confirming, setConfirming] = useState(false);
  const updateInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: to "Cancel" when it appears, back to "Remove…" when it goes.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const details = [t('packsVersion', pack.version), t('termCount', pack.termCount)];
  if (pack.fileName) details.push(t('packsFromFile', pack.fileName));
  return (
    <li class="pack-item" data-testid="pack-row" data-pack={pack.id}>
      <div class="pack-head">
        <span class="pack-name" data-testid="pack-name">
          {pack.name}
        </span>
        {builtIn && <span class="pack-badge">{t('packsBundled')}</span>}
        <span class="hint" data-testid="pack-details">
          {details.join(' · ')}
        </span>
      </div>
      <div class="button-row">
        {!builtIn && (
          <Switch
            label={t('packsUse')}
            checked={pack.enabled}
            testId="pack-enabled"
            onChange={(enabled) => onToggle(pack.id, enabled)}
          />
        )}
        <button type="button" data-testid="pack-export-json" onClick={() => onExport(pack.id, 'json')}>
          {t('packsExportJson')}
        </button>
        <button type="button" data-testid="pack-export-csv" onClick={() => onExport(pack.id, 'csv')}>
          {t('packsExportCsv')}
        </button>
        {!builtIn && (
          <>
            <button
              type="button"
              data-testid="pack-update"
              disabled={busy}
              onClick={() => updateInput.current?.click()}
            >
              {t('packsUpdate')}
            </button>
            <FileInput inputRef={updateInput} testId="pack-update-file" onFile={(file) => onImport(file, pack.id)} />
            {!confirming && (
              <button
                ref={removeButton}
                type="button"
                data-testid="pack-remove"
                disabled={busy}
                onClick={() => setConfirming(true)}
              >
                {t('packsRemove')}
              </button>
            )}
          </>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby={`remove-${pack.id}`} data-testid="pack-remove-confirmation">
          <p id={`remove-${pack.id}`}>{t('packsRemoveConfirm', pack.name)}</p>
          <div class="button-row">
            <button
              type="button"
              class="danger"
              data-testid="pack-remove-confirm"
              onClick={() => {
                setConfirming(false);
                onRemove(pack.id);
              }}
            >
              {t('packsRemoveYes')}
            </button>
            <button
              ref={cancelButton}
              type="button"
              data-testid="pack-remove-cancel"
              onClick={() => setConfirming(false)}
            >
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function FileInput(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={props.inputRef}
      type="file"
      accept={ACCEPT}
      hidden
      data-testid={props.testId}
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        event.currentTarget.value = ''; // choosing the same file again still imports it
        if (file) props.onFile(file);
      }}
    />
  );
}

function Notice({ notice, t }: { notice: PackNotice | null; t: Translate }) {
  if (!notice) return <p class="status" role="status" data-testid="pack-status" />;
  const error = notice.kind === 'error';
  return (
    <div
      class={error ? 'notice error' : 'status'}
      role={error ? 'alert' : 'status'}
      data-testid={error ? 'pack-import-error' : 'pack-status'}
    >
      <p>{notice.text}</p>
      {notice.details.length > 0 && (
        <>
          {!error && <p>{t('packsImportNotes')}</p>}
          <ul data-testid="pack-messages">
            {notice.details.map((detail, i) => (
              <li key={i}>{detail}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
