/**
 * One page's TermLens: the lexicon (fetched from the background on first
 * need, so pages without text never pay for it), the scanner, the mutation
 * watcher and the badge report.
 */
import { lexiconFromMatchData, type Lexicon } from '../../glossary/lexicon';
import { ambiguousTermsIn } from '../../glossary/senses';
import { senseCueTermsToCompile } from '../../glossary/sense-cues';
import { createCollector } from '../../page/collect-text';
import { removeAllHighlights, type Painter } from '../../page/highlight-painter';
import { adoptFetchedCues, createPageScanner, type PageScanner, type ScanSettings } from '../../page/page-scanner';
import type { PageMatch } from '../../page/scan-page';
import { watchMutations } from '../../page/watch-mutations';
import { requestMatchData, requestSenseCues, sendPageStatus } from '../../utils/runtime-messages';
import type { Settings } from '../../utils/settings';

export interface PageSessionOptions {
  settings: () => Settings;
  activeHere: () => boolean;
  painter: Painter<PageMatch>;
  /** Our tooltip host, never scanned. */
  ownHost: () => Element | null;
  signal: AbortSignal;
}

export interface PageSession {
  /** Scans the page from scratch (a new SPA page). */
  scanPage(): Promise<void>;
  /** Follows new settings: clears the page where TermLens is off, scans again only if what is marked changed. */
  settingsChanged(): void;
  /** Forgets the lexicon (the glossary packs changed) and scans again. */
  reloadGlossary(): Promise<void>;
  clear(): void;
  lexicon(): Promise<Lexicon>;
  /** Fetches the cue words the lexicon lacks for the ambiguous terms in this text (a looked-up selection's). */
  cuesFor(text: string): Promise<void>;
  scanner(): PageScanner | null;
  reportStatus(): void;
}

export function createPageSession(options: PageSessionOptions): PageSession {
  const { painter, activeHere, signal } = options;
  let lexicon: Promise<Lexicon> | null = null;
  let scanner: PageScanner | null = null;
  let watching = false;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const scanSettings = (): ScanSettings => {
    const settings = options.settings();
    return {
      minConfidence: settings.minConfidence,
      firstOnly: settings.occurrences === 'first',
      hiddenCategories: settings.hiddenCategories,
    };
  };

  /** The match data the lexicon was built from: the background compiles cue words for this version only. */
  let matchVersion = '';
  const getLexicon = () =>
    (lexicon ??= requestMatchData()
      .then((data) => {
        const started = performance.now();
        const built = lexiconFromMatchData(data);
        matchVersion = data.version;
        performance.measure('termlens:lexicon', { start: started, detail: { forms: built.formCount } });
        return built;
      })
      .catch((error: unknown) => {
        // No glossary (the background gone with an update, or its trie refused): the next scan asks again.
        lexicon = null;
        throw error;
      }));
  const fetchCompiledCues = (termIds: string[]) => requestSenseCues(matchVersion, termIds);

  // The badge counts painted terms; each frame reports its own share.
  const reportStatus = () => {
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      const count = activeHere() ? (scanner?.matches.filter((m) => m.painted && m.sense.domain).length ?? 0) : 0;
      sendPageStatus(count, activeHere());
    }, 250);
  };

  const getScanner = async () => {
    const built = await getLexicon();
    scanner ??= createPageScanner({
      lexicon: built,
      root: () => document.body,
      exclude: options.ownHost,
      title: () => document.title,
      painter,
      onChange: reportStatus,
      fetchCompiledCues,
    });
    return scanner;
  };

  // Started with the first scan, text or not: a page that is empty at first
  // (an app still rendering) is scanned in full once text arrives.
  const watchPage = () => {
    if (watching || signal.aborted) return;
    watching = true;
    watchMutations({
      root: document.body,
      isOwnNode: (node) => options.ownHost()?.contains(node) ?? false,
      rescan: (roots) => {
        if (!activeHere()) return;
        if (scanner) scanner.rescan(roots, scanSettings());
        else void scanPage();
      },
      rescanAll: () => void scanPage(),
      removed: () => scanner?.dropDisconnected(),
      signal,
    });
  };

  const scanPage = async (): Promise<void> => {
    if (!activeHere() || !document.body) return;
    const started = performance.now();
    if (!createCollector(document.body).next(1)) {
      // Nothing to read yet; the benchmark still sees a finished scan.
      performance.measure('termlens:scan', { start: started, detail: { chars: 0, matches: 0, painted: 0 } });
      watchPage();
      return;
    }
    const active = await getScanner().catch((error: unknown) => {
      console.warn('TermLens: no glossary for this page;', error instanceof Error ? error.message : error);
    });
    if (!active) return;
    const stats = await active.scanAll(scanSettings());
    // For the benchmark, which reads it from the page: what the scan cost, idle gaps excluded.
    if (stats) performance.measure('termlens:scan', { start: started, detail: stats });
    watchPage();
  };

  const clear = () => {
    scanner?.clear();
    removeAllHighlights();
    reportStatus();
  };

  // A re-scan reads the whole page again: the theme, the style, the hover delay or another site's
  // switch must not cost that, so only a change of what is marked here scans again.
  let scannedWith: string | null = null;
  const settingsChanged = () => {
    const scanWith = activeHere() ? JSON.stringify(scanSettings()) : null;
    if (scanWith === null) clear();
    else if (scanWith !== scannedWith) void scanPage();
    scannedWith = scanWith;
  };

  return {
    scanPage,
    settingsChanged,
    async reloadGlossary() {
      // The old terms stay painted until the new glossary's are (a new pack must not make the page blink).
      const previous = scanner;
      scanner = null;
      lexicon = null;
      try {
        await scanPage();
      } finally {
        previous?.retire();
      }
    },
    clear,
    lexicon: getLexicon,
    async cuesFor(text) {
      const built = await getLexicon();
      const terms = senseCueTermsToCompile(built, ambiguousTermsIn(built, built.findTerms(text)));
      if (terms) await adoptFetchedCues(built, terms, fetchCompiledCues);
    },
    scanner: () => scanner,
    reportStatus,
  };
}
