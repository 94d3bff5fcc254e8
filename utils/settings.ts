/**
 * The settings schema, its migrations and its tolerant parser. Pure: no
 * storage access here, so the parser runs in unit tests and anywhere settings
 * arrive from (storage, an imported file, a message).
 */
// zod/mini: this module is bundled into the content script, which runs on every page.
import * as z from 'zod/mini';

z.config({ jitless: true });

export const SETTINGS_VERSION = 2;

/** More sites than storage.sync could ever hold; a cap so a corrupt or hostile value stays cheap to read. */
export const MAX_SITES = 10_000;

/** Each field validated on its own, so one broken value never costs the others. */
export const settingsFields = {
  enabled: z.boolean(),
  /** "all-except": on everywhere but `disabledSites`; "only-listed": on only on `enabledSites`. */
  siteMode: z.enum(['all-except', 'only-listed']),
  /** Host patterns ("example.com" covers its subdomains) where TermLens stays off in "all-except" mode. */
  disabledSites: z.array(z.string()),
  /** Host patterns where TermLens runs in "only-listed" mode. */
  enabledSites: z.array(z.string()),
  highlightStyle: z.enum(['underline', 'background', 'none']),
  occurrences: z.enum(['all', 'first']),
  trigger: z.enum(['hover', 'hover-modifier', 'click']),
  hoverDelayMs: z.number().check(z.multipleOf(1), z.minimum(0), z.maximum(3000)),
  language: z.enum(['auto', 'en', 'zh', 'both']),
  theme: z.enum(['auto', 'light', 'dark']),
  /** Matches of ambiguous acronyms below this confidence are not painted. */
  minConfidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** Category ids the reader chose not to mark. */
  hiddenCategories: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(100)),
  showBadge: z.boolean(),
};

