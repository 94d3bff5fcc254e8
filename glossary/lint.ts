/**
 * Validates a glossary pack beyond what the schema can see: ids unique,
 * every cross-reference resolves, every comparison cell filled, no surface
 * form claimed by two terms unless both declare it shared. Used by
 * `npm run glossary -- --check` and by the pack importer.
 */
import { domainSenseOf } from './lexicon';
import { canonicalForm, formKey, isCaseSensitiveForm } from './normalize';
import { packSchema, type Pack } from './schema';

export interface LintResult {
  /** The parsed pack, when the schema accepted it (it may still have lint errors). */
  pack?: Pack;
  errors: string[];
}

/** Describes a zod issue path with the term or comparison id, so authors find the spot. */
function where(input: unknown, path: PropertyKey[]): string {
  let label = '';
  let node: unknown = input;
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node && typeof node === 'object' && 'id' in node ? node.id : undefined;
    label +=
      typeof key === 'number'
        ? `[${key}]${typeof id === 'string' ? ` (${id})` : ''}`
        : `${label ? '.' : ''}${String(key)}`;
  }
  return label || '(pack)';
}

export function lintPack(input: unknown): LintResult {
  const parsed = packSchema.safeParse(input);
  if (!parsed.success) {
    return { errors: parsed.error.issues.map((issue) => `${where(input, issue.path)}: ${issue.message}`) };
  }
  const pack = parsed.data;
  const errors: string[] = [];
  const termIds = new Set<string>();
  const categoryIds = new Set(pack.categories.map((c) => c.id));

  for (const duplicate of duplicates(pack.categories.map((c) => c.id)))
    errors.push(`category "${duplicate}": id used twice`);
  for (const duplicate of duplicates(pack.terms.map((t) => t.id))) errors.push(`term "${duplicate}": id used twice`);
  for (const duplicate of duplicates(pack.comparisons.map((c) => c.id)))
    errors.push(`comparison "${duplicate}": id used twice`);
  for (const term of pack.terms) termIds.add(term.id);

  const formOwners = new Map<string, { termId: string; form: string }[]>();
  for (const term of pack.terms) {
    const at = `term "${term.id}"`;
    if (!categoryIds.has(term.category)) errors.push(`${at}.category: unknown category "${term.category}"`);
    if (term.forms.en.length + term.forms.zh.length === 0) errors.push(`${at}.forms: has no surface forms`);
    for (const id of term.related) {
      if (!termIds.has(id)) errors.push(`${at}.related: unknown term "${id}"`);
      if (id === term.id) errors.push(`${at}.related: refers to itself`);
    }
    for (const difference of term.differences) {
      if (!termIds.has(difference.term)) errors.push(`${at}.differences: unknown term "${difference.term}"`);
      if (difference.term === term.id) errors.push(`${at}.differences: compares the term with itself`);
    }
    const senseIds = [domainSenseOf(term).id, ...term.otherSenses.map((s) => s.id)];
    for (const duplicate of duplicates(senseIds)) errors.push(`${at}.otherSenses: sense id "${duplicate}" used twice`);
    for (const shared of term.sharedForms) {
      if (![...term.forms.en, ...term.forms.zh].includes(shared)) {
        errors.push(`${at}.sharedForms: "${shared}" is not one of its forms`);
      }
    }
    for (const note of term.formNotes) {
      if (![...term.forms.en, ...term.forms.zh].includes(note.form)) {
        errors.push(`${at}.formNotes: "${note.form}" is not one of its forms`);
      }
    }
    for (const form of [...term.forms.en, ...term.forms.zh]) {
      if (canonicalForm(form).length < 2 && !/[\u3400-\u9fff]/.test(form)) {
        errors.push(`${at}.forms: "${form}" is too short to match safely`);
      }
      const key = isCaseSensitiveForm(form) ? canonicalForm(form) : formKey(form);
      const owners = formOwners.get(key) ?? [];
      if (!owners.some((o) => o.termId === term.id)) owners.push({ termId: term.id, form });
      formOwners.set(key, owners);
    }
  }

  const byId = new Map(pack.terms.map((t) => [t.id, t]));
  for (const [, owners] of formOwners) {
    if (owners.length < 2) continue;
    const undeclared = owners.filter((o) => !byId.get(o.termId)?.sharedForms.includes(o.form));
    if (undeclared.length > 0) {
      errors.push(
        `form "${owners[0].form}" is claimed by ${owners.map((o) => `"${o.termId}"`).join(' and ')}; ` +
          'list it in sharedForms of each term if it truly belongs to both',
      );
    }
  }

  for (const comparison of pack.comparisons) {
    const at = `comparison "${comparison.id}"`;
    for (const id of comparison.terms) if (!termIds.has(id)) errors.push(`${at}.terms: unknown term "${id}"`);
    for (const duplicate of duplicates(comparison.dimensions.map((d) => d.id))) {
      errors.push(`${at}.dimensions: id "${duplicate}" used twice`);
    }
    for (const dimension of comparison.dimensions) {
      for (const id of comparison.terms) {
        if (!dimension.cells[id]) errors.push(`${at}.dimensions "${dimension.id}": no cell for "${id}"`);
      }
      for (const id of Object.keys(dimension.cells)) {
        if (!comparison.terms.includes(id))
          errors.push(`${at}.dimensions "${dimension.id}": cell for "${id}", which is not compared`);
      }
    }
  }
  return { pack, errors };
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}
