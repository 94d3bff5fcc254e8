/**
 * The one place settings are read from and written to extension storage:
 * `storage.sync`, or `storage.local` where sync is unavailable.
 *
 * Layout, shaped by storage.sync's quotas (8 KB per item, 100 KB in all):
 * the site lists, which can grow to thousands of hosts, live in chunks
 * (`sites.disabled.0`, `sites.disabled.1`, …) each under the per-item quota;
 * everything else lives under `settings`, with the chunk counts.
 */
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SETTINGS_VERSION,
  SITE_LIST_KEYS,
  type ParsedSettings,
  type Settings,
  type SiteListKey,
} from './settings';

const KEY = 'settings';
/** The field of the `settings` record that says how many chunks each site list has. */
const CHUNKS_FIELD = 'siteChunks';
const CHUNK_PREFIX: Record<SiteListKey, string> = { disabledSites: 'sites.disabled', enabledSites: 'sites.enabled' };

/** storage.sync's limits: the same in Chromium (chrome.storage.sync.QUOTA_BYTES…) and Firefox. */
export const SYNC_QUOTA = { bytesPerItem: 8192, bytes: 102_400, maxItems: 512 } as const;

/** Thrown by `saveSettings` when the settings would not fit into storage.sync; nothing was written. */
export class SettingsTooLargeError extends Error {
  constructor(
    /** Bytes the settings would take. */
    readonly bytes: number,
    readonly limit: number = SYNC_QUOTA.bytes,
  ) {
    super(
      `The settings need ${formatKB(bytes)} but browser sync storage holds ${formatKB(limit)}; ` +
        'remove some sites from the site lists.',
    );
    this.name = 'SettingsTooLargeError';
  }
}

type AreaName = 'sync' | 'local';
let settingsArea: Promise<AreaName> | undefined;

/**
 * Which storage area holds the settings, decided once per extension context.
 * Settings follow the user through `storage.sync`, but sync is not everywhere:
 * Firefox rejects every sync call from a temporary add-on without an explicit
 * gecko id, and some Chromium builds have no `storage.sync` at all. There the
 * settings stay on this device rather than failing to save.
 */
function chooseSettingsArea(): Promise<AreaName> {
  settingsArea ??= (async (): Promise<AreaName> => {
    try {
      // The property is typed as always present; at run time it may not be.
      if (!(browser.storage.sync as typeof browser.storage.sync | undefined)) {
        throw new Error('this browser has no storage.sync');
      }
      await browser.storage.sync.get(KEY);
      return 'sync';
    } catch (error) {
      console.warn('[TermLens] storage.sync is unavailable; keeping settings in storage.local', error);
      return 'local';
    }
  })();
  return settingsArea;
}

/** Loads settings; corrupt values fall back to defaults with a warning, never an error. */
export async function loadSettings(): Promise<ParsedSettings> {
  let stored: { record: unknown; problems: string[] };
  try {
    stored = await readStoredRecord(await chooseSettingsArea());
  } catch (error) {
    console.warn('[TermLens] could not read settings; using defaults', error);
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      problems: ['settings could not be read'],
      migratedFrom: null,
    };
  }
  const parsed = parseSettings(stored.record);
  parsed.problems.unshift(...stored.problems);
  if (parsed.problems.length > 0) console.warn('[TermLens] settings repaired:', parsed.problems.join('; '));
  return parsed;
}

/**
 * Merges a change into the stored settings and returns the result. Saves run
 * one after another, so quick successive changes never overwrite each other.
 * Rejects with `SettingsTooLargeError` when they would not fit into
 * storage.sync; then nothing is written.
 */
export function saveSettings(change: Partial<Settings>): Promise<Settings> {
  return enqueue(async () => {
    const { settings } = await loadSettings();
    const next = { ...settings, ...change };
    await writeSettings(next);
    return next;
  });
}

/**
 * Writes the stored settings back in the current version and layout, keeping
 * whatever is valid: run on install and update. Tells what it found, so the
 * caller knows whether a migration ran.
 */
export function initializeSettings(): Promise<ParsedSettings> {
  return enqueue(async () => {
    const parsed = await loadSettings();
    await writeSettings(parsed.settings);
    return parsed;
  });
}

