/** The reader's language, from the settings or the browser. No message catalogues here: the content script imports this. */
import { browser } from 'wxt/browser';
import { langFromLocale } from '../glossary/describe';
import type { Lang } from '../glossary/schema';
import type { Settings } from './settings';

/** The browser's UI language, as one of ours. */
export function browserLang(): Lang {
  try {
    return langFromLocale(browser.i18n.getUILanguage());
  } catch {
    return langFromLocale(globalThis.navigator?.language);
  }
}

/** The reader's language: the setting, else the browser's. "both" shows the browser's first. */
export function readerLang(settings: Pick<Settings, 'language'>): Lang {
  return settings.language === 'en' || settings.language === 'zh' ? settings.language : browserLang();
}
