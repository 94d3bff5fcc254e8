import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The gecko id is fixed so that Firefox keeps settings across reinstalls
// and so that tests can pin the moz-extension:// host in advance.
export const GECKO_ID = 'termlens@termlens.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and packs; contextMenus: "Look up … in TermLens". Nothing else: no host
    // permissions beyond the content script's match, no tabs, no network.
    permissions: ['storage', 'contextMenus'],
    commands: {
      'toggle-highlighting': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggle__' },
      'lookup-selection': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdLookup__' },
      'next-term': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNext__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPrevious__' },
    },
    // The ::highlight() rules must be a manifest stylesheet: it paints page
    // text without adding a <style> element to the page (see DESIGN.md).
    content_scripts: [{ matches: ['<all_urls>'], css: ['highlight.css'], all_frames: true, match_about_blank: true }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
