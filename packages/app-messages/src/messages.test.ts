import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createShellHost } from '@digione/sdk/host';
import { type ActingAs, type DigiOneAppProps, type Locale, type School } from '@digione/sdk';
import {
  checkConformance,
  deepText,
  expectConformance,
  mountApp,
  TEST_USER,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import type { D1TextField } from '@digione/components/text-field';
import messages from './index.js';
import type { Message, Recipient, ThreadDetail, ThreadListResponse, ThreadSummary } from './api.js';
import { nextTask, waitFor } from '../../../test/support/unit-wait.js';

const API = 'https://api.messages.test';
const AUDIENCE = 'https://api.messages.example.fi';
const AINO_ID = '5f1d2c7a-3b8e-4e0a-9c41-7a2e6b0d9f13';

const LUMIKORPI: School = {
  code: '09231',
  name: 'Lumikorven koulu',
  providerId: '0124610-9',
  providerName: 'Vantaan kaupunki',
};
const KIVIMAKI: School = { ...LUMIKORPI, code: '09247', name: 'Kivimäen yhtenäiskoulu' };

const AT_LUMIKORPI: ActingAs = {
  kind: 'school',
  id: 'school:09231',
  label: 'Lumikorven koulu',
  role: 'teacher',
  school: LUMIKORPI,
};
const AT_KIVIMAKI: ActingAs = {
  ...AT_LUMIKORPI,
  id: 'school:09247',
  label: 'Kivimäen yhtenäiskoulu',
  school: KIVIMAKI,
};
const FOR_AINO: ActingAs = {
  kind: 'child',
  id: `child:${AINO_ID}`,
  label: 'Aino Mäkelä',
  role: 'guardian',
  school: LUMIKORPI,
  child: { id: AINO_ID, givenName: 'Aino', familyName: 'Mäkelä', school: LUMIKORPI, grade: '7' },
};

const SANNA = { id: 'sanna', name: 'Sanna Mäkelä' };
const MIKKO = { id: 'mikko', name: 'Mikko Korhonen' };
const PEKKA = { id: 'pekka', name: 'Pekka Järvinen' };
const RIIKKA = { id: 'riikka', name: 'Riikka Laine' };

const lumikorpi = { school: { code: '09231', name: 'Lumikorven koulu' } };

/** A message body with line breaks and markup that must stay text. */
const TRIP_BODY =
  'Hyvät 7B:n huoltajat,\n\nretki on torstaina.\n<b>Muistakaa</b> eväät ja juomapullo.';

interface Call {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
  readonly body: unknown;
}

/**
 * The Messages API as the app sees it, in memory: what the tests answer, and every call the app
 * made. A `fail` entry answers one path with an error status (or a network failure, status 0).
 */
class FakeApi {
  readonly calls: Call[] = [];
  readonly fail = new Map<string, number>();
  recipients: Recipient[] = [
    { id: 'sanna', name: 'Sanna Mäkelä', kind: 'guardian', detail: 'Aino Mäkelä, 7B' },
    { id: 'jari', name: 'Jari Lahtinen', kind: 'guardian', detail: 'Ella Lahtinen, 7B' },
  ];
  threads = new Map<string, ThreadSummary & { messages: Message[] }>([
    [
      't-1',
      {
        id: 't-1',
        subject: 'Retkitiedote: luontoretki Nuuksioon',
        with: [MIKKO],
        lastMessageAt: '2026-11-19T13:12:00.000Z',
        unread: true,
        messageCount: 1,
        context: lumikorpi,
        messages: [
          {
            id: 'm-1',
            from: MIKKO,
            mine: false,
            sentAt: '2026-11-19T13:12:00.000Z',
            body: TRIP_BODY,
          },
        ],
      },
    ],
    [
      't-2',
      {
        id: 't-2',
        subject: 'Ainon poissaolo perjantaina',
        with: [MIKKO],
        lastMessageAt: '2026-11-21T08:05:00.000Z',
        unread: false,
        messageCount: 2,
        context: { ...lumikorpi, child: { id: AINO_ID, name: 'Aino Mäkelä' } },
        messages: [
          {
            id: 'm-2',
            from: SANNA,
            mine: true,
            sentAt: '2026-11-21T05:42:00.000Z',
            body: 'Aino on perjantaina poissa.',
          },
          {
            id: 'm-3',
            from: MIKKO,
            mine: false,
            sentAt: '2026-11-21T08:05:00.000Z',
            body: 'Kiitos tiedosta!',
          },
        ],
      },
    ],
    [
      't-3',
      {
        id: 't-3',
        subject: 'Kutsu vanhempainiltaan',
        with: [PEKKA],
        lastMessageAt: '2026-11-20T10:30:00.000Z',
        unread: true,
        messageCount: 1,
        context: lumikorpi,
        messages: [
          {
            id: 'm-4',
            from: PEKKA,
            mine: false,
            sentAt: '2026-11-20T10:30:00.000Z',
            body: 'Tervetuloa vanhempainiltaan.',
          },
        ],
      },
    ],
  ]);
  /** While set, every answer waits for it. */
  gate: Promise<void> | undefined;
  #next = 10;

  /** Holds every answer until the returned function is called. */
  hold(): () => void {
    let release = (): void => undefined;
    this.gate = new Promise((resolve) => {
      release = () => {
        this.gate = undefined;
        resolve();
      };
    });
    return release;
  }

  unreadCount(): number {
    return [...this.threads.values()].filter((t) => t.unread).length;
  }

  #detail(id: string): ThreadDetail {
    const thread = this.threads.get(id);
    if (!thread) throw new Error(id);
    const { messages, subject, context } = thread;
    return { id, subject, with: thread.with, context, messages, unreadCount: this.unreadCount() };
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    await (this.gate ?? Promise.resolve());
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const headers = new Headers(init.headers);
    this.calls.push({
      method,
      path: url.pathname + url.search,
      authorization: headers.get('authorization'),
      body,
    });
    if (url.origin !== API) throw new TypeError('Failed to fetch');
    const failure = this.fail.get(url.pathname);
    if (failure === 0) throw new TypeError('Failed to fetch');
    if (failure !== undefined) {
      return Response.json(
        { error: failure === 401 ? 'invalid_token' : 'failed' },
        { status: failure },
      );
    }
    const route = `${method} ${url.pathname}`;
    if (route === 'GET /threads') {
      const threads = [...this.threads.values()].map((t): ThreadSummary => ({
        id: t.id,
        subject: t.subject,
        with: t.with,
        lastMessageAt: t.lastMessageAt,
        unread: t.unread,
        messageCount: t.messageCount,
        context: t.context,
      }));
      return Response.json({
        threads,
        unreadCount: this.unreadCount(),
      } satisfies ThreadListResponse);
    }
    if (route === 'GET /recipients') return Response.json({ recipients: this.recipients });
    const thread = /^\/threads\/([^/]+)$/.exec(url.pathname)?.[1];
    if (method === 'GET' && thread) {
      const found = this.threads.get(thread);
      if (!found) return Response.json({ error: 'thread_not_found' }, { status: 404 });
      this.threads.set(thread, { ...found, unread: false });
      return Response.json(this.#detail(thread));
    }
    if (route === 'POST /threads') {
      const request = body as { to: string[]; subject: string; body: string };
      const id = `t-${this.#next++}`;
      const sentAt = '2026-11-23T09:00:00.000Z';
      this.threads.set(id, {
        id,
        subject: request.subject,
        with: request.to.map((to) => ({ id: to, name: to })),
        lastMessageAt: sentAt,
        unread: false,
        messageCount: 1,
        context: lumikorpi,
        messages: [{ id: `m-${id}`, from: MIKKO, mine: true, sentAt, body: request.body }],
      });
      return Response.json(this.#detail(id), { status: 201 });
    }
    const replyTo = /^\/threads\/([^/]+)\/replies$/.exec(url.pathname)?.[1];
    if (method === 'POST' && replyTo) {
      const found = this.threads.get(replyTo);
      if (!found) return Response.json({ error: 'thread_not_found' }, { status: 404 });
      const text = (body as { body: string }).body;
      found.messages.push({
        id: `m-r${this.#next++}`,
        from: SANNA,
        mine: true,
        sentAt: '2026-11-23T09:30:00.000Z',
        body: text,
      });
      return Response.json(this.#detail(replyTo), { status: 201 });
    }
    return Response.json({ error: 'not_found' }, { status: 404 });
  };
}

let api: FakeApi;
const realFetch = globalThis.fetch;
const mounted: { unmount(): Promise<void> }[] = [];

beforeEach(() => {
  api = new FakeApi();
  globalThis.fetch = api.fetch;
});

afterEach(async () => {
  for (const app of mounted.splice(0)) await app.unmount();
  globalThis.fetch = realFetch;
});

async function mount(options: MountOptions = {}): Promise<MountedApp> {
  const app = await mountApp(messages, {
    appId: 'messages',
    userFields: [],
    audience: AUDIENCE,
    apiUrl: API,
    actingAs: AT_LUMIKORPI,
    accessToken: (audience) => `token-for:${audience}`,
    ...options,
  });
  mounted.push(app);
  return app;
}

function root(app: { container: HTMLElement }): ShadowRoot {
  const element = app.container.querySelector('messages-app');
  if (!element?.shadowRoot) throw new Error('the app did not render');
  return element.shadowRoot;
}

const textOf = (app: { container: HTMLElement }): string =>
  deepText(app.container).replace(/\s+/g, ' ');

async function showing(app: { container: HTMLElement }, text: string): Promise<void> {
  await waitFor(() => textOf(app).includes(text), `expected the app to show "${text}"`);
}

function threadItems(app: MountedApp): HTMLLIElement[] {
  return [...root(app).querySelectorAll<HTMLLIElement>('li[data-thread]')];
}

function field(app: MountedApp, label: string): D1TextField {
  const found = [...root(app).querySelectorAll<D1TextField>('d1-text-field')].find(
    (f) => f.label === label,
  );
  if (!found) throw new Error(`no field "${label}"`);
  return found;
}

/** Types into a DigiOne text field as a person does: focus it and press the keys. */
async function type(target: D1TextField, text: string): Promise<void> {
  const control = target.shadowRoot?.querySelector<HTMLElement>('#control');
  control?.focus();
  await sendKeys({ type: text });
  await target.updateComplete;
}

function button(app: MountedApp, label: string): HTMLElement {
  const found = [...root(app).querySelectorAll<HTMLElement>('d1-button')].find(
    (b) => b.textContent.trim() === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

async function openCompose(app: MountedApp): Promise<void> {
  button(app, 'Uusi viesti').click();
  await waitFor(() => root(app).querySelector('.recipients input'), 'recipients listed');
}

describe('Viestit (messages app)', () => {
  it('meets the DigiOne contract', async () => {
    expectConformance(
      await checkConformance(messages, {
        appId: 'messages',
        expectText: { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
        userFields: [],
        audience: AUDIENCE,
        apiUrl: API,
        actingAs: AT_LUMIKORPI,
      }),
    );
  });

  describe('the inbox', () => {
    it('lists the threads newest first, with the other party, the time and unread marked in words', async () => {
      const app = await mount();
      await showing(app, 'Ainon poissaolo perjantaina');
      const items = threadItems(app);
      expect(items.map((li) => li.dataset.thread)).to.deep.equal(['t-2', 't-3', 't-1']);
      const [newest, invitation, trip] = items.map((li) => deepText(li).replace(/\s+/g, ' '));
      expect(newest).to.include('Mikko Korhonen').and.include('Aino Mäkelä');
      expect(newest).not.to.include('Lukematon');
      expect(invitation).to.include('Lukematon').and.include('Pekka Järvinen');
      expect(trip).to.include('Lukematon').and.include('Retkitiedote');
      const time = items[0]?.querySelector('time');
      expect(time?.getAttribute('datetime')).to.equal('2026-11-21T08:05:00.000Z');
      expect(time?.textContent.trim()).to.match(/\d/);
      expect(textOf(app)).to.include('Lukemattomia viestiketjuja: 2');
      // Each thread is a link to its own address.
      expect(items[0]?.querySelector('a')?.getAttribute('href')).to.equal('/viestit/t-2');
      // Asked with the app's own token, for its own audience.
      expect(api.calls[0]).to.include({
        method: 'GET',
        path: '/threads',
        authorization: `Bearer token-for:${AUDIENCE}`,
      });
      await expect(root(app).host).to.be.accessible();
    });

    it('shows a loading state first, and an empty state when there are no messages', async () => {
      api.threads.clear();
      const release = api.hold();
      const app = await mount();
      expect(root(app).querySelector('d1-spinner')).not.to.equal(null);
      expect(textOf(app)).not.to.include('Ei viestejä');
      await expect(root(app).host).to.be.accessible();
      release();
      await showing(app, 'Ei viestejä');
      expect(root(app).querySelector('d1-empty-state')).not.to.equal(null);
      await expect(root(app).host).to.be.accessible();
    });

    it('tells in words when the session is not valid for the service (401), and tries again', async () => {
      api.fail.set('/threads', 401);
      const app = await mount();
      await showing(app, 'Istuntosi ei kelpaa viestipalvelulle');
      const panel = root(app).querySelector('d1-error-panel');
      expect(panel?.getAttribute('heading')).to.equal('Istuntosi ei kelpaa viestipalvelulle');
      await expect(root(app).host).to.be.accessible();
      api.fail.delete('/threads');
      panel?.dispatchEvent(new Event('d1-retry', { bubbles: true, composed: true }));
      await showing(app, 'Ainon poissaolo perjantaina');
    });

    it('tells the 401 in Swedish and English too', async () => {
      api.fail.set('/threads', 401);
      const app = await mount({ locale: 'sv' });
      await showing(app, 'Din session godkänns inte av meddelandetjänsten');
      app.host.setLocale('en');
      await showing(app, 'Your session is not valid for the messaging service');
    });

    it('tells when the service cannot be reached, and when it fails', async () => {
      api.fail.set('/threads', 0);
      const app = await mount();
      await showing(app, 'Viestipalveluun ei saada yhteyttä');
      api.fail.set('/threads', 503);
      root(app)
        .querySelector('d1-error-panel')
        ?.dispatchEvent(new Event('d1-retry', { bubbles: true, composed: true }));
      await showing(app, 'Viestipalvelussa tapahtui virhe');
      await expect(root(app).host).to.be.accessible();
    });
  });

  describe('a thread', () => {
    it('opens from the inbox: the shell is told the address, the messages show as plain text', async () => {
      const app = await mount();
      await showing(app, 'Retkitiedote');
      root(app).querySelector<HTMLAnchorElement>('li[data-thread="t-1"] a')?.click();
      expect(app.records.navigations).to.deep.equal(['/viestit/t-1']);
      await waitFor(() => root(app).querySelector('.body'), 'the message shown');
      const heading = root(app).querySelector('h3');
      expect(heading?.textContent.trim()).to.equal('Retkitiedote: luontoretki Nuuksioon');
      expect(root(app).querySelector('h4')?.textContent.trim()).to.equal('Mikko Korhonen');
      const body = root(app).querySelector<HTMLElement>('.body');
      // Line breaks kept by CSS, markup shown as the text it is.
      expect(body?.textContent).to.equal(TRIP_BODY);
      expect(getComputedStyle(body!).whiteSpace).to.equal('pre-wrap');
      expect(body?.querySelector('b')).to.equal(null);
      expect(api.calls.map((c) => `${c.method} ${c.path}`)).to.include('GET /threads/t-1');
      await expect(root(app).host).to.be.accessible();
    });

    it('follows the shell to a thread and back to the inbox', async () => {
      const app = await mount();
      await showing(app, 'Retkitiedote');
      app.host.events.publish('shell:navigated', { path: '/viestit/t-3' });
      await showing(app, 'Tervetuloa vanhempainiltaan.');
      // A route of another app is not this app's business. The app hears a route at once; had it
      // followed this one, its next update would show it.
      app.host.events.publish('shell:navigated', { path: '/lukujarjestys' });
      await app.container.querySelector('messages-app')?.updateComplete;
      expect(textOf(app)).to.include('Tervetuloa vanhempainiltaan.');
      app.host.events.publish('shell:navigated', { path: '/viestit' });
      await waitFor(() => threadItems(app).length === 3, 'back in the inbox');
      // Read now: no longer marked.
      const invitation = threadItems(app).find((li) => li.dataset.thread === 't-3');
      expect(deepText(invitation!)).not.to.include('Lukematon');
    });

    it('tells when the thread is not there or not yours', async () => {
      const app = await mount();
      await showing(app, 'Retkitiedote');
      app.host.events.publish('shell:navigated', { path: '/viestit/t-404' });
      await showing(app, 'Viestiketjua ei löydy');
      await expect(root(app).host).to.be.accessible();
    });

    it('sends a reply; typed text marks unsaved changes until it is sent or cleared', async () => {
      const app = await mount();
      await showing(app, 'Ainon poissaolo');
      app.host.events.publish('shell:navigated', { path: '/viestit/t-2' });
      await showing(app, 'Kiitos tiedosta!');
      const reply = field(app, 'Vastaus');
      await type(reply, 'Hei');
      expect(app.records.dirtyChanges).to.deep.equal([true]);
      expect(app.records.dirty).to.equal(true);
      // Clearing the text by hand: nothing unsaved any more.
      reply.shadowRoot?.querySelector<HTMLElement>('#control')?.focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await waitFor(() => !app.records.dirty, 'not dirty once the text is gone');
      await type(reply, 'Kiitos!\nNähdään maanantaina.');
      expect(app.records.dirty).to.equal(true);
      button(app, 'Lähetä vastaus').click();
      await showing(app, 'Nähdään maanantaina.');
      const post = api.calls.find((c) => c.method === 'POST');
      expect(post?.path).to.equal('/threads/t-2/replies');
      expect(post?.body).to.deep.equal({ body: 'Kiitos!\nNähdään maanantaina.' });
      expect(app.records.dirtyChanges).to.deep.equal([true, false, true, false]);
      expect(reply.value).to.equal('');
      expect(app.records.notifications.map((n) => n.variant)).to.deep.equal(['success']);
    });
  });

  describe('a new message', () => {
    it('lists whom the teacher may write to at the school he acts for, and sends', async () => {
      const app = await mount();
      await showing(app, 'Retkitiedote');
      await openCompose(app);
      expect(app.records.navigations).to.deep.equal(['/viestit/uusi']);
      expect(api.calls.map((c) => c.path)).to.include('/recipients?school=09231');
      expect(textOf(app)).to.include('Sanna Mäkelä').and.include('huoltaja · Aino Mäkelä, 7B');
      await expect(root(app).host).to.be.accessible();

      root(app).querySelector<HTMLInputElement>('.recipients input[value="sanna"]')?.click();
      await type(field(app, 'Aihe'), 'Ainon esitelmä');
      expect(app.records.dirtyChanges).to.deep.equal([true]);
      await type(field(app, 'Viesti'), 'Hei!\nAino teki hienon esitelmän.');
      button(app, 'Lähetä').click();

      await waitFor(() => app.records.navigations.length === 2, 'sent and shown');
      const post = api.calls.find((c) => c.method === 'POST');
      expect(post?.path).to.equal('/threads');
      expect(post?.body).to.deep.equal({
        to: ['sanna'],
        subject: 'Ainon esitelmä',
        body: 'Hei!\nAino teki hienon esitelmän.',
        school: '09231',
      });
      expect(app.records.navigations[1]).to.equal('/viestit/t-10');
      expect(app.records.dirtyChanges).to.deep.equal([true, false]);
      expect(app.records.notifications[0]).to.include({
        message: 'Viesti lähetetty.',
        variant: 'success',
      });
      await showing(app, 'Aino teki hienon esitelmän.');
      expect(root(app).querySelector('h3')?.textContent.trim()).to.equal('Ainon esitelmä');
    });

    it('asks for a recipient before sending, and sends nothing', async () => {
      const app = await mount();
      await openCompose(app);
      await type(field(app, 'Aihe'), 'Läksyt');
      await type(field(app, 'Viesti'), 'Muistakaa läksyt.');
      button(app, 'Lähetä').click();
      await showing(app, 'Valitse vähintään yksi vastaanottaja.');
      expect(api.calls.some((c) => c.method === 'POST')).to.equal(false);
      expect(app.records.dirty).to.equal(true);
      await expect(root(app).host).to.be.accessible();
    });

    it('keeps the draft and says why when the service refuses it', async () => {
      const app = await mount();
      await openCompose(app);
      root(app).querySelector<HTMLInputElement>('.recipients input[value="jari"]')?.click();
      await type(field(app, 'Aihe'), 'Retki');
      await type(field(app, 'Viesti'), 'Hei!');
      api.fail.set('/threads', 403);
      button(app, 'Lähetä').click();
      await showing(app, 'Et voi kirjoittaa kaikille valituille vastaanottajille.');
      expect(field(app, 'Aihe').value).to.equal('Retki');
      expect(app.records.dirty).to.equal(true);
      expect(app.records.navigations).to.deep.equal(['/viestit/uusi']);
      await expect(root(app).host).to.be.accessible();
    });

    it('clears the draft after asking, and is no longer dirty', async () => {
      const app = await mount();
      await openCompose(app);
      await type(field(app, 'Aihe'), 'Vanhempainilta');
      expect(app.records.dirty).to.equal(true);
      button(app, 'Tyhjennä').click();
      await waitFor(() => !app.records.dirty, 'cleared');
      expect(app.records.confirms).to.have.length(1);
      expect(field(app, 'Aihe').value).to.equal('');
      expect(app.records.dirtyChanges).to.deep.equal([true, false]);
    });

    it('keeps the draft when the person chooses to keep writing', async () => {
      const app = await mount({ confirmResult: false });
      await openCompose(app);
      await type(field(app, 'Aihe'), 'Vanhempainilta');
      button(app, 'Tyhjennä').click();
      await waitFor(() => app.records.confirms.length === 1, 'asked');
      // The answer reaches the app in promises: a task later, and after the update it may have
      // asked for, a cleared draft would show.
      await nextTask();
      await app.container.querySelector('messages-app')?.updateComplete;
      expect(field(app, 'Aihe').value).to.equal('Vanhempainilta');
      expect(app.records.dirty).to.equal(true);
    });

    it("lists a guardian's recipients for the child she acts for, and again when she switches", async () => {
      const app = await mount({ actingAs: FOR_AINO });
      api.recipients = [
        { id: 'mikko', name: 'Mikko Korhonen', kind: 'teacher', detail: 'matematiikka · 7B' },
      ];
      await openCompose(app);
      expect(api.calls.map((c) => c.path)).to.include(`/recipients?child=${AINO_ID}`);
      expect(textOf(app)).to.include('Toimit nyt: Aino Mäkelä');
      expect(textOf(app)).to.include('opettaja · matematiikka · 7B');

      api.recipients = [{ ...RIIKKA, kind: 'teacher', detail: 'luokanopettaja · 3A' }];
      const eetu = { ...FOR_AINO.child!, id: 'eetu', givenName: 'Eetu' };
      app.host.setActingAs({ ...FOR_AINO, id: 'child:eetu', label: 'Eetu Mäkelä', child: eetu });
      await showing(app, 'Riikka Laine');
      expect(api.calls.map((c) => c.path)).to.include('/recipients?child=eetu');
    });

    it('forgets the chosen recipients when the teacher switches school', async () => {
      const app = await mount();
      await openCompose(app);
      root(app).querySelector<HTMLInputElement>('.recipients input[value="sanna"]')?.click();
      await app.container.querySelector('messages-app')?.updateComplete;
      app.host.setActingAs(AT_KIVIMAKI);
      await waitFor(
        () => api.calls.some((c) => c.path === '/recipients?school=09247'),
        'asked again for the other school',
      );
      await waitFor(() => root(app).querySelector('.recipients input'), 'listed again');
      const checked = root(app).querySelectorAll<HTMLInputElement>('.recipients input:checked');
      expect(checked.length).to.equal(0);
    });
  });

  describe('the unread count on the navigation', () => {
    /** The app in a shell that shows badges, recording each count it is given. */
    async function mountWithBadges(locale: Locale = 'fi') {
      const badges: number[] = [];
      const host = createShellHost({
        user: TEST_USER,
        actingAs: AT_LUMIKORPI,
        locale,
        services: {
          getAccessToken: () => Promise.resolve('token'),
          navigate: () => undefined,
          setDirty: () => undefined,
          setBadge: (_appId, count) => badges.push(count),
        },
      });
      const handle = host.contextFor('messages', {
        userFields: [],
        actingAs: true,
        audience: AUDIENCE,
        apiUrl: API,
      });
      const domElement = document.createElement('div');
      document.body.append(domElement);
      const props: DigiOneAppProps = { name: 'messages', domElement, context: handle.context };
      await messages.bootstrap(props);
      await messages.mount(props);
      const app = {
        badges,
        host,
        container: domElement,
        async unmount() {
          await messages.unmount(props);
          handle.dispose();
          host.dispose();
          domElement.remove();
        },
      };
      mounted.push(app);
      return app;
    }

    it('is published after the inbox loads and again after a thread is read', async () => {
      const app = await mountWithBadges();
      await waitFor(() => app.badges.length === 1, 'a badge after loading');
      expect(app.badges).to.deep.equal([2]);
      app.host.events.publish('shell:navigated', { path: '/viestit/t-1' });
      await waitFor(() => app.badges.length === 2, 'a badge after reading');
      expect(app.badges).to.deep.equal([2, 1]);
      // A thread already read leaves the count as it is.
      app.host.events.publish('shell:navigated', { path: '/viestit/t-2' });
      await waitFor(() => app.badges.length === 3, 'a badge after reading');
      expect(app.badges).to.deep.equal([2, 1, 1]);
    });

    it('is not published when the inbox fails to load', async () => {
      api.fail.set('/threads', 401);
      const app = await mountWithBadges();
      await showing(app, 'Istuntosi ei kelpaa viestipalvelulle');
      expect(app.badges).to.deep.equal([]);
    });
  });
});
