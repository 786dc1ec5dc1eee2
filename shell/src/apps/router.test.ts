import { expect, fixture, html } from '@open-wc/testing';
import { DirtyGuard } from './dirty-guard.js';
import { ShellRouter } from './router.js';

const start = location.pathname;
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
});
