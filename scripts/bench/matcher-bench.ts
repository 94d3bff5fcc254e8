/**
 * Matcher throughput in Node with the full glossary: TermLens's compiled
 * matcher (lexicon.findTerms, what the content script calls per chunk)
 * against a naive loop of one regular expression per term, and against one
 * alternation of every form for reference. Texts: the corpus pages' text as
 * the collector reads it (under happy-dom), per language; generated text
 * when the corpus is absent.
 *
 * 1 MB here is 10^6 characters (UTF-16 code units): for English that is its
 * size in bytes, for Chinese a third of its UTF-8 size, the conservative count.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Window } from 'happy-dom';
import type { Lexicon } from '../../glossary/lexicon';
import type { MatchData } from '../../glossary/match-data';
import { isCaseSensitiveForm } from '../../glossary/normalize';
import { BLOCK_SEPARATOR, collectText } from '../../page/collect-text';
import { CORPUS_DIR, type CorpusEntry } from './corpus';
import { createRandom, glossaryForms } from './generate-pages';
import { median } from './stats';
import type { MatcherResult } from './types';

/** The page text the collector reads from an HTML document, as the scan CLI does. */
export function textOfHtml(html: string): string {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  const text = collectText(document.body ?? document.documentElement).text;
  void window.happyDOM.close();
  return text;
}

export interface MatcherText {
  lang: 'en' | 'zh';
  label: string;
  text: string;
}

/** Corpus text per language, or generated text when there is no corpus. */
export function matcherTexts(data: MatchData, corpus: readonly CorpusEntry[] | null): MatcherText[] {
  if (corpus && corpus.length > 0) {
    return (['en', 'zh'] as const).map((lang) => {
      const pages = corpus.filter((entry) => entry.lang === lang);
      const text = pages.map((entry) => textOfHtml(readFileSync(join(CORPUS_DIR, entry.file), 'utf8')));
      return { lang, label: `corpus ${lang} pages (${pages.length})`, text: text.join(BLOCK_SEPARATOR) };
    });
  }
  // No corpus: the glossary's own definitions give realistic industry prose in both languages.
  const random = createRandom(7);
  const forms = glossaryForms(data);
  const en: string[] = [];
  const zh: string[] = [];
  for (let i = 0; i < 4000; i++) {
    en.push(`Reports from the region mention ${forms.en[Math.floor(random() * forms.en.length)]} in passing.`);
    zh.push(`地区报道顺带提到了${forms.zh[Math.floor(random() * forms.zh.length)]}的情况。`);
  }
  return [
    { lang: 'en', label: 'generated en', text: en.join(' ') },
    { lang: 'zh', label: 'generated zh', text: zh.join('') },
  ];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex source for one form, as one would write it by hand: joiners as runs
 * of spaces or hyphens; Latin forms between \b word boundaries, with an
 * optional plural or possessive; CJK forms anywhere.
 */
function formSource(form: string): string {
  const body = form
    .trim()
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s\\-]+');
  return /^[\x20-\x7e]+$/.test(form) ? `\\b${body}(?:s|'s)?\\b` : body;
}

/** The naive approach: one regex per term (its forms, case as the glossary says), each run over the whole text. */
export function compileNaive(data: MatchData): (text: string) => number {
  const regexes: RegExp[] = [];
  for (const term of data.terms) {
    const forms = [...term.forms.en, ...term.forms.zh];
    const sensitive = forms.filter(isCaseSensitiveForm).map(formSource);
    const insensitive = forms.filter((form) => !isCaseSensitiveForm(form)).map(formSource);
    if (sensitive.length > 0) regexes.push(new RegExp(sensitive.join('|'), 'g'));
    if (insensitive.length > 0) regexes.push(new RegExp(insensitive.join('|'), 'gi'));
  }
  return (text) => {
    let count = 0;
    for (const regex of regexes) {
      regex.lastIndex = 0;
      while (regex.exec(text)) count++;
    }
    return count;
  };
}

/** One alternation of every form, longest first, case-insensitive (less exact than TermLens; for reference). */
export function compileAlternation(data: MatchData): (text: string) => number {
  const forms = [...new Set(data.terms.flatMap((term) => [...term.forms.en, ...term.forms.zh]))].sort(
    (a, b) => b.length - a.length,
  );
  const regex = new RegExp(forms.map(formSource).join('|'), 'gi');
  return (text) => {
    let count = 0;
    regex.lastIndex = 0;
    while (regex.exec(text)) count++;
    return count;
  };
}

