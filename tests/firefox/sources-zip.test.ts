/**
 * AMO reviewers rebuild the add-on from the sources zip and compare the result
 * with the add-on zip. This makes both zips the way `npm run zip:firefox`
 * does (WXT's zip(), into a scratch folder so .output is left alone), rebuilds
 * from the sources zip with the installed node_modules standing in for
 * `npm ci`, and expects the same files byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from './read-zip';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every file under `dir`, as sorted forward-slash paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** Runs a build step as a reviewer's shell would: without vitest's NODE_ENV=test and VITEST* variables. */
function run(command: string[], cwd: string): void {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );
  const result = spawnSync(command[0], command.slice(1), { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed in ${cwd}:\n${result.stderr}${result.stdout}`);
}

describe('the Firefox sources zip', () => {
  let sources: Map<string, Buffer>;
  let addon: Map<string, Buffer>;
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'termlens-zip-'));
    const zipScript =
      "import { zip } from 'wxt'; await zip({ browser: 'firefox', manifestVersion: 3, outDir: process.argv[1] });";
    run(['node', '--input-type=module', '-e', zipScript, join(scratch, 'out')], ROOT);
    const zips = readdirSync(join(scratch, 'out')).filter((file) => file.endsWith('.zip'));
    const sourcesZip = zips.find((file) => file.endsWith('-sources.zip'));
    const addonZip = zips.find((file) => file.endsWith('-firefox.zip'));
    if (!sourcesZip || !addonZip) throw new Error(`expected an add-on zip and a sources zip, got ${zips.join(', ')}`);
    sources = readZip(join(scratch, 'out', sourcesZip));
    addon = readZip(join(scratch, 'out', addonZip));
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('holds the manifest of the build, the lockfile and the README, and no tests, docs or output', () => {
    const paths = [...sources.keys()];
    for (const needed of ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json']) {
      expect(paths).toContain(needed);
    }
    expect(paths.some((path) => path.startsWith('entrypoints/'))).toBe(true);
    const unwanted = paths.filter((path) =>
      /^(tests|docs|scripts|bench-output|demo-output|coverage|node_modules)\/|^\.|\/\.|\.test\.tsx?$|\.log$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('rebuilds into exactly the files of the add-on zip', () => {
    const tree = join(scratch, 'sources');
    for (const [path, contents] of sources) {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), contents);
    }
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    run(['npx', 'wxt', 'build', '-b', 'firefox', '--mv3'], tree);

    const rebuilt = join(tree, '.output/firefox-mv3');
    expect(listFiles(rebuilt)).toEqual([...addon.keys()].sort());
    const differing = [...addon].filter(([path, contents]) => !readFileSync(join(rebuilt, path)).equals(contents));
    expect(differing.map(([path]) => path)).toEqual([]);
  });
});
