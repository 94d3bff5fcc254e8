/** The shapes the benchmark passes between its modules and writes to report.json. */

export interface BenchPage {
  name: string;
  source: 'corpus' | 'generated';
  lang: string;
  /** `measure` pages get every measurement; `blank` and `no-terms` only the content-script cost. */
  kind: 'measure' | 'blank' | 'no-terms';
  html: string;
}

/** One page's figures; times in milliseconds, medians over the runs. */
export interface PageResult {
  name: string;
  source: BenchPage['source'];
  lang: string;
  html_bytes: number;
  /** Characters TermLens collected (the scanner's count). */
  text_chars: number;
  /** Text nodes the floor walker visited. */
  text_nodes: number;
  floor_ms: number;
  /** The floor's walk reading every character too: the least any matcher must do (reference, not a budget). */
  floor_chars_ms: number;
  /** A walk over elements and text that reads the text: the least a collector that looks at elements pays (reference). */
  floor_walk_ms: number;
  /** That walk over the floor, timed in turns with it and the matcher after the other runs (their own medians). */
  walk_over_floor: number;
  /** The term matcher alone over the text the collector reads: what TermLens pays per character (reference). */
  floor_match_ms: number;
  /** That over floor_ms, the floor TermLens is set against (the matcher, timed with the two walks, reads no node). */
  match_over_floor: number;
  /** The terms the matcher found there. */
  match_hits: number;
  /** The collector alone (TreeWalker with TermLens's filter, chunking), no matching. */
  collect_ms: number;
  /** collect + match + resolve + paint: busy time of the scanner, idle gaps excluded. */
  termlens_ms: number;
  /** The scanner's own slice accounting (work outside its slices is not in it). */
  termlens_slices_ms: number;
  /** The longest uninterrupted stretch of TermLens work during one scan (one task). */
  termlens_longest_run_ms: number;
  markjs_ms: number | null;
  markjs_runs: number;
  markjs_marks: number | null;
  matches: number;
  painted: number;
  termlens_over_floor: number;
  markjs_over_termlens: number | null;
  runs: number;
  /** The real extension's first scan on a fresh load (cold code), busy time from its own stats. */
  extension_first_scan_ms: number | null;
  long_tasks: LongTaskResult | null;
  /** Set when the page had to be measured differently (its own scripts removed). */
  note?: string;
}

export interface LongTaskResult {
  /** Long tasks (PerformanceObserver `longtask`) during load and scan, without and with the extension. */
  without: { count: number; longest_ms: number; total_ms: number };
  with: { count: number; longest_ms: number; total_ms: number };
  /** From a trace (no CPU profiler): the longest task in which TermLens code ran for most of the task. */
  termlens_task_ms: number;
  /** From a trace: the most TermLens time inside any single task. */
  termlens_max_in_task_ms: number;
  /** The longest TermLens tasks: duration, TermLens's share, whether it evaluated the content script. */
  top_tasks: { ms: number; termlens_ms: number; evaluation: boolean }[];
}

export interface StartupResult {
  page: string;
  /** Content script evaluation (compile + top-level run), median over loads. */
  evaluate_ms: number;
  /** Everything else TermLens ran on the main thread during load and first scan. */
  callbacks_ms: number;
  total_ms: number;
  loads: number;
  matches: number;
}

export interface HeapResult {
  page: string;
  /** V8 heap used, after forced GC: with the extension minus without, median of the loads. */
  js_heap_mb: number;
  /** ArrayBuffer backing stores (typed arrays), same difference. */
  array_buffers_mb: number;
  /** Blink's (Oilpan) heap: DOM objects such as the Ranges of the highlights. */
  dom_heap_mb: number;
  total_mb: number;
  loads: number;
}

export interface MutationResult {
  page: string;
  /** 500 appends + removals of a paragraph by the page, without and with TermLens (median of 5 rounds). */
  without_ms: number;
  with_ms: number;
  matches: number;
}

export interface ScrollResult {
  page: string;
  /** The renderer main thread's task time while `steps` wheel steps scroll the page, without and with TermLens. */
  without_ms: number;
  with_ms: number;
  /** How long the same scripted scroll took. */
  wall_without_ms: number;
  wall_with_ms: number;
  matches: number;
  steps: number;
  loads: number;
}

export interface InteractionResult {
  hover_delay_ms: number;
  /** Tooltip shown and positioned, measured from the end of the hover delay; median over hovers after the first. */
  hover_ms_median: number;
  /** The same for the first hover of a page (its first tooltip): the median over loads. */
  hover_ms_first: number;
  /** The same plus the wait for the next frame (when it is on screen). */
  hover_to_frame_ms_median: number;
  /** Hovers per load, and loads. */
  hovers: number;
  hover_loads: number;
  popup_first_paint_ms: number;
  popup_first_paint_cold_ms: number;
  popup_opens: number;
}

export interface MatcherResult {
  lang: 'en' | 'zh';
  text: string;
  chars: number;
  hits: number;
  /** 1 MB = 10^6 characters (UTF-16 code units): ASCII English bytes, conservative for Chinese. */
  mb_per_s: number;
  /** The throughput in each fresh process the matcher was measured in; `mb_per_s` is their median. */
  process_mb_per_s: number[];
  naive_mb_per_s: number;
  alternation_mb_per_s: number;
  over_naive: number;
  over_alternation: number;
}

export interface Summary {
  termlens_over_floor_median: number | null;
  /** walk_over_floor, median over the pages (reference, not a budget). */
  walk_over_floor_median: number | null;
  /** match_over_floor (floor_match_ms / floor_ms), median and max over the pages (references, not budgets). */
  match_over_floor_median: number | null;
  match_over_floor_max: number | null;
  termlens_over_floor_max: number | null;
  markjs_over_termlens_median: number | null;
  longest_task_ms: number | null;
  blank_page_ms: number | null;
  heap_mb_max: number | null;
  hover_ms_median: number | null;
  hover_ms_first: number | null;
  popup_first_paint_ms: number | null;
  matcher_mb_per_s_en: number | null;
  matcher_mb_per_s_zh: number | null;
  matcher_over_naive: number | null;
}

export interface BenchReport {
  summary: Summary;
  pages: PageResult[];
  startup: StartupResult[];
  heap: HeapResult[];
  mutations: MutationResult[];
  scrolling: ScrollResult[];
  interaction: InteractionResult | null;
  matcher: MatcherResult[];
  budgets: BudgetCheck[];
  environment: {
    date: string;
    quick: boolean;
    chromium: string;
    node: string;
    cpus: number;
    /** Size of the built content script (minified): the loader every frame runs and the page script it injects. */
    content_script_kb: number;
    /** Of which the loader's, which every frame compiles, text or not. */
    loader_kb: number;
    corpus: string;
    runs: number;
    notes: string[];
  };
}

export interface BudgetCheck {
  name: string;
  goal: string;
  value: string;
  met: boolean | null;
}
