/**
 * `npm run bench -- --quick --json` works and prints the report's shape
 * (issue #9). Timings never gate the tests: only the shape is checked.
 * Needs the built extension, like every end-to-end test.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'termlens-bench-'));

const figure = z.number().nullable();
const reportSchema = z.object({
  summary: z.object({
    termlens_over_floor_median: figure,
    walk_over_floor_median: figure,
    match_over_floor_median: figure,
    match_over_floor_max: figure,
    termlens_over_floor_max: figure,
    markjs_over_termlens_median: figure,
    longest_task_ms: figure,
    blank_page_ms: figure,
    heap_mb_max: figure,
    hover_ms_median: figure,
    hover_ms_first: figure,
    popup_first_paint_ms: figure,
    matcher_mb_per_s_en: figure,
    matcher_mb_per_s_zh: figure,
    matcher_over_naive: figure,
  }),
  pages: z
    .array(
      z.object({
        name: z.string().min(1),
        text_chars: z.number().int().nonnegative(),
        floor_ms: z.number().nonnegative(),
        floor_walk_ms: z.number().nonnegative(),
        floor_match_ms: z.number().nonnegative(),
        match_hits: z.number().int().nonnegative(),
        termlens_ms: z.number().nonnegative(),
        markjs_ms: z.number().nonnegative().nullable(),
        matches: z.number().int().nonnegative(),
      }),
    )
    .min(1),
  matcher: z
    .array(
      z.object({
        lang: z.enum(['en', 'zh']),
        mb_per_s: z.number().positive(),
        process_mb_per_s: z.array(z.number().positive()).min(1),
      }),
    )
    .length(2),
  budgets: z.array(z.object({ name: z.string(), goal: z.string(), value: z.string(), met: z.boolean().nullable() })),
  // The main thread's time while the largest page scrolls: the trace must have found the page's renderer.
  scrolling: z
    .array(z.object({ page: z.string().min(1), without_ms: z.number().positive(), with_ms: z.number().positive() }))
    .length(1),
});

/** Runs the CLI; resolves with its stdout, exit code and the tail of stderr. */
function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stdout, stderr }));
  });
}

describe('npm run bench -- --quick --json', () => {
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints one JSON object with the summary and per-page figures, and writes the reports', async () => {
    const { code, stdout, stderr } = await runBench(['--quick', '--json', '--out', out]);
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines, 'stdout holds exactly the JSON report').toHaveLength(1);
    const report = reportSchema.parse(JSON.parse(lines[0]));
    const dense = report.pages.find((page) => page.name === 'gen-pharma-dense');
    expect(dense, 'the pharma-dense page was measured').toBeDefined();
    // The matcher reference matched the text the scan read: every match of the scan is one of its terms.
    expect(dense!.matches).toBeGreaterThan(0);
    expect(dense!.match_hits).toBeGreaterThanOrEqual(dense!.matches);
    // The matcher is measured in a Node process of its own; the figure reported is one of its processes'.
    for (const matcher of report.matcher) expect(matcher.process_mb_per_s).toContain(matcher.mb_per_s);
    expect(report.summary.matcher_mb_per_s_zh).toBeCloseTo(report.matcher.find((m) => m.lang === 'zh')!.mb_per_s, 0);
    for (const file of ['report.md', 'report.json', 'scan-time.svg']) expect(existsSync(join(out, file))).toBe(true);
  }, 300_000);
});
