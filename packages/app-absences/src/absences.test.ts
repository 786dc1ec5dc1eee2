/**
 * "Poissaolot" in a test shell: the DigiOne contract (conformance), the guardian's report form and
 * list, the teacher's week and acknowledgement, the API's failures, and axe on every state. The
 * app's API is a stub of `fetch` here; the real API is tested in test/api.spec.ts and over the
 * iframe bridge in frame.test.ts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { actingAsChoicesFor } from '@digione/sdk/host';
import { type ActingAs, type Child, type DigiOneUser, type School } from '@digione/sdk';
import {
  checkConformance,
  deepText,
  expectConformance,
  mountApp,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import absences from './index.js';
import { addDays, isoWeekOf, today } from './dates.js';
import type { GuardianAbsence, TeacherAbsence } from './model.js';
import { nextTask, waitFor } from '../../../test/support/unit-wait.js';

const API = 'https://api.absences.example.fi';
const AUDIENCE = 'https://api.absences.example.fi';

const LUMIKORPI: School = {
  code: '09231',
  name: 'Lumikorven koulu',
  providerId: '0124610-9',
  providerName: 'Vantaan kaupunki',
};
const KIVIMAKI: School = { ...LUMIKORPI, code: '09247', name: 'Kivimäen yhtenäiskoulu' };
const MERITUULI: School = {
  code: '04915',
  name: 'Merituulen koulu',
  providerId: '0101263-6',
  providerName: 'Espoon kaupunki',
};
const AINO: Child = {
  id: 'lapsi-aino',
  givenName: 'Aino',
  familyName: 'Mäkelä',
  school: LUMIKORPI,
  grade: '7',
};
const EETU: Child = {
  id: 'lapsi-eetu',
  givenName: 'Eetu',
  familyName: 'Mäkelä',
  school: MERITUULI,
  grade: '3',
};
const SANNA: DigiOneUser = {
  id: 'huoltaja-sanna',
  givenName: 'Sanna',
  familyName: 'Mäkelä',
  roles: ['guardian'],
  schools: [],
  children: [AINO, EETU],
};
const MIKKO: DigiOneUser = {
  id: 'opettaja-mikko',
  givenName: 'Mikko',
  familyName: 'Korhonen',
  roles: ['teacher'],
  schools: [LUMIKORPI, KIVIMAKI],
};

function choice(user: DigiOneUser, role: 'guardian' | 'teacher', id: string): ActingAs {
  const found = actingAsChoicesFor(user, role).find((c) => c.id === id);
  if (!found) throw new Error(`no acting-as choice ${id}`);
  return found;
}
const AS_AINO = choice(SANNA, 'guardian', `child:${AINO.id}`);
const AS_EETU = choice(SANNA, 'guardian', `child:${EETU.id}`);
const AT_LUMIKORPI = choice(MIKKO, 'teacher', `school:${LUMIKORPI.code}`);

const DAY = today();

// ---------------------------------------------------------------------------------------------
// The API stub

interface Call {
  readonly method: string;
  readonly url: URL;
  readonly authorization: string | null;
  readonly body: unknown;
}
type Answer = { status: number; body?: unknown } | 'network-error';

let calls: Call[] = [];
let answer: (call: Call) => Answer | Promise<Answer> = () => ({ status: 404 });
const realFetch = globalThis.fetch;

function stubApi(handler: (call: Call) => Answer | Promise<Answer>): void {
  answer = handler;
  calls = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    const call: Call = {
      method: init?.method ?? 'GET',
      url,
      authorization: headers.get('authorization'),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    const result = await answer(call);
    if (result === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(result.status === 204 ? null : JSON.stringify(result.body ?? {}), {
      status: result.status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

const ainoAbsences: GuardianAbsence[] = [
  {
    id: 'poissaolo-2',
    childId: AINO.id,
    start: addDays(DAY, 10),
    end: addDays(DAY, 11),
    reason: 'other',
    reasonText: 'Perheen matka Ouluun',
    reportedAt: '2025-11-14T18:41:00.000Z',
    acknowledged: false,
    cancellable: true,
  },
  {
    id: 'poissaolo-1',
    childId: AINO.id,
    start: addDays(DAY, -20),
    end: addDays(DAY, -19),
    reason: 'illness',
    message: 'Ainolla on flunssa.',
    reportedAt: '2025-10-27T05:12:00.000Z',
    acknowledged: true,
    cancellable: false,
  },
];

const weekAbsences: TeacherAbsence[] = [
  {
    id: 'poissaolo-4',
    pupil: { id: 'oppilas-onni', name: 'Onni Virtanen', group: '7B' },
    start: DAY,
    end: DAY,
    reason: 'illness',
    message: 'Onnilla on kuumetta.',
    reportedAt: '2025-11-20T05:03:00.000Z',
    acknowledged: false,
  },
  {
    id: 'poissaolo-6',
    pupil: { id: 'oppilas-venla', name: 'Venla Koskinen', group: '8A' },
    start: DAY,
    end: addDays(DAY, 1),
    reason: 'illness',
    reportedAt: '2025-11-17T05:40:00.000Z',
    acknowledged: true,
  },
  {
    id: 'poissaolo-5',
    pupil: { id: 'oppilas-helmi', name: 'Helmi Laine', group: '7B' },
    start: addDays(DAY, 2),
    end: addDays(DAY, 3),
    reason: 'other',
    reasonText: 'Uimaseuran leiri Kuortaneella',
    reportedAt: '2025-11-13T16:30:00.000Z',
    acknowledged: false,
  },
];

/** A working API: a guardian's list, a teacher's week, reports, cancels, acknowledgements. */
function workingApi(): void {
  const reported: GuardianAbsence[] = [];
  const teacher = weekAbsences.map((a) => ({ ...a }));
  stubApi((call) => {
    const path = call.url.pathname;
    if (call.method === 'GET' && path === '/absences' && call.url.searchParams.has('child')) {
      const child = call.url.searchParams.get('child');
      const own = child === AINO.id ? [...reported, ...ainoAbsences] : [];
      return { status: 200, body: { term: { from: DAY, to: DAY }, absences: own } };
    }
    if (call.method === 'GET' && path === '/absences') {
      const { from, to } = { from: addDays(DAY, -3), to: addDays(DAY, 3) };
      return {
        status: 200,
        body: {
          week: call.url.searchParams.get('week'),
          from,
          to,
          groups: ['7B', '8A'],
          absences: teacher,
        },
      };
    }
    if (call.method === 'POST' && path === '/absences') {
      const body = call.body as Partial<Record<string, string>>;
      const created: GuardianAbsence = {
        id: `poissaolo-${String(10 + reported.length)}`,
        childId: body.child ?? '',
        start: body.start ?? '',
        end: body.end ?? '',
        reason: body.reason === 'other' ? 'other' : 'illness',
        reportedAt: new Date().toISOString(),
        acknowledged: false,
        cancellable: true,
      };
      reported.unshift(created);
      return { status: 201, body: created };
    }
    if (call.method === 'DELETE') return { status: 204 };
    const acknowledge = /^\/absences\/([^/]+)\/acknowledge$/.exec(path);
    if (call.method === 'POST' && acknowledge) {
      const absence = teacher.find((a) => a.id === acknowledge[1]);
      if (!absence) return { status: 404, body: { error: 'not_found' } };
      absence.acknowledged = true;
      return { status: 200, body: absence };
    }
    return { status: 404, body: { error: 'not_found' } };
  });
}

