import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeSiteRules,
  DEFAULT_SETTINGS,
  isEnabledForHost,
  MAX_SITES,
  migrateSettings,
  migrations,
  normalizeHostPattern,
  parseSettings,
  parseSettingsFile,
  patternCoversHost,
  serializeSettings,
  SETTINGS_VERSION,
  type Settings,
} from '../../../utils/settings';

const settingsWith = (change: Partial<Settings>): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...change });

describe('parseSettings', () => {
  it('gives the defaults, without problems, when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], migratedFrom: null });
  });

  it('reads a current record as it is', () => {
    const settings = settingsWith({ siteMode: 'only-listed', enabledSites: ['a.org'] });
    expect(parseSettings({ version: SETTINGS_VERSION, ...settings })).toEqual({
      settings,
      problems: [],
      migratedFrom: null,
    });
  });

  it('keeps valid fields and resets broken ones, one problem per field', () => {
    const { settings, problems } = parseSettings({
      version: 2,
      enabled: false,
      highlightStyle: 'background',
      hoverDelayMs: 'slow',
      minConfidence: 7,
      theme: null,
      siteMode: 'sometimes',
    });
    expect(settings.enabled).toBe(false);
    expect(settings.highlightStyle).toBe('background');
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settings.minConfidence).toBe(DEFAULT_SETTINGS.minConfidence);
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(settings.siteMode).toBe('all-except');
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/"hoverDelayMs"/);
    expect(problems.join('\n')).toMatch(/"minConfidence"/);
    expect(problems.join('\n')).toMatch(/"siteMode": expected one of "all-except", "only-listed"/);
  });

  it('drops unknown keys with a problem', () => {
    const { settings, problems } = parseSettings({ version: 2, enabled: true, __proto__: { evil: 1 }, mystery: 1 });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['"mystery": unknown setting; ignored']);
  });

  it('lists a few unknown keys and counts the rest', () => {
    const raw: Record<string, unknown> = { version: 2 };
    for (let i = 0; i < 500; i++) raw[`junk${i}`] = i;
    const { problems } = parseSettings(raw);
    expect(problems).toHaveLength(6);
    expect(problems.at(-1)).toBe('495 more unknown settings ignored');
  });

  it('falls back to defaults when the stored value is not an object', () => {
    for (const raw of ['oops', 42, [1, 2], true]) {
      const { settings, problems } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toHaveLength(1);
    }
  });

  it('never shares arrays with the defaults', () => {
    const { settings } = parseSettings(undefined);
    settings.disabledSites.push('example.com');
    settings.enabledSites.push('example.com');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.enabledSites).toEqual([]);
  });

  it('survives huge values: a 1 MB string, a 1 MB key, a million-entry list', () => {
    const huge = 'x'.repeat(1_000_000);
    const started = performance.now();
    const { settings, problems } = parseSettings({
      version: 2,
      enabled: false,
      theme: huge,
      [huge]: 1,
      hiddenCategories: Array.from({ length: 1_000_000 }, () => 'outsourcing'),
      disabledSites: [huge, 'example.com', ...Array.from({ length: 1_000_000 }, (_, i) => `site${i}.org`)],
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(settings.enabled).toBe(false);
    expect(settings.theme).toBe('auto');
    expect(settings.hiddenCategories).toEqual([]);
    expect(settings.disabledSites).toHaveLength(MAX_SITES - 1);
    expect(settings.disabledSites[0]).toBe('example.com');
    // Problems name the field and stay short, whatever was stored.
    expect(problems.every((problem) => problem.length < 200)).toBe(true);
    expect(problems.map((problem) => problem.slice(0, problem.indexOf(':')))).toEqual([
      '"disabledSites"',
      '"theme"',
      '"hiddenCategories"',
      `"${'x'.repeat(40)}…"`,
    ]);
  });

  it('keeps the valid entries of a site list, normalized and without duplicates', () => {
    const { settings, problems } = parseSettings({
      version: 2,
      disabledSites: ['Example.COM', 'https://www.example.com/news', 42, 'not a site', 'b.org'],
    });
    expect(settings.disabledSites).toEqual(['example.com', 'b.org']);
    expect(problems).toEqual(['"disabledSites": 2 entries are not a host name (42); kept the other 2']);
  });

  it('resets a site list that is not a list', () => {
    const { settings, problems } = parseSettings({ version: 2, enabledSites: 'example.com' });
    expect(settings.enabledSites).toEqual([]);
    expect(problems).toEqual(['"enabledSites": expected an array; using the default']);
  });
});

