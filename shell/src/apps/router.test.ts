import { expect, fixture, html } from '@open-wc/testing';
import { createShellHost } from '@digione/sdk/host';
import { DirtyGuard } from './dirty-guard.js';
import { ShellRouter } from './router.js';
import { OFF_PORTAL } from '../../../sdk/src/host/fixtures/off-portal.js';

const start = location.pathname;
/** Places on other hosts that the router itself refuses, whoever asks. */
const OFF_ORIGIN = [
  'https://evil.example/login',
  '//evil.example',
  '/\\evil.example',
  '/\t/evil.example',
  'javascript:alert(1)',
];
const routes: string[] = [];
let answer = false;
const asked: string[] = [];
const guard = new DirtyGuard((appId) => {
  asked.push(appId);
  return Promise.resolve(answer);
});
const router = new ShellRouter({
  win: window,
  guard,
  appAt: (path) => (path.startsWith('/timetable') ? 'timetable' : undefined),
  onRoute: (path) => routes.push(path),
});
router.start();

/** Clicks `link` and tells whether the router took the click (the browser would have followed it). */
async function click(link: HTMLAnchorElement, init: MouseEventInit = {}): Promise<boolean> {
  let taken = false;
  const stop = (event: Event): void => {
    taken = event.defaultPrevented;
    // Never let the test page itself navigate away.
    event.preventDefault();
  };
  window.addEventListener('click', stop);
  link.dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
  );
  window.removeEventListener('click', stop);
  await new Promise((resolve) => setTimeout(resolve));
  return taken;
}

describe('the shell router', () => {
  afterEach(() => {
    guard.forget('timetable');
    routes.length = 0;
    asked.length = 0;
  });
  after(() => {
    router.dispose();
    history.replaceState(null, '', start);
  });

  it('routes a link of the portal without a reload, also from inside a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const link = document.createElement('a');
    link.href = '/timetable/week?day=1';
    link.textContent = 'Lukujärjestys';
    shadow.append(link);
    expect(await click(link)).to.equal(true);
    expect(location.pathname + location.search).to.equal('/timetable/week?day=1');
    expect(routes).to.deep.equal(['/timetable/week']);
    expect(router.path).to.equal('/timetable/week');
  });

  it('leaves new tabs, downloads, files, other sites and in-page jumps to the browser', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div>
        <a id="tab" href="/palaute" target="_blank">x</a>
        <a id="download" href="/palaute" download>x</a>
        <a id="file" href="/ohjeet/opas.pdf">x</a>
        <a id="away" href="https://example.org/">x</a>
        <a id="external" href="/palaute" rel="external">x</a>
        <a id="plain" href="/palaute">x</a>
      </div>`,
    );
    const link = (id: string): HTMLAnchorElement => el.querySelector<HTMLAnchorElement>(`#${id}`)!;
    for (const id of ['tab', 'download', 'file', 'away', 'external']) {
      expect(await click(link(id)), id).to.equal(false);
    }
    expect(await click(link('plain'), { ctrlKey: true })).to.equal(false);
    expect(routes).to.deep.equal([]);
  });

  describe('when the app being left has unsaved changes', () => {
    it('asks first, and staying keeps the page', async () => {
      await router.navigate('/timetable');
      routes.length = 0;
      guard.setDirty('timetable', true);
      answer = false;
      expect(await router.navigate('/palaute')).to.equal(false);
      expect(asked).to.deep.equal(['timetable']);
      expect(location.pathname).to.equal('/timetable');
      expect(routes).to.deep.equal([]);
    });

    it('leaving goes on, and a move inside the app asks nothing', async () => {
      await router.navigate('/timetable');
      guard.setDirty('timetable', true);
      expect(await router.navigate('/timetable/week')).to.equal(true);
      expect(asked).to.deep.equal([]);
      answer = true;
      expect(await router.navigate('/palaute')).to.equal(true);
      expect(asked).to.deep.equal(['timetable']);
      expect(location.pathname).to.equal('/palaute');
      expect(guard.isDirty('timetable')).to.equal(false);
    });
  });
  describe('when asked to go to another site', () => {
    /** This page's location, except that `assign` (leaving the page) is only recorded. */
    function recordingWindow(assigned: string[]): Window {
      const fake = {
        location: {
          get href() {
            return location.href;
          },
          get origin() {
            return location.origin;
          },
          get pathname() {
            return location.pathname;
          },
          assign: (url: string) => void assigned.push(url),
        },
      };
      return fake as unknown as Window;
    }

    it('never leaves the portal: it refuses, and the page stays', async () => {
      const assigned: string[] = [];
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...data: unknown[]) => void warnings.push(data.map(String).join(' '));
      const guarded = new ShellRouter({
        win: recordingWindow(assigned),
        guard,
        appAt: () => undefined,
        onRoute: (path) => routes.push(path),
      });
      const here = location.href;
      try {
        // (The last folds into "//evil.example", which single-spa would follow to that host.)
        for (const url of [...OFF_ORIGIN, '/..//evil.example']) {
          expect(await guarded.navigate(url), JSON.stringify(url)).to.equal(false);
        }
      } finally {
        console.warn = warn;
      }
      expect(assigned).to.deep.equal([]);
      expect(location.href).to.equal(here);
      expect(routes).to.deep.equal([]);
      expect(warnings).to.have.length(OFF_ORIGIN.length + 1);
    });
  });

  describe('when an app navigates', () => {
    /** A shell host whose apps navigate through this router, as the portal's does. */
    function appNavigating() {
      let navigation: Promise<boolean> | undefined;
      const host = createShellHost({
        services: {
          navigate: (_appId, path) => {
            navigation = router.navigate(path);
          },
        },
      });
      const { context } = host.contextFor('timetable', { userFields: [] });
      return { context, navigated: () => navigation };
    }

    it('asks about unsaved changes first, and staying keeps the page', async () => {
      const { context, navigated } = appNavigating();
      await router.navigate('/timetable');
      routes.length = 0;
      guard.setDirty('timetable', true);
      answer = false;
      context.navigate('/palaute');
      expect(await navigated()).to.equal(false);
      expect(asked).to.deep.equal(['timetable']);
      expect(location.pathname).to.equal('/timetable');
      answer = true;
      context.navigate('/palaute?from=app');
      expect(await navigated()).to.equal(true);
      expect(location.pathname + location.search).to.equal('/palaute?from=app');
      expect(routes).to.deep.equal(['/palaute']);
    });

    it('is refused with D1-SDK-125 for any place off the portal, and nothing is asked', async () => {
      const { context, navigated } = appNavigating();
      await router.navigate('/timetable');
      guard.setDirty('timetable', true);
      const here = location.href;
      // Every place the SDK's host refuses an app, as its own boundary tests list them.
      for (const url of OFF_PORTAL) {
        let code: unknown;
        try {
          context.navigate(url);
        } catch (error) {
          code = (error as { code?: unknown }).code;
        }
        expect(code, JSON.stringify(url)).to.equal('D1-SDK-125');
      }
      expect(navigated()).to.equal(undefined);
      expect(asked).to.deep.equal([]);
      expect(location.href).to.equal(here);
    });
  });
});
