/**
 * "Poissaolot" for a guardian: the child's absences of the term, following acting-as, the report
 * form (its checks, languages, unsaved mark, sending and the API's refusals) and cancelling.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepText } from '@digione/sdk/testing';
import { addDays } from './dates.js';
import {
  API,
  AINO,
  AS_AINO,
  AS_EETU,
  AUDIENCE,
  DAY,
  EETU,
  SANNA,
  button,
  cleanUp,
  click,
  field,
  fill,
  focused,
  mount,
  shows,
  submit,
  text,
  useApi,
  view,
  workingApi,
} from './test-fixtures.js';
import { nextTask, waitFor } from '../../../test/support/unit-wait.js';

afterEach(cleanUp);

describe('Poissaolot (absences)', () => {
  describe('as a guardian', () => {
    it("lists the child's absences of the term, asked with the app's own token", async () => {
      const api = useApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      await shows(app, 'Perheen matka Ouluun');
      expect(api.calls[0]?.url.href).to.equal(`${API}/absences?child=${AINO.id}`);
      expect(api.calls[0]?.authorization).to.equal(`Bearer test-token:${AUDIENCE}`);
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
      const api = useApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      await shows(app, 'Perheen matka Ouluun');
      app.host.setActingAs(AS_EETU);
      await shows(app, 'Ei ilmoitettuja poissaoloja');
      expect(api.calls.at(-1)?.url.searchParams.get('child')).to.equal(EETU.id);
      expect(text(app)).to.include('Ilmoitus koskee: Eetu Mäkelä, Merituulen koulu');
      await expect(view(app, 'absences-guardian').host).to.be.accessible();
    });

    it('starts the form at today, and the last day follows the first until chosen', async () => {
      useApi();
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
      const api = useApi();
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
      expect(api.calls.filter((c) => c.method === 'POST')).to.have.length(0);
      // The messages are shown by the fields themselves, in the person's language.
      expect(deepText(field(guardian, 'start'))).to.include('enintään 14 päivää jälkikäteen');
      await expect(guardian.host).to.be.accessible();
      // Correcting a field clears its message.
      await fill(guardian, 'reasonText', 'Hammaslääkäri');
      expect(field(guardian, 'reasonText').error).to.equal('');
    });

    it('shows the validation messages in Swedish and English too', async () => {
      useApi();
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
      useApi();
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
      const api = useApi();
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
      const post = api.calls.find((c) => c.method === 'POST');
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
      const api = useApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Perheen matka Ouluun');
      await fill(guardian, 'reason', 'illness');
      button(guardian, 'Lähetä ilmoitus').focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(
        () => api.calls.some((c) => c.method === 'POST'),
        'Enter did not send the form',
      );
    });

    it("shows the API's field errors on the fields and keeps the form", async () => {
      const working = workingApi();
      useApi((call) =>
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
      const working = workingApi();
      useApi((call) =>
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
      const api = useApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Perheen matka Ouluun');
      click(button(guardian.querySelector('.absence')!, 'Peru'));
      await waitFor(() => app.records.notifications.length === 1, 'no notification');
      expect(app.records.confirms[0]).to.include({
        heading: 'Perutaanko poissaoloilmoitus?',
        danger: true,
      });
      const cancel = api.calls.find((c) => c.method === 'DELETE');
      expect(cancel?.url.href).to.equal(`${API}/absences/poissaolo-2`);
      expect(app.records.notifications[0]?.message).to.match(/^Poissaoloilmoitus peruttu/);
    });

    it('cancels nothing when the person does not confirm', async () => {
      const api = useApi();
      const app = await mount({ user: SANNA, actingAs: AS_AINO, confirmResult: false });
      const guardian = view(app, 'absences-guardian');
      await shows(app, 'Perheen matka Ouluun');
      click(button(guardian.querySelector('.absence')!, 'Peru'));
      await waitFor(() => app.records.confirms.length === 1, 'the person is asked');
      // The answer reaches the app in promises, and so would a cancellation reach the API: a task
      // later, it would have been asked.
      await nextTask();
      expect(api.calls.filter((c) => c.method === 'DELETE')).to.have.length(0);
    });
  });
});
