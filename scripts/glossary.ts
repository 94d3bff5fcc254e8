/**
 * npm run glossary -- --check   lint the bundled glossary; non-zero exit with readable errors
 * npm run glossary -- --json    print the validated glossary as JSON
 * npm run glossary -- --stats   counts per category
 */
import { bundledPackInput } from '../glossary/data';
import { lintPack } from '../glossary/lint';

const args = new Set(process.argv.slice(2));
const { pack, errors } = lintPack(bundledPackInput);

if (args.has('--json')) {
  if (!pack) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(pack, null, 2) + '\n');
} else if (args.has('--check')) {
  if (errors.length > 0) {
    console.error(`The glossary has ${errors.length} problem(s):`);
    for (const error of errors) console.error(`  - ${error}`);
    process.exit(1);
  }
  console.log(
    `glossary ok: ${pack!.terms.length} terms, ${pack!.comparisons.length} comparisons, ${pack!.categories.length} categories`,
  );
} else if (args.has('--stats') && pack) {
  for (const category of pack.categories) {
    const terms = pack.terms.filter((t) => t.category === category.id);
    console.log(`${category.id.padEnd(14)} ${String(terms.length).padStart(4)}  ${terms.map((t) => t.id).join(', ')}`);
  }
  console.log(`total ${pack.terms.length} terms, ${pack.comparisons.length} comparisons`);
} else {
  console.error('usage: npm run glossary -- --check | --json | --stats');
  process.exit(2);
}
