// Viestit's threads: opening one from the inbox or the shell's address, plain-text messages,
// replies and the unsaved-changes guard. The shared fixtures are in test-fixtures.ts.
import { expect } from '@open-wc/testing';
import { waitFor } from '../../../test/support/unit-wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { deepText } from '@digione/sdk/testing';
import {
  TRIP_BODY,
  api,
  mount,
  root,
  textOf,
  showing,
  threadItems,
  field,
  type,
  button,
} from './test-fixtures.js';

describe('Viestit (messages app)', () => {
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
});
