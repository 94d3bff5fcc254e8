/**
 * The Firefox manifest WXT writes from wxt.config.ts: Manifest V3 with
 * `action` (never MV2's `browser_action`), a background page rather than a
 * service worker, and the gecko settings AMO requires. Needs `npm run build:firefox`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from '../../scripts/lib/firefox';

describe('the Firefox manifest', () => {
  let manifest: Record<string, unknown>;

  beforeAll(() => {
    const path = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
    if (!existsSync(path))
      throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}; run \`npm run build:firefox\`.`);
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  });

  it('is Manifest V3 with the toolbar popup under "action"', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action).toMatchObject({ default_popup: 'popup.html' });
    expect(manifest).not.toHaveProperty('browser_action');
  });

  it('runs the background as an event page: Firefox has no extension service workers', () => {
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
  });

  it('declares the gecko id, the minimum versions and that it collects no data', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: {
        id: 'termlens@termlens.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('asks for no host permissions beyond the content scripts’ matches, and for no tabs', () => {
    // scripting and the hosts: the background injects the rest of TermLens into frames that have text.
    const contentScripts = manifest.content_scripts as { matches: string[] }[];
    expect(manifest.host_permissions).toEqual([...new Set(contentScripts.flatMap((script) => script.matches))]);
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting']);
  });
});
