/**
 * The content script on the kinds of page that break other highlighters:
 * frames, shadow DOM, single-page apps, infinite scroll, editors, code,
 * right-to-left text, strict CSP, huge pages, ambiguous acronyms.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPack } from '../../glossary/data';
import {
  badgeOf,
  dispatchExtensionEvent,
  hoverWord,
  paintedCount,
  paintedTextsIn,
  pointOfText,
  setSyncStorage,
  startE2E,
  tabIdOf,
  TOOLTIP,
  waitForPainted,
  type E2E,
} from './support';

const short = (id: string) => bundledPack.terms.find((t) => t.id === id)!.short.en;

/** A page with text and no terms: the badge goes empty there. */
const NO_TERMS_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Weather</title><p>Rain later today, clearing by the evening.</p>';

describe('content script', () => {
  let e2e: E2E;
  const open = async (path: string): Promise<Page> => {
    const page = await e2e.browser.context.newPage();
    await page.goto(`${e2e.server.url}/${path}`);
    return page;
  };

  beforeAll(async () => {
    e2e = await startE2E();
    e2e.server.put(
      '/csp-strict.html',
      await (await import('node:fs/promises')).readFile(new URL('../fixtures/pages/csp.html', import.meta.url)),
      'text/html; charset=utf-8',
      { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
    );
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('paints and explains terms inside same-origin and srcdoc iframes', async () => {
    const page = await open('frames.html');
    await waitForPainted(page, (n) => n >= 2);
    const child = page.frame({ url: /frame-child\.html/ })!;
    await expect.poll(() => paintedTextsIn(child, '#child')).toEqual(expect.arrayContaining(['CDMO', 'GMP', 'API']));
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await expect.poll(() => paintedTextsIn(srcdoc, '#inner')).toEqual(expect.arrayContaining(['CDMO', 'GMP']));

    const tooltip = await hoverWord(page, '#child', 'CDMO', { frame: child });
    expect(await tooltip.locator('[data-testid=termlens-definition]').textContent()).toBe(short('cdmo'));
    await page.close();
  });

  it('paints terms nested deep in elements: on screen, not only in the registry', async () => {
    e2e.server.put(
      '/nested.html',
      '<!doctype html><meta charset="utf-8"><title>CDMO capacity</title><div><section><article>' +
        '<p id="deep">The <em><span>CDMO</span></em> scaled up the API under GMP.</p></article></section></div>',
    );
    const page = await open('nested.html');
    await expect.poll(() => paintedTextsIn(page, '#deep')).toContain('CDMO');
    const box = (await page.locator('#deep span').boundingBox())!;
    const clip = { x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 8 };
    const painted = await page.screenshot({ clip });
    await page.evaluate(() => {
      for (const name of ['termlens-underline', 'termlens-underline-unsure']) CSS.highlights.delete(name);
    });
    expect(painted.equals(await page.screenshot({ clip }))).toBe(false);
    await page.close();
  });

  it('reads open shadow roots', async () => {
    const page = await open('shadow.html');
    await expect.poll(() => paintedTextsIn(page, '#card')).toEqual(expect.arrayContaining(['CDMO', 'GMP', 'API']));
    await page.close();
  });

  it('reads the space between two inline elements: terms set in bold or italics are not glued to the next word', async () => {
    // A block of inline elements only (read whole) and one with a block inside (read node by node).
    e2e.server.put(
      '/inline-spaces.html',
      '<!doctype html><meta charset="utf-8"><title>Outsourcing</title><div id="news">' +
        '<p><strong>CDMO</strong> <em>capacity</em> grew.</p>' +
        '<div><b>GMP</b> <i>inspections</i> resumed<p>The <a href="#">API</a> <b>shortage</b> eased.</p></div></div>',
      'text/html; charset=utf-8',
    );
    const page = await open('inline-spaces.html');
    await expect.poll(() => paintedTextsIn(page, '#news')).toEqual(expect.arrayContaining(['CDMO', 'GMP', 'API']));
    await page.close();
  });

  it('follows a single-page app that replaces its content, and drops ranges of removed text', async () => {
    const page = await open('spa.html');
    await expect.poll(() => paintedTextsIn(page, '#main')).toEqual(['CDMO']);
    await page.click('#next');
    await expect.poll(() => paintedTextsIn(page, '#main')).toEqual(expect.arrayContaining(['FDA', 'GMP', 'CRO']));
    const stale = await page.evaluate(() => {
      let count = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('termlens-')) continue;
        for (const range of highlight) if (!(range as Range).startContainer.isConnected) count++;
      }
      return count;
    });
    expect(stale).toBe(0);
    await page.close();
  });

  it('starts nothing on a page without text, and marks it once its app renders', async () => {
    const page = await e2e.browser.context.newPage();
    // Which of the extension's scripts the frame compiles, as DevTools lists them (isolated worlds too).
    const cdp = await page.context().newCDPSession(page);
    const compiled: string[] = [];
    cdp.on('Debugger.scriptParsed', ({ url }) => {
      if (url.startsWith('chrome-extension://')) compiled.push(new URL(url).pathname);
    });
    await cdp.send('Debugger.enable');
    await page.goto(`${e2e.server.url}/late.html`);
    // Let the content script find the empty page first: it only waits for text, so no scan and no UI host,
    // and the rest of TermLens is not even injected: the frame compiled the small loader only.
    await page.waitForTimeout(700);
    expect(await paintedCount(page)).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('termlens:scan').length)).toBe(0);
    expect(await page.locator('termlens-ui').count()).toBe(0);
    expect(compiled).toEqual(['/content-scripts/content.js']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The CDMO passed its GMP inspection.';
      document.querySelector('#app')!.append(p);
    });
    await expect.poll(() => paintedTextsIn(page, '#app')).toEqual(expect.arrayContaining(['CDMO', 'GMP']));
    expect(compiled).toEqual(['/content-scripts/content.js', '/termlens.js']);
    await cdp.detach();
    await page.close();
  });

  it('marks what infinite scroll appends', async () => {
    const page = await open('infinite.html');
    await waitForPainted(page, (n) => n >= 1);
    await page.evaluate(() => (window as unknown as { addMore(n: number): void }).addMore(40));
    await expect
      .poll(async () => (await paintedTextsIn(page, '#item-40')).sort())
      .toEqual(['CRO', 'GMP audit', 'Phase 2']);
    await page.close();
  });

  it('never marks editable fields or code, and typing works as without TermLens', async () => {
    const page = await open('editable.html');
    await expect.poll(() => paintedTextsIn(page, '#prose')).toContain('CDMO');
    expect(await paintedTextsIn(page, '#ce')).toEqual([]);
    await page.click('#ta');
    await page.keyboard.press('End');
    await page.keyboard.type(' and the CRO');
    expect(await page.inputValue('#ta')).toBe('Draft: ask the CDMO about GMP and the CRO');
    await page.click('#ce');
    await page.keyboard.press('End');
    await page.keyboard.type(' plus API');
    expect(await page.textContent('#ce')).toBe('Editable: the CDMO and GMP plus API');
    expect(await paintedTextsIn(page, '#ce')).toEqual([]);

    const code = await open('code.html');
    await expect.poll(() => paintedTextsIn(code, '#prose')).toEqual(expect.arrayContaining(['CDMO', 'GMP']));
    expect(await paintedTextsIn(code, '#pre')).toEqual([]);
    expect(await paintedTextsIn(code, '#code')).toEqual([]);
    await page.close();
    await code.close();
  });

  it('explains a term in right-to-left text', async () => {
    const page = await open('rtl.html');
    await waitForPainted(page, (n) => n >= 2);
    const tooltip = await hoverWord(page, '#rtl', 'CDMO');
    expect(await tooltip.getAttribute('data-term')).toBe('cdmo');
    await page.close();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const page = await open('csp-strict.html');
    await waitForPainted(page, (n) => n >= 2);
    const tooltip = await hoverWord(page, '#csp', 'CDMO');
    expect(await tooltip.locator('[data-testid=termlens-definition]').textContent()).toBe(short('cdmo'));
    await page.close();
  });

  it('starts and scans on a page whose scripts are disabled: the injected page script runs there', async () => {
    // Page scripts stop; the extension's keep running, the page script the background injects among them
    // (a module import would be refused here). Animation-frame work does not run with page scripts off, so
    // nothing is painted; the scan reports itself with a performance measure, polled from Node.
    const page = await e2e.browser.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${e2e.server.url}/cmo-gmp.en.html`);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('termlens:scan').length)).toBe(1);
    await cdp.detach();
    await page.close();
  });

  it('marks CMO the contract manufacturer and leaves CMO the executive alone', async () => {
    const page = await open('ambiguous-cmo.en.html');
    await expect.poll(() => paintedTextsIn(page, '#manufacturing')).toContain('CMO');
    expect(await paintedTextsIn(page, '#people')).not.toContain('CMO');
    const tooltip = await hoverWord(page, '#manufacturing', 'CMO');
    expect(await tooltip.getAttribute('data-sense')).toBe('contract_manufacturing_organization');
    // The background compiled the forms and the cue words that told the two apart; the page only decoded them.
    const lexicon = await page.evaluate(
      () => (performance.getEntriesByName('termlens:lexicon')[0] as PerformanceMeasure | undefined)?.detail as unknown,
    );
    expect((lexicon as { forms: number }).forms).toBeGreaterThan(1000);
    const cues = await page.evaluate(() =>
      performance
        .getEntriesByName('termlens:cues')
        .map((entry) => (entry as PerformanceMeasure).detail as { terms: number }),
    );
    expect(cues.length).toBe(1);
    expect(cues[0].terms).toBeGreaterThan(0);
    await page.close();
  });

  it('matches Chinese and full-width forms', async () => {
    const page = await open('zh-fullwidth.html');
    await expect
      .poll(() => paintedTextsIn(page, '#zh'))
      .toEqual(expect.arrayContaining(['合同研发生产组织', '原料药', '工艺验证', 'ＧＭＰ', 'ＣＤＭＯ']));
    const tooltip = await hoverWord(page, '#zh', 'ＣＤＭＯ');
    expect(await tooltip.getAttribute('data-term')).toBe('cdmo');
    await page.close();
  });

  it('explains the term under the pointer: one of several in a text node, or one that spans inline elements', async () => {
    e2e.server.put(
      '/hover-targets.html',
      `<!doctype html><html><head><title>Outsourcing news</title></head><body>
        <p id="several">The CRO ran the trial, the CDMO made the batches under GMP, and the CRO filed the IND.</p>
        <p id="spanning">We signed a contract <b>development and manufacturing</b> organization for the launch.</p>
      </body></html>`,
      'text/html; charset=utf-8',
    );
    const page = await open('hover-targets.html');
    await waitForPainted(page, (n) => n >= 6);
    const termUnder = async (selector: string, word: string, nth = 0) => {
      const tooltip = await hoverWord(page, selector, word, { nth });
      const term = await tooltip.getAttribute('data-term');
      await page.mouse.move(2, 2);
      await tooltip.waitFor({ state: 'detached' });
      return term;
    };
    expect(await termUnder('#several', 'GMP')).toBe('gmp');
    expect(await termUnder('#several', 'CRO', 1)).toBe('cro');
    expect(await termUnder('#several', 'IND')).toBe('ind');
    // The match starts in the text before <b>; the pointer rests on the part inside it, and on the part after.
    expect(await termUnder('#spanning', 'manufacturing')).toBe('cdmo');
    expect(await termUnder('#spanning', 'organization')).toBe('cdmo');
    await page.close();
  });

  it('readies the first tooltip of a page while the pointer rests, and shows nothing before the delay ends', async () => {
    // A long delay, so that what happens before it ends is seen by the test's polling.
    const hoverDelay = (ms: number) =>
      setSyncStorage(e2e.browser, {
        settings: { version: 2, siteChunks: { disabledSites: 0, enabledSites: 0 }, hoverDelayMs: ms },
      });
    await hoverDelay(1500);
    try {
      e2e.server.put(
        '/first-hover.html',
        `<!doctype html><html><head><title>Outsourcing news</title></head><body>
          <p id="news">The CDMO made the batches under GMP.</p>
        </body></html>`,
        'text/html; charset=utf-8',
      );
      const page = await open('first-hover.html');
      await waitForPainted(page, (n) => n >= 2);
      const host = page.locator('termlens-ui');
      expect(await host.count()).toBe(0);
      const cardsInHost = () =>
        page.evaluate(
          () => document.querySelector('termlens-ui')!.shadowRoot!.querySelector('.tl-layer')!.childElementCount,
        );

      const point = await pointOfText(page, '#news', 'CDMO');
      await page.mouse.move(point.x, point.y);
      // The host, its styles and the card's code are readied as soon as the term's text has come: the host
      // is there well before the delay ends, and holds no card. Without this, host and card came together.
      await host.waitFor({ state: 'attached' });
      expect(await cardsInHost()).toBe(0);
      const tooltip = page.locator(TOOLTIP);
      await tooltip.waitFor({ state: 'visible' });
      expect(await tooltip.getAttribute('data-term')).toBe('cdmo');
      expect(await cardsInHost()).toBe(1);
      await page.close();
    } finally {
      await hoverDelay(250);
    }
  });

  it('stays responsive on a 5 MB page and marks it all', async () => {
    const paragraph =
      '<p>The CDMO scaled up the API under GMP while the CRO ran the Phase 3 trial. ' +
      '这家合同研发生产组织完成了原料药的工艺验证。 Analysts expect capacity to tighten further next year.</p>\n';
    const body = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    e2e.server.put('/big.html', `<!doctype html><meta charset="utf-8"><title>Big pharma page</title>${body}`);
    const page = await open('big.html');
    // While TermLens works in slices, the page keeps answering quickly.
    const latencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = Date.now();
      await page.evaluate(() => 1);
      latencies.push(Date.now() - started);
      await page.waitForTimeout(100);
    }
    // Every term is found, but only those within a few screens of the viewport are painted.
    const scanned = () =>
      page.evaluate(
        () =>
          (performance.getEntriesByName('termlens:scan').at(-1) as PerformanceMeasure | undefined)?.detail as
            { painted: number } | undefined,
      );
    await expect.poll(async () => (await scanned())?.painted ?? 0, { timeout: 60_000 }).toBeGreaterThan(100_000);
    const nearTop = await waitForPainted(page, (n) => n > 0);
    expect(nearTop).toBeLessThan(2_000);
    expect(Math.max(...latencies)).toBeLessThan(1000);
    // Printing paints every term, and afterwards only those near the viewport stay.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await paintedCount(page)).toBeGreaterThan(100_000);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await paintedCount(page)).toBeLessThan(2_000);
    // Terms far down the page are painted once the reader gets there.
    await page.evaluate(() => document.querySelector('p:last-of-type')!.scrollIntoView());
    await expect.poll(() => paintedTextsIn(page, 'p:last-of-type')).toEqual(expect.arrayContaining(['CDMO', 'GMP']));
    await page.close();
  });

  it('repaints at most every quarter second while the reader scrolls, and keeps only what is near painted', async () => {
    // Any change to a registered Highlight repaints the whole document: on a long page, a change in
    // every frame of a scroll would make the scroll itself slow.
    const paragraph = '<p>The CDMO scaled up the API under GMP while the CRO ran the Phase 3 trial.</p>\n';
    e2e.server.put('/long.html', `<!doctype html><meta charset="utf-8"><title>Long</title>${paragraph.repeat(2000)}`);
    const page = await open('long.html');
    await waitForPainted(page, (n) => n > 0);
    // The scan's own painting is over before the count starts.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('termlens:scan').length)).toBe(1);
    // In the page: count the frames in which the painted set differs from the frame before.
    await page.evaluate(() => {
      const state = window as unknown as { paintChanges: number; stopCounting: boolean };
      state.paintChanges = 0;
      state.stopCounting = false;
      const signature = () => {
        const parts: unknown[] = [];
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('termlens-')) continue;
          parts.push(highlight.size, highlight.values().next().value);
        }
        return parts;
      };
      let before = signature();
      const frame = () => {
        const now = signature();
        if (now.length !== before.length || now.some((part, i) => part !== before[i])) state.paintChanges++;
        before = now;
        if (!state.stopCounting) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.mouse.move(400, 300);
    const started = Date.now();
    for (let step = 0; step < 40; step++) {
      await page.mouse.wheel(0, 250);
      await page.waitForTimeout(25);
    }
    const scrollMs = Date.now() - started;
    const changes = await page.evaluate(() => {
      const state = window as unknown as { paintChanges: number; stopCounting: boolean };
      state.stopCounting = true;
      return state.paintChanges;
    });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(5000);
    // Terms came near all along (this is no idle painter), but not a change per frame.
    expect(changes).toBeGreaterThanOrEqual(2);
    expect(changes).toBeLessThanOrEqual(Math.ceil(scrollMs / 250) + 1);
    // Where the reader stopped, the terms are painted.
    /** Gives the first paragraph below the top of the viewport this id; returns its index. */
    const nameParagraphInView = (id: string) =>
      page.evaluate((id) => {
        const paragraphs = [...document.querySelectorAll('p')];
        const index = paragraphs.findIndex((p) => p.getBoundingClientRect().top > 100);
        paragraphs[index].id = id;
        return index;
      }, id);
    expect(await nameParagraphInView('in-view')).toBeGreaterThan(50);
    await expect.poll(() => paintedTextsIn(page, '#in-view')).toEqual(expect.arrayContaining(['CDMO', 'GMP']));
    // And only there: what scrolled far away is let go (two screens and a bit of lead each way).
    const paintedScreens = () =>
      page.evaluate(() => {
        const tops: number[] = [];
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('termlens-')) continue;
          for (const span of highlight)
            tops.push((span.startContainer as Text).parentElement!.getBoundingClientRect().top);
        }
        return { first: Math.min(...tops) / innerHeight, last: Math.max(...tops) / innerHeight };
      });
    await expect.poll(paintedScreens).toSatisfy(({ first, last }) => first > -3 && last < 4);
    // A jump far down (the End key, a link to an anchor) paints where it lands: inside a run of sibling
    // blocks whose ends alone were watched while it was far.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight * 0.7));
    expect(await nameParagraphInView('landed')).toBeGreaterThan(1000);
    await expect.poll(() => paintedTextsIn(page, '#landed')).toEqual(expect.arrayContaining(['CDMO', 'GMP']));
    await expect.poll(paintedScreens).toSatisfy(({ first, last }) => first > -3 && last < 4);
    await page.close();
  });

  it('looks again under a still pointer once scrolling pauses, not while terms pass by', async () => {
    const terms = ['CDMO', 'CRO', 'GMP', 'GLP'];
    const lines = Array.from(
      { length: 200 },
      (_, i) => `<p id="p${i}">${terms[i % terms.length]} capacity, industry note ${i}</p>`,
    ).join('\n');
    e2e.server.put(
      '/lines.html',
      `<!doctype html><meta charset="utf-8"><title>Lines</title><style>p { margin: 0; font: 16px/40px sans-serif }</style>${lines}`,
    );
    const page = await open('lines.html');
    await waitForPainted(page, (n) => n > 0);
    // The box of the term that starts line `i`, where it is now.
    const termBox = (i: number) =>
      page.evaluate((id) => {
        const text = document.getElementById(id)!.firstChild!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, text.textContent!.indexOf(' '));
        const { top, bottom, left, right } = range.getBoundingClientRect();
        return { top, bottom, left, right };
      }, `p${i}`);
    // Line 40 near the top, so that its tooltip opens below it.
    const startY = await page.evaluate(() => {
      scrollTo(0, document.getElementById('p40')!.offsetTop - 100);
      return scrollY;
    });
    const cdmo = await termBox(40);
    const pointer = { x: (cdmo.left + cdmo.right) / 2, y: (cdmo.top + cdmo.bottom) / 2 };
    await page.mouse.move(pointer.x, pointer.y);
    const tooltip = page.locator(TOOLTIP);
    const definition = tooltip.locator('[data-testid=termlens-definition]');
    await expect.poll(() => definition.textContent(), { timeout: 5000 }).toBe(short('cdmo'));
    expect((await tooltip.boundingBox())!.y).toBeGreaterThan(pointer.y);

    // A slow scroll up, a pixel every 30 ms: each term the pointer crosses rests under it for half a
    // second, longer than the hover delay. The open tooltip follows CDMO down; no other opens meanwhile.
    const scrolled = page.evaluate(
      () =>
        new Promise<void>((done) => {
          let steps = 0;
          const timer = setInterval(() => {
            scrollBy(0, -1);
            if (++steps === 80) {
              clearInterval(timer);
              done();
            }
          }, 30);
        }),
    );
    const seen = new Set<string | null>();
    for (let sample = 0; sample < 12; sample++) {
      await page.waitForTimeout(150);
      seen.add(await definition.textContent({ timeout: 1000 }).catch(() => null));
    }
    await scrolled;
    // CDMO's only: a stall of the page's timer longer than the pause may let the hover look and close it,
    // but no other term stays under the pointer long enough to get its own.
    expect(seen.has(short('cdmo'))).toBe(true);
    expect([...seen].filter((text) => text !== null && text !== short('cdmo'))).toEqual([]);
    // Two lines up, the pointer is on GMP: its tooltip opens once the page is still.
    expect(await page.evaluate(() => scrollY)).toBe(startY - 80);
    await expect
      .poll(() => definition.textContent({ timeout: 1000 }).catch(() => null), { timeout: 5000 })
      .toBe(short('gmp'));

    // The page scrolls down, and GMP's tooltip, following its term up, slides under the still pointer:
    // it stays open, as when the pointer moves into it.
    const before = (await tooltip.boundingBox())!;
    expect(before.y).toBeGreaterThan(pointer.y);
    await page.evaluate(() => scrollBy(0, 60));
    await expect.poll(async () => (await tooltip.boundingBox())?.y, { timeout: 5000 }).toBe(before.y - 60);
    expect((await termBox(38)).bottom, 'GMP has moved up from under the pointer').toBeLessThan(pointer.y);
    expect(before.y - 60, 'the tooltip is under the pointer').toBeLessThan(pointer.y);
    await page.waitForTimeout(1000);
    expect(await definition.textContent()).toBe(short('gmp'));
    await page.close();
  });

  it('keeps no live Range of the terms the pointer has crossed', async () => {
    // Every live Range is updated on each DOM change of its page, for as long as it lives.
    const paragraph = '<p>The CDMO and the CRO both work under GMP rules.</p>\n';
    e2e.server.put(
      '/crossed.html',
      `<!doctype html><meta charset="utf-8"><title>Crossed</title>${paragraph.repeat(20)}`,
    );
    const page = await open('crossed.html');
    await waitForPainted(page, (n) => n >= 60);
    const cdp = await e2e.browser.context.newCDPSession(page);
    const rangesInHeap = async () => {
      // Twice: the first pass may only free what finalizers then release.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const chunks: string[] = [];
      const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
      cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
      const snapshot = JSON.parse(chunks.join('')) as {
        snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
        nodes: number[];
        strings: string[];
      };
      const fields = snapshot.snapshot.meta.node_fields;
      const [typeAt, nameAt] = [fields.indexOf('type'), fields.indexOf('name')];
      let ranges = 0;
      for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
        const type = snapshot.snapshot.meta.node_types[0][snapshot.nodes[i + typeAt]];
        if (type === 'object' && snapshot.strings[snapshot.nodes[i + nameAt]] === 'Range') ranges++;
      }
      return ranges;
    };
    const points = await page.evaluate(() => {
      const found: { x: number; y: number }[] = [];
      for (const text of document.querySelectorAll('p')) {
        const node = text.firstChild as Text;
        for (const word of ['CDMO', 'CRO', 'GMP']) {
          const range = document.createRange();
          const at = node.data.indexOf(word);
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const rect = range.getBoundingClientRect();
          if (rect.bottom < innerHeight) found.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
        }
      }
      return found;
    });
    expect(points.length).toBeGreaterThan(30);
    // Counted after the test's own Ranges above, and after a look for an element as the checks below make.
    await page.locator('p').first().waitFor();
    const before = await rangesInHeap();
    for (const { x, y } of points) {
      await page.mouse.move(x, y);
      await page.waitForTimeout(40);
    }
    // The tooltip opened along the way: the pointer did reach terms. Once it has closed, nothing is kept.
    await page.locator(TOOLTIP).waitFor();
    await page.mouse.move(2, 2);
    await page.locator(TOOLTIP).waitFor({ state: 'detached' });
    // Two may stay: the one Range TermLens moves over a span to measure or read it, and one that Blink's own
    // tables hold (as one of the test's 60 above stays in the count before).
    expect(await rangesInHeap()).toBeLessThanOrEqual(before + 2);
    await cdp.detach();
    await page.close();
  });

  it('keeps up with a page that mutates without end, at a bounded cost', async () => {
    const page = await open('mutating.html');
    // Let the storm run; the page must stay responsive meanwhile.
    const latencies: number[] = [];
    for (let i = 0; i < 15; i++) {
      const started = Date.now();
      await page.evaluate(() => 1);
      latencies.push(Date.now() - started);
      await page.waitForTimeout(100);
    }
    expect(Math.max(...latencies)).toBeLessThan(500);
    await page.evaluate(() => (window as unknown as { stopTicker(): void }).stopTicker());
    // Once it calms down, what is on the page gets marked.
    const newest = await page.evaluate(() => document.querySelector('#ticker p')!.id);
    // In any order: a block's terms are painted together, in no order the reader could see.
    const painted = async () => (await paintedTextsIn(page, `#${newest}`)).sort();
    await expect.poll(painted, { timeout: 15_000 }).toEqual(['CDMO', 'CRO']);
    await page.close();
  });

  it('moves to the next marked term from the keyboard command and opens its tooltip', async () => {
    const page = await open('demo.html');
    await waitForPainted(page, (n) => n > 10);
    const tabId = await tabIdOf(e2e.browser, page);
    await dispatchExtensionEvent(e2e.browser, 'commands.onCommand', ['next-term', { id: tabId }]);
    const tooltip = page.locator(TOOLTIP);
    await tooltip.waitFor();
    expect(await tooltip.getAttribute('data-pinned')).toBe('true');
    // The pinned card stays against its term while the page scrolls.
    // Placement is asynchronous: read the box once it has stopped moving.
    let before = (await tooltip.boundingBox())!;
    for (let settled = false; !settled;) {
      await page.waitForTimeout(100);
      const now = (await tooltip.boundingBox())!;
      settled = now.x === before.x && now.y === before.y;
      before = now;
    }
    const scrolled = await page.evaluate(() => {
      const from = window.scrollY;
      window.scrollBy(0, 60);
      return window.scrollY - from;
    });
    expect(scrolled).toBeGreaterThan(20);
    await expect
      .poll(async () => Math.round(before.y - (await tooltip.boundingBox())!.y), { timeout: 5000 })
      .toBe(scrolled);
    // Each step anchors the tooltip at the next term, further down the page.
    const first = (await tooltip.boundingBox())!;
    await dispatchExtensionEvent(e2e.browser, 'commands.onCommand', ['next-term', { id: tabId }]);
    await expect
      .poll(async () => (await tooltip.boundingBox())?.y !== first.y || (await tooltip.boundingBox())?.x !== first.x)
      .toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('termlens-ui');
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });
    await page.close();
  });

  it('looks up a selection from the context menu: a term, and text that is not one', async () => {
    const page = await open('demo.html');
    await waitForPainted(page, (n) => n > 10);
    const tabId = await tabIdOf(e2e.browser, page);
    const select = (selector: string, word: string) =>
      page.evaluate(
        ({ selector, word }) => {
          const node = [...document.querySelector(selector)!.childNodes].find((n) => n.textContent?.includes(word))!;
          const i = node.textContent!.indexOf(word);
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + word.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        },
        { selector, word },
      );
    await select('#p-cso', 'field force');
    await dispatchExtensionEvent(e2e.browser, 'contextMenus.onClicked', [
      { menuItemId: 'termlens-lookup', frameId: 0, selectionText: 'field force', editable: false, pageUrl: page.url() },
      { id: tabId },
    ]);
    const miss = page.locator('termlens-ui [data-testid=termlens-lookup-miss]');
    await miss.waitFor();
    expect(await miss.textContent()).toContain('field force');

    await select('#p-gmp', 'API');
    await dispatchExtensionEvent(e2e.browser, 'contextMenus.onClicked', [
      { menuItemId: 'termlens-lookup', frameId: 0, selectionText: 'API', editable: false, pageUrl: page.url() },
      { id: tabId },
    ]);
    const tooltip = page.locator(TOOLTIP);
    await tooltip.waitFor();
    expect(await tooltip.getAttribute('data-term')).toBe('api');
    await page.close();
  });

  it('tells the two CMOs apart in a look-up where TermLens is off: the cue words come with the question', async () => {
    const turnedOff = (sites: string[]) =>
      setSyncStorage(e2e.browser, {
        settings: { version: 2, siteChunks: { disabledSites: sites.length > 0 ? 1 : 0, enabledSites: 0 } },
        'sites.disabled.0': sites,
      });
    await turnedOff(['127.0.0.1']);
    try {
      const page = await open('ambiguous-cmo.en.html');
      const tabId = await tabIdOf(e2e.browser, page);
      const lookUp = async (selector: string) => {
        await page.evaluate((selector) => {
          const node = document.querySelector(selector)!.firstChild!;
          const at = node.textContent!.indexOf('CMO');
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 3);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        }, selector);
        await dispatchExtensionEvent(e2e.browser, 'contextMenus.onClicked', [
          { menuItemId: 'termlens-lookup', frameId: 0, selectionText: 'CMO', editable: false, pageUrl: page.url() },
          { id: tabId },
        ]);
        const tooltip = page.locator(TOOLTIP);
        await tooltip.waitFor();
        const sense = await tooltip.getAttribute('data-sense');
        await page.keyboard.press('Escape');
        await tooltip.waitFor({ state: 'detached' });
        return sense;
      };
      // Nothing was scanned here, so no cue words were fetched before the reader asked.
      expect(await lookUp('#manufacturing')).toBe('contract_manufacturing_organization');
      expect(await paintedCount(page)).toBe(0);
      expect(await lookUp('#people')).toBe('chief_marketing_officer');
      await page.close();
    } finally {
      await turnedOff([]);
    }
  });

  it('shows the number of terms on the badge', async () => {
    const page = await open('demo.html');
    await waitForPainted(page, (n) => n > 10);
    const tabId = await tabIdOf(e2e.browser, page);
    const badge = badgeOf(e2e.browser, tabId);
    const painted = await paintedCount(page);
    await expect.poll(badge).toMatch(/^\d+$/);
    expect(Number(await badge())).toBeGreaterThan(10);
    expect(Number(await badge())).toBeLessThanOrEqual(painted);
    await page.close();
  });

  it('keeps the badge to the frames the tab shows: one removed or navigated away from takes its terms off', async () => {
    const page = await open('frames.html');
    await waitForPainted(page, (n) => n >= 2);
    const tabId = await tabIdOf(e2e.browser, page);
    const badge = badgeOf(e2e.browser, tabId);
    // The parent page's two terms and the two frames' (CDMO, GMP and API; CDMO and GMP).
    await expect.poll(badge, { timeout: 5000 }).toBe('7');

    await page.evaluate(() => document.getElementById('srcdoc')!.remove());
    await expect.poll(badge, { timeout: 5000 }).toBe('5');

    e2e.server.put('/no-terms.html', NO_TERMS_PAGE);
    await page.goto(`${e2e.server.url}/no-terms.html`);
    await expect.poll(badge, { timeout: 5000 }).toBe('');

    await page.goBack();
    await expect.poll(badge, { timeout: 5000 }).toBe('7');
    await page.close();
  });
});

describe('content script, with the back-forward cache on (as in Chrome)', () => {
  let e2e: E2E;

  beforeAll(async () => {
    // Playwright turns the cache off by default; Chrome keeps pages left with Back in it.
    e2e = await startE2E({ backForwardCache: true });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('puts a page’s terms back on the badge when Back restores it from the cache, and still explains them', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(`${e2e.server.url}/frames.html`);
    await waitForPainted(page, (n) => n >= 2);
    const badge = badgeOf(e2e.browser, await tabIdOf(e2e.browser, page));
    await expect.poll(badge, { timeout: 5000 }).toBe('7');
    await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

    e2e.server.put('/no-terms.html', NO_TERMS_PAGE);
    await page.goto(`${e2e.server.url}/no-terms.html`);
    await expect.poll(badge, { timeout: 5000 }).toBe('');

    // Back restores the same document (its own state survived), which scans nothing again.
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    await expect.poll(badge, { timeout: 5000 }).toBe('7');
    const tooltip = await hoverWord(page, '#top', 'CDMO');
    expect(await tooltip.getAttribute('data-term')).toBe('cdmo');
    await page.close();
  });
});
