import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import {
  checkSyncQuota,
  fromStorageItems,
  initializeSettings,
  itemBytes,
  loadSettings,
  saveSettings,
  SettingsTooLargeError,
  SYNC_QUOTA,
  toStorageItems,
  watchSettings,
} from '../../../utils/settings-store';
import { enforceSyncQuotas, QUOTA, type QuotaStorage } from './sync-quota';

/** Plausible host names of about 20 characters, as real site lists have. */
const sites = (count: number, stem = 'site') =>
  Array.from({ length: count }, (_, i) => `${stem}-${i}.news-example.com`);

const settingsWith = (change: Partial<Settings>): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...change });

let storage: QuotaStorage;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  storage = enforceSyncQuotas();
});

describe('the storage layout', () => {
  it('keeps the same quotas as the browsers', () => {
    expect(SYNC_QUOTA).toEqual(QUOTA);
  });

  it('puts the site lists in chunks under the per-item quota and the rest under "settings"', () => {
    const items = toStorageItems(settingsWith({ disabledSites: sites(1000), enabledSites: ['a.org'] }));
    expect(Object.keys(items).sort()).toEqual([
      'settings',
      'sites.disabled.0',
      'sites.disabled.1',
      'sites.disabled.2',
      'sites.disabled.3',
      'sites.enabled.0',
    ]);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(8192);
    expect(items.settings).toMatchObject({ version: 2, siteChunks: { disabledSites: 4, enabledSites: 1 } });
    expect(items.settings).not.toHaveProperty('disabledSites');
  });

  it('reads back what it wrote', () => {
    const settings = settingsWith({ disabledSites: sites(1000), enabledSites: sites(3, 'on'), theme: 'dark' });
    expect(fromStorageItems(toStorageItems(settings))).toEqual({ record: { version: 2, ...settings }, problems: [] });
  });

  it('reads a v1 record, which kept its list inline, as it is (for parseSettings to migrate)', () => {
    const v1 = { version: 1, disabledSites: ['example.com'], enabled: true };
    expect(fromStorageItems({ settings: v1 })).toEqual({ record: v1, problems: [] });
  });

  it('keeps the rest of a list when one of its chunks is missing or broken', () => {
    const items = toStorageItems(settingsWith({ disabledSites: sites(1000) }));
    const kept = [...(items['sites.disabled.0'] as string[]), ...(items['sites.disabled.3'] as string[])];
    delete items['sites.disabled.1'];
    items['sites.disabled.2'] = 'garbage';
    const { record, problems } = fromStorageItems(items);
    expect((record as Settings).disabledSites).toEqual(kept);
    expect(problems).toEqual(['"disabledSites": 2 of 4 stored parts missing or broken; kept the rest']);
  });

  it('throws a clear error when even the total quota would be exceeded', () => {
    const items = toStorageItems(settingsWith({ disabledSites: sites(5000) }));
    expect(() => checkSyncQuota(items)).toThrow(SettingsTooLargeError);
    expect(() => checkSyncQuota(items)).toThrow(/need 1\d\d\.\d KB but browser sync storage holds 100\.0 KB/);
  });
});