describe('migrations', () => {
  const v1 = {
    version: 1,
    enabled: true,
    disabledSites: ['example.com'],
    highlightStyle: 'background',
    occurrences: 'first',
    trigger: 'click',
    hoverDelayMs: 400,
    language: 'zh',
    theme: 'dark',
    minConfidence: 0.7,
    hiddenCategories: ['business'],
    showBadge: false,
  };

  it('has one migration per earlier version', () => {
    expect(migrations).toHaveLength(SETTINGS_VERSION);
  });

  it('v0 → v1: an unversioned record gets its version and keeps every field', () => {
    const v0: Partial<typeof v1> = { ...v1 };
    delete v0.version;
    const before = structuredClone(v0);
    expect(migrations[0](v0)).toEqual(v1);
    expect(v0).toEqual(before); // pure: the input is untouched
  });

  it('v1 → v2: adds the site mode ("off on these sites", as v1 behaved) and an empty "on only on" list', () => {
    const before = structuredClone(v1);
    expect(migrations[1](v1)).toEqual({ ...v1, version: 2, siteMode: 'all-except', enabledSites: [] });
    expect(v1).toEqual(before);
  });

  it('v1 → v2 keeps a site mode that is already there', () => {
    const migrated = migrations[1]({ ...v1, siteMode: 'only-listed', enabledSites: ['a.org'] });
    expect(migrated.siteMode).toBe('only-listed');
    expect(migrated.enabledSites).toEqual(['a.org']);
  });

  it('parses a v1 record into the same settings, without problems, and says it migrated', () => {
    const { settings, problems, migratedFrom } = parseSettings(v1);
    expect(problems).toEqual([]);
    expect(migratedFrom).toBe(1);
    expect(settings).toEqual({ ...v1, siteMode: 'all-except', enabledSites: [], version: undefined });
    expect(isEnabledForHost(settings, 'news.example.com')).toBe(false);
  });

  it('parses an unversioned (v0) record through every migration', () => {
    const v0: Partial<typeof v1> = { ...v1 };
    delete v0.version;
    const parsed = parseSettings(v0);
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings).toEqual(parseSettings(v1).settings);
  });

  it('treats a corrupt version as unversioned, with a problem, keeping the fields', () => {
    const { record, from, problems } = migrateSettings({ ...v1, version: 'two' });
    expect(from).toBe(0);
    expect(record.version).toBe(SETTINGS_VERSION);
    expect(problems).toEqual(['"version": expected a whole number; read as an unversioned record']);
    expect(parseSettings({ ...v1, version: -1 }).settings.trigger).toBe('click');
  });

  it('reads a record from a newer TermLens (another synced device) as far as it can', () => {
    const { settings, problems, migratedFrom } = parseSettings({ ...v1, version: 9, futureSetting: true });
    expect(settings.trigger).toBe('click');
    expect(migratedFrom).toBeNull();
    expect(problems).toEqual([
      'written by a newer TermLens (settings version 9); settings this version does not know are ignored',
    ]);
  });
});

