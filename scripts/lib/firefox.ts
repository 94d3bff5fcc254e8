/**
 * Launches Debian's Firefox ESR with the built add-on installed as a
 * temporary add-on, through puppeteer-core over WebDriver BiDi (no
 * geckodriver, never a browser download). The Firefox counterpart of
 * chromium.ts; the facts it relies on are in DESIGN.md, "Real-browser testing".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');

/**
 * The moz-extension:// host of the add-on in every test profile. Firefox
 * normally picks a random UUID per profile at install time; the
 * `extensions.webextensions.uuids` pref fixes it in advance for a known id.
 */
export const PINNED_EXTENSION_UUID = '0f9a3c1e-6b2d-4e57-9a1c-7d3e5b8f2a64';

/** Where Firefox is, or null with the reason in `missingFirefoxReason()`. */
export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

export function missingFirefoxReason(): string {
  return (
    'Firefox not found (looked at $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox). ' +
    'Install it with `sudo apt-get install -y firefox-esr` (Debian; `.ci/run` does this) or set FIREFOX_PATH.'
  );
}

/** The gecko id in a built manifest, or null for a build without one (Firefox then makes up a temporary id). */
export function readGeckoId(extensionDir: string): string | null {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  return manifest.browser_specific_settings?.gecko?.id ?? null;
}

export interface FirefoxOptions {
  /** The unpacked add-on to install (default `.output/firefox-mv3`). */
  extensionDir?: string;
  headless?: boolean;
  /** Extra about:config prefs. */
  prefs?: Record<string, unknown>;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox installed it under (the gecko id, or `…@temporary-addon`). */
  addonId: string;
  /** `moz-extension://<uuid>`, no trailing slash. */
  extensionOrigin: string;
  /** Opens an extension page (`/popup.html`) in a new tab; poll it for content, it fires no load event. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(missingFirefoxReason());
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built add-on at ${extensionDir}; run \`npm run build:firefox\` first.`);
  }
  const geckoId = readGeckoId(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    // Lets BiDi navigate to moz-extension:// pages and evaluate in the browser's own (chrome) scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...(geckoId && { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: PINNED_EXTENSION_UUID }) }),
      ...options.prefs,
    },
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    const uuid = addonId === geckoId ? PINNED_EXTENSION_UUID : await lookUpExtensionUuid(browser, addonId);
    const extensionOrigin = `moz-extension://${uuid}`;
    return {
      browser,
      addonId,
      extensionOrigin,
      async openExtensionPage(path) {
        const page = await browser.newPage();
        await navigateWithoutWaiting(page, `${extensionOrigin}${path}`);
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The parts of puppeteer's BiDi classes this module uses; they exist at run time but are not in the public types. */
interface BidiFrameInternals {
  browsingContext?: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}
interface BidiBrowserInternals {
  connection?: { send(method: string, params: object): Promise<{ result: unknown }> };
}

/**
 * Navigates without waiting for a load event. Firefox fires none for
 * extension pages (https://bugzil.la/1755014), so `page.goto` would time out;
 * callers poll the page for the content they expect instead.
 */
export async function navigateWithoutWaiting(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as BidiFrameInternals).browsingContext;
  if (!context) throw new Error('navigateWithoutWaiting needs a WebDriver BiDi page (puppeteer with Firefox)');
  await context.navigate(url, 'none');
}

/**
 * Evaluates `expression` in the browser window's own chrome scope (XUL
 * document, privileged globals such as `WebExtensionPolicy`), which
 * `--remote-allow-system-access` opens to WebDriver BiDi. Returns its value
 * (a string, number, boolean or null).
 */
export async function evaluateInBrowserChrome(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as BidiBrowserInternals).connection;
  if (!connection) throw new Error('evaluateInBrowserChrome needs a WebDriver BiDi browser (puppeteer with Firefox)');
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const evaluated = (
    await connection.send('script.evaluate', {
      expression,
      target: { context: tree.contexts[0].context },
      awaitPromise: true,
    })
  ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (evaluated.type !== 'success') {
    throw new Error(`chrome-scope evaluation failed: ${evaluated.exceptionDetails?.text ?? JSON.stringify(evaluated)}`);
  }
  return evaluated.result?.value ?? null;
}

/** The moz-extension:// UUID of an add-on whose id was not known before install (a build without a gecko id). */
async function lookUpExtensionUuid(browser: Browser, addonId: string): Promise<string> {
  const uuid = await evaluateInBrowserChrome(
    browser,
    `WebExtensionPolicy.getByID(${JSON.stringify(addonId)})?.mozExtensionHostname ?? null`,
  );
  if (typeof uuid !== 'string') throw new Error(`Firefox knows no moz-extension:// host for ${addonId}`);
  return uuid;
}
