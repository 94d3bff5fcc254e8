/**
 * Measured accuracy of the sense resolver on our labelled sentence sets
 * (issue 4), through the same path as the extension and the scan CLI. The
 * table printed per acronym explains the two columns:
 * - painted: the painted decision is right (pharma meaning painted with the
 *   right sense; any other meaning left unpainted);
 * - exact: in addition, a non-pharma meaning the glossary lists was chosen.
 *
 * Both are gated at 95 % on the dev set (measured: 95.4 % painted, 95.1 %
 * exact, so the margin is a label or two: a change to the glossary's cue
 * lists can tip it, and the printed table shows which acronym moved). Most
 * remaining errors are the set's deliberately hard sentences that use one
 * acronym in two senses a few words apart. The second dev set (232
 * entries, 284 labels, English and Chinese) was written later without
 * looking at the resolver, the other sets or their errors: it read 91.2 %
 * painted and 85.6 % exact as written, and 94.4 % and 88.7 % after the cue
 * words and title patterns its errors pointed to; it is gated a little
 * under that. The holdout set checks generalisation and is never tuned on;
 * it is not gated at 95 % because the resolver does not reach that there
 * (about 82 % painted, 78 % exact, unchanged by the second set's tuning),
 * only guarded against a collapse. Run with SENSES_ERRORS=1 to list wrong
 * labels.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { evaluateSenses, formatAccuracyTable, formatErrors, loadLabelledSet, ratio, tally } from './sense-eval';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/senses');
const lexicon = buildLexicon(bundledPack);

/** The tuned sets' gates: issue 4's for the first; the second's measured accuracy less a few labels. */
const TUNED_SETS = [
  { name: 'dev set', file: 'dev-set.jsonl', floor: { painted: 0.95, exact: 0.95 } },
  { name: 'second dev set', file: 'dev-set-2.jsonl', floor: { painted: 0.93, exact: 0.87 } },
];

describe('sense resolver accuracy', () => {
  it.each(TUNED_SETS)('on the $name is at least its floor, painted and exact', ({ name, file, floor }) => {
    const outcomes = evaluateSenses(lexicon, loadLabelledSet(path.join(fixtures, file)));
    console.log(formatAccuracyTable(name, outcomes));
    if (process.env.SENSES_ERRORS) console.log(formatErrors(outcomes));
    const t = tally(outcomes);
    expect(ratio(t.painted, t.total)).toBeGreaterThanOrEqual(floor.painted);
    expect(ratio(t.exact, t.total)).toBeGreaterThanOrEqual(floor.exact);
  });

  it('on the holdout set is reported', () => {
    const outcomes = evaluateSenses(lexicon, loadLabelledSet(path.join(fixtures, 'holdout-set.jsonl')));
    console.log(formatAccuracyTable('holdout set (not tuned on)', outcomes));
    const t = tally(outcomes);
    // Not gated at 95 % (measured: about 82 % painted, 78 % exact); a floor under that still catches a collapse.
    expect(ratio(t.painted, t.total)).toBeGreaterThanOrEqual(0.78);
  });
});
