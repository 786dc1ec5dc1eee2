import { expect, fixture, html } from '@open-wc/testing';
import '@digione/components/define';
import type { ShellHost } from '@digione/sdk/host';
import type { RegistryContents } from '../apps/registry.js';
import type { AppRuntime } from '../apps/runtime.js';
import { PUPIL, testApp } from '../apps/test-manifests.js';
import { signedIn, stateAfter } from '../state/fixtures.js';
import { reducePortal, type PortalAction, type PortalState } from '../state/state.js';
import { frameView, type FrameView } from '../state/view.js';
import { defineShellElements } from './define.js';
import { renderFrame } from './render.js';
import type { D1Shell } from './shell-element.js';

const registry: RegistryContents = {
  apps: [
    testApp('timetable', ['learner'], { widgets: [] }),
    testApp('lunch', ['learner'], { widgets: [] }),
  ],
  skipped: [],
};

/** The next task: what `setTimeout(…, 0)` scheduled before it has run. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

describe('renderFrame', () => {
  let element: D1Shell;
  let shown: FrameView | undefined;
  let shownApps: (string | undefined)[];
  let state: PortalState;

  /** Renders the state after `actions`, taken after the last ones, as the portal does. */
  function show(...actions: PortalAction[]): FrameView {
    state = actions.reduce(reducePortal, state);
    const view = frameView(state);
    const host = { setTenant: () => undefined } as unknown as ShellHost;
    const runtime = {
      show: (id: string | undefined) => shownApps.push(id),
    } as unknown as AppRuntime;
    renderFrame({ doc: document, element, runtime, host }, state, view, shown);
    shown = view;
    return view;
  }

  before(() => {
    defineShellElements();
  });
  beforeEach(async () => {
    shown = undefined;
    shownApps = [];
    state = stateAfter(
      { type: 'auth', auth: signedIn(PUPIL) },
      { type: 'registry-loaded', registry },
    );
    document.title = 'test';
    element = await fixture<D1Shell>(html`<d1-shell></d1-shell>`);
  });

  it("names a portal page in the title at once, and an app's page after the app is shown", async () => {
    show({ type: 'path', path: '/' });
    expect(document.title).to.equal('Etusivu – DigiOne');

    const timetable = show({ type: 'path', path: '/timetable' });
    // The app's area is shown first; the title waits for the next task, off the switch.
    expect(shownApps.at(-1)).to.equal('timetable');
    expect(document.title).to.equal('Etusivu – DigiOne');
    await nextTask();
    expect(document.title).to.equal(timetable.title);
    expect(document.title).to.match(/timetable – DigiOne$/);
  });

  it("names an app's page at once when the app itself changes its title", () => {
    show({ type: 'path', path: '/timetable' });
    const titled = show(
      { type: 'path', path: '/timetable' },
      { type: 'title', appId: 'timetable', title: 'Viikko 12' },
    );
    expect(document.title).to.equal(titled.title);
    expect(document.title).to.match(/^Viikko 12 – /);
  });

  it('sets only the latest of titles given within one task', async () => {
    show({ type: 'path', path: '/' });
    const titles: string[] = [];
    const observer = new MutationObserver(() => titles.push(document.title));
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    try {
      show({ type: 'path', path: '/timetable' });
      const lunch = show({ type: 'path', path: '/lunch' });
      await nextTask();
      expect(document.title).to.equal(lunch.title);
      expect(titles).to.deep.equal([lunch.title]);
    } finally {
      observer.disconnect();
    }
  });

  it('leaves an unchanged title alone', async () => {
    const view = show({ type: 'path', path: '/' });
    const titleText = document.querySelector('title')?.firstChild;
    show({ type: 'path', path: '/' }, { type: 'badge', appId: 'timetable', count: 2 });
    await nextTask();
    expect(document.title).to.equal(view.title);
    // The same text node: the title was not written again.
    expect(document.querySelector('title')?.firstChild).to.equal(titleText);
  });

  it("keeps the user menu's list of choices while neither the choices nor the language change", async () => {
    const menu = () => element.shadowRoot?.querySelector('d1-user-menu');
    show({ type: 'path', path: '/' });
    await element.updateComplete;
    const contexts = menu()?.contexts;
    expect(contexts?.length).to.be.greaterThan(0);
    show({ type: 'path', path: '/timetable' });
    await element.updateComplete;
    expect(menu()?.contexts).to.equal(contexts);
    show({ type: 'path', path: '/timetable' }, { type: 'locale', locale: 'sv' });
    await element.updateComplete;
    expect(menu()?.contexts).not.to.equal(contexts);
    expect(menu()?.contexts).to.deep.equal(contexts);
  });
});
