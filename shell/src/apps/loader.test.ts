import { expect } from '@open-wc/testing';
import { APP_PRELOAD_META } from '../portal/preload.js';
import {
  AppLoadError,
  ensureClearingPolicy,
  importApp,
  loadedApp,
  preloadAppSide,
} from './loader.js';

const entry = new URL('./test-fixtures/signed-app.ts', import.meta.url).href;
const runs = (): number => (globalThis as { d1SignedAppRuns?: number }).d1SignedAppRuns ?? 0;

/** The subresource integrity of what the server sends for `url`, as a vendor computes it. */
async function sha384(url: string): Promise<string> {
  const body = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', body));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('importApp with an integrity hash', () => {
  it('runs an entry whose code matches the hash of its manifest', async () => {
    const url = `${entry}?case=matches`;
    const before = runs();
    const loaded = await importApp('signed', url, {
      timeoutMs: 10_000,
      integrity: await sha384(url),
    });
    expect(typeof loaded.lifecycles.mount).to.equal('function');
    expect(runs()).to.equal(before + 1);
  });

  it('refuses an entry whose code differs, and never runs it, retried or not', async () => {
    const before = runs();
    // The hash of other code: what a tampered CDN copy would meet.
    const integrity = await sha384(new URL('./loader.ts', import.meta.url).href);
    for (const attempt of ['first', 'retry']) {
      let error: unknown;
      try {
        await importApp('signed', `${entry}?case=${attempt}`, { timeoutMs: 10_000, integrity });
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(AppLoadError);
      expect((error as Error).message).to.contain('does not match the integrity hash');
      expect((error as Error).message).to.contain('"signed"');
    }
    expect(runs()).to.equal(before);
  });

  it('imports as before when the manifest gives no hash', async () => {
    const loaded = await importApp('signed', `${entry}?case=unsigned`, { timeoutMs: 10_000 });
    expect(typeof loaded.lifecycles.unmount).to.equal('function');
  });
});

/** A real ES module of `source`, as the browser imports an app's entry (its namespace, as is). */
function moduleUrl(source: string): string {
  return `data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`;
}

/** The error `run` throws (or fails the test when it throws none). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}

describe("the SDK's app side, asked for beside the first module app", () => {
  /** A page (inert: nothing it links is fetched) whose build listed `urls`, or listed nothing. */
  function page(urls?: string): Document {
    const doc = document.implementation.createHTMLDocument('DigiOne');
    if (urls !== undefined) {
      const meta = doc.createElement('meta');
      meta.name = APP_PRELOAD_META;
      meta.content = urls;
      doc.head.append(meta);
    }
    return doc;
  }
  const preloads = (doc: Document): string[] =>
    [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
      l.getAttribute('href'),
    ) as string[];

  it('preloads every file the build listed, all at once, and only once per page', () => {
    const doc = page(' /shared/digione-sdk-a1.js  /shared/chunks/digione-sdk-app-b2.js ');
    preloadAppSide(doc);
    expect(preloads(doc)).to.deep.equal([
      '/shared/digione-sdk-a1.js',
      '/shared/chunks/digione-sdk-app-b2.js',
    ]);
    preloadAppSide(doc);
    expect(preloads(doc)).to.have.length(2);
  });

  it('asks for nothing on a page without the list (the development server)', () => {
    const doc = page();
    preloadAppSide(doc);
    expect(preloads(doc)).to.deep.equal([]);
  });
});