// ---------------------------------------------------------------------------------------------
// Mounting and finding things

let mounted: MountedApp | undefined;

afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
  globalThis.fetch = realFetch;
});

const baseOptions: MountOptions = {
  appId: 'absences',
  userFields: [],
  audience: AUDIENCE,
  apiUrl: API,
};

async function mount(options: MountOptions): Promise<MountedApp> {
  mounted = await mountApp(absences, { ...baseOptions, ...options });
  return mounted;
}

function appRoot(app: MountedApp): ShadowRoot {
  const element = app.container.querySelector('absences-app');
  if (!element?.shadowRoot) throw new Error('the app is not rendered');
  return element.shadowRoot;
}

function view(app: MountedApp, tag: 'absences-guardian' | 'absences-teacher'): ShadowRoot {
  const element = appRoot(app).querySelector(tag);
  if (!element?.shadowRoot) throw new Error(`<${tag}> is not rendered`);
  return element.shadowRoot;
}

const text = (app: MountedApp): string => deepText(app.container).replace(/\s+/g, ' ');

async function shows(app: MountedApp, wanted: string): Promise<void> {
  await waitFor(() => text(app).includes(wanted), `the app never showed "${wanted}"`);
}

function field(root: ShadowRoot, name: string): HTMLElement & { value: string; error: string } {
  const element = root.querySelector<HTMLElement & { value: string; error: string }>(
    `[name="${name}"]`,
  );
  if (!element) throw new Error(`no field ${name}`);
  return element;
}

