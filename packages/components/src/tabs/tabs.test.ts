import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/tabs/define';
import type { D1Tabs } from '@digione/components/tabs';
import { D1TabChangeEvent } from '@digione/components/events';

async function pupil(active = ''): Promise<D1Tabs> {
  const el = await fixture<D1Tabs>(html`
    <d1-tabs label="Oppilaan tiedot" active=${active}>
      <d1-tab slot="nav" panel="schedule">Lukujärjestys</d1-tab>
      <d1-tab slot="nav" panel="absences">Poissaolot</d1-tab>
      <d1-tab slot="nav" panel="grades" disabled>Arvosanat</d1-tab>
      <d1-tab slot="nav" panel="messages">Viestit</d1-tab>
      <d1-tab-panel name="schedule">Maanantaina alkaa matematiikka klo 8.15.</d1-tab-panel>
      <d1-tab-panel name="absences">Ei poissaoloja tällä jaksolla.</d1-tab-panel>
      <d1-tab-panel name="grades">Arvosanat julkaistaan jakson lopussa.</d1-tab-panel>
      <d1-tab-panel name="messages">Kaksi lukematonta viestiä.</d1-tab-panel>
    </d1-tabs>
  `);
  await el.updateComplete;
  return el;
}

const tablist = (el: D1Tabs) => el.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
const selected = (el: D1Tabs) => el.tabs.find((t) => t.getAttribute('aria-selected') === 'true');
const visible = (el: D1Tabs) => el.panels.filter((p) => !p.hidden).map((p) => p.name);

describe('d1-tabs', () => {
  describe('by default', () => {
    it('wires the tablist, tabs and panels together', async () => {
      const el = await pupil();
      expect(tablist(el).getAttribute('aria-label')).to.equal('Oppilaan tiedot');
      for (const [i, tab] of el.tabs.entries()) {
        const panel = el.panels[i];
        expect(tab.getAttribute('role')).to.equal('tab');
        expect(panel.getAttribute('role')).to.equal('tabpanel');
        expect(tab.getAttribute('aria-controls')).to.equal(panel.id);
        expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
      }
      expect(el.tabs[2].getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('selects the first tab and shows only its panel', async () => {
      const el = await pupil();
      expect(el.active).to.equal('schedule');
      expect(selected(el)).to.equal(el.tabs[0]);
      expect(visible(el)).to.deep.equal(['schedule']);
      expect(el.tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    });
  });

  describe('with active set', () => {
    it('shows that panel', async () => {
      const el = await pupil('messages');
      expect(selected(el)).to.equal(el.tabs[3]);
      expect(visible(el)).to.deep.equal(['messages']);
      await expect(el).to.be.accessible();
    });
  });

  describe('with the keyboard', () => {
    it('moves and activates with the arrows, wrapping and skipping disabled tabs', async () => {
      const el = await pupil();
      const changes: string[] = [];
      el.addEventListener(D1TabChangeEvent.type, (e) => changes.push(e.panel));
      el.tabs[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(el.tabs[1]);
      expect(visible(el)).to.deep.equal(['absences']);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(el.tabs[3]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(el.tabs[0]);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(el.tabs[3]);
      expect(visible(el)).to.deep.equal(['messages']);
      expect(el.tabs.map((t) => t.tabIndex)).to.deep.equal([-1, -1, -1, 0]);
      expect(changes).to.deep.equal(['absences', 'messages', 'schedule', 'messages']);
      await expect(el).to.be.accessible();
    });

    it('goes to the first and last tab with Home and End', async () => {
      const el = await pupil('absences');
      el.tabs[1].focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(selected(el)).to.equal(el.tabs[3]);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(selected(el)).to.equal(el.tabs[0]);
      expect(document.activeElement).to.equal(el.tabs[0]);
    });

    it('tabs from the selected tab into its panel', async () => {
      const el = await pupil();
      el.tabs[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.panels[0]);
    });
  });

  describe('with the pointer', () => {
    it('shows a clicked tab and ignores a disabled one', async () => {
      const el = await pupil();
      setTimeout(() => {
        el.tabs[1].click();
      });
      const event = await oneEvent<D1TabChangeEvent>(el, D1TabChangeEvent.type);
      expect(event.panel).to.equal('absences');
      el.tabs[2].click();
      await el.updateComplete;
      expect(el.active).to.equal('absences');
      expect(visible(el)).to.deep.equal(['absences']);
    });
  });

  describe('show()', () => {
    it('selects a panel without firing d1-tab-change', async () => {
      const el = await pupil();
      let changes = 0;
      el.addEventListener(D1TabChangeEvent.type, () => changes++);
      el.show('messages');
      await el.updateComplete;
      expect(selected(el)).to.equal(el.tabs[3]);
      expect(visible(el)).to.deep.equal(['messages']);
      expect(changes).to.equal(0);
    });
  });

  describe('when tabs are added later', () => {
    it('wires the new tab and panel', async () => {
      const el = await pupil();
      const tab = document.createElement('d1-tab');
      tab.slot = 'nav';
      tab.panel = 'notes';
      tab.textContent = 'Muistiinpanot';
      const panel = document.createElement('d1-tab-panel');
      panel.name = 'notes';
      panel.textContent = 'Ei muistiinpanoja.';
      el.append(tab, panel);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(tab.getAttribute('aria-controls')).to.equal(panel.id);
      expect(panel.hidden).to.equal(true);
      el.show('notes');
      await el.updateComplete;
      expect(panel.hidden).to.equal(false);
      expect(tab.getAttribute('aria-selected')).to.equal('true');
    });
  });
});
