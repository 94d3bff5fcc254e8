/**
 * The benchmark's outputs: the summary and budget checks, a terminal table,
 * bench-output/report.md (tables and a hand-written SVG chart of scan time
 * against page text size) and report.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { max, median, round } from './stats';
import type {
  BenchReport,
  BudgetCheck,
  HeapResult,
  InteractionResult,
  MatcherResult,
  PageResult,
  StartupResult,
  Summary,
} from './types';

const FRAME_MS = 1000 / 60;

export function summarize(
  pages: readonly PageResult[],
  startup: readonly StartupResult[],
  heap: readonly HeapResult[],
  interaction: InteractionResult | null,
  matcher: readonly MatcherResult[],
): Summary {
  const overFloor = pages.map((p) => p.termlens_over_floor).filter(Number.isFinite);
  const walkOverFloor = pages.map((p) => p.walk_over_floor).filter(Number.isFinite);
  const matchOverFloor = pages.map((p) => p.match_over_floor).filter(Number.isFinite);
  const markjs = pages.map((p) => p.markjs_over_termlens).filter((v): v is number => v !== null);
  const taskTimes = pages.map((p) => p.long_tasks?.termlens_task_ms).filter((v): v is number => v !== undefined);
  const blank = startup.find((s) => s.page === 'gen-blank');
  const byLang = (lang: 'en' | 'zh') => matcher.find((m) => m.lang === lang) ?? null;
  const orNull = (value: number) => (Number.isFinite(value) ? round(value) : null);
  return {
    termlens_over_floor_median: orNull(median(overFloor)),
    walk_over_floor_median: orNull(median(walkOverFloor)),
    match_over_floor_median: orNull(median(matchOverFloor)),
    match_over_floor_max: orNull(max(matchOverFloor)),
    termlens_over_floor_max: orNull(max(overFloor)),
    markjs_over_termlens_median: orNull(median(markjs)),
    longest_task_ms: taskTimes.length > 0 ? round(Math.max(...taskTimes)) : null,
    blank_page_ms: blank ? orNull(blank.total_ms) : null,
    heap_mb_max: heap.length > 0 ? orNull(Math.max(...heap.map((h) => h.total_mb))) : null,
    hover_ms_median: interaction ? orNull(interaction.hover_ms_median) : null,
    hover_ms_first: interaction ? orNull(interaction.hover_ms_first) : null,
    popup_first_paint_ms: interaction ? orNull(interaction.popup_first_paint_ms) : null,
    matcher_mb_per_s_en: orNull(byLang('en')?.mb_per_s ?? NaN),
    matcher_mb_per_s_zh: orNull(byLang('zh')?.mb_per_s ?? NaN),
    matcher_over_naive: matcher.length > 0 ? orNull(Math.min(...matcher.map((m) => m.over_naive))) : null,
  };
}

/** The goals of issues #4, #5 and #9, checked against the summary. */
export function checkBudgets(
  summary: Summary,
  startup: readonly StartupResult[],
  contentScriptKb: number,
): BudgetCheck[] {
  const check = (name: string, goal: string, value: number | null, met: (v: number) => boolean, unit = '') => ({
    name,
    goal,
    value: value === null ? 'not measured' : `${value}${unit}`,
    met: value === null ? null : met(value),
  });
  /** A figure printed with the budgets for comparison, with no goal of its own. */
  const reference = (name: string, why: string, value: number | null, unit: string) =>
    check(name, `(no budget; ${why})`, value, () => true, unit);
  const noTerms = startup.find((s) => s.page === 'gen-no-terms');
  return [
    check('TermLens / floor, median', '≤ 1.5×', summary.termlens_over_floor_median, (v) => v <= 1.5, '×'),
    check('TermLens / floor, every page', '≤ 3×', summary.termlens_over_floor_max, (v) => v <= 3, '×'),
    reference(
      'a walk that visits elements too / floor, median',
      'the least a collector that looks at elements pays',
      summary.walk_over_floor_median,
      '×',
    ),
    reference(
      'the term matcher alone / floor, median',
      'what matching costs per character, however the page is walked',
      summary.match_over_floor_median,
      '×',
    ),
    reference(
      'the same, the page where it is highest',
      'compare with the 3× for all of TermLens',
      summary.match_over_floor_max,
      '×',
    ),
    check('mark.js / TermLens, median', '≥ 100×', summary.markjs_over_termlens_median, (v) => v >= 100, '×'),
    check('longest task from TermLens', '≤ 50 ms', summary.longest_task_ms, (v) => v <= 50, ' ms'),
    check('content script on a blank page', '≤ 5 ms', summary.blank_page_ms, (v) => v <= 5, ' ms'),
    reference(
      'content script on a page without terms',
      'for reference',
      noTerms ? round(noTerms.total_ms) : null,
      ' ms',
    ),
    check('heap added, largest page', '≤ 5 MB', summary.heap_mb_max, (v) => v <= 5, ' MB'),
    check('content script size (issue #5)', '≤ 120 KB', round(contentScriptKb), (v) => v <= 120, ' KB'),
    check(
      'hover → tooltip after the delay',
      '≤ 1 frame (16.7 ms)',
      summary.hover_ms_median,
      (v) => v <= FRAME_MS,
      ' ms',
    ),
    check(
      'the same, first hover of a page',
      '≤ 1 frame (16.7 ms)',
      summary.hover_ms_first,
      (v) => v <= FRAME_MS,
      ' ms',
    ),
    check('matcher, English', '≥ 100 MB/s', summary.matcher_mb_per_s_en, (v) => v >= 100, ' MB/s'),
    check('matcher, Chinese', '≥ 100 MB/s', summary.matcher_mb_per_s_zh, (v) => v >= 100, ' MB/s'),
    check('matcher / naive regex loop', '≥ 10×', summary.matcher_over_naive, (v) => v >= 10, '×'),
  ];
}

