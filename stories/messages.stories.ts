import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  createShellHost,
  type ActingAs,
  type DigiOneAppProps,
  type DigiOneUser,
  type Locale,
  type School,
} from '@digione/sdk';
import { DEFAULT_LOCALE, isLocale } from '@digione/components/localization';
import messages, { widgets } from '../packages/app-messages/src/index.js';
import type {
  Message,
  Recipient,
  ThreadDetail,
  ThreadSummary,
} from '../packages/app-messages/src/api-types.js';

/** Where the story's Messages API answers: only calls to it are answered by the stub below. */
const API = 'https://api.messages.story';

const LUMIKORPI: School = {
  code: '09231',
  name: 'Lumikorven koulu',
  providerId: '0124610-9',
  providerName: 'Vantaan kaupunki',
};
const MERITUULI: School = {
  code: '04915',
  name: 'Merituulen koulu',
  providerId: '0101263-6',
  providerName: 'Espoon kaupunki',
};

const SANNA: DigiOneUser = {
  id: 'e3b8d5a2-7c19-4f6e-a0d4-58f2c9b1e736',
  givenName: 'Sanna',
  familyName: 'Mäkelä',
  roles: ['guardian'],
  schools: [],
  children: [
    { id: 'aino', givenName: 'Aino', familyName: 'Mäkelä', school: LUMIKORPI, grade: '7' },
    { id: 'eetu', givenName: 'Eetu', familyName: 'Mäkelä', school: MERITUULI, grade: '3' },
  ],
};

const FOR_AINO: ActingAs = {
  kind: 'child',
  id: 'child:aino',
  label: 'Aino Mäkelä',
  role: 'guardian',
  school: LUMIKORPI,
  child: { id: 'aino', givenName: 'Aino', familyName: 'Mäkelä', school: LUMIKORPI, grade: '7' },
};

const MIKKO = { id: 'mikko', name: 'Mikko Korhonen' };
const KATJA = { id: 'katja', name: 'Katja Salo' };
const RIIKKA = { id: 'riikka', name: 'Riikka Laine' };
const PEKKA = { id: 'pekka', name: 'Pekka Järvinen' };
const ME = { id: SANNA.id, name: 'Sanna Mäkelä' };

const lumikorpi = { school: { code: LUMIKORPI.code, name: LUMIKORPI.name } };
const merituuli = { school: { code: MERITUULI.code, name: MERITUULI.name } };
const aino = { ...lumikorpi, child: { id: 'aino', name: 'Aino Mäkelä' } };

/** A day this week at a time, as ISO 8601: the story always shows this week's messages. */
function daysAgo(days: number, time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const date = new Date();
  date.setDate(date.getDate() - days);
  date.setHours(hours, minutes, 0, 0);
  return date.toISOString();
}

type StoryThread = Omit<ThreadSummary, 'lastMessageAt' | 'messageCount'> & {
  readonly messages: readonly Message[];
};

const message = (id: string, from: typeof MIKKO, sentAt: string, body: string): Message => ({
  id,
  from,
  mine: from.id === ME.id,
  sentAt,
  body,
});

