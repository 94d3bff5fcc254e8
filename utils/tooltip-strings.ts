/**
 * The few UI strings the tooltip needs, for the content script. Named
 * imports from the message catalogues let the bundler leave the rest of
 * them (popup, options, welcome: most of the text) out of the script that
 * runs on every page.
 */
import {
  close as closeEn,
  confidence as confidenceEn,
  keyDifferences as keyDifferencesEn,
  meaningHere as meaningHereEn,
  nearest as nearestEn,
  noSuggestions as noSuggestionsEn,
  notInGlossary as notInGlossaryEn,
  openReference as openReferenceEn,
  openTerm as openTermEn,
  otherMeanings as otherMeaningsEn,
  pin as pinEn,
  versus as versusEn,
  why as whyEn,
} from '../public/_locales/en/messages.json';
import {
  close as closeZh,
  confidence as confidenceZh,
  keyDifferences as keyDifferencesZh,
  meaningHere as meaningHereZh,
  nearest as nearestZh,
  noSuggestions as noSuggestionsZh,
  notInGlossary as notInGlossaryZh,
  openReference as openReferenceZh,
  openTerm as openTermZh,
  otherMeanings as otherMeaningsZh,
  pin as pinZh,
  versus as versusZh,
  why as whyZh,
} from '../public/_locales/zh_CN/messages.json';
import type { Lang } from '../glossary/schema';
import type { MessageKey, Translate } from './i18n';

type Entry = { message: string };

const catalogs: Record<Lang, Partial<Record<MessageKey, Entry>>> = {
  en: {
    close: closeEn,
    confidence: confidenceEn,
    keyDifferences: keyDifferencesEn,
    meaningHere: meaningHereEn,
    nearest: nearestEn,
    noSuggestions: noSuggestionsEn,
    notInGlossary: notInGlossaryEn,
    openReference: openReferenceEn,
    openTerm: openTermEn,
    otherMeanings: otherMeaningsEn,
    pin: pinEn,
    versus: versusEn,
    why: whyEn,
  },
  zh: {
    close: closeZh,
    confidence: confidenceZh,
    keyDifferences: keyDifferencesZh,
    meaningHere: meaningHereZh,
    nearest: nearestZh,
    noSuggestions: noSuggestionsZh,
    notInGlossary: notInGlossaryZh,
    openReference: openReferenceZh,
    openTerm: openTermZh,
    otherMeanings: otherMeaningsZh,
    pin: pinZh,
    versus: versusZh,
    why: whyZh,
  },
};

/** A translator for the tooltip's strings; other keys come back as the key itself. */
export function tooltipTranslator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, value) => {
    const message = catalog[key]?.message ?? catalogs.en[key]?.message ?? key;
    return value === undefined ? message : message.replace(/\$VALUE\$/g, String(value));
  };
}
