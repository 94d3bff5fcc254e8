/**
 * A Preact hook over the settings store for extension pages (popup, options):
 * the current settings, the problems found when reading them, a setter, and
 * the error of the last save that failed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from './settings';
import { loadSettings, saveSettings, watchSettings } from './settings-store';

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saveError, setSaveError] = useState<Error | null>(null);
  // While our own saves are under way, storage events would show their in-between states.
  const saving = useRef(0);

  useEffect(() => {
    const abort = new AbortController();
    void loadSettings().then((parsed) => {
      if (abort.signal.aborted) return;
      setSettings(parsed.settings);
      setProblems(parsed.problems);
    });
    watchSettings((next) => {
      if (saving.current === 0) setSettings(next);
    }, abort.signal);
    return () => abort.abort();
  }, []);

  /** Saves a change; resolves to whether it was saved. The view shows it at once and goes back if it fails. */
  const save = async (change: Partial<Settings>): Promise<boolean> => {
    setSettings((previous) => (previous ? { ...previous, ...change } : previous));
    saving.current++;
    try {
      const saved = await saveSettings(change);
      if (--saving.current === 0) setSettings(saved);
      setSaveError(null);
      return true;
    } catch (error) {
      saving.current--;
      setSaveError(error instanceof Error ? error : new Error(String(error)));
      if (saving.current === 0) setSettings((await loadSettings()).settings);
      return false;
    }
  };

  const update = (change: Partial<Settings>): void => void save(change);
  return { settings, problems, saveError, update, save };
}
