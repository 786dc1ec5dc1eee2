/**
 * The shared context is defined once (context/fields.ts): a field added to the definition — here
 * the school year of fixtures/school-year.ts — reaches a module app mounted through the host, as
 * the portal mounts one, and an iframe app on another origin through the real bridge, with no
 * other edit. This page is the shell at http://localhost:<port>; the iframe app is served from
 * http://127.0.0.1:<port>.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { ContextController, defineMicroApp, type AppContext } from '@digione/sdk';
import { bridgeIframe, createShellHost, type ShellHost } from '@digione/sdk/host';
import { SCHOOL_YEAR_CONTEXT } from '../iframe/fixtures/school-year.js';
import '../iframe/fixtures/fixture-events.js';
import { waitFor } from '../../../test/support/unit-wait.js';

type SchoolYearContext = AppContext<typeof SCHOOL_YEAR_CONTEXT>;

const APP_ORIGIN = `http://127.0.0.1:${location.port}`;

/** A module app, as a vendor writes one: it renders the school year and follows its changes. */
class SchoolYearApp extends LitElement {
  context?: SchoolYearContext;
  readonly ctx = new ContextController(this);
  override render() {
    return html`<p>${this.context?.schoolYear.value}</p>`;
  }
}
customElements.define('school-year-app', SchoolYearApp);

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function host(): ShellHost<typeof SCHOOL_YEAR_CONTEXT> {
  const result = createShellHost({ context: SCHOOL_YEAR_CONTEXT, locale: 'sv' });
  cleanups.push(() => {
    result.dispose();
  });
  return result;
}

function frame(page: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  iframe.title = 'School year app';
  const url = new URL(new URL(`../iframe/fixtures/${page}`, import.meta.url).pathname, APP_ORIGIN);
  url.searchParams.set('shell', location.origin);
  url.searchParams.set('report', location.origin);
  url.searchParams.set('timeout', '60000');
  iframe.src = url.href;
  document.body.append(iframe);
  cleanups.push(() => {
    iframe.remove();
  });
  return iframe;
}

describe('a field added to the context definition', () => {
  it('is held, checked and set by the host like the others', () => {
    const shell = host();
    expect(shell.state.schoolYear.value).to.equal('2026–2027');
    expect(shell.state.locale.value).to.equal('sv');
    shell.setSchoolYear('2027–2028');
    expect(shell.state.schoolYear.value).to.equal('2027–2028');
    shell.set('schoolYear', '2028–2029');
    expect(shell.state.schoolYear.value).to.equal('2028–2029');
    expect(() => {
      shell.setSchoolYear('next year');
    })
      .to.throw()
      .with.property('code', 'D1-SDK-101');
    expect(shell.state.schoolYear.value).to.equal('2028–2029');
  });

  it('reaches a module app mounted through the host, and follows its changes', async () => {
    const shell = host();
    const handle = shell.contextFor('fixture', { userFields: [] });
    expect(handle.context.schoolYear.value).to.equal('2026–2027');
    const domElement = document.createElement('div');
    document.body.append(domElement);
    cleanups.push(() => {
      domElement.remove();
    });
    const app = defineMicroApp({ element: 'school-year-app' });
    const props = { name: 'fixture', domElement, context: handle.context };
    await app.bootstrap(props);
    await app.mount(props);
    const element = domElement.querySelector<SchoolYearApp>('school-year-app');
    await element?.updateComplete;
    expect(element?.shadowRoot?.textContent).to.contain('2026–2027');

    shell.setSchoolYear('2027–2028');
    await element?.updateComplete;
    expect(element?.shadowRoot?.textContent).to.contain('2027–2028');

    await app.unmount(props);
    handle.dispose();
    expect(shell.liveSubscriptions()).to.equal(0);
  });

  it('reaches an iframe app through the bridge, and follows its changes', async () => {
    const shell = host();
    const handle = shell.contextFor('fixture', { userFields: [] });
    cleanups.push(() => {
      handle.dispose();
    });
    const seen: string[] = [];
    handle.context.events.subscribe('fixture:school-year', ({ value }) => seen.push(value));
    const iframe = frame('school-year-app.html');
    const bridge = bridgeIframe(iframe, handle.context, {
      appOrigin: APP_ORIGIN,
      handshakeTimeoutMs: 60_000,
    });
    cleanups.push(() => {
      bridge.dispose();
    });
    await bridge.ready;
    await waitFor(() => seen.includes('2026–2027'), 'the school year in the iframe app');

    shell.setSchoolYear('2027–2028');
    await waitFor(() => seen.includes('2027–2028'), 'the new school year in the iframe app');
    expect(seen).to.deep.equal(['2026–2027', '2027–2028']);
  });

  it('does not keep an iframe app of DigiOne’s definition from connecting', async () => {
    const shell = host();
    const handle = shell.contextFor('fixture', { userFields: [] });
    cleanups.push(() => {
      handle.dispose();
    });
    const ready = new Promise((resolve) => {
      handle.context.events.subscribe('fixture:ready', resolve);
    });
    const bridge = bridgeIframe(frame('iframe-app.html'), handle.context, {
      appOrigin: APP_ORIGIN,
      handshakeTimeoutMs: 60_000,
    });
    cleanups.push(() => {
      bridge.dispose();
    });
    await bridge.ready;
    expect(await ready).to.include({ appId: 'fixture' });
  });

  it('may not take a name the rest of the context uses', () => {
    const clash = { ...SCHOOL_YEAR_CONTEXT, navigate: SCHOOL_YEAR_CONTEXT.schoolYear };
    expect(() => createShellHost({ context: clash }))
      .to.throw()
      .with.property('code', 'D1-SDK-105');
  });
});
