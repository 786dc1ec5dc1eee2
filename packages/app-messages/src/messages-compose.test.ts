// Viestit's new message: whom each person may write to where they act, sending, refusals, and
// clearing the draft. The shared fixtures are in test-fixtures.ts.
import { expect } from '@open-wc/testing';
import { nextTask, waitFor } from '../../../test/support/unit-wait.js';
import {
  GUARDIAN,
  AT_KIVIMAKI,
  FOR_AINO,
  FOR_EETU,
  AINO_ID,
  EETU_ID,
  api,
  mount,
  root,
  textOf,
  showing,
  field,
  type,
  button,
  openCompose,
  RIIKKA,
} from './test-fixtures.js';

describe('Viestit (messages app)', () => {
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
      const app = await mount({ user: GUARDIAN, actingAs: FOR_AINO });
      api.recipients = [
        { id: 'mikko', name: 'Mikko Korhonen', kind: 'teacher', detail: 'matematiikka · 7B' },
      ];
      await openCompose(app);
      expect(api.calls.map((c) => c.path)).to.include(`/recipients?child=${AINO_ID}`);
      expect(textOf(app)).to.include('Toimit nyt: Aino Mäkelä');
      expect(textOf(app)).to.include('opettaja · matematiikka · 7B');

      api.recipients = [{ ...RIIKKA, kind: 'teacher', detail: 'luokanopettaja · 3A' }];
      app.host.setActingAs(FOR_EETU);
      await showing(app, 'Riikka Laine');
      expect(api.calls.map((c) => c.path)).to.include(`/recipients?child=${EETU_ID}`);
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
});
