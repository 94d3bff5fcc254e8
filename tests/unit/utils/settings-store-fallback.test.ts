/**
 * Where storage.sync is missing or refuses, settings live in storage.local
 * (utils/settings-store.ts). tests/firefox/extension.test.ts shows the same in
 * real Firefox, with a temporary add-on id.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';

// The store picks its storage area once per extension context, so each test gets a fresh module.
async function freshStore() {
  vi.resetModules();
  return import('../../../utils/settings-store');
}

/** Makes every storage.sync call reject, as Firefox does for a temporary add-on without a gecko id. */
function refuseSync() {
  const error = new Error('The storage API will not work with a temporary addon ID.');
  for (const method of ['get', 'set', 'remove'] as const) {
    vi.spyOn(fakeBrowser.storage.sync, method).mockRejectedValue(error);
  }
}

async function storedSettings(area: 'sync' | 'local'): Promise<unknown> {
  return (await fakeBrowser.storage[area].get('settings')).settings;
}

describe('the settings store where storage.sync is unavailable', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('uses storage.sync, without a warning, where sync works', async () => {
    const store = await freshStore();
    await store.saveSettings({ highlightStyle: 'background' });
    expect(await storedSettings('sync')).toMatchObject({ highlightStyle: 'background' });
    expect(await storedSettings('local')).toBeUndefined();
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('keeps the settings in storage.local, with one warning, when storage.sync rejects', async () => {
    refuseSync();
    const store = await freshStore();
    await store.initializeSettings();
    expect((await store.saveSettings({ enabled: false })).enabled).toBe(false);
    expect(await storedSettings('local')).toMatchObject({ enabled: false });
    const loaded = await store.loadSettings();
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(loaded.problems).toEqual([]);
    const warnings = vi.mocked(console.warn).mock.calls.filter(([text]) => String(text).includes('storage.sync'));
    expect(warnings).toHaveLength(1);
  });

  it('keeps the settings in storage.local when the browser has no storage.sync', async () => {
    vi.spyOn(fakeBrowser.storage, 'sync', 'get').mockReturnValue(
      undefined as unknown as typeof fakeBrowser.storage.sync,
    );
    const store = await freshStore();
    await store.saveSettings({ theme: 'dark' });
    expect(await storedSettings('local')).toMatchObject({ theme: 'dark' });
    expect((await store.loadSettings()).settings.theme).toBe('dark');
  });

  it('reports changes from storage.local then, and ignores storage.sync', async () => {
    refuseSync();
    const store = await freshStore();
    const seen: Settings[] = [];
    const abort = new AbortController();
    store.watchSettings((settings) => seen.push(settings), abort.signal);

    await fakeBrowser.storage.onChanged.trigger({ settings: { newValue: { theme: 'dark' } } }, 'sync');
    await store.saveSettings({ enabled: false });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ enabled: false, theme: DEFAULT_SETTINGS.theme });
    abort.abort();
  });
});
