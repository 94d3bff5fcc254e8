/**
 * The settings schema and its tolerant parser. Pure: no storage access here,
 * so the parser runs in unit tests and anywhere settings arrive from
 * (storage, an imported file, a message).
 */
import { z } from 'zod';

z.config({ jitless: true });

export const SETTINGS_VERSION = 1;

/** Each field validated on its own, so one broken value never costs the others. */
export const settingsFields = {
  enabled: z.boolean(),
  /** Host patterns ("example.com" covers its subdomains) where TermLens stays off. */
  disabledSites: z.array(z.string().min(1).max(253)).max(5000),
  highlightStyle: z.enum(['underline', 'background', 'none']),
  occurrences: z.enum(['all', 'first']),
  trigger: z.enum(['hover', 'hover-modifier', 'click']),
  hoverDelayMs: z.number().int().min(0).max(3000),
  language: z.enum(['auto', 'en', 'zh', 'both']),
  theme: z.enum(['auto', 'light', 'dark']),
  /** Matches of ambiguous acronyms below this confidence are not painted. */
  minConfidence: z.number().min(0).max(1),
  /** Category ids the reader chose not to mark. */
  hiddenCategories: z.array(z.string().min(1).max(64)).max(100),
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
      problems.push(`"${key}": ${result.error.issues[0]?.message ?? 'invalid'}; using the default`);
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
