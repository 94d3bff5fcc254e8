import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { holdsText, whenTextAppears } from '../../../page/page-text-presence';

function documentOf(html: string): Document {
  const window = new Window();
  window.document.write(`<!doctype html><html><head><title>A title</title></head><body>${html}</body></html>`);
  return window.document as unknown as Document;
}

/** Whether a promise has settled after the pending mutation records were delivered. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
}

describe('holdsText', () => {
  it('finds prose anywhere in the body', () => {
    expect(holdsText(documentOf('<div><div><span>CMO</span></div></div>'))).toBe(true);
    expect(holdsText(documentOf('<p>合同研发生产组织</p>'))).toBe(true);
  });

  it('sees no text in whitespace, scripts, styles, templates or the title', () => {
    const doc = documentOf(
      '<div>  \n </div><script>var cmo = 1</script><style>p{}</style><noscript>x</noscript><template><p>t</p></template>',
    );
    expect(holdsText(doc)).toBe(false);
    expect(holdsText(documentOf(''))).toBe(false);
  });

  it('counts a custom element or a shadow root as possible text', () => {
    expect(holdsText(documentOf('<news-app></news-app>'))).toBe(true);
    const doc = documentOf('<div id="host"></div>');
    expect(holdsText(doc)).toBe(false);
    doc.getElementById('host')!.attachShadow({ mode: 'open' });
    expect(holdsText(doc)).toBe(true);
  });
});

describe('whenTextAppears', () => {
  it('resolves at once on a page with text', async () => {
    expect(await settled(whenTextAppears(documentOf('<p>GMP</p>'), new AbortController().signal))).toBe(true);
  });

  it('waits through empty changes, then resolves when text is added or written in', async () => {
    const doc = documentOf('<div id="app"></div>');
    const appeared = whenTextAppears(doc, new AbortController().signal);
    const app = doc.getElementById('app')!;
    app.append(doc.createElement('div'), doc.createTextNode('   '));
    const script = doc.createElement('script');
    script.textContent = 'var later = 1';
    app.append(script);
    expect(await settled(appeared)).toBe(false);

    const empty = doc.createTextNode('');
    app.append(empty);
    expect(await settled(appeared)).toBe(false);
    empty.data = 'The CDMO scaled up.';
    expect(await settled(appeared)).toBe(true);
  });

  it('resolves when an element with text is added', async () => {
    const doc = documentOf('');
    const appeared = whenTextAppears(doc, new AbortController().signal);
    const article = doc.createElement('article');
    article.innerHTML = '<h1><span>API</span> supply</h1>';
    doc.body.append(article);
    expect(await settled(appeared)).toBe(true);
  });

  it('stops watching when aborted', async () => {
    const doc = documentOf('');
    const abort = new AbortController();
    const appeared = whenTextAppears(doc, abort.signal);
    abort.abort();
    doc.body.append(doc.createTextNode('CMO'));
    expect(await settled(appeared)).toBe(false);
  });
});
