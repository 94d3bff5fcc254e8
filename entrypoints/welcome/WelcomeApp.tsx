import { SampleText, type SampleTextProps } from '../../components/SampleText';
import { bundledPack } from '../../glossary/data';
import { describeMatch, indexTerms } from '../../glossary/describe';
import { domainSenseOf } from '../../glossary/lexicon';
import type { Lang } from '../../glossary/schema';
import { translator } from '../../utils/i18n';
import { readerLang } from '../../utils/reader-lang';
import { openReference } from '../../utils/runtime-messages';
import { useSettings } from '../../utils/use-settings';

const index = indexTerms([bundledPack]);

/** The sample: our own sentence, with the terms to hover. */
const SAMPLE: Record<Lang, (string | [string, string])[]> = {
  en: [
    'A biotech sponsor hired a ',
    ['CRO', 'cro'],
    ' for its trials and a ',
    ['CDMO', 'cdmo'],
    ' to scale up the ',
    ['API', 'api'],
    ' under ',
    ['GMP', 'gmp'],
    '.',
  ],
  zh: [
    '这家生物科技公司把临床试验交给',
    ['CRO', 'cro'],
    '，把',
    ['原料药', 'api'],
    '的工艺放大交给一家',
    ['CDMO', 'cdmo'],
    '，并按',
    ['GMP', 'gmp'],
    '要求生产。',
  ],
};

function samplePieces(lang: Lang): SampleTextProps['pieces'] {
  return SAMPLE[lang].map((piece) => {
    if (typeof piece === 'string') return { text: piece };
    const [text, termId] = piece;
    const term = index.terms.get(termId)!;
    const view = describeMatch(
      index,
      { termId, sense: domainSenseOf(term), confidence: 1, evidence: [], alternatives: [], text },
      lang,
    );
    return view ? { text, view } : { text };
  });
}

/** Shown once, on first install: what TermLens does and how to control it. */
export function WelcomeApp() {
  const { settings } = useSettings();
  if (!settings) return null;
  const lang = readerLang(settings);
  const t = translator(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <h2>{t('welcomeTry')}</h2>
      <SampleText pieces={samplePieces(lang)} t={t} onOpenReference={(target) => void openReference(target)} />
      <h2>{t('welcomeControlTitle')}</h2>
      <ul>
        <li>{t('welcomeControlPopup')}</li>
        <li>{t('welcomeControlShortcut')}</li>
        <li>{t('welcomeControlPrivacy')}</li>
      </ul>
    </main>
  );
}