const fmt = (value: number | null | undefined, digits = 3): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : String(round(value, digits));

function pageRows(pages: readonly PageResult[]): string[][] {
  return pages.map((p) => [
    p.name,
    String(p.text_chars),
    fmt(p.floor_ms),
    fmt(p.floor_chars_ms),
    fmt(p.walk_over_floor),
    fmt(p.match_over_floor),
    fmt(p.collect_ms),
    fmt(p.termlens_ms),
    fmt(p.termlens_over_floor),
    fmt(p.markjs_ms),
    fmt(p.markjs_over_termlens),
    String(p.matches),
    fmt(p.extension_first_scan_ms),
    fmt(p.long_tasks?.termlens_max_in_task_ms),
  ]);
}

const PAGE_HEADER = [
  'page',
  'text chars',
  'floor ms',
  '+chars ms',
  'walk/floor',
  'match/floor',
  'collect ms',
  'TermLens ms',
  'TL/floor',
  'mark.js ms',
  'mark.js/TL',
  'matches',
  'ext 1st scan ms',
  'TL max in a task ms',
];

/** A plain-text table with right-aligned numbers. */
export function textTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A report section: a heading, what it measures (when it needs saying), a table. */
function tableSection(
  title: string,
  intro: string | null,
  header: readonly string[],
  rows: readonly string[][],
): string[] {
  return [`## ${title}`, '', ...(intro ? [intro, ''] : []), markdownTable(header, rows), ''];
}

function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const align = header.map((_, i) => (i === 0 ? ':--' : '--:'));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

export function terminalReport(report: BenchReport): string {
  const parts = [
    textTable(PAGE_HEADER, pageRows(report.pages)),
    '',
    textTable(
      ['budget', 'goal', 'measured', ''],
      report.budgets.map((b) => [b.name, b.goal, b.value, b.met === null ? '?' : b.met ? 'met' : 'MISSED']),
    ),
  ];
  if (report.matcher.length > 0) {
    parts.push(
      '',
      textTable(
        ['matcher (Node)', 'MB/s', 'each process', 'naive MB/s', '× naive', 'alternation MB/s', '× alternation'],
        report.matcher.map((m) => [
          m.text,
          fmt(m.mb_per_s),
          m.process_mb_per_s.map(fmt).join(' / '),
          fmt(m.naive_mb_per_s),
          fmt(m.over_naive),
          fmt(m.alternation_mb_per_s),
          fmt(m.over_alternation),
        ]),
      ),
    );
  }
  return parts.join('\n');
}

