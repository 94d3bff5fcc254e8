/**
 * `web-ext lint` on the Firefox build (the checks addons.mozilla.org runs on
 * upload), failing on any error or warning except the ones README.md
 * explains. Usage: node --import tsx scripts/lint-firefox.ts [build dir]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface KnownWarning {
  code: string;
  why: string;
  /** Whether this occurrence is the known one, judged from the flagged code. */
  matches(flagged: string): boolean;
}

/**
 * Warnings we cannot fix in our code, each explained in README.md ("Firefox").
 * Each is matched on the code it flags, so a new occurrence elsewhere still fails.
 */
const KNOWN_WARNINGS: KnownWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer: `dom.innerHTML = props.dangerouslySetInnerHTML.__html`, a prop TermLens never sets",
    matches: (flagged) => /\.innerHTML\s*=\s*[\w$]+\.__html\b/.test(flagged),
  },
];

/** The source around a flagged position: minified bundles are one long line, so a window of it. */
function flaggedCode(dir: string, message: LintMessage): string {
  if (!message.file || !message.line) return '';
  const path = join(dir, message.file);
  if (!existsSync(path)) return '';
  const line = readFileSync(path, 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 300);
}

function formatMessage(message: LintMessage): string {
  const where = message.file
    ? ` (${message.file}${message.line ? `:${message.line}:${message.column ?? 0}` : ''})`
    : '';
  return `${message.code}${where}: ${message.message}${message.description ? ` — ${message.description}` : ''}`;
}

const dir = resolve(process.argv[2] ?? '.output/firefox-mv3');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build at ${dir}; run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const lint = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json', '--no-input'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report: LintReport;
try {
  report = JSON.parse(lint.stdout) as LintReport;
} catch {
  console.error(`web-ext lint did not print a JSON report (exit ${lint.status}):\n${lint.stdout}\n${lint.stderr}`);
  process.exit(1);
}

const explained: string[] = [];
const failures: string[] = report.errors.map(formatMessage);
for (const warning of report.warnings) {
  const known = KNOWN_WARNINGS.find((k) => k.code === warning.code && k.matches(flaggedCode(dir, warning)));
  if (known) explained.push(`${warning.code} in ${warning.file}: ${known.why}`);
  else failures.push(formatMessage(warning));
}
for (const notice of report.notices) console.log(`notice: ${formatMessage(notice)}`);
for (const line of explained) console.log(`explained warning: ${line}`);

const { errors, warnings } = report.summary;
console.log(
  `web-ext lint: ${errors} errors, ${warnings} warnings (${explained.length} explained in README.md), ${report.notices.length} notices`,
);
if (failures.length > 0) {
  for (const failure of failures) console.error(`✖ ${failure}`);
  process.exit(1);
}
