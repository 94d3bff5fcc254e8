/**
 * node --import tsx scripts/bench/matcher-process.ts [--quick]
 *
 * One matcher measurement (`benchMatcher`) in a process of its own, printed
 * as JSON on stdout. The bench runs several of these (see
 * `benchMatcherInFreshProcesses`): a content script's matcher starts in a
 * fresh V8 isolate, and how fast V8 compiles the hot loop varies from
 * process to process and moves inside a long-lived one.
 */
import { bundledPack } from '../../glossary/data';
import { buildLexicon } from '../../glossary/build-lexicon';
import { toMatchData } from '../../glossary/match-data';
import { quickCorpusEntries, readCorpusIndex } from './corpus';
import { benchMatcher, matcherTexts } from './matcher-bench';

const quick = process.argv.includes('--quick');
const data = toMatchData([bundledPack]);
const corpus = readCorpusIndex();
const entries = 'missing' in corpus ? null : quick ? quickCorpusEntries(corpus.entries) : corpus.entries;
const results = benchMatcher(buildLexicon(data), data, matcherTexts(data, entries), { quick });
process.stdout.write(JSON.stringify(results) + '\n');
