/**
 * Makes the fake browser's storage.sync enforce the real quotas, as Chromium
 * does (chrome.storage.sync.QUOTA_BYTES_PER_ITEM, QUOTA_BYTES, MAX_ITEMS): a
 * `set` that would break one fails and writes nothing.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const QUOTA = { bytesPerItem: 8192, bytes: 102_400, maxItems: 512 };

const bytesOf = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

export interface QuotaStorage {
  /** Every `set` call that reached the storage (failed ones included). */
  writes: Record<string, unknown>[];
  /** Everything stored now. */
  contents(): Promise<Record<string, unknown>>;
  bytesInUse(): Promise<number>;
}

export function enforceSyncQuotas(): QuotaStorage {
  const sync = fakeBrowser.storage.sync;
  const set = sync.set.bind(sync);
  const writes: Record<string, unknown>[] = [];
  const contents = () => sync.get(null);
  const enforcedSet = async (items: Record<string, unknown>) => {
    writes.push(items);
    const next = { ...(await contents()), ...items };
    for (const [key, value] of Object.entries(items)) {
      if (bytesOf(key, value) > QUOTA.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const total = Object.entries(next).reduce((sum, [key, value]) => sum + bytesOf(key, value), 0);
    if (total > QUOTA.bytes) throw new Error('QUOTA_BYTES quota exceeded');
    if (Object.keys(next).length > QUOTA.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    await set(items);
  };
  const guarded = { ...sync, set: enforcedSet } as unknown as typeof sync;
  vi.spyOn(fakeBrowser.storage, 'sync', 'get').mockReturnValue(guarded);
  return {
    writes,
    contents,
    async bytesInUse() {
      return Object.entries(await contents()).reduce((sum, [key, value]) => sum + bytesOf(key, value), 0);
    },
  };
}
