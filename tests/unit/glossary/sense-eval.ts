/**
 * Scores the sense resolver against the labelled sentence sets in
 * tests/fixtures/senses/ through the same path as the extension and the scan
 * CLI (`scanText`). Used by senses-accuracy.test.ts; kept apart so a
 * developer can run it on another pack.
 *
 * A label names an occurrence (`form`, `nth`: the nth exact occurrence of
 * that substring in the text) and its sense. It is judged against the match
 * covering that occurrence:
 * - a domain label (the pharma meaning) is right when the match is painted
 *   with exactly that sense — for PV and PI, whose form two terms share, the
 *   right term's sense;
 * - any other label ("other", or a non-pharma sense) is right when the
 *   occurrence is not painted, or has no match at all. Its "exact sense" is
 *   right when, in addition, the resolver chose that sense where the glossary
 *   lists it.
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from '../../../glossary/lexicon';
import { scanText, type ScanMatch } from '../../../glossary/scan-text';
import type { Lang } from '../../../glossary/schema';

export interface LabelledEntry {
  id: string;
  lang: Lang;
  title?: string;
  text: string;
  labels: { form: string; nth: number; sense: string }[];
}

/**
 * Pharma senses of glossary terms that are planned (docs/glossary-ids.md)
 * but may not be written yet. A label with one of these senses counts as a
 * domain label even while its term is missing, so a missing term shows up
 * as errors instead of as silent "not painted, correct".
 */
export const PLANNED_DOMAIN_SENSES: ReadonlySet<string> = new Set([
  'active_pharmaceutical_ingredient',
  'antibody_drug_conjugate',
  'pharmacokinetics',
  'pharmacodynamics',
  'principal_investigator',
  'proof_of_concept',
  'clinical_research_coordinator',
  'ethics_committee',
  'pharmacovigilance',
]);

export interface LabelOutcome {
  entry: string;
  acronym: string;
  label: string;
  domainLabel: boolean;
  /** The painted decision is right. */
  painted: boolean;
  /** The painted decision is right and so is the chosen sense, where the glossary lists it. */
  exact: boolean;
  /** What the resolver said, for the error listing. */
  got: string;
  /** Whether the glossary has a term matching this occurrence at all. */
  covered: boolean;
}

export interface Tally {
  total: number;
  painted: number;
  exact: number;
}

export function loadLabelledSet(path: string): LabelledEntry[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledEntry);
}

/** The acronym a label is about, for grouping: ＣＭＯ, CMOs and CMO's all count as CMO; PoC as POC. */
export function acronymOf(form: string): string {
  const folded = form.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return folded.replace(/(?:['’]s|s['’]?)$/, '').toUpperCase();
}

/** Start offset of the nth (0-based) occurrence of `form` in `text`, counting overlapping ones. */
function nthIndex(text: string, form: string, nth: number): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(form, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function evaluateSenses(lexicon: Lexicon, entries: LabelledEntry[]): LabelOutcome[] {
  const domainSenses = new Set<string>(PLANNED_DOMAIN_SENSES);
  for (const termId of lexicon.terms.keys()) domainSenses.add(lexicon.sensesOf(termId)[0].id);

  const outcomes: LabelOutcome[] = [];
  for (const entry of entries) {
    const result = scanText(lexicon, entry.text, { title: entry.title ?? '', lang: entry.lang });
    for (const label of entry.labels) {
      const start = nthIndex(entry.text, label.form, label.nth);
      if (start < 0) throw new Error(`${entry.id}: label ${label.form}#${label.nth} is not in the text`);
      const end = start + label.form.length;
      const match: ScanMatch | undefined = result.matches.find((m) => m.start < end && m.end > start);
      const domainLabel = domainSenses.has(label.sense);
      const listed = match ? sensesOfMatch(lexicon, match).has(label.sense) : false;
      let painted: boolean;
      let exact: boolean;
      if (domainLabel) {
        // A longer pharma term that contains the acronym ("IND-enabling studies", "highly potent APIs") is
        // painted and explained as that term, which is right too.
        const inLongerTerm = !!match && match.domain && match.painted && (match.start < start || match.end > end);
        painted = exact = !!match && match.painted && (match.sense === label.sense || inLongerTerm);
      } else {
        painted = !match || !match.painted;
        exact = painted && (!listed || match?.sense === label.sense);
      }
      outcomes.push({
        entry: entry.id,
        acronym: acronymOf(label.form),
        label: label.sense,
        domainLabel,
        painted,
        exact,
        got: match ? `${match.sense}${match.painted ? ' (painted)' : ''} ${match.confidence}` : 'no match',
        covered: !!match,
      });
    }
  }
  return outcomes;
}

/** Every sense the glossary knows for the term(s) a match may stand for (PV, PI: two terms). */
function sensesOfMatch(lexicon: Lexicon, match: ScanMatch): Set<string> {
  const ids = new Set<string>();
  for (const hit of lexicon.findTerms(match.text)) {
    for (const entry of hit.entries) for (const sense of lexicon.sensesOf(entry.termId)) ids.add(sense.id);
  }
  return ids;
}

export function tally(outcomes: LabelOutcome[]): Tally {
  return {
    total: outcomes.length,
    painted: outcomes.filter((o) => o.painted).length,
    exact: outcomes.filter((o) => o.exact).length,
  };
}

export function ratio(part: number, total: number): number {
  return total === 0 ? 1 : part / total;
}

/** A plain-text table: one row per acronym, then the overall row. */
export function formatAccuracyTable(name: string, outcomes: LabelOutcome[]): string {
  const byAcronym = new Map<string, LabelOutcome[]>();
  for (const o of outcomes) byAcronym.set(o.acronym, [...(byAcronym.get(o.acronym) ?? []), o]);
  const pct = (part: number, total: number) => `${(100 * ratio(part, total)).toFixed(1)}%`.padStart(7);
  const row = (key: string, list: LabelOutcome[]) => {
    const t = tally(list);
    return `${key.padEnd(8)} ${String(t.total).padStart(5)} ${pct(t.painted, t.total)} ${pct(t.exact, t.total)}`;
  };
  const lines = [
    `${name}`,
    `${'acronym'.padEnd(8)} ${'labels'.padStart(5)} ${'painted'.padStart(7)} ${'exact'.padStart(7)}`,
  ];
  for (const key of [...byAcronym.keys()].sort()) lines.push(row(key, byAcronym.get(key)!));
  lines.push(row('overall', outcomes));
  return lines.join('\n');
}

/** One line per wrong label, for finding what to fix. */
export function formatErrors(outcomes: LabelOutcome[]): string {
  return outcomes
    .filter((o) => !o.exact)
    .map((o) => `${o.entry.padEnd(22)} ${o.acronym.padEnd(5)} want ${o.label.padEnd(38)} got ${o.got}`)
    .join('\n');
}
