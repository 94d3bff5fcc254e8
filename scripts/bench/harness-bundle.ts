/**
 * Bundles in-page/harness.ts into one minified script to inject into
 * benchmark pages: the same modules as the content script, built by the same
 * bundler (Vite) the extension build uses, so the page runs the code users get.
 */
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

const ENTRY = resolve(import.meta.dirname, 'in-page/harness.ts');

/** `minify: false` keeps function names, for profiles. */
export async function bundleHarness(options: { minify?: boolean } = {}): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    // No public/ copying, no .env: this is a throwaway in-memory build.
    publicDir: false,
    envFile: false,
    build: {
      write: false,
      minify: options.minify ?? true,
      target: 'chrome120',
      lib: { entry: ENTRY, formats: ['iife'], name: 'termlensBenchHarness', fileName: () => 'harness.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('bench harness: the build produced no script');
  return chunk.code;
}
