/**
 * The scan CLI (`npm run scan`) as a user runs it: a child process, with the
 * output contract of DESIGN.md and clear errors for bad input.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'termlens-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function scan(args: string[], timeout = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/scan.ts', ...args],
      { cwd: repoRoot, timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function file(name: string, content: string | Buffer): string {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
}

/** Each test starts Node with tsx and loads the glossary: seconds, more on a busy machine. */
const SLOW = { timeout: 60_000 };

const MATCH_KEYS = ['term', 'sense', 'expansion', 'domain', 'painted', 'text', 'start', 'end', 'confidence'];

describe.concurrent('scan --json', SLOW, () => {
  it('prints one object with the matches and the page, in the contract shape', async () => {
    const text =
      'The drugmaker signed a supply agreement with a CMO that will manufacture commercial batches under GMP.';
    const run = await scan([file('deal.txt', text), '--json', '--title', 'Supply deal']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      matches: Record<string, unknown>[];
      page: { title: string; domainScore: number };
    };
    expect(Object.keys(result.page).sort()).toEqual(['domainScore', 'title']);
    expect(result.page.title).toBe('Supply deal');
    expect(result.page.domainScore).toBeGreaterThanOrEqual(0);
    const cmo = result.matches.find((m) => m.text === 'CMO');
    expect(cmo).toMatchObject({
      term: 'cmo',
      sense: 'contract_manufacturing_organization',
      expansion: 'Contract Manufacturing Organization',
      domain: true,
      painted: true,
    });
    for (const match of result.matches) {
      for (const key of MATCH_KEYS) expect(match).toHaveProperty(key);
      expect(text.slice(match.start as number, match.end as number)).toBe(match.text);
      expect(match.confidence).toBeGreaterThanOrEqual(0);
      expect(match.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reads an HTML page with the content script collector and takes its title', async () => {
    const html =
      '<!doctype html><html><head><title>Chief marketing officer appointed</title></head><body>' +
      '<p>Brightline Foods named Dana Kim as its CMO to relaunch the snack brand.</p>' +
      '<script>var CMO = 1;</script></body></html>';
    const run = await scan([file('page.html', html), '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { matches: { text: string; painted: boolean }[]; page: { title: string } };
    expect(result.page.title).toBe('Chief marketing officer appointed');
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({ text: 'CMO', painted: false });
  });
});

describe('scan --jsonl', SLOW, () => {
  it('handles a few thousand lines in seconds, one result per line, ids kept', async () => {
    const samples = [
      'A CRO ran the Phase 3 trial for the sponsor.',
      'CMO（首席营销官）负责品牌营销。',
      'Call the API endpoint with curl and parse the JSON.',
      '该公司原料药（API）出口增长。',
    ];
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: `line-${i}`, text: samples[i % samples.length], title: '' }),
    );
    const input = file('batch.jsonl', lines.join('\n') + '\n');
    const started = Date.now();
    const run = await scan(['--jsonl', input]);
    const seconds = (Date.now() - started) / 1000;
    expect(run.code).toBe(0);
    const out = run.stdout.trim().split('\n');
    expect(out).toHaveLength(3000);
    const first = JSON.parse(out[0]) as { id: string; matches: { sense: string }[]; page: object };
    expect(first.id).toBe('line-0');
    expect(first.matches.map((m) => m.sense)).toContain('contract_research_organization');
    expect(first.page).toHaveProperty('domainScore');
    expect((JSON.parse(out[2999]) as { id: string }).id).toBe('line-2999');
    // Seconds, not minutes: most of it is starting Node and loading the glossary.
    expect(seconds).toBeLessThan(20);
  });

  it('names the file and line of an invalid line and still processes the others', async () => {
    const input = file(
      'mixed.jsonl',
      [
        JSON.stringify({ id: 'a', text: 'The CDMO passed its GMP inspection.' }),
        '{"id": "b", "text": oops}',
        JSON.stringify({ id: 'c', title: 'no text here' }),
        JSON.stringify({ id: 'd', text: 'A CRO ran the trial.' }),
      ].join('\n'),
    );
    const run = await scan(['--jsonl', input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${input}:2: invalid JSON`);
    expect(run.stderr).toContain(`${input}:3: "text" must be a string`);
    const ids = run.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(['a', 'd']);
  });
});

describe.concurrent('scan of bad input', SLOW, () => {
  it('names a missing file', async () => {
    const missing = path.join(dir, 'nowhere.txt');
    const run = await scan([missing]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`cannot read "${missing}"`);
    expect(run.stdout).toBe('');
  });

  it('refuses a binary file by name', async () => {
    const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const run = await scan([binary, '--json']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`"${binary}" looks like a binary file`);
  });

  it('refuses a binary --jsonl file by name', async () => {
    const binary = file('data.jsonl', Buffer.from([0x7b, 0, 0, 0x7d]));
    const run = await scan(['--jsonl', binary]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(binary);
  });

  it('explains its usage when given no file', async () => {
    const run = await scan([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run scan');
  });
});
