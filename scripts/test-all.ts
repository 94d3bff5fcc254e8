/**
 * `npm test`: every check, in the order that fails fastest. Typecheck, lint,
 * format, glossary lint, build for Chromium and Firefox, web-ext lint of the
 * Firefox build, then unit and end-to-end tests (Chromium and Firefox) in one
 * vitest run. Ends with a one-line summary of the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findFirefox, missingFirefoxReason } from './lib/firefox';

interface Step {
  name: string;
  command: string[];
}

const steps: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '.'] },
  { name: 'glossary', command: ['node', '--import', 'tsx', 'scripts/glossary.ts', '--check'] },
  { name: 'build', command: ['npx', 'wxt', 'build'] },
  { name: 'build firefox', command: ['npx', 'wxt', 'build', '-b', 'firefox', '--mv3'] },
  { name: 'web-ext lint', command: ['node', '--import', 'tsx', 'scripts/lint-firefox.ts'] },
];

function run(step: Step): void {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed`);
    process.exit(result.status ?? 1);
  }
}

for (const step of steps) run(step);

mkdirSync('.output', { recursive: true });
const report = '.output/vitest-report.json';
console.log('\n▶ tests: vitest run (unit, e2e in Chromium, Firefox)');
if (!findFirefox()) console.log(`Firefox tests will be skipped. ${missingFirefoxReason()}`);
const tests = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`], {
  stdio: 'inherit',
});
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  console.log(
    `\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`,
  );
}
process.exit(tests.status ?? 1);
