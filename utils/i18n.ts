/**
 * UI strings. The `_locales` message files are the one source (the browser
 * reads them for the manifest); we bundle both so the reader can choose a
 * language other than the browser's in settings, which `browser.i18n`
 * alone cannot do.
 */
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';
import { langFromLocale } from '../glossary/describe';
import type { Lang } from '../glossary/schema';
import type { Settings } from './settings';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, value?: string | number) => string;

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogs: Record<Lang, Messages> = { en, zh };

/** A translator for one language; `$VALUE$` placeholders take `value`. */
export function translator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, value) => {
    const message = catalog[key]?.message ?? (en as Messages)[key]?.message ?? key;
    return value === undefined ? message : message.replace(/\$VALUE\$/g, String(value));
  };
}

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
