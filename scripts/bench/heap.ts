/**
 * Memory TermLens adds to a page. A content script's isolated world lives in
 * the page's V8 isolate, so the renderer's heap after a forced GC, with the
 * extension minus without it (fresh tab each time, same page), is what
 * TermLens costs: its code, the lexicon, the matches and the Ranges. CDP's
 * Runtime.getHeapUsage splits it into V8's heap, ArrayBuffer backing stores
 * (typed arrays) and Blink's own heap (DOM objects, including Range and
 * Highlight).
 */
import type { BrowserContext } from 'playwright-core';
import { openSettledPage } from './extension-runs';
import { median } from './stats';

interface HeapUsage {
  usedSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}

export interface HeapSample {
  js: number;
  arrayBuffers: number;
  dom: number;
}

async function sampleHeap(
  context: BrowserContext,
  extensionOrigin: string,
  url: string,
  withExtension: boolean,
  settleMs: number,
): Promise<HeapSample> {
  const tracked = await openSettledPage(context, extensionOrigin, url, withExtension, settleMs);
  try {
    // Twice: the first pass may only free what finalizers then release.
    await tracked.cdp.send('HeapProfiler.collectGarbage');
    await tracked.cdp.send('HeapProfiler.collectGarbage');
    const usage = (await tracked.cdp.send('Runtime.getHeapUsage')) as HeapUsage;
    return { js: usage.usedSize, arrayBuffers: usage.backingStorageSize ?? 0, dom: usage.embedderHeapUsedSize ?? 0 };
  } finally {
    await tracked.close();
  }
}

export interface HeapDifference {
  jsMb: number;
  arrayBuffersMb: number;
  domMb: number;
  totalMb: number;
  loads: number;
}

/** Median heap with the extension minus median heap without, over `loads` fresh loads each. */
export async function measureHeap(
  clean: BrowserContext,
  withExtension: BrowserContext,
  extensionOrigin: string,
  url: string,
  loads: number,
): Promise<HeapDifference> {
  const without: HeapSample[] = [];
  const withIt: HeapSample[] = [];
  for (let load = 0; load < loads; load++) {
    without.push(await sampleHeap(clean, extensionOrigin, url, false, 500));
    withIt.push(await sampleHeap(withExtension, extensionOrigin, url, true, 500));
  }
  const mb = (key: keyof HeapSample) =>
    (median(withIt.map((s) => s[key])) - median(without.map((s) => s[key]))) / (1024 * 1024);
  const jsMb = mb('js');
  const arrayBuffersMb = mb('arrayBuffers');
  const domMb = mb('dom');
  return { jsMb, arrayBuffersMb, domMb, totalMb: jsMb + arrayBuffersMb + domMb, loads };
}
