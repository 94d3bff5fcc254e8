/**
 * The user's glossary packs in `storage.local` (packs outgrow storage.sync's
 * quotas), and the effective glossary built from them.
 *
 * Layout: each pack under its own key, `glossaryPack:<id>`, so one damaged
 * pack costs only itself and an update rewrites one item; the list of packs
 * (order, enabled flags) and the user's conflict choices under
 * `glossaryPacks`. Every pack is validated with `lintPack` when it is read:
 * a damaged one is skipped with a problem message, never an error.
 *
 * Issue: "User glossary packs" (issues show 8).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { bundledPack } from '../glossary/data';
import { lintPack } from '../glossary/lint';
import { mergePacks, type MergedPacks } from '../glossary/merge-packs';
import { kebabId, type Pack } from '../glossary/schema';

export const PACK_INDEX_KEY = 'glossaryPacks';
export const PACK_KEY_PREFIX = 'glossaryPack:';
const INDEX_VERSION = 1;

// No eval under the extension CSP (see glossary/schema.ts).
z.config({ jitless: true });

export function packKey(id: string): string {
  return `${PACK_KEY_PREFIX}${id}`;
}

const indexSchema = z.object({
  version: z.literal(INDEX_VERSION),
  packs: z.array(
    z.object({
      id: kebabId,
      enabled: z.boolean(),
      /** The file the pack was last imported from, shown to the user. */
      fileName: z.string().max(300).optional(),
      /** Milliseconds since the epoch, of the last import. */
      importedAt: z.number().optional(),
    }),
  ),
  /** [form key, winning pack id] pairs; pairs, not a record, so no form can become an object key. */
  winners: z.array(z.tuple([z.string(), z.string()])).default([]),
});
type PackIndex = z.output<typeof indexSchema>;
type PackEntry = PackIndex['packs'][number];

/** A pack in the store, with what the store knows about it. */
export interface InstalledPack extends Omit<PackEntry, 'id'> {
  pack: Pack;
}

export interface PackState {
  /** Readable packs, oldest first. */
  installed: InstalledPack[];
  /** Form key → the pack the user chose to keep it. */
  winners: Map<string, string>;
  /** What could not be read and was skipped, for the options page to show. */
  problems: string[];
}

const emptyIndex = (): PackIndex => ({ version: INDEX_VERSION, packs: [], winners: [] });

/** Reads the index; an unreadable one is rebuilt from the pack items found, with a problem. */
async function readIndex(problems: string[]): Promise<PackIndex> {
  const raw = (await browser.storage.local.get(PACK_INDEX_KEY))[PACK_INDEX_KEY];
  if (raw === undefined) return emptyIndex();
  const parsed = indexSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push('The list of glossary packs was damaged; it was rebuilt from the packs found, all enabled.');
  const everything = await browser.storage.local.get(null);
  const ids = Object.keys(everything)
    .filter((key) => key.startsWith(PACK_KEY_PREFIX))
    .map((key) => key.slice(PACK_KEY_PREFIX.length))
    .filter((id) => kebabId.safeParse(id).success)
    .sort();
  return { version: INDEX_VERSION, packs: ids.map((id) => ({ id, enabled: true })), winners: [] };
}

/** Every installed pack that passes lintPack, the conflict choices, and what was skipped. */
export async function loadPackState(): Promise<PackState> {
  const problems: string[] = [];
  let index: PackIndex;
  let items: Record<string, unknown>;
  try {
    index = await readIndex(problems);
    items =
      index.packs.length > 0 ? await browser.storage.local.get(index.packs.map((entry) => packKey(entry.id))) : {};
  } catch (error) {
    console.warn('[TermLens] could not read glossary packs; using the bundled glossary only', error);
    return { installed: [], winners: new Map(), problems: ['The glossary packs could not be read.'] };
  }
  const installed: InstalledPack[] = [];
  for (const entry of index.packs) {
    const raw = items[packKey(entry.id)];
    const problem = raw === undefined ? 'it is missing from storage' : checkStoredPack(raw, entry.id);
    if (typeof problem === 'string') {
      problems.push(`The pack "${entry.id}" could not be read and is ignored: ${problem}.`);
      continue;
    }
    installed.push({
      enabled: entry.enabled,
      fileName: entry.fileName,
      importedAt: entry.importedAt,
      pack: problem.pack,
    });
  }
  if (problems.length > 0) console.warn('[TermLens] glossary packs skipped:', problems.join(' '));
  return { installed, winners: new Map(index.winners), problems };
}

function checkStoredPack(raw: unknown, id: string): string | { pack: Pack } {
  const { pack, errors } = lintPack(raw);
  if (!pack || errors.length > 0) return errors.slice(0, 3).join('; ') || 'it is not a glossary pack';
  if (pack.id !== id) return `it holds the pack "${pack.id}"`;
  return { pack };
}

