import { expect } from '@open-wc/testing';
import { localization } from '@digione/components/localization';
import type { D1ShellDiagnostics } from './diagnostics.js';
import { HOSTILE, page, root, text, LOADED, SKIPPED, resetLocale } from './page-test-support.js';

describe('d1-shell-diagnostics', () => {
  afterEach(resetLocale);

  it('says so when nothing runs and nothing was skipped', async () => {
    const el: D1ShellDiagnostics = await page('d1-shell-diagnostics');
    expect(root(el).querySelector('table')).to.equal(null);
    expect(text(root(el).querySelector('[data-testid="no-loaded"]'))).to.contain(
      'Yhtään sovellusta ei ole käytössä',
    );
    expect(text(root(el).querySelector('[data-testid="no-skipped"]'))).to.contain(
      'läpäisivät tarkistuksen',
    );
    await localization().setLocale('sv');
    await el.updateComplete;
    expect(text(root(el).querySelector('[data-testid="no-loaded"]'))).not.to.contain('Yhtään');
  });

  it('lists the apps that run in a table', async () => {
    const el: D1ShellDiagnostics = await page('d1-shell-diagnostics');
    el.loaded = LOADED;
    await el.updateComplete;
    const table = root(el).querySelector('table')!;
    expect([...table.querySelectorAll('th')].map(text)).to.deep.equal([
      'Tunnus',
      'Nimi',
      'Versio',
      'Eristys',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map(text),
    );
    expect(rows).to.deep.equal([
      ['timetable', 'Lukujärjestys', '2.3.1', 'moduuli (samalla sivulla)'],
      ['well-being', `Hyvinvointi ${HOSTILE}`, 'ei tiedossa', 'iframe (eristetty)'],
    ]);
    expect(table.querySelector('img')).to.equal(null);
    expect(text(root(el).querySelector('[data-testid="loaded-count"]'))).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it("shows each app's version, or says it is not known, in every language", async () => {
    const el: D1ShellDiagnostics = await page('d1-shell-diagnostics');
    el.loaded = LOADED;
    await el.updateComplete;
    const versions = (): (string | undefined)[][] => [
      [...root(el).querySelectorAll('th')].map(text).slice(2, 3),
      [...root(el).querySelectorAll('tbody tr')].map((tr) => text(tr.children[2])),
    ];
    expect(versions()).to.deep.equal([['Versio'], ['2.3.1', 'ei tiedossa']]);
    await localization().setLocale('sv');
    await el.updateComplete;
    expect(versions()).to.deep.equal([['Version'], ['2.3.1', 'okänd']]);
    await localization().setLocale('en');
    await el.updateComplete;
    expect(versions()).to.deep.equal([['Version'], ['2.3.1', 'unknown']]);
    await expect(el).to.be.accessible();
  });

  it('lists each skipped app by id or registry position, with every error path and message', async () => {
    const el: D1ShellDiagnostics = await page('d1-shell-diagnostics');
    el.skipped = SKIPPED;
    await el.updateComplete;
    const apps = [...root(el).querySelectorAll('[data-testid="skipped-app"]')];
    expect(apps.map((app) => text(app.querySelector('h3')))).to.deep.equal(['messages', '#3']);
    expect(apps[0].querySelector('h3 code')).not.to.equal(null);
    const errors = [...apps[0].querySelectorAll('.errors li')];
    expect(errors.map((li) => text(li.querySelector('code')))).to.deep.equal([
      '[1].nav[0].label.sv',
      '[1].entry',
    ]);
    expect(text(errors[0].querySelector('[lang="en"]'))).to.equal(
      'Give the nav label in Swedish (sv).',
    );
    expect(text(apps[1].querySelector('.errors code'))).to.equal('[3]');
    expect(text(apps[1].querySelector('.errors [lang="en"]'))).to.equal(HOSTILE);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(root(el).querySelector('[data-testid="skipped-count"]'))).to.equal('2');
    await expect(el).to.be.accessible();
  });
});
