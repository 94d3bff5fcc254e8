/**
 * UI strings. The `_locales` message files are the one source (the browser
 * reads them for the manifest); we bundle both so the reader can choose a
 * language other than the browser's in settings, which `browser.i18n`
 * alone cannot do.
 */
import en from '../public/_locales/en/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';
import type { Lang } from '../glossary/schema';

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
