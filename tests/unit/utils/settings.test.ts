import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isEnabledForHost, parseSettings } from '../../../utils/settings';

describe('parseSettings', () => {
  it('gives the defaults, without problems, when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and resets broken ones, one problem per field', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      enabled: false,
      highlightStyle: 'background',
      hoverDelayMs: 'slow',
      minConfidence: 7,
      theme: null,
    });
    expect(settings.enabled).toBe(false);
    expect(settings.highlightStyle).toBe('background');
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settings.minConfidence).toBe(DEFAULT_SETTINGS.minConfidence);
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/"hoverDelayMs"/);
    expect(problems.join('\n')).toMatch(/"minConfidence"/);
  });

  it('drops unknown keys with a problem', () => {
    const { settings, problems } = parseSettings({ enabled: true, __proto__: { evil: 1 }, mystery: 1 });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['"mystery": unknown setting; ignored']);
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
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('isEnabledForHost', () => {
  it('turns off for a listed site and its subdomains, not for look-alikes', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isEnabledForHost(settings, 'example.com')).toBe(false);
    expect(isEnabledForHost(settings, 'news.example.com')).toBe(false);
    expect(isEnabledForHost(settings, 'www.example.com')).toBe(false);
    expect(isEnabledForHost(settings, 'notexample.com')).toBe(true);
  });

  it('is off everywhere when disabled', () => {
    expect(isEnabledForHost({ ...DEFAULT_SETTINGS, enabled: false }, 'a.org')).toBe(false);
  });
});
