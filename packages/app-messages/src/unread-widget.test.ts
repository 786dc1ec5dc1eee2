import { expect } from '@open-wc/testing';
import { createShellHost } from '@digione/sdk/host';
import type { DigiOneWidgetProps, Locale } from '@digione/sdk';
import { TEST_USER } from '@digione/sdk/testing';
import { widgets } from './index.js';
import type { ThreadListResponse, ThreadSummary } from './api.js';
import { waitFor } from '../../../test/support/unit-wait.js';

const API = 'https://api.messages.test';
const AUDIENCE = 'https://api.messages.example.fi';
const lumikorpi = { school: { code: '09231', name: 'Lumikorven koulu' } };

function thread(id: string, subject: string, unread: boolean): ThreadSummary {
  return {
    id,
    subject,
    with: [{ id: 'mikko', name: 'Mikko Korhonen' }],
    lastMessageAt: '2026-11-20T10:00:00.000Z',
    unread,
    messageCount: 1,
    context:
      id === 't-2' ? { ...lumikorpi, child: { id: 'aino', name: 'Aino Mäkelä' } } : lumikorpi,
  };
}

const INBOX: ThreadListResponse = {
  threads: [
    thread('t-1', 'Retkitiedote: luontoretki Nuuksioon', true),
    thread('t-2', 'Ainon poissaolo perjantaina', true),
    thread('t-3', 'Vanhempainilta', false),
    thread('t-4', 'Kirjastokäynti', true),
    thread('t-5', '<b>Liikuntatunti</b> ulkona', true),
  ],
  unreadCount: 4,
};

/** What `/threads` answers: the inbox, or an error status. */
let answer: ThreadListResponse | number = INBOX;
const calls: string[] = [];
const realFetch = globalThis.fetch;

beforeEach(() => {
  answer = INBOX;
  calls.length = 0;
  globalThis.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(`${url.pathname} ${new Headers(init.headers).get('authorization') ?? ''}`);
    if (url.origin !== API) return Promise.reject(new TypeError('Failed to fetch'));
    const body = typeof answer === 'number' ? { error: 'unavailable' } : answer;
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status: typeof answer === 'number' ? answer : 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
});

afterEach(() => {
  globalThis.fetch = realFetch;
  for (const each of mounted.splice(0)) each();
});

const mounted: (() => void)[] = [];

/** The widget as the shell mounts it on the home page, recording badges and navigation. */
async function mountWidget(locale: Locale = 'fi') {
  const badges: number[] = [];
  const paths: string[] = [];
  const host = createShellHost({
    user: TEST_USER,
    actingAs: null,
    locale,
    services: {
      getAccessToken: () => Promise.resolve('token-for-messages'),
      navigate: (_appId, path) => paths.push(path),
      setBadge: (_appId, count) => badges.push(count),
    },
  });
  const handle = host.contextFor('messages', { userFields: [], audience: AUDIENCE, apiUrl: API });
  const domElement = document.createElement('section');
  domElement.setAttribute('aria-label', 'Uudet viestit');
  document.body.append(domElement);
  const parcel = widgets.unread;
  const props: DigiOneWidgetProps = {
    name: 'messages:unread',
    domElement,
    context: handle.context,
  };
  await parcel.bootstrap(props);
  await parcel.mount(props);
  mounted.push(() => {
    void parcel.unmount(props);
    handle.dispose();
    host.dispose();
    domElement.remove();
  });
  const root = () => domElement.querySelector('messages-unread-widget')!.shadowRoot!;
  return { host, domElement, badges, paths, root, text: () => root().textContent };
}

describe('messages-unread-widget', () => {
  it('lists the newest unread threads, at most three, and says how many are waiting', async () => {
    const widget = await mountWidget();
    await waitFor(() => widget.root().querySelector('ul'), 'the list');
    const links = [...widget.root().querySelectorAll('li a')].map((a) => a.textContent.trim());
    expect(links).to.deep.equal([
      'Retkitiedote: luontoretki Nuuksioon',
      'Ainon poissaolo perjantaina',
      'Kirjastokäynti',
    ]);
    expect(widget.text()).to.contain('Lukemattomia viestiketjuja: 4');
    // Whom each thread concerns: the child, or else the school.
    expect([...widget.root().querySelectorAll('.where')].at(1)?.textContent).to.equal(
      'Aino Mäkelä',
    );
    expect(calls).to.deep.equal(['/threads Bearer token-for-messages']);
    await expect(widget.domElement).to.be.accessible();
  });

  it('tells the shell the unread count for the navigation badge', async () => {
    const widget = await mountWidget();
    await waitFor(() => widget.badges.length === 1, 'a badge');
    expect(widget.badges).to.deep.equal([4]);
  });

  it('opens a thread and the inbox through the shell, without reloading the page', async () => {
    const widget = await mountWidget();
    await waitFor(() => widget.root().querySelector('ul'), 'the list');
    const first = widget.root().querySelector<HTMLAnchorElement>('li a');
    expect(first?.getAttribute('href')).to.equal('/viestit/t-1');
    first?.click();
    [...widget.root().querySelectorAll<HTMLAnchorElement>('a')].at(-1)?.click();
    expect(widget.paths).to.deep.equal(['/viestit/t-1', '/viestit']);
  });

  it('keeps markup in a subject as text', async () => {
    answer = { threads: [thread('t-5', '<b>Liikuntatunti</b> ulkona', true)], unreadCount: 1 };
    const widget = await mountWidget();
    await waitFor(() => widget.root().querySelector('ul'), 'the list');
    expect(widget.root().querySelector('li a')?.textContent.trim()).to.equal(
      '<b>Liikuntatunti</b> ulkona',
    );
    expect(widget.root().querySelector('b')).to.equal(null);
  });

  it('says so when nothing is unread, and still links to the inbox', async () => {
    answer = { threads: [thread('t-3', 'Vanhempainilta', false)], unreadCount: 0 };
    const widget = await mountWidget();
    await waitFor(() => widget.text().includes('Ei lukemattomia viestejä.'), 'none');
    expect(widget.root().querySelector('ul')).to.equal(null);
    expect(widget.root().querySelector('a')?.getAttribute('href')).to.equal('/viestit');
    await waitFor(() => widget.badges.length === 1, 'a badge of 0');
    expect(widget.badges).to.deep.equal([0]);
  });

  it('explains a failed fetch in its own area, publishing no badge', async () => {
    answer = 503;
    const widget = await mountWidget();
    await waitFor(() => widget.text().includes('Viestejä ei saatu haettua juuri nyt.'), 'error');
    expect(widget.root().querySelector('[role="status"]')).to.not.equal(null);
    expect(widget.badges).to.deep.equal([]);
    await expect(widget.domElement).to.be.accessible();
  });

  it('speaks Swedish and English', async () => {
    const sv = await mountWidget('sv');
    await waitFor(() => sv.text().includes('Olästa meddelandetrådar: 4'), 'Swedish');
    expect(sv.text()).to.contain('Nya meddelanden');
    expect(sv.text()).to.contain('Alla meddelanden');
    sv.host.setLocale('en');
    await waitFor(() => sv.text().includes('Unread message threads: 4'), 'English');
    expect(sv.text()).to.contain('All messages');
  });
});
