import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/define';
import { defineShellElements } from '../portal/define.js';
import { testApp } from '../apps/test-manifests.js';
import { homeTiles, localized, navEntries, slotWidgets, switcherApps } from './app-views.js';
import type { D1ShellAppStatus } from './app-status.js';
import type { D1ShellConfirm } from './confirm-dialog.js';
import type { D1ShellNav, NavItem } from './nav.js';

defineShellElements();

const timetable = testApp('timetable', ['learner'], {
  nav: [
    { path: '/timetable', label: { fi: 'Lukujärjestys', sv: 'Schema' }, order: 20 },
    { path: '/timetable/exams', label: { fi: 'Kokeet', sv: 'Prov', en: 'Exams' }, order: 10 },
  ],
  widgets: [
    { id: 'next', element: 'acme-next', slot: 'home', name: { fi: 'Seuraava', sv: 'Nästa' } },
    { id: 'side', element: 'acme-side', slot: 'sidebar', name: { fi: 'Sivu', sv: 'Sida' } },
  ],
});
const messages = testApp('messages', ['learner'], { isolation: 'iframe' });

describe('what the frame shows of the apps', () => {
  it("orders navigation entries by order, then label, in the person's language", () => {
    const items = navEntries([messages, timetable], 'en');
    expect(items.map((i) => i.label)).to.deep.equal(['Exams', 'Lukujärjestys', 'App messages']);
    // A label missing in English falls back to Finnish, marked as Finnish.
    expect(items[1]).to.deep.include({ lang: 'fi', href: '/timetable' });
  });

  it("puts an app's published count on its first entry only, and none for 0", () => {
    const items = navEntries([messages, timetable], 'fi', new Map([['timetable', 4]]));
    expect(items.map((i) => i.badge)).to.deep.equal([undefined, 4, undefined]);
    const none = navEntries([timetable], 'fi', new Map([['timetable', 0]]));
    expect(none.every((i) => i.badge === undefined)).to.equal(true);
  });

  it('gives tiles and the app switcher the name and first entry of each app', () => {
    expect(homeTiles([timetable], 'sv')[0]).to.deep.include({
      name: 'App timetable',
      href: '/timetable',
    });
    expect(switcherApps([timetable], 'fi')[0]).to.deep.include({ id: 'timetable', icon: 'apps' });
    expect(localized({ fi: 'Hei', sv: 'Hej' }, 'en')).to.deep.equal({ text: 'Hei', lang: 'fi' });
  });

  it("lists a slot's widgets of module apps only", () => {
    const widgets = slotWidgets([timetable, messages], 'home', 'fi');
    expect(widgets.map((w) => `${w.appId}:${w.widget.id}`)).to.deep.equal(['timetable:next']);
  });
});