/** The bundled pack merged with the enabled user packs, and the conflicts between them. */
export function mergeInstalledPacks(state: Pick<PackState, 'installed' | 'winners'>): MergedPacks {
  const enabled = state.installed.filter((entry) => entry.enabled).map((entry) => entry.pack);
  return mergePacks(bundledPack, enabled, { winners: state.winners });
}

/**
 * The packs the matcher, tooltips and search should use: the bundled pack
 * (minus forms the user gave to a pack) and the enabled user packs, term ids
 * scoped by pack. Never rejects: on any storage problem, the bundled pack.
 */
export async function loadEffectivePacks(): Promise<Pack[]> {
  try {
    return mergeInstalledPacks(await loadPackState()).packs;
  } catch (error) {
    console.warn('[TermLens] could not build the effective glossary; using the bundled glossary', error);
    return [bundledPack];
  }
}

/** Writes run one after another, so two quick changes never overwrite each other's index. */
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(write: () => Promise<T>): Promise<T> {
  const next = queue.then(write, write);
  queue = next.catch(() => undefined);
  return next;
}

/** Changes the index (read fresh inside the write queue). */
function updateIndex(change: (index: PackIndex) => void): Promise<void> {
  return enqueue(async () => {
    const index = await readIndex([]);
    change(index);
    await browser.storage.local.set({ [PACK_INDEX_KEY]: index });
  });
}

/** Thrown by addPack when the pack is not valid or would replace the bundled glossary; nothing was written. */
export class PackRejectedError extends Error {
  override name = 'PackRejectedError';
}

/**
 * Installs a pack, or replaces the installed pack with the same id (keeping
 * its place and enabled flag). The pack and the index are written in one
 * `set`, so an import is all or nothing. Resolves to whether a pack was replaced.
 */
export function addPack(pack: Pack, meta: { fileName?: string } = {}): Promise<{ replaced: boolean }> {
  return enqueue(async () => {
    if (pack.id === bundledPack.id)
      throw new PackRejectedError(`The pack id "${pack.id}" belongs to the bundled glossary.`);
    const { pack: valid, errors } = lintPack(pack);
    if (!valid || errors.length > 0)
      throw new PackRejectedError(`The pack is not valid: ${errors.slice(0, 3).join('; ')}`);
    const index = await readIndex([]);
    const entry: PackEntry = {
      id: valid.id,
      enabled: true,
      fileName: meta.fileName?.slice(0, 300),
      importedAt: Date.now(),
    };
    const at = index.packs.findIndex((p) => p.id === valid.id);
    if (at >= 0) index.packs[at] = { ...entry, enabled: index.packs[at].enabled };
    else index.packs.push(entry);
    await browser.storage.local.set({ [packKey(valid.id)]: valid, [PACK_INDEX_KEY]: index });
    return { replaced: at >= 0 };
  });
}

/** Removes a pack and the conflict choices that named it. */
export function removePack(id: string): Promise<void> {
  return enqueue(async () => {
    const index = await readIndex([]);
    index.packs = index.packs.filter((entry) => entry.id !== id);
    index.winners = index.winners.filter(([, winner]) => winner !== id);
    await browser.storage.local.set({ [PACK_INDEX_KEY]: index });
    await browser.storage.local.remove(packKey(id));
  });
}

export function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  return updateIndex((index) => {
    for (const entry of index.packs) if (entry.id === id) entry.enabled = enabled;
  });
}

/** Keeps `form key` for the terms of `packId` (the bundled pack's id for the bundled glossary). */
export function choosePackWinner(key: string, packId: string): Promise<void> {
  return updateIndex((index) => {
    index.winners = [...index.winners.filter(([k]) => k !== key), [key, packId]];
  });
}

/** Whether a storage change touches the packs. */
function isPackChange(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((key) => key === PACK_INDEX_KEY || key.startsWith(PACK_KEY_PREFIX));
}

/**
 * Calls `onChange` after any change to the packs, until `signal` aborts.
 * Listens to `storage.local` only. Note that storage change events carry
 * the whole new and old values — a pack can be megabytes — to every context
 * that listens: don't call this from content scripts (the background can
 * tell tabs instead).
 */
export function watchPacks(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>) => {
    if (!signal.aborted && isPackChange(changes)) onChange();
  };
  browser.storage.local.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.local.onChanged.removeListener(listener), { once: true });
}

/**
 * Keeps a consumer's effective packs current: calls `onChange` with them once
 * loaded, and again after every change, until `signal` aborts. A load that a
 * newer change overtook is dropped, so the last call always has the current
 * packs. `changed` is false for the first load and true when a storage
 * change caused the call — the cue to tell open tabs. (A change can overtake
 * the first load, so the first call may already have `changed` true.)
 */
export function watchEffectivePacks(onChange: (packs: Pack[], changed: boolean) => void, signal: AbortSignal): void {
  let latest = 0;
  const load = (changed: boolean) => {
    const current = ++latest;
    void loadEffectivePacks().then((packs) => {
      if (current === latest && !signal.aborted) onChange(packs, changed);
    });
  };
  watchPacks(() => load(true), signal);
  load(false);
}