export type Settings = { [K in keyof typeof settingsFields]: z.output<(typeof settingsFields)[K]> };
export type SiteListKey = 'disabledSites' | 'enabledSites';
export const SITE_LIST_KEYS: readonly SiteListKey[] = ['disabledSites', 'enabledSites'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  siteMode: 'all-except',
  disabledSites: [],
  enabledSites: [],
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

// --- Host patterns -----------------------------------------------------------

export type HostPatternError = 'empty' | 'too-long' | 'wildcard' | 'invalid';
export type HostPatternResult = { ok: true; pattern: string } | { ok: false; error: HostPatternError };

/** Longer input cannot be a host name, even as a pasted URL; never worth parsing. */
const MAX_PATTERN_INPUT = 2048;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * Turns what a reader typed or pasted into a stored host pattern: lower case,
 * without scheme, path, port or a leading "www." or "*." (both mean the same
 * as the bare domain, since a pattern always covers its subdomains); IDN in
 * punycode, as `location.hostname` has it.
 */
export function normalizeHostPattern(input: string): HostPatternResult {
  let s = input.trim().toLowerCase();
  if (s === '') return { ok: false, error: 'empty' };
  if (s.length > MAX_PATTERN_INPUT) return { ok: false, error: 'too-long' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return { ok: false, error: 'invalid' };
    }
  } else {
    s = s.replace(/[/?#].*$/, '').replace(/^.*@/, '');
    s = s.startsWith('[') ? s.replace(/(\])(:\d*)?$/, '$1') : s.replace(/:\d*$/, '');
  }
  if (s.startsWith('*.')) s = s.slice(2);
  if (s.includes('*')) return { ok: false, error: 'wildcard' };
  s = s.replace(/\.$/, '').replace(/^www\./, '');
  if (/[^\x20-\x7e]/.test(s)) {
    // An international domain name: the URL parser applies IDNA, as browsers do for location.hostname.
    try {
      s = new URL(`http://${s}`).hostname;
    } catch {
      return { ok: false, error: 'invalid' };
    }
  }
  if (s.length > 253) return { ok: false, error: 'too-long' };
  if (IPV6.test(s)) return { ok: true, pattern: s };
  const labels = s.split('.');
  // One word is far more often a typo than an intranet host ("google", "asdf"); localhost is the exception.
  if (!labels.every((label) => LABEL.test(label)) || (labels.length < 2 && s !== 'localhost')) {
    return { ok: false, error: 'invalid' };
  }
  return { ok: true, pattern: s };
}

/** The form of a page's host that patterns are compared with. */
function comparableHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** Whether a normalized pattern covers this host: the domain itself or any subdomain of it. */
export function patternCoversHost(pattern: string, host: string): boolean {
  const h = comparableHost(host);
  return (
    h === pattern || (h.length > pattern.length && h.endsWith(pattern) && h[h.length - pattern.length - 1] === '.')
  );
}

type SiteRules = Pick<Settings, 'siteMode' | 'disabledSites' | 'enabledSites'>;

/** Whether the per-site rules let TermLens run on this host, regardless of the global switch. */
export function siteRulesAllow(rules: SiteRules, host: string): boolean {
  const covers = (pattern: string) => patternCoversHost(pattern, host);
  return rules.siteMode === 'only-listed' ? rules.enabledSites.some(covers) : !rules.disabledSites.some(covers);
}

/** Whether TermLens runs on a page of this host under these settings. */
export function isEnabledForHost(settings: Pick<Settings, 'enabled'> & SiteRules, host: string): boolean {
  return settings.enabled && siteRulesAllow(settings, host);
}

/**
 * The site lists with this host turned on or off under the current mode, for
 * a one-click "on this site" switch. Turning a site off in "all-except" mode
 * (or on in "only-listed" mode) adds the host; the reverse removes every
 * pattern that covers it, a parent domain's included: the reader asked for
 * this page to change.
 */
export function changeSiteRules(rules: SiteRules, host: string, on: boolean): Pick<Settings, SiteListKey> {
  const listKey: SiteListKey = rules.siteMode === 'only-listed' ? 'enabledSites' : 'disabledSites';
  const list = rules[listKey];
  const next = { disabledSites: [...rules.disabledSites], enabledSites: [...rules.enabledSites] };
  if (siteRulesAllow(rules, host) === on) return next;
  const adding = (listKey === 'enabledSites') === on;
  if (adding) {
    const normalized = normalizeHostPattern(host);
    if (normalized.ok) next[listKey] = [...list, normalized.pattern];
  } else {
    next[listKey] = list.filter((pattern) => !patternCoversHost(pattern, host));
  }
  return next;
}

// --- Migrations --------------------------------------------------------------

type SettingsRecord = Record<string, unknown>;

/**
 * `migrations[n]` turns a version-n record into a version-(n + 1) record.
 * Each one is pure and only fills in what is missing, so running it on a
 * record that is already newer (a corrupt version number) changes nothing.
 */
export const migrations: readonly ((record: SettingsRecord) => SettingsRecord)[] = [
  /** v0, development builds before the record had a `version`: the same fields as v1. */
  (record) => ({ ...record, version: 1 }),
  /** v2 adds "on only on these sites"; v1 only knew "off on these sites". */
  (record) => ({
    ...record,
    version: 2,
    siteMode: record.siteMode ?? 'all-except',
    enabledSites: record.enabledSites ?? [],
  }),
];

export interface MigratedRecord {
  record: SettingsRecord;
  /** The version the record had (greater than SETTINGS_VERSION when a newer TermLens wrote it). */
  from: number;
  problems: string[];
}

/** Brings a stored record of any earlier version to SETTINGS_VERSION. */
export function migrateSettings(record: SettingsRecord): MigratedRecord {
  const problems: string[] = [];
  const version = record.version;
  let from: number;
  if (version === undefined) from = 0;
  else if (Number.isInteger(version) && (version as number) >= 0) from = version as number;
  else {
    problems.push(`"version": expected a whole number; read as an unversioned record`);
    from = 0;
  }
  let migrated = record;
  for (let v = from; v < SETTINGS_VERSION; v++) migrated = migrations[v](migrated);
  return { record: migrated, from, problems };
}

// --- Parsing -----------------------------------------------------------------

export interface ParsedSettings {
  settings: Settings;
  /** One readable line per field that was missing, invalid or unknown; empty when all was well. */
  problems: string[];
  /** The version the stored record was migrated from, or null when it was current (or absent). */
  migratedFrom: number | null;
}

/** Unknown keys listed one by one before the rest are counted. */
const MAX_UNKNOWN_LISTED = 5;

/**
 * Reads stored settings field by field: valid fields are kept, broken ones
 * fall back to their default with a problem, unknown keys are dropped.
 * Site lists keep their valid entries, normalized. Never throws. Missing
 * fields are normal (a fresh install) and not problems.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { settings, problems: [], migratedFrom: null };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const kind = Array.isArray(raw) ? 'an array' : typeof raw;
    return { settings, problems: [`stored settings are ${kind}, not an object; using defaults`], migratedFrom: null };
  }
  const original = raw as SettingsRecord;
  const { record, from, problems } = migrateSettings(original);
  const fromNewer = from > SETTINGS_VERSION;
  if (fromNewer) {
    problems.push(
      `written by a newer TermLens (settings version ${from}); settings this version does not know are ignored`,
    );
  }
  for (const key of Object.keys(settingsFields) as (keyof Settings)[]) {
    if (!Object.hasOwn(record, key)) continue;
    if (key === 'disabledSites' || key === 'enabledSites') {
      const { sites, problem } = parseSiteList(record[key]);
      settings[key] = sites;
      if (problem) problems.push(`"${key}": ${problem}`);
      continue;
    }
    const result = settingsFields[key].safeParse(record[key]);
    if (result.success) {
      (settings as Record<string, unknown>)[key] = result.data;
    } else {
      problems.push(`"${key}": ${describeIssue(result.error.issues[0])}; using the default`);
    }
  }
  if (!fromNewer) {
    const unknown = Object.keys(original).filter((key) => key !== 'version' && !Object.hasOwn(settingsFields, key));
    for (const key of unknown.slice(0, MAX_UNKNOWN_LISTED)) problems.push(`"${clip(key)}": unknown setting; ignored`);
    if (unknown.length > MAX_UNKNOWN_LISTED) {
      problems.push(`${unknown.length - MAX_UNKNOWN_LISTED} more unknown settings ignored`);
    }
  }
  return { settings, problems, migratedFrom: from < SETTINGS_VERSION ? from : null };
}

/** A site list's valid entries, normalized and without duplicates, and what was dropped. */
function parseSiteList(value: unknown): { sites: string[]; problem?: string } {
  if (!Array.isArray(value)) return { sites: [], problem: `expected an array; using the default` };
  const sites = new Set<string>();
  const dropped: string[] = [];
  for (const entry of value.slice(0, MAX_SITES)) {
    const normalized = typeof entry === 'string' ? normalizeHostPattern(entry) : null;
    if (normalized?.ok) sites.add(normalized.pattern);
    else dropped.push(describeValue(entry));
  }
  const notes: string[] = [];
  if (dropped.length > 0) {
    notes.push(
      `${dropped.length} ${dropped.length === 1 ? 'entry is' : 'entries are'} not a host name (${dropped[0]})`,
    );
  }
  if (value.length > MAX_SITES) notes.push(`more than ${MAX_SITES} sites`);
  return notes.length > 0
    ? { sites: [...sites], problem: `${notes.join(', ')}; kept the other ${sites.size}` }
    : { sites: [...sites] };
}

/** A value as a problem line shows it: never more than its start. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'object') return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/** Long values are shown by their start: a problem line must stay readable. */
function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
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

// --- Settings files (export and import) ---------------------------------------

/** A settings file is a few kilobytes; anything far larger is not one, and is not even read. */
export const MAX_SETTINGS_FILE_BYTES = 2_000_000;
export const SETTINGS_FILE_TOO_LARGE = 'the file is too large to be a settings file';

/** The text of an exported settings file: the stored record, readable. */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify({ version: SETTINGS_VERSION, ...settings }, null, 2)}\n`;
}

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; error: string };

/**
 * Reads an imported settings file with the same parser as storage, but
 * strictly: any problem rejects the whole file, so an import never leaves
 * half-applied settings. Files from earlier versions are migrated.
 */
export function parseSettingsFile(text: string): SettingsFileResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: SETTINGS_FILE_TOO_LARGE };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'the file does not hold a settings object' };
  }
  if (!Object.keys(raw).some((key) => key === 'version' || Object.hasOwn(settingsFields, key))) {
    return { ok: false, error: 'the file holds no TermLens settings' };
  }
  const { settings, problems } = parseSettings(raw);
  // What storage would do about a problem ("using the default") does not apply: the file is refused.
  const reasons = problems.map((problem) => problem.replace(/; (using the default|ignored|kept the other \d+)$/, ''));
  if (problems.length > 0) return { ok: false, error: reasons.join('; ') };
  return { ok: true, settings };
}
