/**
 * npm run bench -- [--json] [--quick] [--out <dir>] [--only <page name part>]
 * npm run bench -- --profile <page name part>   where the scan's time goes on one page
 *
 * The benchmark suite (issue #9): TermLens against the floor (walking the
 * page's text) and against mark.js in real Chromium with the built
 * extension, over the corpus pages (../shared/corpus, when present) and
 * generated pages; long tasks, content-script start-up cost, heap, hover and
 * popup latency; matcher throughput in Node. Prints tables, writes
 * bench-output/report.md (+ scan-time.svg) and report.json; with --json,
 * prints the report as one JSON object on stdout (progress goes to stderr).
 * Timings never gate `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundledPack } from '../glossary/data';
import { toMatchData, type MatchData } from '../glossary/match-data';
import type { ScanSettings } from '../page/page-scanner';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { loadCorpusPages, quickCorpusEntries, readCorpusIndex, type CorpusEntry } from './bench/corpus';
import { loadWithExtension, loadWithout, measureMutations, measureStartup, tracedLoad } from './bench/extension-runs';
import { generatePages } from './bench/generate-pages';
import { bundleHarness } from './bench/harness-bundle';
import { measureHeap } from './bench/heap';
import { timeInPage } from './bench/in-page-timing';
import { measureHover, measurePopup, summarizeHover, type HoverTimes } from './bench/interaction';
import { markJsForms, readMarkJs, timeMarkJs, type MarkJsForms } from './bench/markjs-runner';
import { benchMatcherInFreshProcesses } from './bench/matcher-bench';
import { profileScan } from './bench/profile-scan';
import { checkBudgets, summarize, terminalReport, textTable, writeReports } from './bench/report';
import { measureScroll } from './bench/scrolling';
import { median, ratio, round } from './bench/stats';
import type {
  BenchPage,
  BenchReport,
  HeapResult,
  InteractionResult,
  LongTaskResult,
  MutationResult,
  PageResult,
  ScrollResult,
  StartupResult,
} from './bench/types';
import {
  EXTENSION_DIR,
  findChromium,
  launchChromium,
  LOADER_SCRIPT,
  PAGE_SCRIPT,
  type ExtensionBrowser,
} from './lib/chromium';
import { startStaticServer, type StaticServer } from './lib/static-server';

interface Args {
  json: boolean;
  quick: boolean;
  out: string;
  only: string | null;
  profile: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, quick: false, out: resolve('bench-output'), only: null, profile: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--quick') args.quick = true;
    else if (arg === '--out') args.out = resolve(argv[++i] ?? fail('--out needs a directory'));
    else if (arg === '--only') args.only = argv[++i] ?? fail('--only needs part of a page name');
    else if (arg === '--profile') args.profile = argv[++i] ?? fail('--profile needs part of a page name');
    else fail(`unknown option ${arg}`);
  }
  return args;
}

function fail(message: string): never {
  console.error(
    `bench: ${message}\nusage: npm run bench -- [--json] [--quick] [--out <dir>] [--only <page>] [--profile <page>]`,
  );
  process.exit(2);
}

/** Runs and warm-ups: enough for stable medians, few enough for --quick to finish in a minute. */
function plan(quick: boolean) {
  return quick
    ? {
        warmups: 1,
        runs: 3,
        markWarmups: 0,
        markRuns: 1,
        startupLoads: 2,
        heapLoads: 1,
        scrollLoads: 1,
        scrollSteps: 10,
        hoverLoads: 1,
        hovers: 3,
        popupOpens: 2,
      }
    : // 15 start-up loads: a blank page's few milliseconds are the noisiest figure (7 loads gave 5.8–13.2 ms).
      {
        warmups: 2,
        runs: 7,
        markWarmups: 1,
        markRuns: 3,
        startupLoads: 15,
        heapLoads: 3,
        scrollLoads: 3,
        scrollSteps: 40,
        // The first hover of each load is a page's first tooltip: three loads give it a median too.
        hoverLoads: 3,
        hovers: 4,
        popupOpens: 7,
      };
}

