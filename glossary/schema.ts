/**
 * The glossary pack format. The bundled glossary is a pack, and packs that
 * users import are validated by the same schema, so everything the content
 * script, popup and CLI read has passed through here.
 *
 * Cross-references (related ids, differences, comparisons) are checked by
 * `lintPack` in lint.ts, because zod validates one value at a time.
 */
import { z } from 'zod';

// zod v4 probes for eval support with `new Function('')` unless told not to.
// The extension CSP forbids eval and web-ext lint flags the probe, so we opt
// out everywhere this module is loaded.
z.config({ jitless: true });

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Stable kebab-case id of a term, category, comparison or pack: `cdmo`, `phase-1`. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

/** Sense ids are the snake_case of the sense's English expansion: `chief_marketing_officer`. */
export const snakeId = z
  .string()
  .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'must be snake_case (a-z, 0-9, single underscores)');

/** One text in both languages; both are required. */
export const localizedText = z.strictObject({ en: nonEmpty, zh: nonEmpty });

/** A list of strings per language (surface forms, cue words). */
export const localizedList = z.strictObject({
  en: z.array(nonEmpty),
  zh: z.array(nonEmpty),
});

/** The tooltip has room for a sentence or two; longer text belongs in `details`. */
export const SHORT_MAX = { en: 240, zh: 120 } as const;

export const shortText = z.strictObject({
  en: nonEmpty.max(SHORT_MAX.en, `must be at most ${SHORT_MAX.en} characters`),
  zh: nonEmpty.max(SHORT_MAX.zh, `must be at most ${SHORT_MAX.zh} characters`),
});

/** A meaning of an acronym outside the pack's domain (CMO = Chief Marketing Officer). */
export const otherSenseSchema = z.strictObject({
  id: snakeId,
  expansion: localizedText,
  short: shortText,
  /** Words near the acronym that point to this meaning ("appointed", "首席"). */
  cues: localizedList,
});

/** How this term differs from a term it is confused with, in one sentence. */
export const differenceSchema = z.strictObject({
  term: kebabId,
  en: nonEmpty,
  zh: nonEmpty,
});

/** A remark on one surface form, e.g. CFDA is a former name of NMPA. */
export const formNoteSchema = z.strictObject({
  form: nonEmpty,
  en: nonEmpty,
  zh: nonEmpty,
});

export const termSchema = z.strictObject({
  id: kebabId,
  category: kebabId,
  /** Heading shown to the reader: the acronym for acronyms ("CDMO"), else the term ("Deviation" / "偏差"). */
  name: localizedText,
  /** Full name of an acronym: "Contract Development and Manufacturing Organization" / "合同研发生产组织". */
  expansion: localizedText.optional(),
  /**
   * Every surface form the matcher looks for, per language. Forms with an
   * uppercase letter after the first character of a word (CMO, cGMP, mAb)
   * match case-sensitively; others ignore case. Plurals and possessives
   * (CMOs, CRO's) and hyphen/space variants are handled by the matcher.
   */
  forms: localizedList,
  short: shortText,
  details: localizedText,
  differences: z.array(differenceSchema).default([]),
  related: z.array(kebabId).default([]),
  /** Regulations and guidelines that define the term, by name: "ICH Q7", "21 CFR 211". */
  references: z.array(nonEmpty).default([]),
  /** Words near the term that point to its domain meaning ("batch", "产能"). */
  cues: localizedList.default({ en: [], zh: [] }),
  otherSenses: z.array(otherSenseSchema).default([]),
  /**
   * Forms this term deliberately shares with another term of the pack
   * (PV: pharmacovigilance and process validation); the resolver picks one
   * from context. Any other form claimed by two terms is a lint error.
   */
  sharedForms: z.array(nonEmpty).default([]),
  formNotes: z.array(formNoteSchema).default([]),
});

export const categorySchema = z.strictObject({
  id: kebabId,
  name: localizedText,
});

export const comparisonDimensionSchema = z.strictObject({
  id: kebabId,
  label: localizedText,
  /** One cell per compared term id. */
  cells: z.record(kebabId, localizedText),
});

export const comparisonSchema = z.strictObject({
  id: kebabId,
  title: localizedText,
  /** One-sentence summary shown above the table. */
  summary: localizedText.optional(),
  terms: z.array(kebabId).min(2, 'must compare at least two terms'),
  dimensions: z.array(comparisonDimensionSchema).min(1, 'must have at least one dimension'),
});

export const packSchema = z.strictObject({
  id: kebabId,
  name: localizedText,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like 1.2.3'),
  /** What the pack is about; the bundled one is "pharma". */
  domain: kebabId,
  categories: z.array(categorySchema),
  terms: z.array(termSchema),
  comparisons: z.array(comparisonSchema).default([]),
});

/** A term as written in data files (defaults may be omitted). */
export type TermInput = z.input<typeof termSchema>;
export type ComparisonInput = z.input<typeof comparisonSchema>;
export type PackInput = z.input<typeof packSchema>;

export type Term = z.output<typeof termSchema>;
export type OtherSense = z.output<typeof otherSenseSchema>;
export type Comparison = z.output<typeof comparisonSchema>;
export type Category = z.output<typeof categorySchema>;
export type Pack = z.output<typeof packSchema>;
export type Lang = 'en' | 'zh';
export type LocalizedText = z.output<typeof localizedText>;
