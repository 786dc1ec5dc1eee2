/**
 * What the messages app's unit tests share: the test people of DigiOne's local identity provider
 * and the portal's acting-as choices for them, an in-memory Messages API behind the SDK's
 * `fakeApi`, mounting the app, and reading and typing into what it shows. Importing it puts a
 * fresh API in place before each test and unmounts every app after it.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { ActingAs } from '@digione/sdk';
import {
  deepText,
  fakeApi,
  mountApp,
  testPerson,
  type ApiCall,
  type FakeApi,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import type { D1TextField } from '@digione/components/text-field';
import { actingAsChoicesFor } from '@digione/sdk/host';
import messages from './index.js';
import type { Message, Recipient, ThreadDetail, ThreadListResponse, ThreadSummary } from './api.js';
import { waitFor } from '../../../test/support/unit-wait.js';

export { messages };

export const API = 'https://api.messages.test';
export const AUDIENCE = 'https://api.messages.example.fi';

export const TEACHER = testPerson('teacher').user;
export const GUARDIAN = testPerson('guardian').user;

function one<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null)
    throw new TypeError(`The test people have no ${what}.`);
  return value;
}
/** Mikko Korhonen teaching at Lumikorven koulu, then at Kivimäen yhtenäiskoulu. */
export const [AT_LUMIKORPI, AT_KIVIMAKI] = actingAsChoicesFor(TEACHER, 'teacher') as [
  ActingAs,
  ActingAs,
];
/** Sanna Mäkelä acting for Aino, then for Eetu. */
export const [FOR_AINO, FOR_EETU] = actingAsChoicesFor(GUARDIAN, 'guardian') as [
  ActingAs,
  ActingAs,
];
export const AINO_ID = one(FOR_AINO.child, 'Aino').id;
export const EETU_ID = one(FOR_EETU.child, 'Eetu').id;

export const SANNA = { id: 'sanna', name: 'Sanna Mäkelä' };
export const MIKKO = { id: 'mikko', name: 'Mikko Korhonen' };
export const PEKKA = { id: 'pekka', name: 'Pekka Järvinen' };
export const RIIKKA = { id: 'riikka', name: 'Riikka Laine' };

const lumikorpi = { school: { code: '09231', name: 'Lumikorven koulu' } };

/** A message body with line breaks and markup that must stay text. */
export const TRIP_BODY =
  'Hyvät 7B:n huoltajat,\n\nretki on torstaina.\n<b>Muistakaa</b> eväät ja juomapullo.';

/**
 * The Messages API as the app sees it, in memory, behind the SDK's `fakeApi`: what the tests
 * answer, and every call the app made. A `fail` entry answers one path with an error status (or a
 * network failure, status 0).
 */
export class MessagesApi {
  readonly #fake: FakeApi;
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
  #next = 10;

  constructor() {
    this.#fake = fakeApi(API, (call) => this.#answer(call));
  }

  /** Every call the app made, as the API saw it. */
  get calls(): readonly ApiCall[] {
    return this.#fake.calls;
  }

  /** Holds every answer until the returned function is called. */
  hold(): () => void {
    return this.#fake.hold();
  }

  /** Puts the browser's fetch back. */
  restore(): void {
    this.#fake.restore();
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

  #answer({ url, method, body }: ApiCall): Response | 'network-error' {
    const failure = this.fail.get(url.pathname);
    if (failure === 0) return 'network-error';
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
  }
}

/** The API of the test running now; a fresh one before each test. */
export let api: MessagesApi;
export const mounted: { unmount(): Promise<void> }[] = [];

beforeEach(() => {
  api = new MessagesApi();
});

afterEach(async () => {
  for (const app of mounted.splice(0)) await app.unmount();
  api.restore();
});

/** Mounts the app as the portal does for Mikko Korhonen acting at Lumikorven koulu. */
export async function mount(options: MountOptions = {}): Promise<MountedApp> {
  const app = await mountApp(messages, {
    appId: 'messages',
    userFields: [],
    audience: AUDIENCE,
    apiUrl: API,
    user: TEACHER,
    actingAs: AT_LUMIKORPI,
    accessToken: (audience) => `token-for:${audience}`,
    ...options,
  });
  mounted.push(app);
  return app;
}

export function root(app: { container: HTMLElement }): ShadowRoot {
  const element = app.container.querySelector('messages-app');
  if (!element?.shadowRoot) throw new Error('the app did not render');
  return element.shadowRoot;
}

export const textOf = (app: { container: HTMLElement }): string =>
  deepText(app.container).replace(/\s+/g, ' ');

export async function showing(app: { container: HTMLElement }, text: string): Promise<void> {
  await waitFor(() => textOf(app).includes(text), `expected the app to show "${text}"`);
}

export function threadItems(app: MountedApp): HTMLLIElement[] {
  return [...root(app).querySelectorAll<HTMLLIElement>('li[data-thread]')];
}

export function field(app: MountedApp, label: string): D1TextField {
  const found = [...root(app).querySelectorAll<D1TextField>('d1-text-field')].find(
    (f) => f.label === label,
  );
  if (!found) throw new Error(`no field "${label}"`);
  return found;
}

/** Types into a DigiOne text field as a person does: focus it and press the keys. */
export async function type(target: D1TextField, text: string): Promise<void> {
  const control = target.shadowRoot?.querySelector<HTMLElement>('#control');
  control?.focus();
  await sendKeys({ type: text });
  await target.updateComplete;
}

export function button(app: MountedApp, label: string): HTMLElement {
  const found = [...root(app).querySelectorAll<HTMLElement>('d1-button')].find(
    (b) => b.textContent.trim() === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

export async function openCompose(app: MountedApp): Promise<void> {
  button(app, 'Uusi viesti').click();
  await waitFor(() => root(app).querySelector('.recipients input'), 'recipients listed');
}
