import { expect } from '@open-wc/testing';
import type { ActingAs, DigiOneUser, School } from '@digione/sdk';
import {
  checkConformance,
  deepText,
  expectConformance,
  mountApp,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import { localization } from '@digione/components/localization';
import type { D1Select, D1TextField } from '@digione/components';
import assessment from './index.js';
import { createFakeApi, jsonResponse as json } from './fixtures.js';
import type { ValidationErrorResponse } from './types.js';
import { waitFor } from '../../../test/support/unit-wait.js';

const API = 'https://api.assessment.example.fi';

const LUMIKORPI: School = {
  code: '09231',
  name: 'Lumikorven koulu',
  providerId: '0124610-9',
  providerName: 'Vantaan kaupunki',
};
const KIVIMAKI: School = {
  code: '09247',
  name: 'Kivimäen yhtenäiskoulu',
  providerId: '0124610-9',
  providerName: 'Vantaan kaupunki',
};

const TEACHER: DigiOneUser = {
  id: '0c6b9e24-58d1-4a7f-b3e2-1d94f6a8c570',
  givenName: 'Mikko',
  familyName: 'Korhonen',
  roles: ['teacher'],
  schools: [LUMIKORPI, KIVIMAKI],
};
const PRINCIPAL: DigiOneUser = {
  id: '9a47c1f0-2e6d-4b38-8f05-c3d7a1e4b962',
  givenName: 'Leena',
  familyName: 'Nieminen',
  roles: ['principal'],
  schools: [KIVIMAKI],
};

const actingAt = (school: School, role: 'teacher' | 'principal'): ActingAs => ({
  kind: 'school',
  id: `school:${school.code}`,
  label: school.name,
  role,
  school,
});

interface Call {
  readonly method: string;
  readonly url: URL;
  readonly authorization: string | null;
  readonly body: unknown;
}

type Answer = Response | Promise<Response>;

/**
 * Replaces `fetch` with the fake API for one test: answers as `createFakeApi()` unless `override`
 * answers first; records every call. `restore()` puts the real fetch back.
 */
function stubApi(override?: (call: Call) => Answer | undefined) {
  const fake = createFakeApi();
  const calls: Call[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    const call: Call = {
      method: init?.method ?? 'GET',
      url,
      authorization: headers.get('Authorization'),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    if (url.origin !== API) throw new TypeError('Failed to fetch');
    return (
      (await override?.(call)) ?? fake.answer(call.method, url.pathname + url.search, call.body)
    );
  };
  return {
    calls,
    restore: () => {
      globalThis.fetch = original;
    },
  };
}

const BASE: MountOptions = {
  appId: 'assessment',
  audience: API,
  apiUrl: API,
  userFields: [],
  accessToken: () => 'token-for-assessment',
};

const teacherAt = (school: School): MountOptions => ({
  ...BASE,
  user: TEACHER,
  actingAs: actingAt(school, 'teacher'),
});

const principalAt = (school: School): MountOptions => ({
  ...BASE,
  user: PRINCIPAL,
  actingAs: actingAt(school, 'principal'),
});

/** The shadow root of the app's element. */
function appRoot(app: MountedApp): ShadowRoot {
  const root = app.container.querySelector('assessment-app')?.shadowRoot;
  if (!root) throw new Error('the app element is not rendered');
  return root;
}

/** The shadow root of the view the app shows (teacher or principal), once it is there. */
async function viewRoot(app: MountedApp, tag: string): Promise<ShadowRoot> {
  await waitFor(() => appRoot(app).querySelector(tag)?.shadowRoot, `no <${tag}>`);
  return appRoot(app).querySelector(tag)!.shadowRoot!;
}

const teacherView = (app: MountedApp) => viewRoot(app, 'assessment-teacher-view');
const principalView = (app: MountedApp) => viewRoot(app, 'assessment-principal-view');

/** Waits until the view shows `text` (open shadow roots included). */
async function untilText(root: ShadowRoot, text: string): Promise<void> {
  await waitFor(
    () => deepText(root).includes(text),
    () => `expected "${text}", saw: ${deepText(root).replace(/\s+/g, ' ').slice(0, 400)}`,
  );
}

/** The pupil's fieldset: its legend is the pupil's name. */
function pupilFields(root: ShadowRoot, name: string): HTMLFieldSetElement {
  const fieldset = [...root.querySelectorAll('fieldset')].find((each) =>
    each.querySelector('legend')?.textContent.includes(name),
  );
  if (!fieldset) throw new Error(`no fields for ${name}`);
  return fieldset;
}

/** Chooses a grade as a person does: in the native select inside `<d1-select>`. */
async function chooseGrade(root: ShadowRoot, pupil: string, grade: string): Promise<void> {
  const select = pupilFields(root, pupil).querySelector<D1Select>('d1-select')!;
  const native = select.shadowRoot!.querySelector('select')!;
  native.value = grade;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  native.dispatchEvent(new Event('change', { bubbles: true }));
  await select.updateComplete;
}

/** Types feedback as a person does: in the native text area inside `<d1-text-field>`. */
async function typeFeedback(root: ShadowRoot, pupil: string, text: string): Promise<void> {
  const field = pupilFields(root, pupil).querySelector<D1TextField>('d1-text-field')!;
  const native = field.shadowRoot!.querySelector('textarea')!;
  native.value = text;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

/** The options the group select lists, by label. */
function groupOptions(root: ShadowRoot): string[] {
  const select = root.querySelector<D1Select>('d1-select[name="group"]');
  return [...(select?.shadowRoot?.querySelectorAll('option') ?? [])].map((o) => o.label);
}

/** The d1-button whose text is `label`. */
function button(root: ShadowRoot, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('d1-button')].find((each) =>
    each.textContent.includes(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

let api: ReturnType<typeof stubApi> | undefined;
let mounted: MountedApp | undefined;

async function mount(options: MountOptions, override?: (call: Call) => Answer | undefined) {
  api = stubApi(override);
  mounted = await mountApp(assessment, options);
  return { app: mounted, calls: api.calls };
}

afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
  api?.restore();
  api = undefined;
  await localization().setLocale('fi');
});

describe('the Assessment app', () => {
  it('meets the DigiOne contract as a teacher sees it', async () => {
    api = stubApi();
    expectConformance(
      await checkConformance(assessment, {
        ...teacherAt(LUMIKORPI),
        expectText: {
          fi: 'Opetusryhmien arviointi',
          sv: 'Bedömning av undervisningsgrupper',
          en: 'Assessing teaching groups',
        },
      }),
    );
  });

  it('meets the DigiOne contract as a principal sees it', async () => {
    api = stubApi();
    expectConformance(
      await checkConformance(assessment, {
        ...principalAt(KIVIMAKI),
        expectText: {
          fi: 'Arviointien eteneminen ryhmittäin',
          sv: 'Bedömningarnas framsteg per grupp',
          en: 'Assessment progress by group',
        },
      }),
    );
  });

  describe('when no school is chosen', () => {
    it('asks the person to choose one, and calls no API', async () => {
      const { app, calls } = await mount({ ...BASE, user: TEACHER, actingAs: null });
      await waitFor(() => deepText(appRoot(app)).includes('Valitse koulu'), 'asked to choose');
      expect(calls).to.have.length(0);
      await expect(app.container).to.be.accessible();
    });
  });

  describe('as a teacher', () => {
    it('lists the groups of the school they act for, with the app token', async () => {
      const { app, calls } = await mount(teacherAt(LUMIKORPI));
      const root = await teacherView(app);
      await untilText(root, 'Aino');
      expect(groupOptions(root)).to.deep.equal([
        '7B matematiikka (arvioitu 4/6)',
        '8A matematiikka (arvioitu 0/2)',
      ]);
      const list = calls.find((call) => call.url.pathname === '/groups')!;
      expect(list.url.searchParams.get('school')).to.equal('09231');
      expect(list.authorization).to.equal('Bearer token-for-assessment');
      expect(app.records.tokenRequests.every((audience) => audience === API)).to.equal(true);
      expect(deepText(root)).to.include('Arvioitu 4/6 oppilasta');
      expect(deepText(root)).to.include('Syyslukukausi 2025');
      await expect(app.container).to.be.accessible();
    });

    it('loads the other school when the teacher switches school', async () => {
      const { app, calls } = await mount(teacherAt(LUMIKORPI));
      const root = await teacherView(app);
      await untilText(root, 'Aino');
      app.host.setActingAs(actingAt(KIVIMAKI, 'teacher'));
      await untilText(root, 'Honkanen');
      const lists = calls.filter((call) => call.url.pathname === '/groups');
      expect(lists.map((call) => call.url.searchParams.get('school'))).to.deep.equal([
        '09231',
        '09247',
      ]);
      expect(groupOptions(root)).to.deep.equal(['9C fysiikka (arvioitu 1/2)']);
      expect(deepText(root)).not.to.include('Aino');
    });

    it('labels each pupil’s grade and feedback inside a group named by the pupil', async () => {
      const { app } = await mount(teacherAt(LUMIKORPI));
      const root = await teacherView(app);
      await untilText(root, 'Aino');
      const aino = pupilFields(root, 'Mäkelä Aino');
      expect(aino.querySelector<D1Select>('d1-select')!.label).to.equal('Arvosana');
      expect(aino.querySelector<D1Select>('d1-select')!.value).to.equal('9');
      expect(aino.querySelector<D1TextField>('d1-text-field')!.label).to.equal(
        'Sanallinen palaute',
      );
      expect(aino.querySelector<D1TextField>('d1-text-field')!.value).to.equal(
        'Laskee huolellisesti.',
      );
      expect(aino.querySelector<D1TextField>('d1-text-field')!.maxlength).to.equal(500);
    });

    it('marks the app dirty on an edit, and clean again when the edit is undone', async () => {
      const { app } = await mount(teacherAt(LUMIKORPI));
      const root = await teacherView(app);
      await untilText(root, 'Onni');
      expect(app.records.dirtyChanges).to.deep.equal([]);
      await chooseGrade(root, 'Lahtinen Onni', '7');
      expect(app.records.dirty).to.equal(true);
      await untilText(root, 'Tallentamattomia muutoksia: 1');
      await typeFeedback(root, 'Mäkelä Aino', 'Laskee huolellisesti ja perustelee.');
      await untilText(root, 'Tallentamattomia muutoksia: 2');
      await chooseGrade(root, 'Lahtinen Onni', '');
      await typeFeedback(root, 'Mäkelä Aino', 'Laskee huolellisesti.');
      expect(app.records.dirty).to.equal(false);
      expect(app.records.dirtyChanges).to.deep.equal([true, false]);
      await expect(app.container).to.be.accessible();
    });

    it('forgets its edits, and the dirty mark, when the person stops acting for the school', async () => {
      const { app } = await mount(teacherAt(LUMIKORPI));
      const root = await teacherView(app);
      await untilText(root, 'Onni');
      await chooseGrade(root, 'Lahtinen Onni', '6');
      app.host.setActingAs(null);
      await waitFor(() => deepText(appRoot(app)).includes('Valitse koulu'), 'asked to choose');
      expect(app.records.dirtyChanges).to.deep.equal([true, false]);
    });

    it('saves the edits with PUT, clears the dirty mark and confirms with a toast', async () => {
      const { app, calls } = await mount(teacherAt(LUMIKORPI));
      const root = await teacherView(app);
      await untilText(root, 'Onni');
      await chooseGrade(root, 'Lahtinen Onni', '7');
      await typeFeedback(root, 'Lahtinen Onni', 'Hyvä syksy!');
      button(root, 'Tallenna arvioinnit').click();
      await waitFor(() => app.records.notifications.length > 0, 'no toast after saving');
      const put = calls.find((call) => call.method === 'PUT')!;
      expect(put.url.pathname).to.equal('/groups/lumikorpi-7b-ma/assessments');
      expect(put.authorization).to.equal('Bearer token-for-assessment');
      expect(put.body).to.deep.equal({
        assessments: [{ pupilId: 'p-onni', grade: 7, feedback: 'Hyvä syksy!' }],
      });
      expect(app.records.dirty).to.equal(false);
      expect(app.records.dirtyChanges).to.deep.equal([true, false]);
      expect(app.records.notifications[0]).to.deep.include({
        variant: 'success',
        message: 'Ryhmän 7B matematiikka arvioinnit on tallennettu.',
      });
      await untilText(root, 'Arvioitu 5/6 oppilasta');
      expect(groupOptions(root)).to.include('7B matematiikka (arvioitu 5/6)');
      expect(deepText(root)).to.include('Ei tallentamattomia muutoksia.');
    });

    it('shows the API’s field errors under the fields, keeps the edits and stays dirty', async () => {
      const refusal: ValidationErrorResponse = {
        error: 'validation_failed',
        error_description: 'some assessments were refused; nothing was saved',
        errors: [
          {
            pupilId: 'p-aino',
            field: 'feedback',
            code: 'feedback-too-long',
            message: 'The feedback may be at most 500 characters long.',
          },
        ],
      };
      const { app } = await mount(teacherAt(LUMIKORPI), (call) =>
        call.method === 'PUT' ? json(400, refusal) : undefined,
      );
      const root = await teacherView(app);
      await untilText(root, 'Aino');
      await typeFeedback(root, 'Mäkelä Aino', 'Pitkä palaute.');
      button(root, 'Tallenna arvioinnit').click();
      await untilText(root, 'Arviointeja ei tallennettu. Korjaa merkityt kentät');
      const field = pupilFields(root, 'Mäkelä Aino').querySelector<D1TextField>('d1-text-field')!;
      expect(field.error).to.equal('Kirjoita palaute enintään 500 merkillä.');
      expect(deepText(field.shadowRoot!)).to.include('Kirjoita palaute enintään 500 merkillä.');
      const onni = pupilFields(root, 'Lahtinen Onni').querySelector<D1TextField>('d1-text-field')!;
      expect(onni.error).to.equal('');
      expect(field.value).to.equal('Pitkä palaute.');
      expect(app.records.dirty).to.equal(true);
      expect(app.records.notifications).to.have.length(0);
      await expect(app.container).to.be.accessible();
      // Editing the refused field clears its message.
      await typeFeedback(root, 'Mäkelä Aino', 'Lyhyempi palaute.');
      await waitFor(() => field.error === '', 'the message stayed after an edit');
    });

    it('asks before switching group with unsaved edits, and stays when told to', async () => {
      const { app, calls } = await mount({ ...teacherAt(LUMIKORPI), confirmResult: false });
      const root = await teacherView(app);
      await untilText(root, 'Onni');
      await chooseGrade(root, 'Lahtinen Onni', '8');
      const select = root.querySelector<D1Select>('d1-select[name="group"]')!;
      const native = select.shadowRoot!.querySelector('select')!;
      native.value = 'lumikorpi-8a-ma';
      native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      native.dispatchEvent(new Event('change'));
      await waitFor(() => app.records.confirms.length === 1, 'no confirmation asked');
      await waitFor(() => select.value === 'lumikorpi-7b-ma', 'the choice was not undone');
      expect(calls.some((call) => call.url.pathname === '/groups/lumikorpi-8a-ma')).to.equal(false);
      expect(app.records.dirty).to.equal(true);
    });

    it('explains in the person’s language when the API refuses the session (401)', async () => {
      const { app } = await mount(teacherAt(LUMIKORPI), () =>
        json(401, { error: 'invalid_token' }),
      );
      const root = await teacherView(app);
      await untilText(root, 'Istuntosi ei kelpaa arviointipalvelulle');
      await expect(app.container).to.be.accessible();
      app.host.setLocale('sv');
      await untilText(root, 'Din session godkänns inte av bedömningstjänsten');
      app.host.setLocale('en');
      await untilText(root, 'The assessment service does not accept your session');
    });

    it('offers a retry when the network fails, and loads on retry', async () => {
      let fail = true;
      const { app } = await mount(teacherAt(LUMIKORPI), () =>
        fail ? Promise.reject(new TypeError('Failed to fetch')) : undefined,
      );
      const root = await teacherView(app);
      await untilText(root, 'Arviointeja ei saatu ladattua');
      await expect(app.container).to.be.accessible();
      fail = false;
      root.querySelector('d1-error-panel')!.dispatchEvent(new Event('d1-retry'));
      await untilText(root, 'Aino');
    });

    it('shows a busy state while loading', async () => {
      const { app } = await mount(teacherAt(LUMIKORPI), (call) =>
        call.url.pathname === '/groups' ? new Promise<Response>(() => undefined) : undefined,
      );
      const root = await teacherView(app);
      expect(root.querySelector('[aria-busy="true"] d1-spinner')).not.to.equal(null);
      await expect(app.container).to.be.accessible();
    });
  });

  describe('as a principal', () => {
    it('shows the school overview as tables, with no edit controls', async () => {
      const { app, calls } = await mount(principalAt(KIVIMAKI));
      const root = await principalView(app);
      await untilText(root, '9C matematiikka');
      expect(
        calls.map((call) => `${call.method} ${call.url.pathname}${call.url.search}`),
      ).to.deep.equal(['GET /overview?school=09247']);
      const tables = [...root.querySelectorAll('table')];
      expect(tables.map((table) => table.caption?.textContent.trim())).to.deep.equal([
        'Arviointien eteneminen ryhmittäin',
        'Arvosanajakauma (arvosanat 4–10, oppilaita)',
        'Suoritusmerkinnät (oppilaita)',
      ]);
      const row = [...tables[0].querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
      );
      expect(row[0]).to.deep.equal(['9C matematiikka', 'Petri Väisänen', '4', '3', '7,7']);
      expect(row[1]).to.deep.equal(['8B englanti', 'Satu Lehtonen', '8', '7', '8,1']);
      expect(row[2][4]).to.include('ei keskiarvoa');
      const distribution = [...tables[1].querySelectorAll('tbody tr:first-child td')].map((td) =>
        td.textContent.trim(),
      );
      expect(distribution).to.deep.equal(['0', '0', '1', '0', '1', '1', '0']);
      expect(deepText(root)).to.include('Ryhmien oppilaista on arvioitu 13/15.');
      expect(
        root.querySelectorAll('form, d1-select, d1-text-field, d1-button, input, textarea, select'),
      ).to.have.length(0);
      await expect(app.container).to.be.accessible();
    });

    it('writes numbers in the person’s language', async () => {
      const { app } = await mount({ ...principalAt(KIVIMAKI), locale: 'en' });
      const root = await principalView(app);
      await untilText(root, 'Assessment progress by group');
      expect(deepText(root)).to.include('7.7');
    });

    it('explains a refusal (403) without offering a retry', async () => {
      const { app } = await mount(principalAt(KIVIMAKI), () => json(403, { error: 'forbidden' }));
      const root = await principalView(app);
      await untilText(root, 'Ei käyttöoikeutta');
      expect(root.querySelector('d1-error-panel')!.hasAttribute('no-retry')).to.equal(true);
    });
  });
});