describe('<d1-shell-nav>', () => {
  const items: NavItem[] = [
    { href: '/', label: 'Etusivu', icon: 'home' },
    { href: '/timetable', label: 'Lukujärjestys' },
    { href: '/timetable/exams', label: 'Kokeet' },
  ];

  it('marks the most specific link of the current page', async () => {
    const el = await fixture<D1ShellNav>(
      html`<d1-shell-nav .items=${items} path="/timetable/exams/3"></d1-shell-nav>`,
    );
    const current = el.shadowRoot?.querySelectorAll('a[aria-current="page"]');
    expect(current?.length).to.equal(1);
    expect(current?.item(0).textContent.trim()).to.equal('Kokeet');
    el.path = '/';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('a[aria-current="page"]')?.textContent.trim()).to.equal(
      'Etusivu',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a count beside its link, spoken with what it means', async () => {
    const el = await fixture<D1ShellNav>(
      html`<d1-shell-nav .items=${[items[0], { ...items[1], badge: 3 }]} path="/"></d1-shell-nav>`,
    );
    const badges = el.shadowRoot?.querySelectorAll('d1-badge');
    expect(badges?.length).to.equal(1);
    const badge = badges?.item(0);
    expect(badge?.closest('a')?.getAttribute('href')).to.equal('/timetable');
    expect(badge?.getAttribute('label')).to.equal('3 uutta');
    await expect(el).to.be.accessible();
  });

  it('folds behind a disclosure button that says whether it is open', async () => {
    const el = await fixture<D1ShellNav>(
      html`<d1-shell-nav .items=${items} path="/"></d1-shell-nav>`,
    );
    const toggle = el.shadowRoot?.querySelector('button');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle?.getAttribute('aria-controls')).to.equal('nav-list');
    toggle?.click();
    await el.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    el.path = '/timetable';
    await el.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('<d1-shell-app-status>', () => {
  it('names the app in a heading that is read but not shown while the app runs, and shows loading and failures accessibly', async () => {
    const el = await fixture<D1ShellAppStatus>(
      html`<d1-shell-app-status app-name="Lukujärjestys"></d1-shell-app-status>`,
    );
    const heading = () => el.shadowRoot?.querySelector('h1');
    expect(heading()?.textContent).to.equal('Lukujärjestys');
    expect(heading()?.getBoundingClientRect().width).to.be.at.most(1);
    expect(el.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
    expect(el.focusHeading()).to.equal(true);
    expect(el.shadowRoot?.activeElement).to.equal(heading());
    el.state = { status: 'busy', phase: 'load', attempt: 0 };
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('d1-spinner')?.label).to.equal('Palvelua avataan…');
    await expect(el).to.be.accessible();
    el.state = {
      status: 'failed',
      phase: 'mount',
      error: new Error('boom'),
      timedOut: false,
      attempt: 0,
    };
    await el.updateComplete;
    expect(heading()?.textContent).to.equal('Lukujärjestys');
    expect(heading()?.getBoundingClientRect().width).to.be.greaterThan(1);
    const panel = el.shadowRoot?.querySelector('d1-error-panel');
    expect(panel?.heading).to.equal('Palvelu ei käynnistynyt');
    expect(panel?.details).to.equal('Error: boom');
    await expect(el).to.be.accessible();
    expect(el.focusHeading()).to.equal(true);
  });

  it('keeps focus on its heading while the app goes from loading to running', async () => {
    const el = await fixture<D1ShellAppStatus>(
      html`<d1-shell-app-status app-name="Viestit"></d1-shell-app-status>`,
    );
    el.state = { status: 'busy', phase: 'load', attempt: 0 };
    await el.updateComplete;
    expect(el.focusHeading()).to.equal(true);
    el.state = { status: 'mounted', attempt: 0 };
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement?.textContent).to.equal('Viestit');
  });

  it('shows "loading" for an app opened again only when it has not mounted by the frame after next', async () => {
    const el = await fixture<D1ShellAppStatus>(
      html`<d1-shell-app-status app-name="Viestit"></d1-shell-app-status>`,
    );
    // The spinner's label, or null without one (a string fails readably where an element would not).
    const spinner = () => el.shadowRoot?.querySelector('d1-spinner')?.label ?? null;
    const frames = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await el.updateComplete;
    };
    const mounting = { status: 'busy', phase: 'mount', attempt: 0 } as const;
    const mounted = { status: 'mounted', attempt: 0 } as const;
    // Mounted within the frame: no spinner then, nor when the frames it waited for come.
    el.state = mounting;
    await el.updateComplete;
    expect(spinner()).to.equal(null);
    el.state = mounted;
    await frames(3);
    expect(spinner()).to.equal(null);
    // The next switch waits its own frames (the last one's wait left nothing behind).
    el.state = mounting;
    await el.updateComplete;
    expect(spinner()).to.equal(null);
    await frames(2);
    expect(spinner()).to.equal('Palvelua avataan…');
    await expect(el).to.be.accessible();
    el.state = mounted;
    await el.updateComplete;
    expect(spinner()).to.equal(null);
    // Loading the code shows at once, and stays while the app starts and mounts.
    el.state = { status: 'busy', phase: 'load', attempt: 0 };
    await el.updateComplete;
    expect(spinner()).to.equal('Palvelua avataan…');
    el.state = { status: 'busy', phase: 'bootstrap', attempt: 0 };
    await el.updateComplete;
    el.state = mounting;
    await el.updateComplete;
    expect(spinner()).to.equal('Palvelua avataan…');
  });

  it('has no heading and takes no focus before it knows the app name', async () => {
    const el = await fixture<D1ShellAppStatus>(html`<d1-shell-app-status></d1-shell-app-status>`);
    expect(el.focusHeading()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('explains a time-out and a failed unmount in their own words', async () => {
    const el = await fixture<D1ShellAppStatus>(
      html`<d1-shell-app-status app-name="X"></d1-shell-app-status>`,
    );
    el.state = { status: 'failed', phase: 'load', error: 'x', timedOut: true, attempt: 1 };
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('d1-error-panel')?.heading).to.equal(
      'Palvelu ei vastannut ajoissa',
    );
    el.state = { status: 'failed', phase: 'unmount', error: 'x', timedOut: false, attempt: 1 };
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('d1-error-panel')?.heading).to.equal(
      'Palvelu ei sulkeutunut oikein',
    );
  });
});

describe('<d1-shell-confirm>', () => {
  it('answers true for confirm and false for cancel or Escape, one question at a time', async () => {
    const el = await fixture<D1ShellConfirm>(html`<d1-shell-confirm></d1-shell-confirm>`);
    const first = el.ask({ heading: 'Poistetaanko?', message: 'Viesti poistetaan.', danger: true });
    const second = el.ask({ heading: 'Jatketaanko?', message: 'Toinen kysymys.' });
    await el.updateComplete;
    expect(el.dialog?.label).to.equal('Poistetaanko?');
    await expect(el).to.be.accessible();
    const buttons = () => [...(el.shadowRoot?.querySelectorAll('d1-button') ?? [])];
    buttons()[1]?.click();
    expect(await first).to.equal(true);
    await el.updateComplete;
    expect(el.dialog?.label).to.equal('Jatketaanko?');
    await el.dialog?.updateComplete;
    await sendKeys({ press: 'Escape' });
    expect(await second).to.equal(false);
    expect(el.asking).to.equal(false);
  });
});

describe('<d1-shell-confirm> when an app asks', () => {
  const text = (el: D1ShellConfirm) => el.dialog?.textContent.replace(/\s+/g, ' ') ?? '';
  const sourceLine = (el: D1ShellConfirm) =>
    el.shadowRoot?.querySelector('[data-d1-source]')?.textContent.trim();

  it("shows the app's name with its question, never the shell's own voice, and is accessible", async () => {
    const el = await fixture<D1ShellConfirm>(html`<d1-shell-confirm></d1-shell-confirm>`);
    const answer = el.ask(
      { heading: 'Istunto päättyy', message: 'Kirjaudu uudelleen.' },
      { app: 'Lukujärjestys' },
    );
    await el.updateComplete;
    expect(sourceLine(el)).to.equal('Kysymys palvelusta: Lukujärjestys');
    expect(text(el)).to.contain('Kysymys palvelusta: Lukujärjestys');
    await expect(el).to.be.accessible();
    el.shadowRoot?.querySelector<HTMLElement>('d1-button[data-d1-close="cancel"]')?.click();
    expect(await answer).to.equal(false);
    // The shell's own question names no app.
    const own = el.ask({ heading: 'Poistutaanko?', message: 'Muutokset menetetään.' });
    await el.updateComplete;
    expect(sourceLine(el)).to.equal(undefined);
    el.shadowRoot?.querySelector<HTMLElement>('d1-button[data-d1-close="confirm"]')?.click();
    expect(await own).to.equal(true);
  });

  it('closes the question and answers false when the app goes, waiting or open', async () => {
    const el = await fixture<D1ShellConfirm>(html`<d1-shell-confirm></d1-shell-confirm>`);
    const timetable = new AbortController();
    const messages = new AbortController();
    const open = el.ask(
      { heading: 'Poistetaanko?', message: 'Tehtävä poistetaan.' },
      { app: 'Lukujärjestys', signal: timetable.signal },
    );
    const waiting = el.ask(
      { heading: 'Lähetetäänkö?', message: 'Viesti lähetetään.' },
      { app: 'Viestit', signal: messages.signal },
    );
    const own = el.ask({ heading: 'Poistutaanko?', message: 'Muutokset menetetään.' });
    await el.updateComplete;
    await el.dialog?.updateComplete;
    expect(el.dialog?.open).to.equal(true);
    messages.abort();
    expect(await waiting).to.equal(false);
    const closed = oneEvent(el.dialog!, 'd1-close');
    timetable.abort();
    expect(await open).to.equal(false);
    await closed;
    // The next question (the shell's own) opens in its place; the withdrawn one never does.
    await oneEvent(el.dialog!, 'd1-open');
    expect(el.dialog?.label).to.equal('Poistutaanko?');
    expect(el.dialog?.open).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(await own).to.equal(false);
    expect(el.asking).to.equal(false);
  });

  it('answers false at once for an app that is gone already', async () => {
    const el = await fixture<D1ShellConfirm>(html`<d1-shell-confirm></d1-shell-confirm>`);
    const gone = AbortSignal.abort();
    const answer = el.ask({ heading: 'Poistetaanko?', message: 'x' }, { app: 'X', signal: gone });
    expect(el.asking).to.equal(false);
    expect(await answer).to.equal(false);
  });
});