/** Pages are served cross-origin isolated, so performance.now() ticks in 5 µs instead of 100 µs. */
const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

const SOURCES = ['glossary', 'page', 'entrypoints', 'utils', 'components', 'public'];

/** The newest source file that is newer than the built content script, if any. */
function staleBuild(): string | null {
  const built = join(EXTENSION_DIR, LOADER_SCRIPT);
  if (!existsSync(built)) return 'no build';
  const builtAt = statSync(built).mtimeMs;
  const walk = (dir: string): string | null => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = walk(path);
        if (found) return found;
      } else if (statSync(path).mtimeMs > builtAt) return path;
    }
    return null;
  };
  for (const dir of SOURCES) {
    const found = existsSync(dir) ? walk(dir) : null;
    if (found) return found;
  }
  return null;
}

function chromiumVersion(): string {
  try {
    const version = execFileSync(findChromium(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    return /[\d.]+/.exec(version)?.[0] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Corpus pages carry third-party scripts; with no network their requests fail,
 * and a script that sends the page elsewhere would leave an error page behind.
 * A 204 answer to a top-level navigation keeps the page where it is.
 */
async function keepPagesLocal(browser: ExtensionBrowser, local: string): Promise<void> {
  await browser.context.route(
    (url) => url.protocol.startsWith('http') && !url.href.startsWith(local),
    async (route) => {
      const request = route.request();
      let topLevel = false;
      try {
        topLevel = request.isNavigationRequest() && request.frame().parentFrame() === null;
      } catch {
        // Requests from workers have no frame.
      }
      if (topLevel) await route.fulfill({ status: 204 });
      else await route.abort();
    },
  );
}

interface Context {
  args: Args;
  log: (message: string) => void;
  server: StaticServer;
  clean: ExtensionBrowser;
  ext: ExtensionBrowser;
  origin: string;
  harness: string;
  highlightCss: string;
  matchData: MatchData;
  settings: ScanSettings;
  markJs: string;
  forms: MarkJsForms;
  plan: ReturnType<typeof plan>;
}

const urlOf = (ctx: Context, page: BenchPage) => `${ctx.server.url}/bench/${page.name}.html`;

/** Seconds since the last call. */
function stopwatch(): () => string {
  let last = Date.now();
  return () => {
    const now = Date.now();
    const seconds = ((now - last) / 1000).toFixed(1);
    last = now;
    return seconds;
  };
}

async function measurePage(ctx: Context, page: BenchPage): Promise<PageResult> {
  const url = urlOf(ctx, page);
  const lap = stopwatch();
  const tab = await ctx.clean.context.newPage();
  let times;
  let marks;
  try {
    times = await timeInPage(tab, url, {
      harness: ctx.harness,
      highlightCss: ctx.highlightCss,
      matchData: ctx.matchData,
      settings: ctx.settings,
      warmups: ctx.plan.warmups,
      runs: ctx.plan.runs,
    });
    ctx.log(`    floor, collect, TermLens ${lap()} s`);
    marks = await timeMarkJs(tab, url, {
      code: ctx.markJs,
      forms: ctx.forms,
      warmups: ctx.plan.markWarmups,
      runs: ctx.plan.markRuns,
      slowMs: 5000,
    });
  } finally {
    await tab.close();
  }

  ctx.log(`    mark.js ${lap()} s`);
  const withExtension = await loadWithExtension(ctx.ext.context, ctx.origin, url);
  if (!withExtension.scan) ctx.log(`    warning: the extension reported no finished scan on ${page.name}`);
  const without = await loadWithout(ctx.clean.context, url, withExtension.elapsedMs);
  ctx.log(`    long tasks ${lap()} s`);
  const traced = await tracedLoad(ctx.ext.context, ctx.origin, url);
  ctx.log(`    trace ${lap()} s`);
  const attribution = traced.attribution;
  const majority = attribution?.tasks.filter((task) => task.termlensMs >= task.ms / 2) ?? [];
  const longTasks: LongTaskResult | null = attribution
    ? {
        without,
        with: withExtension.longTasks,
        termlens_task_ms: round(majority.length > 0 ? Math.max(...majority.map((task) => task.ms)) : 0),
        termlens_max_in_task_ms: round(Math.max(0, ...attribution.tasks.map((task) => task.termlensMs))),
        top_tasks: attribution.tasks
          .slice(0, 3)
          .map((task) => ({ ms: round(task.ms), termlens_ms: round(task.termlensMs), evaluation: task.evaluation })),
      }
    : null;

  const floorMs = median(times.floor.map((r) => r.ms));
  const termlensMs = median(times.scan.map((r) => r.busyMs));
  const { references } = times;
  const referenceFloorMs = median(references.map((r) => r.floorMs));
  const walkMs = median(references.map((r) => r.walkMs));
  const matchMs = median(references.map((r) => r.matchMs));
  const markMs = marks.length > 0 ? median(marks.map((r) => r.ms)) : null;
  const last = times.scan[times.scan.length - 1];
  return {
    name: page.name,
    source: page.source,
    lang: page.lang,
    html_bytes: Buffer.byteLength(page.html),
    text_chars: last.chars,
    text_nodes: times.floor[0]?.nodes ?? 0,
    floor_ms: round(floorMs),
    floor_chars_ms: round(median(times.floor.map((r) => r.charsMs))),
    floor_walk_ms: round(walkMs),
    walk_over_floor: round(walkMs / referenceFloorMs),
    floor_match_ms: round(matchMs),
    // The matcher does not touch the page, so it is set against the floor of record, as TermLens is.
    match_over_floor: round(matchMs / floorMs),
    match_hits: references[0]?.hits ?? 0,
    collect_ms: round(median(times.collect.map((r) => r.ms))),
    termlens_ms: round(termlensMs),
    termlens_slices_ms: round(median(times.scan.map((r) => r.slicesMs))),
    termlens_longest_run_ms: round(median(times.scan.map((r) => r.longestRunMs))),
    markjs_ms: markMs === null ? null : round(markMs),
    markjs_runs: marks.length,
    markjs_marks: marks[0]?.marks ?? null,
    matches: last.matches,
    painted: last.painted,
    termlens_over_floor: round(termlensMs / floorMs),
    markjs_over_termlens: markMs === null ? null : round(ratio(markMs, termlensMs) ?? NaN),
    runs: times.scan.length,
    extension_first_scan_ms: withExtension.scan ? round(withExtension.scan.busyMs) : null,
    long_tasks: longTasks,
  };
}

/**
 * Some corpus pages' scripts, with no network, wipe or replace the document
 * (document.write after load, redirects). Such a page is measured again
 * without its <script> elements, and says so; if that fails too, it is skipped.
 */
async function measureOrRetry(ctx: Context, page: BenchPage, notes: string[]): Promise<PageResult | null> {
  try {
    return await measurePage(ctx, page);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    ctx.log(`    failed with the page's own scripts (${reason}); measuring it again without them`);
    const stripped = { ...page, html: page.html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '') };
    ctx.server.put(`/bench/${page.name}.html`, stripped.html, undefined, ISOLATION);
    try {
      const result = await measurePage(ctx, stripped);
      notes.push(`${page.name}: measured without its <script> elements (${reason}).`);
      return { ...result, note: 'page scripts removed' };
    } catch (again) {
      const why = again instanceof Error ? again.message.split('\n')[0] : String(again);
      ctx.log(`    skipped: ${why}`);
      notes.push(`${page.name}: skipped (${why}).`);
      return null;
    }
  }
}

async function measureStartupPages(ctx: Context, pages: readonly BenchPage[]): Promise<StartupResult[]> {
  const results: StartupResult[] = [];
  for (const page of pages) {
    ctx.log(`start-up cost: ${page.name}`);
    const cost = await measureStartup(
      ctx.ext.context,
      ctx.origin,
      urlOf(ctx, page),
      ctx.plan.startupLoads,
      page.kind !== 'blank',
    );
    results.push({
      page: page.name,
      evaluate_ms: round(cost.evaluateMs),
      callbacks_ms: round(cost.callbacksMs),
      total_ms: round(cost.totalMs),
      loads: cost.loads,
      matches: cost.matches,
    });
  }
  return results;
}

/** The pages with the most text, largest first. */
function largestPages(pages: readonly PageResult[], count: number): PageResult[] {
  return [...pages].sort((a, b) => b.text_chars - a.text_chars).slice(0, count);
}

async function measureHeaps(ctx: Context, pages: readonly PageResult[]): Promise<HeapResult[]> {
  const largest = largestPages(pages, ctx.args.quick ? 1 : 3);
  // The page without terms gives the fixed cost: code, settings, lexicon.
  const names = [...largest.map((page) => page.name), 'gen-no-terms'];
  const results: HeapResult[] = [];
  for (const name of names) {
    const page = { name };
    ctx.log(`heap: ${page.name}`);
    const url = `${ctx.server.url}/bench/${page.name}.html`;
    const heap = await measureHeap(ctx.clean.context, ctx.ext.context, ctx.origin, url, ctx.plan.heapLoads);
    results.push({
      page: page.name,
      js_heap_mb: round(heap.jsMb),
      array_buffers_mb: round(heap.arrayBuffersMb),
      dom_heap_mb: round(heap.domMb),
      total_mb: round(heap.totalMb),
      loads: heap.loads,
    });
  }
  return results;
}

async function measureMutationCost(ctx: Context, pages: readonly PageResult[]): Promise<MutationResult[]> {
  const most = [...pages].sort((a, b) => b.painted - a.painted).slice(0, ctx.args.quick ? 1 : 2);
  const results: MutationResult[] = [];
  for (const page of most) {
    ctx.log(`page mutations: ${page.name}`);
    const url = `${ctx.server.url}/bench/${page.name}.html`;
    results.push({
      page: page.name,
      without_ms: round(await measureMutations(ctx.clean.context, ctx.origin, url, false)),
      with_ms: round(await measureMutations(ctx.ext.context, ctx.origin, url, true)),
      matches: page.painted,
    });
  }
  return results;
}

async function measureScrollCost(ctx: Context, pages: readonly PageResult[]): Promise<ScrollResult[]> {
  const [largest] = largestPages(pages, 1);
  if (!largest) return [];
  ctx.log(`scrolling: ${largest.name}`);
  const url = `${ctx.server.url}/bench/${largest.name}.html`;
  const scroll = { loads: ctx.plan.scrollLoads, steps: ctx.plan.scrollSteps };
  const without = await measureScroll(ctx.clean.context, ctx.origin, url, false, scroll);
  const withIt = await measureScroll(ctx.ext.context, ctx.origin, url, true, scroll);
  return [
    {
      page: largest.name,
      without_ms: round(without.busyMs),
      with_ms: round(withIt.busyMs),
      wall_without_ms: round(without.wallMs),
      wall_with_ms: round(withIt.wallMs),
      matches: largest.matches,
      ...scroll,
    },
  ];
}

async function measureInteraction(ctx: Context, page: BenchPage | undefined): Promise<InteractionResult | null> {
  if (!page) return null;
  ctx.log(`hover and popup: ${page.name}`);
  const delay = DEFAULT_SETTINGS.hoverDelayMs;
  const loads: HoverTimes[] = [];
  for (let load = 0; load < ctx.plan.hoverLoads; load++) {
    loads.push(await measureHover(ctx.ext.context, ctx.origin, urlOf(ctx, page), ctx.plan.hovers, delay));
  }
  const hover = summarizeHover(loads);
  const popup = await measurePopup(ctx.ext.context, ctx.ext.extensionId, ctx.plan.popupOpens);
  return {
    hover_delay_ms: delay,
    hover_ms_median: round(hover.median),
    hover_ms_first: round(hover.first),
    hover_to_frame_ms_median: round(hover.frameMedian),
    hovers: ctx.plan.hovers,
    hover_loads: ctx.plan.hoverLoads,
    popup_first_paint_ms: round(median(popup.firstPaint.slice(1))),
    popup_first_paint_cold_ms: round(popup.firstPaint[0]),
    popup_opens: ctx.plan.popupOpens,
  };
}

/** --profile: the scan's cost per function on the first page whose name contains `name`. */
async function printProfile(name: string, pages: readonly BenchPage[], server: StaticServer, data: MatchData) {
  const page = pages.find((p) => p.name.includes(name)) ?? fail(`no page named like "${name}"`);
  const browser = await launchChromium({ withExtension: false });
  try {
    await browser.context.addInitScript('globalThis.__name ??= (fn) => fn;');
    await keepPagesLocal(browser, server.url);
    const profile = await profileScan(
      browser.context,
      `${server.url}/bench/${page.name}.html`,
      await bundleHarness({ minify: false }),
      readFileSync(resolve('public/highlight.css'), 'utf8'),
      data,
      scanSettings(),
      20,
    );
    const rows = (list: typeof profile.functions) =>
      list.map((f) => [f.name, String(round(f.totalMs)), String(round(f.selfMs))]);
    const { cold } = profile;
    console.log(
      `${page.name}, first scan on a fresh page (cold code): lexicon ${round(cold.buildMs)} ms, ` +
        `scan ${round(cold.busyMs)} ms busy, longest uninterrupted run ${round(cold.longestRunMs)} ms (profiled); ` +
        `with 4,000-character chunks the longest run is ${round(cold.smallChunkLongestMs)} ms (not profiled)\n`,
    );
    console.log(textTable(['cold: by inclusive time (ms)', 'total', 'self'], rows(cold.functions.slice(0, 30))));
    console.log(
      `\n${page.name}: ${round(profile.busyMsPerScan)} ms busy per scan, warm (mean of ${profile.scans}, profiled)\n`,
    );
    console.log(textTable(['by inclusive time (ms per scan)', 'total', 'self'], rows(profile.functions.slice(0, 40))));
    const bySelf = [...profile.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, 25);
    console.log('\n' + textTable(['by self time (ms per scan)', 'total', 'self'], rows(bySelf)));
  } finally {
    await browser.close();
  }
}

function scanSettings(): ScanSettings {
  return {
    minConfidence: DEFAULT_SETTINGS.minConfidence,
    firstOnly: DEFAULT_SETTINGS.occurrences === 'first',
    hiddenCategories: DEFAULT_SETTINGS.hiddenCategories,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const out = args.json ? process.stderr : process.stdout;
  const log = (message: string) => out.write(`${message}\n`);
  const started = Date.now();
  const steps = plan(args.quick);
  const notes: string[] = [];

  const stale = staleBuild();
  if (stale === 'no build') fail(`no built extension at ${EXTENSION_DIR}; run \`npm run build\` first`);
  if (stale) {
    log(`warning: ${stale} is newer than the built extension; run \`npm run build\` to measure the latest code`);
    notes.push(`The build was older than ${stale} when this ran.`);
  }

  const matchData = toMatchData([bundledPack]);
  const corpus = readCorpusIndex();
  let corpusEntries: CorpusEntry[] | null = null;
  if ('missing' in corpus) {
    log(`corpus: skipped — ${corpus.missing}; measuring generated pages only`);
    notes.push(`Corpus pages skipped: ${corpus.missing}.`);
  } else {
    corpusEntries = corpus.entries;
  }
  const generated = generatePages(matchData, { quick: args.quick });
  const corpusSubset = corpusEntries && args.quick ? quickCorpusEntries(corpusEntries) : corpusEntries;
  const corpusPages = corpusSubset ? loadCorpusPages(corpusSubset) : [];
  const allPages = [...corpusPages, ...generated];
  const measured = allPages.filter((p) => p.kind === 'measure' && (!args.only || p.name.includes(args.only)));

  const server = await startStaticServer(tmpdir());
  for (const page of allPages) server.put(`/bench/${page.name}.html`, page.html, undefined, ISOLATION);
  if (args.profile) {
    await printProfile(args.profile, allPages, server, matchData);
    await server.close();
    return;
  }
  const harness = await bundleHarness();
  const clean = await launchChromium({ withExtension: false });
  const ext = await launchChromium();
  // tsx compiles this file with esbuild's keepNames, which wraps named inner functions of the callbacks
  // we pass to page.evaluate in __name(); pages need a no-op of it.
  for (const browser of [clean, ext]) {
    await browser.context.addInitScript('globalThis.__name ??= (fn) => fn;');
    await keepPagesLocal(browser, server.url);
  }
  const ctx: Context = {
    args,
    log,
    server,
    clean,
    ext,
    origin: `chrome-extension://${ext.extensionId}`,
    harness,
    highlightCss: readFileSync(resolve('public/highlight.css'), 'utf8'),
    matchData,
    settings: scanSettings(),
    markJs: readMarkJs(),
    forms: markJsForms(matchData),
    plan: steps,
  };

  let report: BenchReport;
  try {
    // The first load after install also sees the background's first settings write: keep it out of the figures.
    await loadWithExtension(
      ext.context,
      ctx.origin,
      urlOf(
        ctx,
        generated.find((p) => p.kind === 'no-terms')!,
      ),
    );

    const pages: PageResult[] = [];
    for (const [index, page] of measured.entries()) {
      log(`[${index + 1}/${measured.length}] ${page.name}`);
      const result = await measureOrRetry(ctx, page, notes);
      if (!result) continue;
      log(
        `    ${result.text_chars} chars: floor ${result.floor_ms} ms, TermLens ${result.termlens_ms} ms ` +
          `(${result.termlens_over_floor}×), mark.js ${result.markjs_ms ?? '–'} ms, ${result.matches} matches`,
      );
      pages.push(result);
    }
    const probes = generated.filter((p) => p.kind !== 'measure' && (!args.only || p.name.includes(args.only)));
    const startup = await measureStartupPages(ctx, probes);
    const heap = await measureHeaps(ctx, pages);
    const mutations = args.only ? [] : await measureMutationCost(ctx, pages);
    const scrolling = args.only ? [] : await measureScrollCost(ctx, pages);
    const interaction = args.only
      ? null
      : await measureInteraction(
          ctx,
          generated.find((p) => p.name === 'gen-pharma-dense'),
        );

    const matcherProcesses = args.quick ? 1 : 3;
    log(`matcher throughput (Node, ${matcherProcesses} fresh process${matcherProcesses > 1 ? 'es' : ''})`);
    const matcher = args.only
      ? []
      : await benchMatcherInFreshProcesses({ quick: args.quick, processes: matcherProcesses });

    notes.push(
      'Floor and TermLens are timed in the same loaded page, in turns; mark.js on fresh loads of the same page, in a browser without the extension.',
      'Pages are served cross-origin isolated (COOP/COEP), which gives performance.now() 5 µs resolution.',
      `The content script’s scan runs in idle-time slices; TermLens times are busy time (idle gaps excluded), not wall clock.`,
      `This machine had ${cpus().length} CPUs shared with other work; medians absorb most of the noise, not all.`,
    );
    const summary = summarize(pages, startup, heap, interaction, matcher);
    const builtKb = (file: string) => statSync(join(EXTENSION_DIR, file)).size / 1000;
    const loaderKb = builtKb(LOADER_SCRIPT);
    const contentScriptKb = round(loaderKb + builtKb(PAGE_SCRIPT));
    report = {
      summary,
      pages,
      startup,
      heap,
      mutations,
      scrolling,
      interaction,
      matcher,
      budgets: checkBudgets(summary, startup, contentScriptKb),
      environment: {
        date: new Date().toISOString(),
        quick: args.quick,
        chromium: chromiumVersion(),
        node: process.version,
        cpus: cpus().length,
        content_script_kb: contentScriptKb,
        loader_kb: round(loaderKb),
        corpus: corpusEntries ? `${corpusPages.length} pages` : 'absent',
        runs: steps.runs,
        notes,
      },
    };
  } finally {
    await clean.close();
    await ext.close();
    await server.close();
  }

  const files = writeReports(report, args.out);
  if (args.json) process.stdout.write(JSON.stringify(report) + '\n');
  else {
    log('');
    log(terminalReport(report));
  }
  log(`\nwrote ${files.markdown}, ${files.json}, ${files.chart} in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
