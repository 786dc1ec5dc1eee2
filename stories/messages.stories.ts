import type { Meta, StoryObj } from '@storybook/web-components-vite';
import messages, { widgets } from '../packages/app-messages/src/index.js';
import manifest from '../packages/app-messages/manifest.json' with { type: 'json' };
import type {
  Message,
  Recipient,
  ThreadDetail,
  ThreadSummary,
} from '../packages/app-messages/src/api.js';
import { appStory, storyPerson } from './app-story.js';

/** Where the story's Messages API answers: only calls to it are answered by the stub below. */
const API = 'https://api.messages.story';

/** The guardian Sanna Mäkelä, acting for her daughter Aino (her first child). */
const SANNA = storyPerson('guardian', 0);
const AINO = SANNA.user.children?.at(0);
const EETU = SANNA.user.children?.at(1);
if (!AINO || !EETU) throw new TypeError('The story needs the guardian’s two children.');
const LUMIKORPI = AINO.school;
const MERITUULI = EETU.school;

const MIKKO = { id: 'mikko', name: 'Mikko Korhonen' };
const KATJA = { id: 'katja', name: 'Katja Salo' };
const RIIKKA = { id: 'riikka', name: 'Riikka Laine' };
const PEKKA = { id: 'pekka', name: 'Pekka Järvinen' };
const ME = { id: SANNA.user.id, name: 'Sanna Mäkelä' };

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

interface Args {
  shows: 'app' | 'widget';
  scenario: Scenario;
  path: string;
}

const meta: Meta<Args> = {
  title: 'Apps/Messages',
  ...appStory<Args>({
    tag: 'messages-story',
    description:
      'Viestit, the example home–school messaging app, as the guardian Sanna Mäkelä sees it while acting for her daughter Aino. The data comes from a stub of the Messages API limited to the story.',
    choices: {
      shows: ['app', 'widget'],
      scenario: ['messages', 'empty', 'session-expired'],
      path: ['/viestit', '/viestit/t-0003', '/viestit/uusi'],
    },
    manifest,
    person: () => SANNA,
    // Each story's scenario is the first path segment of its API address.
    api: {
      origin: API,
      answer: (url) => {
        const [, scenario = '', ...path] = url.pathname.split('/');
        const own = new URL(`/${path.join('/')}${url.search}`, API);
        return Promise.resolve(answer(scenario as Scenario, own));
      },
      path: ({ scenario }) => scenario,
    },
    // The app itself, or the widget it contributes to the portal's home page.
    app: ({ shows }) => (shows === 'widget' ? widgets.unread : messages),
    // The app opens at its first page; the portal tells it of another.
    mounted: (app, { shows, path }) => {
      if (shows === 'app' && path !== '/viestit') {
        app.host.events.publish('shell:navigated', { path });
      }
    },
  }),
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
