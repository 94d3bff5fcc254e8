/**
 * The one place settings are read from and written to `storage.sync`.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type ParsedSettings, type Settings } from './settings';

const KEY = 'settings';

/** Loads settings; corrupt values fall back to defaults with a warning, never an error. */
export async function loadSettings(): Promise<ParsedSettings> {
  let raw: unknown;
  try {
    raw = (await browser.storage.sync.get(KEY))[KEY];
  } catch (error) {
    console.warn('[TermLens] could not read settings; using defaults', error);
    return { settings: structuredClone(DEFAULT_SETTINGS), problems: ['settings could not be read'] };
  }
  const parsed = parseSettings(raw);
  if (parsed.problems.length > 0) console.warn('[TermLens] settings repaired:', parsed.problems.join('; '));
  return parsed;
}

/** Merges a change into the stored settings. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...change };
  await browser.storage.sync.set({ [KEY]: { version: SETTINGS_VERSION, ...next } });
  return next;
}

/** Writes the defaults, keeping whatever valid settings are already stored. */
export async function initializeSettings(): Promise<void> {
  const { settings } = await loadSettings();
  await browser.storage.sync.set({ [KEY]: { version: SETTINGS_VERSION, ...settings } });
}

/** Calls `onChange` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(KEY in changes)) return;
    onChange(parseSettings(changes[KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