describe('the settings store over storage.sync', () => {
  it('saves and loads 1,000 sites within the quotas', async () => {
    const saved = await saveSettings({ disabledSites: sites(1000), siteMode: 'all-except' });
    expect(saved.disabledSites).toHaveLength(1000);
    expect(await storage.bytesInUse()).toBeLessThan(QUOTA.bytes);
    const { settings, problems } = await loadSettings();
    expect(problems).toEqual([]);
    expect(settings.disabledSites).toEqual(sites(1000));
    expect(storage.writes).toHaveLength(1); // one write operation for the whole change
  });

  it('rejects settings too large for sync with SettingsTooLargeError, and writes nothing', async () => {
    await saveSettings({ disabledSites: ['keep.org'], theme: 'dark' });
    const before = await storage.contents();
    await expect(saveSettings({ disabledSites: sites(6000), theme: 'light' })).rejects.toThrow(SettingsTooLargeError);
    expect(await storage.contents()).toEqual(before);
    expect((await loadSettings()).settings).toMatchObject({ disabledSites: ['keep.org'], theme: 'dark' });
  });

  it("turns the browser's own quota error into SettingsTooLargeError", async () => {
    // Something else already uses most of the area: our count cannot know, the browser's can.
    await fakeBrowser.storage.sync.set(Object.fromEntries(sites(12).map((key) => [key, 'x'.repeat(8000)])));
    await expect(saveSettings({ disabledSites: sites(1000) })).rejects.toThrow(SettingsTooLargeError);
  });

  it('removes the chunks a shorter list no longer needs', async () => {
    await saveSettings({ disabledSites: sites(1000) });
    await saveSettings({ disabledSites: sites(10) });
    const keys = Object.keys(await storage.contents()).sort();
    expect(keys).toEqual(['settings', 'sites.disabled.0']);
    expect((await loadSettings()).settings.disabledSites).toEqual(sites(10));
  });

  it('runs saves one after another, so quick changes never overwrite each other', async () => {
    await Promise.all([
      saveSettings({ theme: 'dark' }),
      saveSettings({ trigger: 'click' }),
      saveSettings({ hiddenCategories: ['business'] }),
    ]);
    expect((await loadSettings()).settings).toMatchObject({
      theme: 'dark',
      trigger: 'click',
      hiddenCategories: ['business'],
    });
  });

  it('a failed save does not stop the next one', async () => {
    await expect(saveSettings({ disabledSites: sites(6000) })).rejects.toThrow(SettingsTooLargeError);
    await saveSettings({ theme: 'dark' });
    expect((await loadSettings()).settings.theme).toBe('dark');
  });

  it('initializeSettings writes a v1 record back in the v2 layout and says it migrated', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { version: 1, disabledSites: ['Example.com', 'b.org'], trigger: 'click', showBadge: false },
    });
    const parsed = await initializeSettings();
    expect(parsed.migratedFrom).toBe(1);
    expect(await storage.contents()).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        disabledSites: undefined,
        enabledSites: undefined,
        version: 2,
        trigger: 'click',
        showBadge: false,
        siteChunks: { disabledSites: 1, enabledSites: 0 },
      },
      'sites.disabled.0': ['example.com', 'b.org'],
    });
    expect((await loadSettings()).migratedFrom).toBeNull();
  });

  it('repairs corrupt storage field by field, with problems', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { version: 2, enabled: 'yes', theme: 'dark', siteChunks: { disabledSites: 2, enabledSites: 'x' } },
      'sites.disabled.0': ['ok.org', 'bad site'],
    });
    const { settings, problems } = await loadSettings();
    expect(settings).toMatchObject({ enabled: true, theme: 'dark', disabledSites: ['ok.org'], enabledSites: [] });
    expect(problems).toEqual([
      '"disabledSites": 1 of 2 stored parts missing or broken; kept the rest',
      '"enabled": expected boolean; using the default',
      '"disabledSites": 1 entry is not a host name ("bad site"); kept the other 1',
    ]);
  });
});

describe('watchSettings', () => {
  it('reports each save once, with the whole site lists, and stops when aborted', async () => {
    const abort = new AbortController();
    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings), abort.signal);

    await saveSettings({ disabledSites: sites(1000) });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0].disabledSites).toHaveLength(1000);

    await saveSettings({ disabledSites: sites(2) }); // also removes three chunks: no second report for that
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
    expect(seen[1].disabledSites).toEqual(sites(2));

    abort.abort();
    await saveSettings({ theme: 'dark' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });

  it('ignores changes to keys that are not settings', async () => {
    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings), new AbortController().signal);
    await fakeBrowser.storage.sync.set({ somethingElse: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([]);
  });
});
