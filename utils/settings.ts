/**
 * The settings schema and its tolerant parser. Pure: no storage access here,
 * so the parser runs in unit tests and anywhere settings arrive from
 * (storage, an imported file, a message).
 */
// zod/mini: this module is bundled into the content script, which runs on every page.
import * as z from 'zod/mini';

z.config({ jitless: true });

export const SETTINGS_VERSION = 1;

/** Each field validated on its own, so one broken value never costs the others. */
export const settingsFields = {
  enabled: z.boolean(),
  /** Host patterns ("example.com" covers its subdomains) where TermLens stays off. */
  disabledSites: z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(5000)),
  highlightStyle: z.enum(['underline', 'background', 'none']),
  occurrences: z.enum(['all', 'first']),
  trigger: z.enum(['hover', 'hover-modifier', 'click']),
  hoverDelayMs: z.int().check(z.minimum(0), z.maximum(3000)),
  language: z.enum(['auto', 'en', 'zh', 'both']),
  theme: z.enum(['auto', 'light', 'dark']),
  /** Matches of ambiguous acronyms below this confidence are not painted. */
  minConfidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** Category ids the reader chose not to mark. */
  hiddenCategories: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(100)),
  showBadge: z.boolean(),
};

export type Settings = { [K in keyof typeof settingsFields]: z.output<(typeof settingsFields)[K]> };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  occurrences: 'all',
  trigger: 'hover',
  hoverDelayMs: 250,
  language: 'auto',
  theme: 'auto',
  minConfidence: 0.6,
  hiddenCategories: [],
  showBadge: true,
});

export interface ParsedSettings {
  settings: Settings;
  /** One readable line per field that was missing, invalid or unknown; empty when all was well. */
  problems: string[];
}

/**
 * Reads stored settings field by field: valid fields are kept, broken ones
 * fall back to their default with a problem, unknown keys are dropped.
 * Never throws. Missing fields are normal (a fresh install) and not problems.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`stored settings are ${Array.isArray(raw) ? 'an array' : typeof raw}, not an object; using defaults`);
    return { settings, problems };
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(settingsFields) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const result = settingsFields[key].safeParse(record[key]);
    if (result.success) {
      (settings as Record<string, unknown>)[key] = result.data;
    } else {
      problems.push(`"${key}": ${describeIssue(result.error.issues[0])}; using the default`);
    }
  }
  for (const key of Object.keys(record)) {
    if (key !== 'version' && !(key in settingsFields)) problems.push(`"${key}": unknown setting; ignored`);
  }
  return { settings, problems };
}

/** Whether TermLens runs on a page of this host under these settings. */
export function isEnabledForHost(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  const h = host.toLowerCase().replace(/^www\./, '');
  return !settings.disabledSites.some((site) => {
    const s = site.toLowerCase().replace(/^www\./, '');
    return h === s || h.endsWith('.' + s);
  });
}

/** A short reason for a rejected value, without zod's message catalogue (kept out of the content script). */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid value';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return `too large (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `too small (at least ${String(issue.minimum)})`;
    default:
      return 'invalid value';
  }
}