describe('normalizeHostPattern', () => {
  const pattern = (input: string) => {
    const result = normalizeHostPattern(input);
    return result.ok ? result.pattern : `error:${result.error}`;
  };

  it('takes host names as typed, in lower case, without "www." or a trailing dot', () => {
    expect(pattern('example.com')).toBe('example.com');
    expect(pattern('  News.Example.COM ')).toBe('news.example.com');
    expect(pattern('www.example.com')).toBe('example.com');
    expect(pattern('example.com.')).toBe('example.com');
    expect(pattern('localhost')).toBe('localhost');
    expect(pattern('xn--bcher-kva.de')).toBe('xn--bcher-kva.de');
    expect(pattern('my_intranet.corp')).toBe('my_intranet.corp');
  });

  it('takes the host out of a pasted URL or host:port', () => {
    expect(pattern('https://www.Example.com:8443/path?q=1#top')).toBe('example.com');
    expect(pattern('http://user:pw@news.example.com/')).toBe('news.example.com');
    expect(pattern('example.com/some/page')).toBe('example.com');
    expect(pattern('example.com:8080')).toBe('example.com');
    expect(pattern('127.0.0.1:3000')).toBe('127.0.0.1');
    expect(pattern('http://[::1]:8080/x')).toBe('[::1]');
    expect(pattern('[::1]:8080')).toBe('[::1]');
  });

  it('accepts "*.example.com" as the same as "example.com"', () => {
    expect(pattern('*.example.com')).toBe('example.com');
    expect(pattern('https://*.example.com/')).toBe('example.com');
  });

  it('stores international domain names as browsers report them (punycode)', () => {
    expect(pattern('Bücher.de')).toBe('xn--bcher-kva.de');
    expect(pattern('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
  });

  it('rejects garbage with a reason', () => {
    expect(pattern('')).toBe('error:empty');
    expect(pattern('   ')).toBe('error:empty');
    expect(pattern('not a site')).toBe('error:invalid');
    expect(pattern('asdf')).toBe('error:invalid');
    expect(pattern('com')).toBe('error:invalid');
    expect(pattern('news.*.com')).toBe('error:wildcard');
    expect(pattern('*')).toBe('error:wildcard');
    expect(pattern('exa!mple.com')).toBe('error:invalid');
    expect(pattern('-example.com')).toBe('error:invalid');
    expect(pattern('example..com')).toBe('error:invalid');
    expect(pattern('file:///home/me/page.html')).toBe('error:invalid');
    expect(pattern('javascript:alert(1)')).toBe('error:invalid');
    expect(pattern(`${'a'.repeat(64)}.com`)).toBe('error:invalid');
    expect(pattern(Array.from({ length: 60 }, () => 'abcd').join('.'))).toBe('error:too-long');
    expect(pattern('x'.repeat(1_000_000))).toBe('error:too-long');
  });

  it('is idempotent: a stored pattern normalizes to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.domain(), fc.webUrl(), fc.string()), (input) => {
        const once = normalizeHostPattern(input);
        if (!once.ok) return;
        expect(normalizeHostPattern(once.pattern)).toEqual(once);
      }),
    );
  });
});