/** Types or chooses a value the way a person does: in the native control, with its input event. */
async function fill(root: ShadowRoot, name: string, value: string): Promise<void> {
  const element = field(root, name);
  const control = element.shadowRoot?.querySelector<
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  >('input, textarea, select');
  if (!control) throw new Error(`field ${name} has no control`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

function button(root: ShadowRoot | Element, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('d1-button')].find((b) =>
    deepText(b).replace(/\s+/g, ' ').trim().startsWith(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Clicks a d1-button as a pointer would: on the native button in its shadow root. */
function click(element: HTMLElement): void {
  const native = element.shadowRoot?.querySelector('button');
  if (!native) throw new Error('the d1-button has no native button');
  native.click();
}

function submit(root: ShadowRoot): void {
  click(button(root, 'Lähetä ilmoitus'));
}

/** The element focused inside the shadow roots, from the document down. */
function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// ---------------------------------------------------------------------------------------------

describe('Poissaolot (absences)', () => {
  describe('the DigiOne contract', () => {
    it('is met by the teacher view', async () => {
      workingApi();
      expectConformance(
        await checkConformance(absences, {
          ...baseOptions,
          user: MIKKO,
          actingAs: AT_LUMIKORPI,
          expectText: { fi: 'Poissa tänään', sv: 'Frånvarande i dag', en: 'Absent today' },
        }),
      );
    });

    it('is met by the guardian view', async () => {
      workingApi();
      expectConformance(
        await checkConformance(absences, {
          ...baseOptions,
          user: SANNA,
          actingAs: AS_AINO,
          expectText: { fi: 'Ilmoita poissaolo', sv: 'Anmäl frånvaro', en: 'Report an absence' },
        }),
      );
    });
  });

  describe('when nobody is chosen in acting-as', () => {
    it('asks the person to choose a child or a school, and calls no API', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: null });
      await shows(app, 'Valitse yläpalkista, kenen puolesta toimit');
      expect(calls).to.have.length(0);
      await expect(appRoot(app).querySelector('section')).to.be.accessible();
    });
  });

  describe('as a guardian', () => {
    it("lists the child's absences of the term, asked with the app's own token", async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      await shows(app, 'Perheen matka Ouluun');
      expect(calls[0]?.url.href).to.equal(`${API}/absences?child=${AINO.id}`);
      expect(calls[0]?.authorization).to.equal(`Bearer test-token:${AUDIENCE}`);
      expect(app.records.tokenRequests).to.deep.equal([AUDIENCE]);
      const guardian = view(app, 'absences-guardian');
      const items = [...guardian.querySelectorAll('.absence')];
      expect(items).to.have.length(2);
      expect(deepText(items[0])).to.include('Muu syy: Perheen matka Ouluun');
      expect(deepText(items[0])).to.include('Odottaa kuittausta');
      expect(deepText(items[1])).to.include('Opettaja on kuitannut');
      expect(deepText(items[1])).to.include('Viesti opettajalle: Ainolla on flunssa.');
      // Only the coming absence can be cancelled.
      expect(items[0].querySelector('d1-button') !== null).to.equal(true);
      expect(items[1].querySelector('d1-button') === null).to.equal(true);
      expect(text(app)).to.include('Ilmoitus koskee: Aino Mäkelä, Lumikorven koulu');
      await expect(guardian.host).to.be.accessible();
    });

    it('follows the child chosen in acting-as', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      await shows(app, 'Perheen matka Ouluun');
      app.host.setActingAs(AS_EETU);
      await shows(app, 'Ei ilmoitettuja poissaoloja');
      expect(calls.at(-1)?.url.searchParams.get('child')).to.equal(EETU.id);
      expect(text(app)).to.include('Ilmoitus koskee: Eetu Mäkelä, Merituulen koulu');
      await expect(view(app, 'absences-guardian').host).to.be.accessible();
    });

    it('starts the form at today, and the last day follows the first until chosen', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Ilmoita poissaolo');
      expect(field(guardian, 'start').value).to.equal(DAY);
      expect(field(guardian, 'end').value).to.equal(DAY);
      await fill(guardian, 'start', addDays(DAY, 1));
      expect(field(guardian, 'end').value).to.equal(addDays(DAY, 1));
      await fill(guardian, 'end', addDays(DAY, 3));
      await fill(guardian, 'start', addDays(DAY, 2));
      expect(field(guardian, 'end').value).to.equal(addDays(DAY, 3));
    });

    it('says what is missing, focuses the first problem, and sends nothing', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Tämän lukukauden poissaolot');
      submit(guardian);
      await waitFor(() => field(guardian, 'reason').error !== '', 'a message on the reason');
      expect(field(guardian, 'reason').error).to.equal('Valitse poissaolon syy.');
      expect(field(guardian, 'reason').matches(':focus-within'), 'focus on the reason').to.equal(
        true,
      );
      await fill(guardian, 'reason', 'other');
      await fill(guardian, 'end', addDays(DAY, -1));
      submit(guardian);
      await waitFor(() => field(guardian, 'reasonText').error !== '', 'a message on the reason');
      expect(field(guardian, 'end').error).to.equal(
        'Viimeinen päivä ei voi olla ennen ensimmäistä päivää.',
      );
      expect(field(guardian, 'reasonText').error).to.equal(
        'Kerro lyhyesti, mikä poissaolon syy on.',
      );
      await fill(guardian, 'start', addDays(DAY, -30));
      submit(guardian);
      await waitFor(() => field(guardian, 'start').error !== '', 'a message on the first day');
      expect(field(guardian, 'start').error).to.equal(
        'Poissaolon voi ilmoittaa enintään 14 päivää jälkikäteen.',
      );
      expect(calls.filter((c) => c.method === 'POST')).to.have.length(0);
      // The messages are shown by the fields themselves, in the person's language.
      expect(deepText(field(guardian, 'start'))).to.include('enintään 14 päivää jälkikäteen');
      await expect(guardian.host).to.be.accessible();
      // Correcting a field clears its message.
      await fill(guardian, 'reasonText', 'Hammaslääkäri');
      expect(field(guardian, 'reasonText').error).to.equal('');
    });

    it('shows the validation messages in Swedish and English too', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO, locale: 'sv' });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Anmäl frånvaro');
      click(button(guardian, 'Skicka anmälan'));
      await waitFor(() => field(guardian, 'reason').error !== '', 'a message on the reason');
      expect(field(guardian, 'reason').error).to.equal('Välj orsak till frånvaron.');
      app.host.setLocale('en');
      await shows(app, 'Report an absence');
      await waitFor(
        () => field(guardian, 'reason').error === 'Choose the reason for the absence.',
        'the message in English',
      );
    });

    it('marks the filled form as unsaved, and clears the mark when emptied', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Ilmoita poissaolo');
      expect(app.records.dirtyChanges).to.deep.equal([]);
      await fill(guardian, 'message', 'Aino on hammaslääkärissä aamupäivän.');
      expect(app.records.dirty).to.equal(true);
      await fill(guardian, 'message', 'Aino on hammaslääkärissä.');
      expect(app.records.dirtyChanges).to.deep.equal([true]);
      await fill(guardian, 'message', '');
      expect(app.records.dirty).to.equal(false);
      expect(app.records.dirtyChanges).to.deep.equal([true, false]);
    });

    it('sends a valid report, thanks the person, empties the form and shows the new absence', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Perheen matka Ouluun');
      await fill(guardian, 'start', addDays(DAY, 1));
      await fill(guardian, 'reason', 'other');
      await fill(guardian, 'reasonText', ' Hammaslääkäri ');
      await fill(guardian, 'message', 'Aino tulee kouluun kolmannelle tunnille.');
      expect(app.records.dirty).to.equal(true);
      submit(guardian);
      await waitFor(() => app.records.notifications.length === 1, 'no notification');
      const post = calls.find((c) => c.method === 'POST');
      expect(post?.url.href).to.equal(`${API}/absences`);
      expect(post?.body).to.deep.equal({
        child: AINO.id,
        start: addDays(DAY, 1),
        end: addDays(DAY, 1),
        reason: 'other',
        reasonText: 'Hammaslääkäri',
        message: 'Aino tulee kouluun kolmannelle tunnille.',
      });
      expect(app.records.notifications[0]).to.include({
        variant: 'success',
        heading: 'Poissaolo ilmoitettu',
      });
      expect(app.records.notifications[0]?.message).to.match(/^Aino Mäkelä: .+\. Opettaja näkee/);
      expect(app.records.dirty).to.equal(false);
      await waitFor(
        () => view(app, 'absences-guardian').querySelectorAll('.absence').length === 3,
        'the new absence listed',
      );
      const fresh = view(app, 'absences-guardian');
      expect(field(fresh, 'message').value).to.equal('');
      expect(field(fresh, 'reason').value).to.equal('');
      expect(field(fresh, 'start').value).to.equal(DAY);
      // The fresh form shows no messages, though its fields were filled before.
      expect(deepText(fresh.querySelector('form')!)).not.to.include('Valitse poissaolon syy.');
      expect(field(fresh, 'reason').error).to.equal('');
      expect(focused()?.id, 'focus on the list heading').to.equal('list-heading');
    });

    it('can be sent from the keyboard', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Perheen matka Ouluun');
      await fill(guardian, 'reason', 'illness');
      button(guardian, 'Lähetä ilmoitus').focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => calls.some((c) => c.method === 'POST'), 'Enter did not send the form');
    });

    it("shows the API's field errors on the fields and keeps the form", async () => {
      workingApi();
      const working = answer;
      stubApi((call) =>
        call.method === 'POST'
          ? {
              status: 400,
              body: { error: 'invalid_request', fields: { message: 'too-long' } },
            }
          : working(call),
      );
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Perheen matka Ouluun');
      await fill(guardian, 'reason', 'illness');
      await fill(guardian, 'message', 'Aino on kipeänä.');
      submit(guardian);
      await waitFor(() => field(guardian, 'message').error !== '', 'a message on the message');
      expect(field(guardian, 'message').error).to.equal('Kirjoita enintään 500 merkkiä.');
      expect(field(guardian, 'message').value).to.equal('Aino on kipeänä.');
      expect(app.records.dirty).to.equal(true);
      expect(app.records.notifications).to.have.length(0);
    });

    it('says so when the API refuses the session while sending, and keeps the form', async () => {
      workingApi();
      const working = answer;
      stubApi((call) =>
        call.method === 'POST' ? { status: 401, body: { error: 'invalid_token' } } : working(call),
      );
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Perheen matka Ouluun');
      await fill(guardian, 'reason', 'illness');
      submit(guardian);
      await shows(app, 'Istuntosi ei kelpaa Poissaolot-palvelulle');
      expect(focused()?.id, 'focus on the error').to.equal('send-error');
      expect(app.records.dirty).to.equal(true);
      expect(field(guardian, 'reason').value).to.equal('illness');
      await expect(guardian.host).to.be.accessible();
    });

    it('cancels a coming absence after the person confirms', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Perheen matka Ouluun');
      click(button(guardian.querySelector('.absence')!, 'Peru'));
      await waitFor(() => app.records.notifications.length === 1, 'no notification');
      expect(app.records.confirms[0]).to.include({
        heading: 'Perutaanko poissaoloilmoitus?',
        danger: true,
      });
      const cancel = calls.find((c) => c.method === 'DELETE');
      expect(cancel?.url.href).to.equal(`${API}/absences/poissaolo-2`);
      expect(app.records.notifications[0]?.message).to.match(/^Poissaoloilmoitus peruttu/);
    });

    it('cancels nothing when the person does not confirm', async () => {
      workingApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO, confirmResult: false });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Perheen matka Ouluun');
      click(button(guardian.querySelector('.absence')!, 'Peru'));
      await waitFor(() => app.records.confirms.length === 1, 'the person is asked');
      // The answer reaches the app in promises, and so would a cancellation reach the API: a task
      // later, it would have been asked.
      await nextTask();
      expect(calls.filter((c) => c.method === 'DELETE')).to.have.length(0);
    });
  });

  describe('as a teacher', () => {
    it("lists today's absences and the rest of the week in the teacher's groups", async () => {
      workingApi();
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Onni Virtanen, 7B');
      const { week } = isoWeekOf(DAY);
      const call = calls[0];
      expect(call.url.pathname).to.equal('/absences');
      expect(call.url.searchParams.get('school')).to.equal('09231');
      expect(call.url.searchParams.get('week')).to.match(
        new RegExp(`^\\d{4}-W${String(week).padStart(2, '0')}$`),
      );
      const teacher = view(app, 'absences-teacher');
      const [todaySection, weekSection] = [...teacher.querySelectorAll('section')];
      expect(deepText(todaySection)).to.include('Onni Virtanen, 7B');
      expect(deepText(todaySection)).to.include('Venla Koskinen, 8A');
      expect(deepText(todaySection)).to.include('Huoltajan viesti: Onnilla on kuumetta.');
      expect(deepText(todaySection)).not.to.include('Helmi Laine');
      expect(deepText(weekSection)).to.include(`Muut poissaolot viikolla ${week}`);
      expect(deepText(weekSection)).to.include('Muu syy: Uimaseuran leiri Kuortaneella');
      expect(text(app)).to.include('Lumikorven koulu · Ryhmäsi: 7B, 8A');
      // Acknowledged ones say so; the others offer the acknowledgement.
      const venla = teacher.querySelector('[data-absence="poissaolo-6"]')!;
      expect(deepText(venla)).to.include('Kuitattu');
      expect(venla.querySelector('d1-button') === null).to.equal(true);
      expect(app.records.titles.at(-1)).to.equal(`Viikko ${week}`);
      await expect(teacher.host).to.be.accessible();
    });

    it('acknowledges an absence and keeps the focus with it', async () => {
      workingApi();
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Onni Virtanen, 7B');
      const teacher = view(app, 'absences-teacher');
      const onni = (): Element => teacher.querySelector('[data-absence="poissaolo-4"]')!;
      const acknowledge = button(onni(), 'Kuittaa');
      expect(deepText(acknowledge)).to.include('Onni Virtanen');
      click(acknowledge);
      await waitFor(() => onni().querySelector('d1-button') === null, 'still not acknowledged');
      const post = calls.find((c) => c.method === 'POST');
      expect(post?.url.href).to.equal(`${API}/absences/poissaolo-4/acknowledge`);
      expect(deepText(onni())).to.include('Kuitattu');
      expect(focused() === onni().querySelector('h3'), 'focus on the pupil').to.equal(true);
      expect(deepText(teacher.querySelector('[role="status"]:last-of-type')!)).to.include(
        'Kuitattu: Onni Virtanen',
      );
      await expect(teacher.host).to.be.accessible();
    });

    it('re-renders in Swedish and English', async () => {
      workingApi();
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI, locale: 'sv' });
      await shows(app, 'Frånvarande i dag');
      const { week } = isoWeekOf(DAY);
      await shows(app, `Övrig frånvaro vecka ${week}`);
      expect(app.records.titles.at(-1)).to.equal(`Vecka ${week}`);
      app.host.setLocale('en');
      await shows(app, 'Absent today');
      await shows(app, 'Acknowledge');
      await waitFor(() => app.records.titles.at(-1) === `Week ${week}`, 'the title in English');
    });
  });

  describe('when the API fails', () => {
    it('says in the person’s language that the session is not accepted (401)', async () => {
      stubApi(() => ({ status: 401, body: { error: 'invalid_token' } }));
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Istuntosi ei kelpaa Poissaolot-palvelulle');
      await expect(view(app, 'absences-teacher').host).to.be.accessible();
      app.host.setLocale('sv');
      await shows(app, 'Din session godtas inte av tjänsten Frånvaro');
      app.host.setLocale('en');
      await shows(app, 'Your session is not accepted by the Absences service');
    });

    it('offers to try again after a server error, and loads on retry', async () => {
      let fail = true;
      workingApi();
      const working = answer;
      stubApi((call) => (fail ? { status: 503 } : working(call)));
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      await shows(app, 'Poissaoloja ei voitu hakea');
      await expect(view(app, 'absences-guardian').host).to.be.accessible();
      fail = false;
      const panel = view(app, 'absences-guardian').querySelector('d1-error-panel')!;
      panel.dispatchEvent(new Event('d1-retry'));
      await shows(app, 'Perheen matka Ouluun');
    });

    it('treats an unreachable API as a connection problem', async () => {
      stubApi(() => 'network-error');
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Yhteys Poissaolot-palveluun ei onnistunut');
    });

    it('offers no retry when the person may not see the absences (403)', async () => {
      stubApi(() => ({ status: 403, body: { error: 'forbidden' } }));
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Ei oikeutta näihin poissaoloihin');
      const panel = view(app, 'absences-teacher').querySelector('d1-error-panel')!;
      expect(panel.hasAttribute('no-retry')).to.equal(true);
    });

    it('tells the teacher when an acknowledgement fails', async () => {
      workingApi();
      const working = answer;
      stubApi((call) =>
        call.method === 'POST' ? { status: 401, body: { error: 'invalid_token' } } : working(call),
      );
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Onni Virtanen, 7B');
      const teacher = view(app, 'absences-teacher');
      click(button(teacher.querySelector('[data-absence="poissaolo-4"]')!, 'Kuittaa'));
      await waitFor(() => app.records.notifications.length === 1, 'no notification');
      expect(app.records.notifications[0]).to.include({
        variant: 'danger',
        heading: 'Istuntosi ei kelpaa Poissaolot-palvelulle',
      });
      expect(teacher.querySelector('[data-absence="poissaolo-4"] d1-button') !== null).to.equal(
        true,
      );
    });
  });
});
