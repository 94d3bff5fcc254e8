/**
 * mark.js (the npm package, injected into the page) marking the glossary's
 * surface forms, each run on a fresh load of the page in a browser without
 * the extension (mark.js changes the DOM, so a page is good for one run).
 *
 * The forms are split the way TermLens treats them: acronyms case-sensitive,
 * other Latin forms case-insensitive, both as whole words ("exactly", with
 * punctuation as limiters); CJK forms anywhere ("partially"). mark.js runs
 * synchronously, so its wall time is its busy time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { MatchData } from '../../glossary/match-data';
import { isCaseSensitiveForm } from '../../glossary/normalize';
import { assertStillAt, loadPage } from './in-page-timing';

export interface MarkJsForms {
  caseSensitive: string[];
  caseInsensitive: string[];
  cjk: string[];
}

export interface MarkJsRun {
  ms: number;
  marks: number;
  /** Whether mark.js called `done` before `mark()` returned (it should). */
  synchronous: boolean;
}

export function readMarkJs(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
}

export function markJsForms(data: MatchData): MarkJsForms {
  const forms: MarkJsForms = { caseSensitive: [], caseInsensitive: [], cjk: [] };
  const seen = new Set<string>();
  for (const term of data.terms) {
    for (const form of [...term.forms.en, ...term.forms.zh]) {
      if (seen.has(form)) continue;
      seen.add(form);
      if (/[\u3400-\u9fff]/.test(form)) forms.cjk.push(form);
      else if (isCaseSensitiveForm(form)) forms.caseSensitive.push(form);
      else forms.caseInsensitive.push(form);
    }
  }
  return forms;
}

interface MarkOptions {
  separateWordSearch: boolean;
  diacritics: boolean;
  acrossElements: boolean;
  caseSensitive: boolean;
  accuracy: string | { value: string; limiters: string[] };
  done: (count: number) => void;
}
type MarkWindow = Window & {
  Mark: new (context: Element) => { mark(keywords: string[], options: MarkOptions): void };
};

/** One mark.js run on a freshly loaded page. */
export async function runMarkJsOnce(page: Page, url: string, code: string, forms: MarkJsForms): Promise<MarkJsRun> {
  await loadPage(page, url);
  await page.addScriptTag({ content: code });
  const run = await page.evaluate((forms) => {
    const { Mark } = window as unknown as MarkWindow;
    const limiters = [...',.;:!?()[]{}"\'’‘“”/–—…，。、；：！？（）《》「」'];
    const base = { separateWordSearch: false, diacritics: false, acrossElements: false };
    let marks = 0;
    const started = performance.now();
    const run = (keywords: string[], options: Omit<MarkOptions, 'done' | keyof typeof base>) => {
      let done = false;
      new Mark(document.body).mark(keywords, {
        ...base,
        ...options,
        done: (count) => {
          marks += count;
          done = true;
        },
      });
      return done;
    };
    const acronyms = run(forms.caseSensitive, { caseSensitive: true, accuracy: { value: 'exactly', limiters } });
    const names = run(forms.caseInsensitive, { caseSensitive: false, accuracy: { value: 'exactly', limiters } });
    const cjk = run(forms.cjk, { caseSensitive: false, accuracy: 'partially' });
    const synchronous = acronyms && names && cjk;
    return { ms: performance.now() - started, marks, synchronous };
  }, forms);
  assertStillAt(page, url);
  return run;
}

export interface MarkJsOptions {
  code: string;
  forms: MarkJsForms;
  warmups: number;
  runs: number;
  /** After a run this slow, stop: one run of a 5 MB page is enough to compare. */
  slowMs: number;
}

export async function timeMarkJs(page: Page, url: string, options: MarkJsOptions): Promise<MarkJsRun[]> {
  const runs: MarkJsRun[] = [];
  for (let run = 0; run < options.warmups + options.runs; run++) {
    const result = await runMarkJsOnce(page, url, options.code, options.forms);
    if (result.ms >= options.slowMs) return [...runs, result];
    if (run >= options.warmups) runs.push(result);
  }
  return runs;
}