/** Calls `onChange` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  let latest = 0;
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    // Removing chunks a shorter list left behind changes nothing a reader sees.
    const relevant = Object.entries(changes).some(
      ([key, change]) => key === KEY || (isChunkKey(key) && change.newValue != null),
    );
    if (!relevant || signal.aborted) return;
    // A site list may span several items: read them all, and let only the newest read through.
    const read = ++latest;
    void loadSettings().then(({ settings }) => {
      if (read === latest && !signal.aborted) onChange(settings);
    });
  };
  // The settings area's own event, not storage.onChanged: that one would also hand every tab
  // the full old and new values of each glossary pack written to storage.local.
  void chooseSettingsArea().then((areaName) => {
    if (signal.aborted) return;
    const event = browser.storage[areaName].onChanged;
    event.addListener(listener);
    signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
  });
}

let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

async function readStoredRecord(areaName: AreaName): Promise<{ record: unknown; problems: string[] }> {
  const area = browser.storage[areaName];
  // Most readers have short lists: one read fetches the record and both first chunks.
  const first = await area.get([KEY, ...SITE_LIST_KEYS.map((list) => chunkKey(list, 0))]);
  const more = SITE_LIST_KEYS.flatMap((list) => {
    const count = chunkCounts(first[KEY])[list];
    return Array.from({ length: Math.max(0, count - 1) }, (_, i) => chunkKey(list, i + 1));
  });
  return fromStorageItems(more.length > 0 ? { ...first, ...(await area.get(more)) } : first);
}

async function writeSettings(settings: Settings): Promise<void> {
  const areaName = await chooseSettingsArea();
  const area = browser.storage[areaName];
  const items = toStorageItems(settings);
  if (areaName === 'sync') checkSyncQuota(items);
  const previous = chunkCounts((await area.get(KEY))[KEY]);
  try {
    await area.set(items);
  } catch (error) {
    // Our count cannot see other items in the area; the browser's own quota check can.
    if (/quota/i.test(String(error))) throw new SettingsTooLargeError(storageBytes(items));
    throw error;
  }
  const stale = SITE_LIST_KEYS.flatMap((list) =>
    Array.from({ length: previous[list] }, (_, i) => chunkKey(list, i)).filter((key) => !(key in items)),
  );
  if (stale.length > 0) await area.remove(stale);
}

// --- The storage layout (pure) ------------------------------------------------

const encoder = new TextEncoder();

function chunkKey(list: SiteListKey, index: number): string {
  return `${CHUNK_PREFIX[list]}.${index}`;
}

function isChunkKey(key: string): boolean {
  return SITE_LIST_KEYS.some((list) => key.startsWith(`${CHUNK_PREFIX[list]}.`));
}

/** What storage.sync counts against its quotas for one item: the key plus its value as JSON, in bytes. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

export function storageBytes(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
}

/** Throws `SettingsTooLargeError` when these items would break a storage.sync quota. */
export function checkSyncQuota(items: Record<string, unknown>): void {
  const bytes = storageBytes(items);
  if (bytes > SYNC_QUOTA.bytes) throw new SettingsTooLargeError(bytes);
  if (Object.keys(items).length > SYNC_QUOTA.maxItems) throw new SettingsTooLargeError(bytes);
  for (const [key, value] of Object.entries(items)) {
    if (itemBytes(key, value) > SYNC_QUOTA.bytesPerItem) throw new SettingsTooLargeError(bytes);
  }
}

/** The storage items for these settings: site lists chunked under the per-item quota, the rest under `settings`. */
export function toStorageItems(settings: Settings): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  const counts = {} as Record<SiteListKey, number>;
  const record: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [key, value] of Object.entries(settings)) {
    if (!(SITE_LIST_KEYS as readonly string[]).includes(key)) record[key] = value;
  }
  for (const list of SITE_LIST_KEYS) {
    const chunks = chunkSites(settings[list], (index) => chunkKey(list, index));
    chunks.forEach((chunk, index) => (items[chunkKey(list, index)] = chunk));
    counts[list] = chunks.length;
  }
  items[KEY] = { ...record, [CHUNKS_FIELD]: counts };
  return items;
}

/** Splits a site list into arrays that each fit one item, with their key, under the per-item quota. */
function chunkSites(sites: readonly string[], keyOf: (index: number) => string): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let bytes = 0;
  for (const site of sites) {
    const cost = encoder.encode(JSON.stringify(site)).length + 1; // the site and its comma
    if (chunk.length > 0 && bytes + cost > SYNC_QUOTA.bytesPerItem) {
      chunks.push(chunk);
      chunk = [];
    }
    if (chunk.length === 0) bytes = encoder.encode(keyOf(chunks.length)).length + 2; // the key and "[]"
    chunk.push(site);
    bytes += cost;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** The chunk counts a stored record declares; zero for a list it does not chunk (a v1 record, or corrupt counts). */
function chunkCounts(record: unknown): Record<SiteListKey, number> {
  const declared = isObject(record) && isObject(record[CHUNKS_FIELD]) ? record[CHUNKS_FIELD] : {};
  const count = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= SYNC_QUOTA.maxItems ? value : 0;
  return { disabledSites: count(declared.disabledSites), enabledSites: count(declared.enabledSites) };
}

/**
 * The settings record from storage items: the site lists joined from their
 * chunks. A record without chunk counts (v1 kept its list inline) is returned
 * as it is, for `parseSettings` to migrate. A missing or broken chunk costs
 * only its own sites, with a problem.
 */
export function fromStorageItems(items: Record<string, unknown>): { record: unknown; problems: string[] } {
  const stored = items[KEY];
  if (!isObject(stored) || !(CHUNKS_FIELD in stored)) return { record: stored, problems: [] };
  const record: Record<string, unknown> = { ...stored };
  delete record[CHUNKS_FIELD];
  const counts = chunkCounts(stored);
  const problems: string[] = [];
  for (const list of SITE_LIST_KEYS) {
    const sites: unknown[] = [];
    let broken = 0;
    for (let i = 0; i < counts[list]; i++) {
      const chunk = items[chunkKey(list, i)];
      if (Array.isArray(chunk)) sites.push(...(chunk as unknown[]));
      else broken++;
    }
    if (broken > 0)
      problems.push(`"${list}": ${broken} of ${counts[list]} stored parts missing or broken; kept the rest`);
    record[list] = sites;
  }
  return { record, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatKB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
