/**
 * `npm run bench -- --profile <page>`: where TermLens's scan time goes on one
 * page. The harness is built unminified (real function names), the page is
 * loaded in a browser without the extension, and V8's CPU profiler samples
 * repeated scans. Prints self and inclusive time per function of our code.
 */
import type { BrowserContext } from 'playwright-core';
import type { MatchData } from '../../glossary/match-data';
import type { ScanSettings } from '../../page/page-scanner';
import type { BenchHarness } from './in-page/harness';
import { loadPage } from './in-page-timing';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionCost {
  name: string;
  selfMs: number;
  totalMs: number;
}

export interface ScanProfile {
  scans: number;
  /** Scan busy time per scan (median-free: the mean over the profiled scans). */
  busyMsPerScan: number;
  functions: FunctionCost[];
  /** The first scan on a fresh page (after building the lexicon), cold code. */
  cold: {
    buildMs: number;
    busyMs: number;
    longestRunMs: number;
    smallChunkLongestMs: number;
    functions: FunctionCost[];
  };
}

type HarnessWindow = Window & { __termlensBench: BenchHarness };

export async function profileScan(
  context: BrowserContext,
  url: string,
  harness: string,
  highlightCss: string,
  matchData: MatchData,
  settings: ScanSettings,
  scans: number,
): Promise<ScanProfile> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await loadPage(page, url);
    await page.addStyleTag({ content: highlightCss });
    await page.addScriptTag({ content: harness });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    // The first scan on the page, cold code, as the content script runs it on every page load.
    await cdp.send('Profiler.start');
    const cold = await page.evaluate(
      async ({ data, s }) => {
        const bench = (window as unknown as HarnessWindow).__termlensBench;
        const { buildMs } = bench.init(data);
        const scan = await bench.scan(s);
        return { buildMs, busyMs: scan.busyMs, longestRunMs: scan.longestRunMs };
      },
      { data: matchData, s: settings },
    );
    const coldProfile = ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
    // The same cold first scan, reading 4,000-character chunks instead of the default: how long the longest uninterrupted run gets.
    const smallChunks = await context.newPage();
    let smallChunkLongestMs = NaN;
    try {
      await loadPage(smallChunks, url);
      await smallChunks.addScriptTag({ content: harness });
      smallChunkLongestMs = await smallChunks.evaluate(
        async ({ data, s }) => {
          const bench = (window as unknown as HarnessWindow).__termlensBench;
          bench.init(data);
          return (await bench.scan(s, { chunkChars: 4000 })).longestRunMs;
        },
        { data: matchData, s: settings },
      );
    } finally {
      await smallChunks.close();
    }
    await cdp.send('Profiler.start');
    const busy = await page.evaluate(
      async ({ s, scans }) => {
        let total = 0;
        for (let i = 0; i < scans; i++)
          total += (await (window as unknown as HarnessWindow).__termlensBench.scan(s)).busyMs;
        return total;
      },
      { s: settings, scans },
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    return {
      scans,
      busyMsPerScan: busy / scans,
      functions: costs(profile, scans),
      cold: { ...cold, smallChunkLongestMs, functions: costs(coldProfile, 1) },
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** Self and inclusive time per function, per scan; native frames under our code count as their caller's children. */
function costs(profile: Profile, scans: number): FunctionCost[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'}${url ? `:${lineNumber + 1}` : ''}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let node = byId.get(profile.samples[i]);
    if (!node) continue;
    const leaf = label(node);
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set<string>();
    while (node) {
      const name = label(node);
      if (!seen.has(name)) {
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + dt);
      }
      const up = parent.get(node.id);
      node = up === undefined ? undefined : byId.get(up);
    }
  }
  return [...total.entries()]
    .map(([name, ms]) => ({ name, selfMs: (self.get(name) ?? 0) / scans, totalMs: ms / scans }))
    .filter((cost) => !['(root)', '(program)', '(idle)'].includes(cost.name))
    .sort((a, b) => b.totalMs - a.totalMs);
}
