/**
 * A Preact hook over the settings store for extension pages (popup, options):
 * the current settings, the problems found when reading them, and a setter.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from './settings';
import { loadSettings, saveSettings, watchSettings } from './settings-store';

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    const abort = new AbortController();
    void loadSettings().then((parsed) => {
      setSettings(parsed.settings);
      setProblems(parsed.problems);
    });
    watchSettings(setSettings, abort.signal);
    return () => abort.abort();
  }, []);

  const update = (change: Partial<Settings>) => {
    setSettings((previous) => (previous ? { ...previous, ...change } : previous));
    void saveSettings(change);
  };
  return { settings, problems, update };
}