const THREADS: readonly StoryThread[] = [
  {
    id: 't-0002',
    subject: 'Kutsu 7. luokkien vanhempainiltaan',
    with: [PEKKA],
    unread: true,
    context: lumikorpi,
    messages: [
      message(
        'm-2',
        PEKKA,
        daysAgo(1, '12:30'),
        'Hyvät 7. luokkien huoltajat,\n\ntervetuloa vanhempainiltaan tiistaina klo 18.00 koulun auditorioon. Illan aiheina ovat yläkouluun siirtyminen ja arviointi.\n\nTervetuloa!\nPekka Järvinen\nrehtori, Lumikorven koulu',
      ),
    ],
  },
  {
    id: 't-0004',
    subject: 'Viikon läksyt ja kirjastokäynti',
    with: [RIIKKA],
    unread: true,
    context: { ...merituuli, child: { id: 'eetu', name: 'Eetu Mäkelä' } },
    messages: [
      message(
        'm-4',
        RIIKKA,
        daysAgo(1, '14:05'),
        'Hei 3A:n kodit!\n\nTämän viikon läksyt:\n– Matematiikka: kirjan sivut 42–43\n– Englanti: harjoittele luvut 1–20\n\nKeskiviikkona käymme lähikirjastossa.\n\nRiikka Laine',
      ),
    ],
  },
  {
    id: 't-0003',
    subject: 'Ainon poissaolo perjantaina',
    with: [MIKKO],
    unread: false,
    context: aino,
    messages: [
      message(
        'm-3a',
        ME,
        daysAgo(2, '07:42'),
        'Hei,\n\nAino on perjantaina koko päivän poissa koulusta hammaslääkärikäynnin vuoksi.\n\nTerveisin\nSanna Mäkelä',
      ),
      message(
        'm-3b',
        MIKKO,
        daysAgo(2, '10:05'),
        'Kiitos tiedosta! Merkitsen poissaolon selvitetyksi.\n\nTerveisin\nMikko Korhonen',
      ),
    ],
  },
  {
    id: 't-0005',
    subject: 'Ainon laaja terveystarkastus',
    with: [KATJA],
    unread: false,
    context: aino,
    messages: [
      message(
        'm-5',
        KATJA,
        daysAgo(6, '09:30'),
        'Hei,\n\nAinon 7. luokan laaja terveystarkastus on keskiviikkona klo 10.15 terveydenhoitajan vastaanotolla.\n\nKatja Salo\nkouluterveydenhoitaja',
      ),
    ],
  },
];

const RECIPIENTS: readonly Recipient[] = [
  { ...MIKKO, kind: 'teacher', detail: 'luokanohjaaja, matematiikka · 7B' },
  { id: 'anna', name: 'Anna Lehtinen', kind: 'teacher', detail: 'englanti · 7B' },
  { id: 'jukka', name: 'Jukka Toivonen', kind: 'teacher', detail: 'liikunta · 7B' },
];

/** What the story's API does: a full inbox, an empty one, or refusing the session (401). */
type Scenario = 'messages' | 'empty' | 'session-expired';

const unreadCount = (threads: readonly StoryThread[]) => threads.filter((t) => t.unread).length;

function answer(scenario: Scenario, url: URL): Response {
  if (scenario === 'session-expired') {
    return Response.json(
      { error: 'invalid_token', error_description: 'the access token expired' },
      { status: 401 },
    );
  }
  const threads = scenario === 'empty' ? [] : THREADS;
  if (url.pathname === '/threads') {
    return Response.json({
      threads: threads.map(({ messages: list, ...thread }) => ({
        ...thread,
        lastMessageAt: list.at(-1)?.sentAt ?? '',
        messageCount: list.length,
      })),
      unreadCount: unreadCount(threads),
    });
  }
  if (url.pathname === '/recipients') return Response.json({ recipients: RECIPIENTS });
  const thread = threads.find((t) => url.pathname === `/threads/${t.id}`);
  if (thread) {
    const detail: ThreadDetail = {
      id: thread.id,
      subject: thread.subject,
      with: thread.with,
      context: thread.context,
      messages: thread.messages,
      unreadCount: unreadCount(threads.filter((t) => t.id !== thread.id)),
    };
    return Response.json(detail);
  }
  return Response.json({ error: 'thread_not_found' }, { status: 404 });
}

/**
 * The fetch stub of the story: calls to the story's API are answered from the data above; every
 * other call goes to the browser's own fetch. It is in place while a story frame is on the page.
 */
const realFetch = globalThis.fetch.bind(globalThis);
const frames = new Set<MessagesStoryFrame>();

function storyFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.origin !== API) return realFetch(input, init);
  const frame = [...frames].at(-1);
  return Promise.resolve(answer(frame?.scenario ?? 'messages', url));
}

/**
 * One mounted Messages app, or its home-page widget, with a shell of its own: mounted when
 * connected, unmounted when not.
 */
class MessagesStoryFrame extends HTMLElement {
  scenario: Scenario = 'messages';
  /** The app itself, or the widget it contributes to the portal's home page. */
  shows: 'app' | 'widget' = 'app';
  locale: Locale = DEFAULT_LOCALE;
  path = '/viestit';
  #stop: (() => Promise<void>) | undefined;

  connectedCallback(): void {
    frames.add(this);
    globalThis.fetch = storyFetch;
    void this.#start();
  }

  disconnectedCallback(): void {
    frames.delete(this);
    if (frames.size === 0) globalThis.fetch = realFetch;
    const stop = this.#stop;
    this.#stop = undefined;
    void stop?.();
  }

  async #start(): Promise<void> {
    const host = createShellHost({
      user: SANNA,
      actingAs: FOR_AINO,
      locale: this.locale,
      services: {
        getAccessToken: () => Promise.resolve('story-token'),
        navigate: (_appId, path) => {
          host.events.publish('shell:navigated', { path });
        },
        notify: () => undefined,
        confirm: () => Promise.resolve(true),
        setDirty: () => undefined,
        setBadge: () => undefined,
      },
    });
    const handle = host.contextFor('messages', {
      userFields: [],
      actingAs: true,
      audience: 'https://api.messages.example.fi',
      apiUrl: API,
    });
    const props: DigiOneAppProps = { name: 'messages', domElement: this, context: handle.context };
    const lifecycles = this.shows === 'widget' ? widgets.unread : messages;
    this.#stop = async () => {
      await lifecycles.unmount(props);
      handle.dispose();
      host.dispose();
    };
    await lifecycles.bootstrap(props);
    await lifecycles.mount(props);
    if (this.shows === 'app' && this.path !== '/viestit') {
      host.events.publish('shell:navigated', { path: this.path });
    }
  }
}

if (!customElements.get('messages-story-frame')) {
  customElements.define('messages-story-frame', MessagesStoryFrame);
}

declare global {
  interface HTMLElementTagNameMap {
    'messages-story-frame': MessagesStoryFrame;
  }
}

interface Args {
  scenario: Scenario;
  path: string;
  shows: 'app' | 'widget';
}

const meta: Meta<Args> = {
  title: 'Apps/Messages',
  args: { scenario: 'messages', path: '/viestit', shows: 'app' },
  argTypes: {
    shows: { control: 'inline-radio', options: ['app', 'widget'] },
    scenario: { control: 'select', options: ['messages', 'empty', 'session-expired'] },
    path: { control: 'select', options: ['/viestit', '/viestit/t-0003', '/viestit/uusi'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Viestit, the example home–school messaging app, as the guardian Sanna Mäkelä sees it while acting for her daughter Aino. The data comes from a stub of the Messages API limited to the story.',
      },
    },
  },
  render: (args, context) => {
    const locale: unknown = context.globals.locale;
    return html`<messages-story-frame
      .scenario=${args.scenario}
      .path=${args.path}
      .shows=${args.shows}
      .locale=${isLocale(locale) ? locale : DEFAULT_LOCALE}
    ></messages-story-frame>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Inbox: Story = {};
export const Thread: Story = { args: { path: '/viestit/t-0003' } };
export const NewMessage: Story = { args: { path: '/viestit/uusi' } };
export const Empty: Story = { args: { scenario: 'empty' } };
export const SessionExpired: Story = { args: { scenario: 'session-expired' } };
/** "Uudet viestit", the widget the app contributes to the portal's home page. */
export const HomeWidget: Story = { args: { shows: 'widget' } };
export const HomeWidgetNothingUnread: Story = { args: { shows: 'widget', scenario: 'empty' } };