/** Scan time against page text size, log-log, one colour per series. Hand-written SVG. */
export function scanChart(pages: readonly PageResult[]): string {
  const width = 720;
  const height = 420;
  const margin = { left: 64, right: 150, top: 24, bottom: 48 };
  const series = [
    { name: 'floor', color: '#8a8f98', value: (p: PageResult) => p.floor_ms, shape: 'square' },
    { name: 'TermLens', color: '#0b7a75', value: (p: PageResult) => p.termlens_ms, shape: 'circle' },
    { name: 'mark.js', color: '#c2410c', value: (p: PageResult) => p.markjs_ms, shape: 'triangle' },
  ] as const;
  const points = pages.flatMap((p) =>
    series
      .map((s) => ({ series: s, x: p.text_chars, y: s.value(p), page: p.name }))
      .filter((pt): pt is typeof pt & { y: number } => pt.y !== null && pt.y > 0 && pt.x > 0),
  );
  const decade = (v: number, up: boolean) => 10 ** (up ? Math.ceil(Math.log10(v)) : Math.floor(Math.log10(v)));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x0 = xs.length ? decade(Math.min(...xs), false) : 1e3;
  const x1 = xs.length ? decade(Math.max(...xs), true) : 1e7;
  const y0 = ys.length ? decade(Math.min(...ys), false) : 0.01;
  const y1 = ys.length ? decade(Math.max(...ys), true) : 1e5;
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const sx = (v: number) =>
    margin.left + ((Math.log10(v) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0))) * plotW;
  const sy = (v: number) =>
    margin.top + plotH - ((Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))) * plotH;
  const label = (v: number, unit: string) =>
    v >= 1e6 ? `${v / 1e6}M${unit}` : v >= 1e3 ? `${v / 1e3}k${unit}` : `${v}${unit}`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
  ];
  for (let v = x0; v <= x1 * 1.001; v *= 10) {
    out.push(
      `<line x1="${sx(v)}" y1="${margin.top}" x2="${sx(v)}" y2="${margin.top + plotH}" stroke="#e5e7eb"/>`,
      `<text x="${sx(v)}" y="${margin.top + plotH + 16}" text-anchor="middle" fill="#444">${label(v, '')}</text>`,
    );
  }
  for (let v = y0; v <= y1 * 1.001; v *= 10) {
    out.push(
      `<line x1="${margin.left}" y1="${sy(v)}" x2="${margin.left + plotW}" y2="${sy(v)}" stroke="#e5e7eb"/>`,
      `<text x="${margin.left - 6}" y="${sy(v) + 4}" text-anchor="end" fill="#444">${v >= 1 ? label(v, '') : v}</text>`,
    );
  }
  out.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#9ca3af"/>`,
    `<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle" fill="#222">page text (characters, log scale)</text>`,
    `<text transform="translate(16 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#222">scan time (ms, log scale)</text>`,
  );
  const marker = (shape: string, x: number, y: number, color: string, title: string) => {
    const t = `<title>${title.replace(/[<&]/g, '')}</title>`;
    if (shape === 'square')
      return `<rect x="${x - 3.5}" y="${y - 3.5}" width="7" height="7" fill="${color}">${t}</rect>`;
    if (shape === 'triangle')
      return `<path d="M${x} ${y - 4.5}L${x + 4.5} ${y + 3.5}L${x - 4.5} ${y + 3.5}Z" fill="${color}">${t}</path>`;
    return `<circle cx="${x}" cy="${y}" r="4" fill="${color}">${t}</circle>`;
  };
  for (const point of points) {
    out.push(
      marker(
        point.series.shape,
        sx(point.x),
        sy(point.y),
        point.series.color,
        `${point.page}: ${point.series.name} ${round(point.y)} ms`,
      ),
    );
  }
  series.forEach((s, i) => {
    const y = margin.top + 16 + i * 22;
    const x = margin.left + plotW + 20;
    out.push(marker(s.shape, x, y - 4, s.color, s.name), `<text x="${x + 12}" y="${y}" fill="#222">${s.name}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

export function markdownReport(report: BenchReport, chartFile: string): string {
  const { summary, environment } = report;
  const lines: string[] = [
    '# TermLens benchmark',
    '',
    `${environment.date} · Chromium ${environment.chromium} · Node ${environment.node} · ${environment.cpus} CPUs · ` +
      `content script ${environment.content_script_kb} KB (loader ${environment.loader_kb} KB) · ` +
      `${environment.quick ? '--quick · ' : ''}medians of ${environment.runs} runs after warm-up · corpus: ${environment.corpus}`,
    '',
    '## Budgets',
    '',
    markdownTable(
      ['budget', 'goal', 'measured', 'met'],
      report.budgets.map((b) => [b.name, b.goal, b.value, b.met === null ? '–' : b.met ? 'yes' : '**no**']),
    ),
    '',
    '## Scan time per page',
    '',
    'Times in ms, medians. **floor**: a TreeWalker over the text nodes of `body` that reads every node’s text and does nothing else. ' +
      '**+chars**: the same walk also reading every character (what any matcher must at least do; a reference, not a budget). ' +
      '**walk/floor**: a walk that returns the elements too and does nothing with them, over the floor, the two timed in turns ' +
      'after the other runs (what any collector that must look at elements, to skip code, inputs, hidden and editable parts ' +
      'and to find open shadow roots, pays at least; a reference). ' +
      '**match/floor**: the term matcher alone over the text the collector reads, in the scanner’s chunks, timed in turns ' +
      'with the two walks, over the floor column, as TL/floor is (what TermLens pays per character however it walks the page, ' +
      'where the floor pays per node; a reference). ' +
      '**collect**: TermLens’s collector alone (its skip rules and chunking). **TermLens**: collect + match + resolve + paint by the ' +
      'content script’s own scanner, timed inside the page as *busy time* (the scanner works in idle-time slices; the idle gaps are ' +
      'excluded, the work between slices is not). **mark.js**: `mark()` of the glossary’s surface forms on a fresh load (synchronous, ' +
      'so wall time is busy time). **ext 1st scan**: the real extension’s first scan on a fresh load (cold code), from its own ' +
      'stats. **TL max in a task**: the most TermLens CPU time inside one main-thread task during that load (trace).',
    '',
    markdownTable(PAGE_HEADER, pageRows(report.pages)),
    '',
    `![scan time against page text size](${chartFile})`,
    '',
  ];
  const withTasks = report.pages.filter((p) => p.long_tasks);
  if (withTasks.length > 0) {
    lines.push(
      ...tableSection(
        'Long tasks during load',
        'PerformanceObserver `longtask` entries from navigation until half a second after the scan, without and with the extension. ' +
          'From a separate traced load: “TermLens task” is the longest main-thread task in which TermLens’s JavaScript ran for most ' +
          'of the task (V8 trace events name the isolated world a call runs in); “TL max in a task” is the most TermLens time in one task; ' +
          '“evaluation” is the task that compiled and ran the content script.',
        [
          'page',
          'without: count',
          'longest ms',
          'with: count',
          'longest ms',
          'TermLens task ms',
          'TL max in a task ms',
          'evaluation task ms',
        ],
        withTasks.map((p) => {
          const t = p.long_tasks!;
          const evaluation = t.top_tasks.find((task) => task.evaluation);
          return [
            p.name,
            String(t.without.count),
            fmt(t.without.longest_ms),
            String(t.with.count),
            fmt(t.with.longest_ms),
            fmt(t.termlens_task_ms),
            fmt(t.termlens_max_in_task_ms),
            fmt(evaluation?.ms),
          ];
        }),
      ),
    );
  }
  if (report.startup.length > 0) {
    lines.push(
      ...tableSection(
        'Content-script cost',
        'Main-thread time of the content script on a fresh load, from a trace: its evaluation (compile + top-level run) plus ' +
          'everything it ran afterwards (settings, lexicon, first scan), medians.',
        ['page', 'evaluate ms', 'afterwards ms', 'total ms', 'matches', 'loads'],
        report.startup.map((s) => [
          s.page,
          fmt(s.evaluate_ms),
          fmt(s.callbacks_ms),
          fmt(s.total_ms),
          String(s.matches),
          String(s.loads),
        ]),
      ),
    );
  }
  if (report.heap.length > 0) {
    lines.push(
      ...tableSection(
        'Memory',
        'Renderer heap after forced GC with the extension minus without (same page, fresh tabs; CDP `Runtime.getHeapUsage`): ' +
          'V8 heap, ArrayBuffer backing stores, Blink’s heap (DOM objects: the painted StaticRanges, and the markers Chromium ' +
          'keeps for every range of a registered highlight, about 350 bytes each).',
        ['page', 'JS heap MB', 'array buffers MB', 'DOM heap MB', 'total MB', 'loads'],
        report.heap.map((h) => [
          h.page,
          fmt(h.js_heap_mb),
          fmt(h.array_buffers_mb),
          fmt(h.dom_heap_mb),
          fmt(h.total_mb),
          String(h.loads),
        ]),
      ),
    );
  }
  if (report.mutations.length > 0) {
    lines.push(
      ...tableSection(
        'The page’s own DOM changes',
        'Not a budget of the issue, but what a reader of a busy page feels: 500 appends and removals of a paragraph by the page, ' +
          'timed in the page after the scan, without and with TermLens (median of 5 rounds). A live `Range` is updated on every ' +
          'mutation of its document, which is why TermLens paints `StaticRange`s; what is left is its mutation observer.',
        ['page', 'painted matches', 'without ms', 'with ms', '× slower'],
        report.mutations.map((m) => [
          m.page,
          String(m.matches),
          fmt(m.without_ms),
          fmt(m.with_ms),
          fmt(m.without_ms > 0 ? m.with_ms / m.without_ms : null),
        ]),
      ),
    );
  }
  if (report.scrolling.length > 0) {
    lines.push(
      ...tableSection(
        'Scrolling',
        'Not a budget of the issue, but what a reader of a long page feels: the renderer main thread’s task time (Blink’s ' +
          'work included, from a trace) while mouse-wheel steps of 1,500 px, 30 ms apart, scroll the largest page, without and with ' +
          'TermLens, median of the loads. Every change to a registered Highlight repaints the whole document, so the painter ' +
          'changes its ranges at most every 250 ms while blocks keep coming near.',
        ['page', 'matches', 'wheel steps', 'without ms', 'with ms', '× busier', 'wall without / with ms', 'loads'],
        report.scrolling.map((s) => [
          s.page,
          String(s.matches),
          String(s.steps),
          fmt(s.without_ms),
          fmt(s.with_ms),
          fmt(s.without_ms > 0 ? s.with_ms / s.without_ms : null),
          `${fmt(s.wall_without_ms)} / ${fmt(s.wall_with_ms)}`,
          String(s.loads),
        ]),
      ),
    );
  }
  if (report.interaction) {
    const i = report.interaction;
    lines.push(
      ...tableSection(
        'Hover and popup',
        null,
        ['measure', 'ms'],
        [
          [
            `hover → tooltip in place, after the ${i.hover_delay_ms} ms delay (median of ${i.hover_loads * (i.hovers - 1)} hovers after a page's first)`,
            fmt(i.hover_ms_median),
          ],
          [
            `the same, first hover of a page (${i.hover_loads === 1 ? 'one load' : `median of ${i.hover_loads} loads`})`,
            fmt(i.hover_ms_first),
          ],
          ['hover → the frame that paints it (median)', fmt(i.hover_to_frame_ms_median)],
          [
            `popup open → first contentful paint (median of ${i.popup_opens - 1} warm opens)`,
            fmt(i.popup_first_paint_ms),
          ],
          ['popup, first open', fmt(i.popup_first_paint_cold_ms)],
        ],
      ),
    );
  }
  if (report.matcher.length > 0) {
    lines.push(
      ...tableSection(
        'Matcher throughput (Node)',
        '`lexicon.findTerms` with the full glossary, against one regex per term run in a loop and one alternation of all forms ' +
          '(reference), timed in turns in one process. Each fresh Node process measures all three; **MB/s** is the median ' +
          'process, whose naive and alternation figures are shown beside it (V8 compiles the hot loop differently from one ' +
          'process to the next). 1 MB = 10^6 characters.',
        ['text', 'chars', 'hits', 'MB/s', 'each process', 'naive MB/s', '× naive', 'alternation MB/s', '× alternation'],
        report.matcher.map((m) => [
          m.text,
          String(m.chars),
          String(m.hits),
          fmt(m.mb_per_s),
          m.process_mb_per_s.map(fmt).join(' / '),
          fmt(m.naive_mb_per_s),
          fmt(m.over_naive),
          fmt(m.alternation_mb_per_s),
          fmt(m.over_alternation),
        ]),
      ),
    );
  }
  if (environment.notes.length > 0) lines.push('## Notes', '', ...environment.notes.map((n) => `- ${n}`), '');
  lines.push('## Summary (JSON)', '', '```json', JSON.stringify(summary, null, 2), '```', '');
  return lines.join('\n');
}

export function writeReports(report: BenchReport, dir: string): { markdown: string; json: string; chart: string } {
  mkdirSync(dir, { recursive: true });
  const chart = join(dir, 'scan-time.svg');
  const markdown = join(dir, 'report.md');
  const json = join(dir, 'report.json');
  writeFileSync(chart, scanChart(report.pages));
  writeFileSync(markdown, markdownReport(report, 'scan-time.svg'));
  writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
  return { markdown, json, chart };
}
