/**
 * The Assessment app for a teacher: their groups at the school they act for, each pupil's grade and
 * feedback, unsaved edits, saving and the API's refusals, and what they are told when loading fails.
 */
import { expect } from '@open-wc/testing';
import { deepText } from '@digione/sdk/testing';
import { localization } from '@digione/components/localization';
import type { D1Select, D1TextField } from '@digione/components';
import type { ValidationErrorResponse } from './types.js';
import {
  API,
  TEACHER_AT_KIVIMAKI,
  TEACHER_OPTIONS,
  appRoot,
  button,
  chooseGrade,
  cleanUp,
  groupOptions,
  mount,
  pupilFields,
  teacherView,
  typeFeedback,
  untilText,
} from './test-fixtures.js';
import { waitFor } from '../../../test/support/unit-wait.js';

afterEach(async () => {
  await cleanUp();
  await localization().setLocale('fi');
});

describe('the Assessment app', () => {
  describe('as a teacher', () => {
    it('lists the groups of the school they act for, with the app token', async () => {
      const { app, calls } = await mount(TEACHER_OPTIONS);
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
      const { app, calls } = await mount(TEACHER_OPTIONS);
      const root = await teacherView(app);
      await untilText(root, 'Aino');
      app.host.setActingAs(TEACHER_AT_KIVIMAKI ?? null);
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
      const { app } = await mount(TEACHER_OPTIONS);
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
      const { app } = await mount(TEACHER_OPTIONS);
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
      const { app } = await mount(TEACHER_OPTIONS);
      const root = await teacherView(app);
      await untilText(root, 'Onni');
      await chooseGrade(root, 'Lahtinen Onni', '6');
      app.host.setActingAs(null);
      await waitFor(() => deepText(appRoot(app)).includes('Valitse koulu'), 'asked to choose');
      expect(app.records.dirtyChanges).to.deep.equal([true, false]);
    });

    it('saves the edits with PUT, clears the dirty mark and confirms with a toast', async () => {
      const { app, calls } = await mount(TEACHER_OPTIONS);
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
      const { app } = await mount(TEACHER_OPTIONS, (call) =>
        call.method === 'PUT' ? { status: 400, body: refusal } : undefined,
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
      const { app, calls } = await mount({ ...TEACHER_OPTIONS, confirmResult: false });
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
      const { app } = await mount(TEACHER_OPTIONS, () => ({
        status: 401,
        body: { error: 'invalid_token' },
      }));
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
      const { app } = await mount(TEACHER_OPTIONS, () => (fail ? 'network-error' : undefined));
      const root = await teacherView(app);
      await untilText(root, 'Arviointeja ei saatu ladattua');
      await expect(app.container).to.be.accessible();
      fail = false;
      root.querySelector('d1-error-panel')!.dispatchEvent(new Event('d1-retry'));
      await untilText(root, 'Aino');
    });

    it('shows a busy state while loading', async () => {
      const { app } = await mount(TEACHER_OPTIONS, (call) =>
        call.url.pathname === '/groups' ? new Promise<Response>(() => undefined) : undefined,
      );
      const root = await teacherView(app);
      expect(root.querySelector('[aria-busy="true"] d1-spinner')).not.to.equal(null);
      await expect(app.container).to.be.accessible();
    });
  });
});