interface Contender {
  text: string;
  run: (text: string) => unknown;
}

/**
 * Median characters per microsecond (= 10^6 chars/s) of each contender, run
 * in turns for about `budgetMs`: every round times each once, so whatever
 * slows this process falls on all of them alike and their ratios are
 * measured side by side. Timed in CPU time of this process, not wall
 * time: a preempted run says nothing about the matcher (GC threads count
 * too, which errs on the slow side).
 */
function throughputs(contenders: readonly Contender[], budgetMs: number): number[] {
  for (const { text, run } of contenders) {
    run(text); // warm-up
    run(text);
  }
  const times = contenders.map((): number[] => []);
  const deadline = performance.now() + budgetMs;
  for (let round = 0; round < 5 || (performance.now() < deadline && round < 200); round++) {
    contenders.forEach(({ text, run }, at) => {
      const before = process.cpuUsage();
      run(text);
      const spent = process.cpuUsage(before);
      times[at].push((spent.user + spent.system) / 1000);
    });
  }
  return contenders.map(({ text }, at) => text.length / median(times[at]) / 1000);
}

/** Repeats a text up to about `chars` characters, so one run is long enough to time. */
function atLeast(text: string, chars: number): string {
  const copies = Math.max(1, Math.ceil(chars / Math.max(1, text.length)));
  return Array.from({ length: copies }, () => text).join(BLOCK_SEPARATOR);
}

export function benchMatcher(
  lexicon: Lexicon,
  data: MatchData,
  texts: readonly MatcherText[],
  options: { quick: boolean },
): MatcherResult[] {
  const naive = compileNaive(data);
  const alternation = compileAlternation(data);
  const budget = options.quick ? 900 : 6000;
  return texts.map(({ lang, label, text }) => {
    const big = atLeast(text, options.quick ? 300_000 : 2_000_000);
    // The regexes are slow (the alternation very): they run on less text, so that a round stays short.
    const small = big.slice(0, options.quick ? 20_000 : 100_000);
    const [mbPerS, naiveMbPerS, alternationMbPerS] = throughputs(
      [
        { text: big, run: (t) => lexicon.findTerms(t) },
        { text: small, run: naive },
        { text: small.slice(0, Math.floor(small.length / 10)), run: alternation },
      ],
      budget,
    );
    return {
      lang,
      text: label,
      chars: text.length,
      hits: lexicon.findTerms(text).length,
      mb_per_s: mbPerS,
      process_mb_per_s: [mbPerS],
      naive_mb_per_s: naiveMbPerS,
      alternation_mb_per_s: alternationMbPerS,
      over_naive: mbPerS / naiveMbPerS,
      over_alternation: mbPerS / alternationMbPerS,
    };
  });
}

/**
 * `benchMatcher` in `processes` fresh Node processes, one after the other:
 * per language, the result of the process with the median throughput, with
 * every process's throughput alongside.
 *
 * Why not in the bench's own process: V8 compiles the matcher's hot loop
 * differently from one process to the next (fresh processes read 86, 103
 * and 102 MB/s on the same Chinese text, one after the other), and it can
 * change inside a long-lived process: the bench's own process read 98–99
 * MB/s at its start and 87–89 after half an hour of driving browsers, in
 * one run (71–78 at the end of the two runs before). A content script's
 * matcher starts in a fresh isolate; so does each measurement.
 */
export async function benchMatcherInFreshProcesses(options: {
  quick: boolean;
  processes: number;
}): Promise<MatcherResult[]> {
  const script = join(import.meta.dirname, 'matcher-process.ts');
  const args = [...process.execArgv, script, ...(options.quick ? ['--quick'] : [])];
  const runs: MatcherResult[][] = [];
  for (let run = 0; run < options.processes; run++) {
    const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 1 << 20 });
    runs.push(JSON.parse(stdout) as MatcherResult[]);
  }
  return runs[0].map((_, at) => {
    const byThroughput = runs.map((results) => results[at]).sort((a, b) => a.mb_per_s - b.mb_per_s);
    const middle = byThroughput[Math.floor((byThroughput.length - 1) / 2)];
    return { ...middle, process_mb_per_s: runs.map((results) => results[at].mb_per_s) };
  });
}
