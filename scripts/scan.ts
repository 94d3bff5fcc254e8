/**
 * npm run scan -- <file.html|file.txt> [--title "…"] [--lang en|zh] [--json]
 * npm run scan -- --jsonl <file>      one {"id","text","title"} per line in, one result per line out
 *
 * Runs the content script's collector (under happy-dom for HTML), matcher
 * and sense resolver over a file and prints what TermLens would mark.
 */
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { Window } from 'happy-dom';
import { bundledPack } from '../glossary/data';
import { buildLexicon } from '../glossary/build-lexicon';
import { scanText, type ScanResult } from '../glossary/scan-text';
import type { Lang } from '../glossary/schema';
import { collectText } from '../page/collect-text';

interface Args {
  file?: string;
  jsonl?: string;
  title?: string;
  lang: Lang;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { lang: 'en', json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--title') args.title = argv[++i];
    else if (arg === '--lang') {
      const lang = argv[++i];
      if (lang !== 'en' && lang !== 'zh') fail(`--lang must be en or zh, not "${lang}"`);
      args.lang = lang;
    } else if (arg === '--jsonl') args.jsonl = argv[++i];
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else args.file = arg;
  }
  if (!args.file && !args.jsonl)
    fail('usage: npm run scan -- <file.html|file.txt> [--title "…"] [--lang en|zh] [--json] | --jsonl <file>');
  return args;
}

function fail(message: string): never {
  console.error(`scan: ${message}`);
  process.exit(2);
}

function readTextFile(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    fail(`cannot read "${path}": no such file`);
  }
  const buffer = readFileSync(path);
  // A NUL byte in the first few KB means this is not a text or HTML file.
  if (buffer.subarray(0, 8192).includes(0))
    fail(`"${path}" looks like a binary file (${size} bytes), not text or HTML`);
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}

/** Collects the text of an HTML document the way the content script does. */
function textOfHtml(html: string): { text: string; title: string } {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  const text = collectText(document.body ?? document.documentElement).text;
  const title = document.title;
  void window.happyDOM.close();
  return { text, title };
}

const lexicon = buildLexicon(bundledPack);

function printHuman(path: string, result: ScanResult, text: string): void {
  console.log(`${path}: ${result.matches.length} matches, page domain score ${result.page.domainScore}`);
  for (const m of result.matches) {
    const snippet = text
      .slice(Math.max(0, m.start - 30), m.end + 30)
      .replace(/\s+/g, ' ')
      .replace(/\u2029/g, ' ¶ ');
    const mark = m.painted ? '●' : '○';
    console.log(`${mark} ${m.text.padEnd(10)} ${m.sense} (${m.confidence})  …${snippet}…`);
  }
}

async function scanJsonl(path: string, lang: Lang): Promise<void> {
  readTextFile(path); // checks existence and binary content
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let record: { id?: unknown; text?: unknown; title?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch (error) {
      failures++;
      console.error(`scan: ${path}:${lineNumber}: invalid JSON (${(error as Error).message}); line skipped`);
      continue;
    }
    if (typeof record.text !== 'string') {
      failures++;
      console.error(`scan: ${path}:${lineNumber}: "text" must be a string; line skipped`);
      continue;
    }
    const title = typeof record.title === 'string' ? record.title : '';
    const result = scanText(lexicon, record.text, { title, lang });
    process.stdout.write(JSON.stringify({ id: record.id ?? lineNumber, ...result }) + '\n');
  }
  if (failures > 0) process.exitCode = 1;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.jsonl) return scanJsonl(args.jsonl, args.lang);
  const path = args.file!;
  const raw = readTextFile(path);
  const isHtml = /\.html?$/i.test(path) || /^\s*<(!doctype|html)/i.test(raw);
  const { text, title } = isHtml ? textOfHtml(raw) : { text: raw, title: '' };
  const result = scanText(lexicon, text, { title: args.title ?? title, lang: args.lang });
  if (args.json) process.stdout.write(JSON.stringify(result) + '\n');
  else printHuman(path, result, text);
}

await main();
