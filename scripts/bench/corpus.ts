/**
 * The real-page corpus in ../shared/corpus (index.tsv + pages/), when this
 * machine has it. Every file there is UTF-8 (one page declares gbk in a meta
 * tag; the server's charset header overrides it, as the tests do).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchPage } from './types';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');

export interface CorpusEntry {
  file: string;
  lang: string;
  title: string;
  textChars: number;
}

/** The corpus index, or null (with the reason) when the corpus is not on this machine. */
export function readCorpusIndex(dir = CORPUS_DIR): { entries: CorpusEntry[] } | { missing: string } {
  const index = join(dir, 'index.tsv');
  if (!existsSync(index)) return { missing: `no corpus at ${dir} (index.tsv not found)` };
  const [header, ...rows] = readFileSync(index, 'utf8').trim().split('\n');
  const columns = header.split('\t');
  const at = (name: string) => columns.indexOf(name);
  const entries = rows
    .map((row) => row.split('\t'))
    .map((cells) => ({
      file: cells[at('file')],
      lang: cells[at('lang')],
      title: cells[at('title')],
      textChars: Number(cells[at('text_chars')]) || 0,
    }))
    .filter((entry) => entry.file && existsSync(join(dir, entry.file)));
  return { entries };
}

/** A short page name from a corpus file name. */
export function corpusPageName(file: string): string {
  return file
    .replace(/^pages\//, '')
    .replace(/\.html?$/, '')
    .replace(/^(scrapinghub-aeb__[0-9a-f]{8})[0-9a-f]+$/, '$1')
    .slice(0, 60);
}

export function loadCorpusPages(entries: readonly CorpusEntry[], dir = CORPUS_DIR): BenchPage[] {
  return entries.map((entry) => ({
    name: corpusPageName(entry.file),
    source: 'corpus',
    lang: entry.lang,
    kind: 'measure',
    html: readFileSync(join(dir, entry.file), 'utf8'),
  }));
}

/** For --quick: one small English and one small Chinese page (mark.js needs seconds even there). */
export function quickCorpusEntries(entries: readonly CorpusEntry[]): CorpusEntry[] {
  const pickNear = (lang: string, chars: number) =>
    entries
      .filter((entry) => entry.lang === lang)
      .sort((a, b) => Math.abs(a.textChars - chars) - Math.abs(b.textChars - chars))[0];
  return [pickNear('en', 5_000), pickNear('zh', 4_000)].filter((entry): entry is CorpusEntry => !!entry);
}
