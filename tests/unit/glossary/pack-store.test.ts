/**
 * The pack store (utils/pack-store.ts) over WXT's fake browser storage. It
 * lives here, beside the other pack tests, rather than in tests/unit/utils/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../../../glossary/data';
import { importPack } from '../../../glossary/pack-import';
import type { Pack } from '../../../glossary/schema';
import {
  addPack,
  choosePackWinner,
  loadEffectivePacks,
  loadPackState,
  PACK_INDEX_KEY,
  packKey,
  PackRejectedError,
  removePack,
  setPackEnabled,
  watchEffectivePacks,
  watchPacks,
} from '../../../utils/pack-store';

const result = importPack(
  readFileSync(resolve(import.meta.dirname, '../../../glossary/data/samples/sample-pack.csv')),
  {
    fileName: 'sample-pack.csv',
  },
);
if (!result.ok) throw new Error(result.errors.join('\n'));
const sample = result.pack;
const other: Pack = {
  ...sample,
  id: 'other-pack',
  terms: [{ ...sample.terms[1], id: 'kite-labs', forms: { en: ['Kite Labs'], zh: [] } }],
  categories: sample.categories.filter((c) => c.id === 'outsourcing'),
};

const termIds = (packs: readonly Pack[]) => packs.flatMap((p) => p.terms.map((t) => t.id));
const everything = () => fakeBrowser.storage.local.get(null);

describe('the pack store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('starts with the bundled glossary alone', async () => {
    expect(await loadPackState()).toEqual({ installed: [], winners: new Map(), problems: [] });
    expect(await loadEffectivePacks()).toEqual([bundledPack]);
  });

  it('adds a pack, enabled, and the effective glossary includes its terms', async () => {
    expect(await addPack(sample, { fileName: 'sample-pack.csv' })).toEqual({ replaced: false });
    const state = await loadPackState();
    expect(state.installed).toEqual([
      { pack: sample, enabled: true, fileName: 'sample-pack.csv', importedAt: expect.any(Number) as number },
    ]);
    const effective = await loadEffectivePacks();
    expect(effective.map((p) => p.id)).toEqual([bundledPack.id, 'sample-pack']);
    expect(termIds(effective)).toContain('project-aurora');
  });

  it('replaces a pack with the same id in place, keeping its enabled flag', async () => {
    await addPack(sample);
    await addPack(other);
    await setPackEnabled('sample-pack', false);
    const updated = { ...sample, version: '1.1.0', terms: sample.terms.slice(1, 2) };
    expect(await addPack(updated, { fileName: 'v2.csv' })).toEqual({ replaced: true });
    const { installed } = await loadPackState();
    expect(installed.map((p) => [p.pack.id, p.pack.terms.length, p.enabled, p.fileName])).toEqual([
      ['sample-pack', 1, false, 'v2.csv'],
      ['other-pack', 1, true, undefined],
    ]);
  });

  it('refuses an invalid pack and the bundled glossary’s id, writing nothing', async () => {
    await addPack(other);
    const before = await everything();
    const broken = { ...sample, terms: [{ ...sample.terms[0], related: ['nobody'] }] };
    await expect(addPack(broken)).rejects.toThrow(PackRejectedError);
    await expect(addPack(broken)).rejects.toThrow(
      'The pack is not valid: term "northwind-biologics".related: unknown term "nobody"',
    );
    await expect(addPack({ ...sample, id: bundledPack.id })).rejects.toThrow(
      'The pack id "termlens-pharma" belongs to the bundled glossary.',
    );
    expect(await everything()).toEqual(before);
  });

  it('leaves storage as it was when the browser refuses the write (quota)', async () => {
    await addPack(other);
    const before = await everything();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(addPack(sample)).rejects.toThrow('QUOTA_BYTES quota exceeded');
    expect(await everything()).toEqual(before);
    expect(await addPack(sample)).toEqual({ replaced: false }); // and the queue goes on
  });

  it('disables and enables a pack', async () => {
    await addPack(sample);
    await setPackEnabled('sample-pack', false);
    expect(termIds(await loadEffectivePacks())).not.toContain('project-aurora');
    await setPackEnabled('sample-pack', true);
    expect(termIds(await loadEffectivePacks())).toContain('project-aurora');
  });

  it('keeps the user’s choice in a conflict', async () => {
    await addPack(sample);
    const ctmForms = async () =>
      (await loadEffectivePacks()).flatMap((p) => p.terms).find((t) => t.id === 'ctm')!.forms.en;
    expect(await ctmForms()).not.toContain('CTM');
    await choosePackWinner('ctm', bundledPack.id);
    expect(await ctmForms()).toContain('CTM');
    expect((await loadPackState()).winners).toEqual(new Map([['ctm', bundledPack.id]]));
  });

  it('removes a pack, its item and the choices that named it', async () => {
    await addPack(sample);
    await addPack(other);
    await choosePackWinner('ctm', 'sample-pack');
    await removePack('sample-pack');
    const stored = await everything();
    expect(Object.keys(stored).sort()).toEqual([packKey('other-pack'), PACK_INDEX_KEY]);
    expect((await loadPackState()).winners).toEqual(new Map());
  });

  it('skips a damaged stored pack with a problem, and keeps the others working', async () => {
    await addPack(sample);
    await addPack(other);
    await fakeBrowser.storage.local.set({ [packKey('sample-pack')]: { id: 'sample-pack', terms: 'lots' } });
    const state = await loadPackState();
    expect(state.installed.map((p) => p.pack.id)).toEqual(['other-pack']);
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]).toMatch(/^The pack "sample-pack" could not be read and is ignored: name: /);
    expect(termIds(await loadEffectivePacks())).toContain('kite-labs');
  });

  it('skips a pack stored under another id, or missing', async () => {
    await addPack(sample);
    await addPack(other);
    await fakeBrowser.storage.local.set({ [packKey('sample-pack')]: other });
    await fakeBrowser.storage.local.remove(packKey('other-pack'));
    expect((await loadPackState()).problems).toEqual([
      'The pack "sample-pack" could not be read and is ignored: it holds the pack "other-pack".',
      'The pack "other-pack" could not be read and is ignored: it is missing from storage.',
    ]);
  });

  it('rebuilds a damaged list of packs from the pack items it finds', async () => {
    await addPack(sample);
    await fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: { version: 1, packs: 'oops' } });
    const state = await loadPackState();
    expect(state.installed.map((p) => [p.pack.id, p.enabled])).toEqual([['sample-pack', true]]);
    expect(state.problems).toEqual([
      'The list of glossary packs was damaged; it was rebuilt from the packs found, all enabled.',
    ]);
  });

  it('falls back to the bundled glossary when storage cannot be read at all', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await loadEffectivePacks()).toEqual([bundledPack]);
    expect((await loadPackState()).problems).toEqual(['The glossary packs could not be read.']);
  });

  it('stores conflict choices as pairs, so no form becomes an object key', async () => {
    await choosePackWinner('__proto__', 'sample-pack');
    await choosePackWinner('constructor', bundledPack.id);
    const index = (await fakeBrowser.storage.local.get(PACK_INDEX_KEY))[PACK_INDEX_KEY] as { winners: unknown };
    expect(index.winners).toEqual([
      ['__proto__', 'sample-pack'],
      ['constructor', bundledPack.id],
    ]);
    expect((await loadPackState()).winners.get('constructor')).toBe(bundledPack.id);
  });
});

describe('watching the packs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls back on pack changes only, until aborted', async () => {
    const abort = new AbortController();
    const onChange = vi.fn();
    watchPacks(onChange, abort.signal);
    await addPack(sample);
    expect(onChange).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(onChange).toHaveBeenCalledTimes(1);
    abort.abort();
    await setPackEnabled('sample-pack', false);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('delivers the effective packs once loaded, then after each change', async () => {
    const abort = new AbortController();
    const calls: [string[], boolean][] = [];
    watchEffectivePacks((packs, changed) => calls.push([packs.map((p) => p.id), changed]), abort.signal);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await addPack(sample);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual([
      [[bundledPack.id], false],
      [[bundledPack.id, 'sample-pack'], true],
    ]);
    abort.abort();
  });
});
