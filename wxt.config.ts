import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// The gecko id is fixed so that Firefox keeps settings across reinstalls
// and so that tests can pin the moz-extension:// host in advance.
export const GECKO_ID = 'termlens@termlens.dev';

/** The ::highlight() rules, in public/. */
const HIGHLIGHT_CSS = 'highlight.css';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), zodWithoutEvalProbe(), messageTextsOnly(), polyfillForOurApis(), polyfillAsEsModule()],
    build: {
      // Our minimum browsers (below): CSS they read as written is not rewritten (light-dark() would be, into
      // twice the bytes, in the content script's tooltip styles too).
      cssTarget: ['chrome123', 'firefox140'],
      // Scripts in ASCII, other characters escaped: V8 keeps the source of a script with any character
      // outside ASCII at two bytes a character, and the content script's is kept in every renderer (a heap
      // snapshot: 220 KB of external string data, 113 KB with this). The bundler leaves String.raw
      // templates as written, so those spell such characters as escapes themselves.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and packs; contextMenus: "Look up … in TermLens"; scripting, with host permissions
    // for the sites the content script already runs on (Chrome warns of both alike): the background injects
    // the rest of TermLens into a frame once the frame has text (entrypoints/content/handoff.ts). Nothing
    // else: no tabs, no network.
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-highlighting': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggle__' },
      'lookup-selection': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdLookup__' },
      'next-term': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNext__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPrevious__' },
    },
    // The ::highlight() rules must be a manifest stylesheet: it paints page
    // text without adding a <style> element to the page (see DESIGN.md).
    content_scripts: [{ matches: ['<all_urls>'], css: [HIGHLIGHT_CSS], all_frames: true, match_about_blank: true }],
    // The CSS Custom Highlight API, which paints every term, came in Chrome 105; the tooltip's palette
    // is written once with light-dark(), which came in Chrome 123 (Firefox: 140, below).
    ...(browser !== 'firefox' && { minimum_chrome_version: '123' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android learned data_collection_permissions in 142; an older minimum makes
        // web-ext lint warn (KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // Firefox paints ::highlight() rules only on the elements they match (no highlight inheritance), so
    // its copy of the stylesheet applies them to every element instead of :root (see the file's header).
    'build:publicAssets'(wxt, files) {
      if (wxt.config.browser !== 'firefox') return;
      const at = files.findIndex((file) => file.relativeDest === HIGHLIGHT_CSS);
      const source = files[at];
      if (!source || !('absoluteSrc' in source)) throw new Error(`public/${HIGHLIGHT_CSS} is missing`);
      const contents = readFileSync(source.absoluteSrc, 'utf8').replaceAll(':root::highlight(', '::highlight(');
      files[at] = { relativeDest: HIGHLIGHT_CSS, contents };
    },
  },
  // `npm run zip:firefox`: the add-on, and the sources AMO reviewers rebuild it from with
  // `npm ci && npm run build:firefox`. Tests, docs, CLIs and generated output are not needed for
  // that; WXT already leaves out node_modules, test files, .output and dot-files.
  // tests/firefox/sources-zip.test.ts rebuilds from the sources zip to prove it is enough.
  zip: {
    excludeSources: [
      'tests/**',
      'docs/**',
      'scripts/**',
      'bench-output/**',
      'demo-output/**',
      'coverage/**',
      'eslint.config.js',
      'vitest.config.ts',
      '**/*.log',
    ],
  },
});

/**
 * zod v4 decides whether it may compile object parsers by probing
 * `new Function('')`. TermLens always runs zod jitless (`z.config({ jitless: true })`
 * wherever schemas are defined), so the probe is dead code, but its presence
 * in a bundle is a DANGEROUS_EVAL warning from web-ext lint, and the extension
 * CSP forbids eval anyway. This answers "no eval" without probing.
 */
function zodWithoutEvalProbe(): Plugin {
  const start = 'export const allowsEval = /* @__PURE__*/ cached(() => {';
  return {
    name: 'termlens:zod-without-eval-probe',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      const from = code.indexOf(start);
      const to = code.indexOf('\n});\n', from);
      if (from < 0 || to < 0) {
        this.error('zod changed its eval probe (allowsEval in v4/core/util.js); update this plugin');
      }
      return code.slice(0, from) + 'export const allowsEval = /* @__PURE__*/ cached(() => false);' + code.slice(to + 4);
    },
  };
}

