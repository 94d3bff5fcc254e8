import './pack-manager.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { bundledPack } from '../glossary/data';
import type { FormConflict } from '../glossary/merge-packs';
import { exportPack, type ExportFormat, type PackFile } from '../glossary/pack-export';
import { checkPackFileSize, importPack, packIdFromFileName } from '../glossary/pack-import';
import type { Lang, Pack } from '../glossary/schema';
import type { Translate } from '../utils/i18n';
import {
  addPack,
  choosePackWinner,
  loadPackState,
  mergeInstalledPacks,
  removePack,
  setPackEnabled,
  watchPacks,
  type PackState,
} from '../utils/pack-store';
import { OptionsSection } from './options/OptionsSection';
import { PackManager, type PackConflictView, type PackNotice, type PackSummary } from './PackManager';

export interface PackManagerSectionProps {
  t: Translate;
  lang: Lang;
}

/**
 * The options page's "Glossary packs" section: wires the pack manager to the
 * pack store and to files (import, export, enable, remove, conflicts).
 */
export function PackManagerSection({ t, lang }: PackManagerSectionProps) {
  const [state, setState] = useState<PackState | null>(null);
  const [notice, setNotice] = useState<PackNotice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    let latest = 0;
    const reload = () => {
      const read = ++latest;
      void loadPackState().then((next) => {
        if (read === latest && !abort.signal.aborted) setState(next);
      });
    };
    watchPacks(reload, abort.signal);
    reload();
    return () => abort.abort();
  }, []);

  const merged = useMemo(() => state && mergeInstalledPacks(state), [state]);
  if (!state || !merged) return null;

  const packById = (id: string): Pack | undefined =>
    id === bundledPack.id ? bundledPack : state.installed.find((entry) => entry.pack.id === id)?.pack;

  /** Runs a change with the controls waiting; a failure is shown (the store writes all or nothing). */
  const run = async (change: () => Promise<PackNotice | null>) => {
    setBusy(true);
    try {
      const result = await change();
      if (result) setNotice(result);
    } catch (error) {
      setNotice({ kind: 'error', text: t('packsSaveFailed', errorText(error)), details: [] });
    } finally {
      setBusy(false);
    }
  };

  const importFile = (file: File, replaceId?: string) =>
    run(async () => {
      const failed = (details: string[]): PackNotice => ({
        kind: 'error',
        text: t('packsImportFailed', file.name),
        details,
      });
      // Before reading it: a huge file is refused without loading it into memory.
      const tooBig = checkPackFileSize(file.size);
      if (tooBig) return failed([tooBig]);
      // A CSV re-imported over a pack keeps that pack's name and version; JSON brings its own.
      const targetId = replaceId ?? (/\.json$/i.test(file.name) ? undefined : packIdFromFileName(file.name));
      const existing = targetId === undefined ? undefined : packById(targetId);
      const result = importPack(new Uint8Array(await file.arrayBuffer()), {
        fileName: file.name,
        reservedPackIds: [bundledPack.id],
        packId: replaceId,
        packName: existing && existing !== bundledPack ? existing.name : undefined,
        packVersion: existing && existing !== bundledPack ? existing.version : undefined,
      });
      if (!result.ok) return failed(result.errors);
      const { replaced } = await addPack(result.pack, { fileName: file.name });
      return {
        kind: 'done',
        text: t(replaced ? 'packsUpdated' : 'packsImported', result.pack.name[lang]),
        details: result.warnings,
      };
    });

  const exportFile = (id: string, format: ExportFormat) => {
    const pack = packById(id);
    if (pack) downloadFile(exportPack(pack, format));
  };

  const summary = (pack: Pack, enabled: boolean, fileName?: string): PackSummary => ({
    id: pack.id,
    name: pack.name[lang],
    version: pack.version,
    termCount: pack.terms.length,
    enabled,
    fileName,
  });

  return (
    <OptionsSection id="packs" title={t('packsTitle')}>
      <PackManager
        t={t}
        bundled={summary(bundledPack, true)}
        packs={state.installed.map((entry) => summary(entry.pack, entry.enabled, entry.fileName))}
        conflicts={merged.conflicts.map((conflict) => conflictView(conflict, packById, lang))}
        notice={notice}
        problems={state.problems}
        busy={busy}
        onImport={(file, replaceId) => void importFile(file, replaceId)}
        onToggle={(id, enabled) => {
          // Shown at once; the storage change that follows confirms it.
          setState({
            ...state,
            installed: state.installed.map((entry) => (entry.pack.id === id ? { ...entry, enabled } : entry)),
          });
          void run(async () => {
            await setPackEnabled(id, enabled);
            return null;
          });
        }}
        onRemove={(id) => {
          const name = packById(id)?.name[lang] ?? id;
          void run(async () => {
            await removePack(id);
            return { kind: 'done', text: t('packsRemoved', name), details: [] };
          });
        }}
        onExport={exportFile}
        onChooseWinner={(key, packId) => {
          setState({ ...state, winners: new Map(state.winners).set(key, packId) });
          void run(async () => {
            await choosePackWinner(key, packId);
            return null;
          });
        }}
      />
    </OptionsSection>
  );
}

/** A conflict for the view: one option per pack, labelled "Pack: term (expansion)". */
function conflictView(
  conflict: FormConflict,
  packById: (id: string) => Pack | undefined,
  lang: Lang,
): PackConflictView {
  const options: PackConflictView['options'] = [];
  for (const claim of conflict.claims) {
    const pack = packById(claim.packId);
    const term = pack?.terms.find((t) => t.id === claim.termId);
    const termLabel = term?.expansion ? `${term.name[lang]} (${term.expansion[lang]})` : claim.termName[lang];
    const option = options.find((o) => o.packId === claim.packId);
    if (option) option.label += ` / ${termLabel}`;
    else options.push({ packId: claim.packId, label: `${pack?.name[lang] ?? claim.packId}: ${termLabel}` });
  }
  return { key: conflict.key, form: conflict.form, options, winner: conflict.winner };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Offers a file for download through an object URL. */
function downloadFile(file: PackFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  // The download has started by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
