/**
 * Launches Debian's Chromium with the built extension loaded, through
 * playwright-core (which never downloads a browser). Shared by the
 * end-to-end tests, `npm start` and the benchmark.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** The scripts that run in web pages, in EXTENSION_DIR: the loader every frame runs (the manifest's content script)… */
export const LOADER_SCRIPT = 'content-scripts/content.js';
/** …and the rest of TermLens, which the background injects where the loader asks (entrypoints/termlens.ts). */
export const PAGE_SCRIPT = 'termlens.js';

/** Where Chromium is, or a message saying how to get it. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with `sudo apt-get install -y chromium fonts-wqy-microhei` ' +
        '(Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Load the extension (default true); false gives a clean browser for comparisons. */
  withExtension?: boolean;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Keep the welcome tab that opens on install (closed by default). */
  keepWelcome?: boolean;
  /** Run page scripts (default true); content scripts run either way. */
  javaScriptEnabled?: boolean;
  /** Keep pages left with Back in the back-forward cache, as Chrome does (Playwright turns it off by default). */
  backForwardCache?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}; run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'termlens-profile-'));
  const args = [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--disable-quic',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  if (options.locale) args.push(`--lang=${options.locale}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args,
    locale: options.locale,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1100, height: 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ignoreDefaultArgs: options.backForwardCache ? ['--disable-back-forward-cache'] : undefined,
  });
  let extensionId = '';
  if (withExtension) {
    // The welcome tab opens on first install; tests and demos work on their own pages. Wait until it is
    // gone: a context call such as addInitScript or route fails if a page closes while it runs.
    const welcomeGone = options.keepWelcome ? Promise.resolve() : closeWelcomeTab(context);
    welcomeGone.catch(() => undefined); // awaited below; this keeps an early rejection from going unhandled
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
    await welcomeGone;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Closes the tab the extension opens on install; resolves once it is closed (rejects after 30 s without one). */
function closeWelcomeTab(context: BrowserContext): Promise<void> {
  return new Promise((resolveClosed, reject) => {
    const timer = setTimeout(() => reject(new Error('the welcome tab never opened after install')), 30_000);
    const closeIfWelcome = (page: Page) => {
      if (!page.url().endsWith('/welcome.html')) return;
      page.once('close', () => {
        clearTimeout(timer);
        resolveClosed();
      });
      void page.close().catch(() => undefined);
    };
    const watch = (page: Page) => {
      closeIfWelcome(page);
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) closeIfWelcome(page);
      });
    };
    context.on('page', watch);
    context.pages().forEach(watch);
  });
}