describe('isEnabledForHost', () => {
  it('turns off for a listed site and its subdomains, not for look-alikes', () => {
    const settings = settingsWith({ disabledSites: ['example.com'] });
    expect(isEnabledForHost(settings, 'example.com')).toBe(false);
    expect(isEnabledForHost(settings, 'news.example.com')).toBe(false);
    expect(isEnabledForHost(settings, 'www.example.com')).toBe(false);
    expect(isEnabledForHost(settings, 'EXAMPLE.com.')).toBe(false);
    expect(isEnabledForHost(settings, 'notexample.com')).toBe(true);
    expect(isEnabledForHost(settings, 'example.com.evil.org')).toBe(true);
  });

  it('a subdomain pattern does not cover its parent', () => {
    const settings = settingsWith({ disabledSites: ['news.example.com'] });
    expect(isEnabledForHost(settings, 'a.news.example.com')).toBe(false);
    expect(isEnabledForHost(settings, 'example.com')).toBe(true);
    expect(isEnabledForHost(settings, 'blog.example.com')).toBe(true);
  });

  it('in "only-listed" mode runs only on the listed sites and their subdomains', () => {
    const settings = settingsWith({
      siteMode: 'only-listed',
      enabledSites: ['fiercepharma.com', '127.0.0.1'],
      disabledSites: ['fiercepharma.com'], // the other mode's list has no say
    });
    expect(isEnabledForHost(settings, 'www.fiercepharma.com')).toBe(true);
    expect(isEnabledForHost(settings, '127.0.0.1')).toBe(true);
    expect(isEnabledForHost(settings, 'example.com')).toBe(false);
    expect(isEnabledForHost(settings, '')).toBe(false);
    expect(isEnabledForHost(settingsWith({ siteMode: 'only-listed' }), 'example.com')).toBe(false);
  });

  it('is off everywhere when disabled', () => {
    expect(isEnabledForHost(settingsWith({ enabled: false }), 'a.org')).toBe(false);
    expect(
      isEnabledForHost(settingsWith({ enabled: false, siteMode: 'only-listed', enabledSites: ['a.org'] }), 'a.org'),
    ).toBe(false);
  });

  it('stays quick with a thousand sites', () => {
    const settings = settingsWith({ disabledSites: Array.from({ length: 1000 }, (_, i) => `site${i}.example.org`) });
    const started = performance.now();
    for (let i = 0; i < 1000; i++) isEnabledForHost(settings, 'news.pharma-site.com');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('patternCoversHost matches whole labels only', () => {
    expect(patternCoversHost('ample.com', 'example.com')).toBe(false);
    expect(patternCoversHost('example.com', 'a.b.example.com')).toBe(true);
  });
});

describe('changeSiteRules (the "on this site" switch)', () => {
  it('"all-except": off adds the host, on removes every pattern covering it', () => {
    const rules = settingsWith({ disabledSites: ['example.com', 'other.org'] });
    expect(changeSiteRules(rules, 'www.news.site.com', false).disabledSites).toEqual([
      'example.com',
      'other.org',
      'news.site.com',
    ]);
    expect(changeSiteRules(rules, 'news.example.com', true).disabledSites).toEqual(['other.org']);
  });

  it('"only-listed": on adds the host, off removes every pattern covering it', () => {
    const rules = settingsWith({ siteMode: 'only-listed', enabledSites: ['example.com'] });
    expect(changeSiteRules(rules, 'a.org', true).enabledSites).toEqual(['example.com', 'a.org']);
    expect(changeSiteRules(rules, 'news.example.com', false).enabledSites).toEqual([]);
  });

  it('changes nothing when the site is already as asked, and never the other list', () => {
    const rules = settingsWith({ disabledSites: ['example.com'], enabledSites: ['keep.org'] });
    expect(changeSiteRules(rules, 'example.com', false)).toEqual({
      disabledSites: ['example.com'],
      enabledSites: ['keep.org'],
    });
  });
});

describe('settings files', () => {
  it('round-trips: an exported file imports as the same settings', () => {
    const settings = settingsWith({
      siteMode: 'only-listed',
      enabledSites: ['example.com', '127.0.0.1'],
      trigger: 'click',
      language: 'zh',
      hiddenCategories: ['outsourcing'],
    });
    const text = serializeSettings(settings);
    expect(JSON.parse(text)).toMatchObject({ version: SETTINGS_VERSION });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings });
  });

  it('imports a file from an earlier version, migrated', () => {
    const result = parseSettingsFile(JSON.stringify({ version: 1, disabledSites: ['Example.com'], theme: 'dark' }));
    expect(result).toEqual({
      ok: true,
      settings: settingsWith({ disabledSites: ['example.com'], theme: 'dark' }),
    });
  });

  it('rejects an invalid file with an error naming the field', () => {
    const bad = (raw: object) => parseSettingsFile(JSON.stringify(raw));
    expect(bad({ version: 2, theme: 'sepia' })).toEqual({
      ok: false,
      error: '"theme": expected one of "auto", "light", "dark"',
    });
    expect(bad({ version: 2, hoverDelayMs: 99999, enabled: true })).toEqual({
      ok: false,
      error: '"hoverDelayMs": too large (at most 3000)',
    });
    expect(bad({ version: 2, disabledSites: ['ok.com', 'no way'] })).toMatchObject({
      ok: false,
      error: '"disabledSites": 1 entry is not a host name ("no way")',
    });
    expect(bad({ version: 2, colour: 'red' })).toEqual({ ok: false, error: '"colour": unknown setting' });
  });

  it('rejects what is not a settings file at all', () => {
    expect(parseSettingsFile('not json {')).toEqual({ ok: false, error: 'the file is not JSON' });
    expect(parseSettingsFile('[1,2]')).toEqual({ ok: false, error: 'the file does not hold a settings object' });
    expect(parseSettingsFile('null')).toEqual({ ok: false, error: 'the file does not hold a settings object' });
    expect(parseSettingsFile('{}')).toEqual({ ok: false, error: 'the file holds no TermLens settings' });
    expect(parseSettingsFile('{"name":"termlens","dependencies":{}}')).toEqual({
      ok: false,
      error: 'the file holds no TermLens settings',
    });
    expect(parseSettingsFile(' '.repeat(3_000_000))).toEqual({
      ok: false,
      error: 'the file is too large to be a settings file',
    });
  });

  it('rejects a file with a 1 MB value, with a short message', () => {
    const result = parseSettingsFile(JSON.stringify({ version: 2, language: 'x'.repeat(1_000_000) }));
    expect(result).toEqual({ ok: false, error: '"language": expected one of "auto", "en", "zh", "both"' });
  });
});