describe('the lifecycles an entry module exports', () => {
  it('takes bootstrap, mount, unmount and update exported by name, as single-spa apps export them', async () => {
    const loaded = await importApp(
      'named',
      moduleUrl(`
        export const calls = [];
        export async function bootstrap(props) { calls.push(['bootstrap', props.name]); }
        export async function mount(props) {
          calls.push(['mount', props.name]);
          props.domElement.textContent = 'Hei, ' + props.context.user;
        }
        export async function unmount(props) {
          calls.push(['unmount', props.name]);
          props.domElement.textContent = '';
        }
        export async function update(props) { calls.push(['update', props.name]); }
      `),
      { timeoutMs: 10_000 },
    );
    const domElement = document.createElement('div');
    const props = { name: 'named', domElement, context: { user: 'Aino' } };
    await loaded.lifecycles.bootstrap?.(props);
    await loaded.lifecycles.mount(props);
    expect(domElement.textContent).to.equal('Hei, Aino');
    await loaded.lifecycles.update?.(props);
    await loaded.lifecycles.unmount(props);
    expect(domElement.textContent).to.equal('');
    expect(loaded.widgets).to.deep.equal({});
  });

  it('runs a lifecycle given as an array of functions in order, each awaited', async () => {
    const steps: string[] = [];
    const later =
      (name: string) =>
      async (props: object): Promise<void> => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        steps.push(`${name}:${(props as { name: string }).name}`);
      };
    const now = (name: string) => (): void => {
      steps.push(name);
    };
    const loaded = loadedApp('steps', {
      bootstrap: [later('bootstrap-1'), now('bootstrap-2')],
      mount: [later('mount-1'), later('mount-2'), now('mount-3')],
      unmount: [now('unmount')],
    });
    const props = { name: 'steps' };
    await loaded.lifecycles.bootstrap?.(props);
    await loaded.lifecycles.mount(props);
    await loaded.lifecycles.unmount(props);
    expect(steps).to.deep.equal([
      'bootstrap-1:steps',
      'bootstrap-2',
      'mount-1:steps',
      'mount-2:steps',
      'mount-3',
      'unmount',
    ]);
  });

  it('stops at the first step that fails, and rejects with its error', async () => {
    const ran: string[] = [];
    const loaded = loadedApp('failing', {
      mount: [
        () => {
          throw new Error('no data');
        },
        () => ran.push('second'),
      ],
      unmount: () => undefined,
    });
    let error: unknown;
    try {
      await loaded.lifecycles.mount({});
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).to.equal('no data');
    expect(ran).to.deep.equal([]);
  });

  it('prefers the default export, then "lifecycles", then the named exports', () => {
    const which = (name: string) => ({ mount: () => name, unmount: () => name });
    const named = { mount: () => 'named', unmount: () => 'named' };
    const all = loadedApp('order', {
      default: which('default'),
      lifecycles: which('lifecycles'),
      ...named,
    });
    expect(all.lifecycles.mount({})).to.equal('default');
    const noDefault = loadedApp('order', { lifecycles: which('lifecycles'), ...named });
    expect(noDefault.lifecycles.mount({})).to.equal('lifecycles');
    // A default export that is no lifecycles (a component, say) leaves the others to be found.
    const component = loadedApp('order', { default: () => 'a component', ...named });
    expect(component.lifecycles.mount({})).to.equal('named');
  });

  it('calls each lifecycle on the object that exported it', async () => {
    const lifecycles = {
      greeting: 'Hej',
      shown: '',
      mount(this: { greeting: string; shown: string }) {
        this.shown = this.greeting;
      },
      unmount: () => undefined,
    };
    await loadedApp('bound', { default: lifecycles }).lifecycles.mount({});
    expect(lifecycles.shown).to.equal('Hej');
  });

  it('refuses a module without lifecycles, naming the three shapes and what it exports', async () => {
    let error: unknown;
    try {
      await importApp(
        'bare',
        moduleUrl('export const mount = () => {}; export const version = "1.0.0";'),
        { timeoutMs: 10_000 },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(AppLoadError);
    const message = (error as Error).message;
    expect(message).to.contain('app "bare" exports no lifecycles');
    expect(message).to.contain('default export');
    expect(message).to.contain('"lifecycles"');
    expect(message).to.contain('bootstrap, mount and unmount by name');
    expect(message).to.contain('It exports: mount (function), version (string).');
  });

  it('refuses lifecycles that are not functions, or an empty array of them', () => {
    const refused = [
      { mount: [], unmount: () => undefined },
      { mount: () => undefined, unmount: [() => undefined, 'not a function'] },
      { mount: () => undefined, unmount: () => undefined, bootstrap: 'soon' },
      { mount: () => undefined },
    ];
    for (const module of refused) {
      const error = thrown(() => loadedApp('odd', module));
      expect(error).to.be.instanceOf(AppLoadError);
      expect(error.message).to.contain('exports no lifecycles');
    }
    expect(thrown(() => loadedApp('empty', {})).message).to.contain('It exports nothing.');
  });

  it('leaves out an update that is no lifecycle rather than refusing the app', () => {
    const loaded = loadedApp('versioned', {
      mount: () => undefined,
      unmount: () => undefined,
      update: '2026-12-06',
    });
    expect('update' in loaded.lifecycles).to.equal(false);
  });
});

describe("the page's default Trusted Types policy", () => {
  /** A page under the portal's Trusted Types rules, in a frame of its own. */
  async function guardedPage(): Promise<Window> {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
    });
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html default"><body></body>`;
    document.body.append(frame);
    await loaded;
    after(() => {
      frame.remove();
    });
    return frame.contentWindow!;
  }

  /** Assigns `html` to an element's innerHTML in `page`: '' when allowed, else the error's name. */
  function assign(page: Window, html: string): string {
    const element = page.document.createElement('div');
    element.append(page.document.createElement('p'));
    try {
      element.innerHTML = html;
      return `allowed, ${element.childNodes.length} nodes`;
    } catch (error) {
      return (error as Error).name;
    }
  }

  it('lets code empty an element with innerHTML = "", as single-spa-vue does at unmount', async () => {
    const page = await guardedPage();
    expect(assign(page, '')).to.equal('TypeError');
    ensureClearingPolicy(page);
    expect(assign(page, '')).to.equal('allowed, 0 nodes');
  });

  it('refuses every other string, as before', async () => {
    const page = await guardedPage();
    ensureClearingPolicy(page);
    expect(assign(page, '<img src="x" onerror="alert(1)">')).to.equal('TypeError');
    expect(assign(page, ' ')).to.equal('TypeError');
  });

  it('is made once: a second call, or an app after it, cannot replace it', async () => {
    const page = await guardedPage();
    ensureClearingPolicy(page);
    ensureClearingPolicy(page);
    const factory = (
      page as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }
    ).trustedTypes;
    expect(() => factory.createPolicy('default', { createHTML: (s: string) => s })).to.throw();
    expect(assign(page, '<b>bold</b>')).to.equal('TypeError');
  });
});