/**
 * The namespaces of the extension API that TermLens calls (a test checks
 * that the code calls no other the polyfill knows). webextension-polyfill
 * describes 26, and every script, the content script in every frame among
 * them, carried that description (3.8 KB minified) and built it at start-up.
 * A namespace left out is passed through as Chrome has it, with the promises
 * Manifest V3 gives; Firefox has its own `browser` and uses no polyfill.
 */
export const POLYFILLED_APIS = ['commands', 'contextMenus', 'i18n', 'runtime', 'storage', 'tabs'];

/**
 * The namespaces the scripts that run in web pages call: the content script's loader and the page script it
 * has injected (entrypoints/termlens.ts). Their builds keep only these descriptions (1 KB less in each).
 */
export const PAGE_SCRIPT_APIS = ['i18n', 'runtime', 'storage'];

/** The polyfill's source, as the bundler names it. */
const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;

/** The entry WXT gives the bundler for a content script or an unlisted (injected) script. */
const PAGE_SCRIPT_BUILD = /virtual:wxt-(content-script-[a-z-]+|unlisted-script)-entrypoint\?/;

/** webextension-polyfill's description of the extension API, cut down to POLYFILLED_APIS (PAGE_SCRIPT_APIS in pages). */
function polyfillForOurApis(): Plugin {
  const start = 'const apiMetadata = ';
  const end = 'if (Object.keys(apiMetadata).length === 0)';
  let apis = POLYFILLED_APIS;
  return {
    name: 'termlens:polyfill-for-our-apis',
    buildStart(options) {
      const inputs = Object.values(options.input ?? {});
      const pageScripts = inputs.length > 0 && inputs.every((input) => PAGE_SCRIPT_BUILD.test(input));
      apis = pageScripts ? PAGE_SCRIPT_APIS : POLYFILLED_APIS;
    },
    transform(code, id) {
      if (!POLYFILL_FILE.test(id)) return null;
      const from = code.indexOf(start) + start.length;
      const to = code.lastIndexOf('}', code.indexOf(end)) + 1;
      let metadata: Record<string, unknown> = {};
      try {
        metadata = JSON.parse(code.slice(from, to)) as Record<string, unknown>;
      } catch {
        // Reported below: the plugin no longer knows where the description is.
      }
      if (from < start.length || !POLYFILLED_APIS.every((api) => api in metadata)) {
        this.error('webextension-polyfill changed its apiMetadata; update this plugin');
      }
      const kept = Object.fromEntries(apis.map((api) => [api, metadata[api]]));
      return code.slice(0, from) + JSON.stringify(kept) + code.slice(to);
    },
  };
}

/**
 * webextension-polyfill as an ES module, with its own `module` for the UMD
 * wrapper to fill. As CommonJS, the bundler's interop copied every property
 * of what it exports, and in Chrome that is Chrome's own `browser`, whose
 * namespaces are made when first read: all of them were set up in every
 * frame (0.6 ms of the loader's 3 on a blank page) where the loader needs
 * `runtime` only.
 */
function polyfillAsEsModule(): Plugin {
  return {
    name: 'termlens:polyfill-as-es-module',
    transform(code, id) {
      if (!POLYFILL_FILE.test(id)) return null;
      return `var module = { exports: {} }, exports = module.exports, define;\n${code}\nexport default module.exports;`;
    },
  };
}

/**
 * The `_locales` catalogues as scripts import them: each message's text and
 * nothing else. Our translators (utils/i18n.ts, utils/tooltip-strings.ts)
 * fill `$VALUE$` themselves, so the placeholders only the browser reads stay
 * in the copied files and out of the content script (about 360 bytes there).
 */
function messageTextsOnly(): Plugin {
  return {
    name: 'termlens:message-texts-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id)) return null;
      const catalog = JSON.parse(code) as Record<string, { message: string }>;
      const texts = Object.entries(catalog).map(([key, { message }]) => [key, { message }]);
      return JSON.stringify(Object.fromEntries(texts));
    },
  };
}
