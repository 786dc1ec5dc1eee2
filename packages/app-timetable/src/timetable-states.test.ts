// The timetable app when its API refuses or fails, while it loads, with an empty week or hostile
// data, when unmounted mid-request, and its layout from five columns down to 360 px. The shared
// fixtures are in test-fixtures.ts.
import { expect } from '@open-wc/testing';
import { mountApp, type MountedApp } from '@digione/sdk/testing';
import {
  AINO,
  GUARDIAN,
  KIVIMAKI,
  KORHONEN_KIVIMAKI,
  LUMIKORPI,
  PUPIL,
  TEACHER,
  button,
  element,
  json,
  root,
  shell,
  shows,
  text,
  timetable,
  atSchool,
  forChild,
  timetableApi,
  timetableTest,
  waitFor,
  weekBody,
} from './test-fixtures.js';

describe('the timetable app', () => {
  const { api, mount, signals } = timetableTest();

  describe('when the API refuses or fails', () => {
    it('tells that the session is not valid (401), in the chosen language, and retries', async () => {
      api().answer(() => json(401, { error: 'invalid_token' }));
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Istuntosi ei kelpaa lukujärjestyspalvelulle');
      const panel = root(app).querySelector('d1-error-panel');
      expect(panel?.getAttribute('details')).to.equal('HTTP 401 invalid_token');
      app.host.setLocale('sv');
      await shows(app, 'Din session godkänns inte av schematjänsten');
      app.host.setLocale('en');
      await shows(app, 'Your session is not accepted by the timetable service');
      app.host.setLocale('fi');
      await shows(app, 'Istuntosi ei kelpaa');

      api().answer(timetableApi);
      const retry = panel?.shadowRoot?.querySelector<HTMLElement>('[part="retry"]');
      expect(retry, 'the retry button').to.be.instanceOf(HTMLElement);
      retry?.click();
      await shows(app, 'Matematiikka');
      // The first 401 was tried once more with a fresh token; then the person's retry.
      expect(api().calls).to.have.length(3);
      expect(root(app).querySelector('d1-error-panel')).to.equal(null);
    });

    it('treats a token the portal cannot give as an invalid session', async () => {
      const app = await mount({
        user: PUPIL,
        actingAs: atSchool(LUMIKORPI, 'learner'),
        accessToken: () => Promise.reject(new Error('login_required')),
      });
      await shows(app, 'Istuntosi ei kelpaa lukujärjestyspalvelulle');
      expect(api().calls).to.have.length(0);
    });

    it('tells that the school or child is not theirs (403), with nothing to retry', async () => {
      api().answer(() => json(403, { error: 'forbidden' }));
      const app = await mount({ user: GUARDIAN, actingAs: forChild(AINO) });
      await shows(app, 'Ei oikeutta tähän lukujärjestykseen');
      const panel = root(app).querySelector('d1-error-panel');
      expect(panel?.hasAttribute('no-retry')).to.equal(true);
      await expect(element(app)).to.be.accessible();
    });

    it('tells that loading failed on a server error or no connection, and retries', async () => {
      api().answer(() => json(503, { error: 'temporarily_unavailable' }));
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Lukujärjestystä ei voitu ladata');
      expect(root(app).querySelector('d1-error-panel')?.getAttribute('details')).to.equal(
        'HTTP 503 temporarily_unavailable',
      );
      await expect(element(app)).to.be.accessible();

      api().answer(() => Promise.reject(new TypeError('Failed to fetch')));
      root(app)
        .querySelector('d1-error-panel')
        ?.shadowRoot?.querySelector<HTMLElement>('[part="retry"]')
        ?.click();
      await waitFor(() => api().calls.length === 2, 'the week asked for again');
      await shows(app, 'Lukujärjestystä ei voitu ladata');
      await waitFor(
        () =>
          (root(app).querySelector('d1-error-panel')?.getAttribute('details') ?? '').includes(
            'Failed to fetch',
          ),
        'the details of the network failure',
      );
    });

    it('refuses an answer that is not a timetable week', async () => {
      api().answer(() => json(200, { week: '2026-W48', lessons: [{ subject: '<b>x</b>' }] }));
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Lukujärjestystä ei voitu ladata');
      expect(root(app).querySelector('d1-error-panel')?.getAttribute('details')).to.equal(
        '[D1-SDK-182] The answer is not a timetable week.',
      );
    });
  });

  describe('states', () => {
    it('shows a loading state, accessible, until the week arrives', async () => {
      const release = api().hold();
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await waitFor(() => api().calls.length === 1, 'the week asked for');
      const busy = root(app).querySelector('[aria-busy="true"]');
      expect(busy?.querySelectorAll('d1-skeleton').length).to.be.greaterThan(0);
      expect(text(app)).to.contain('Ladataan lukujärjestystä…');
      await expect(element(app)).to.be.accessible();
      release();
      await shows(app, 'Matematiikka');
      expect(root(app).querySelector('[aria-busy="true"]')).to.equal(null);
    });

    it('shows an empty week as such, offering this week', async () => {
      api().answer(({ url }) =>
        json(
          200,
          weekBody(
            url.searchParams.get('week') ?? '',
            {
              view: 'class',
              person: 'Aino Mäkelä',
              group: '7B',
              school: { code: LUMIKORPI.code, name: LUMIKORPI.name },
            },
            [],
          ),
        ),
      );
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Ei oppitunteja tällä viikolla');
      expect(text(app)).not.to.contain('Näytä tämä viikko');
      await expect(element(app)).to.be.accessible();
      button(app, 'Seuraava viikko').click();
      await shows(app, 'Viikko 49');
      await shows(app, 'Näytä tämä viikko');
      const back = root(app).querySelector<HTMLElement>('d1-empty-state d1-button');
      back?.click();
      await shows(app, 'Viikko 48');
      expect(api().lastCall().url.searchParams.get('week')).to.equal('2026-W48');
    });

    it('passes axe with a week of lessons, for a pupil and a teacher', async () => {
      const pupil = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(pupil, 'Matematiikka');
      await expect(element(pupil)).to.be.accessible();
      await pupil.unmount();
      api().answer(({ url }) =>
        json(
          200,
          weekBody(
            url.searchParams.get('week') ?? '',
            {
              view: 'teacher',
              person: 'Mikko Korhonen',
              school: { code: KIVIMAKI.code, name: KIVIMAKI.name },
            },
            KORHONEN_KIVIMAKI,
          ),
        ),
      );
      const teacher = await mount({ user: TEACHER, actingAs: atSchool(KIVIMAKI, 'teacher') });
      await shows(teacher, 'Fysiikka');
      await expect(element(teacher)).to.be.accessible();
    });

    it('never renders data as markup', async () => {
      api().answer(({ url }) => {
        const body = weekBody(
          url.searchParams.get('week') ?? '',
          {
            view: 'class',
            person: '<img src=x onerror=alert(1)>',
            group: '7B',
            school: { code: LUMIKORPI.code, name: LUMIKORPI.name },
          },
          [[0, '08:15', '09:00', 'X', '<b>valinnainen</b>', '<i>A1</i>', 'Opettaja']],
        );
        return json(200, body);
      });
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, '<b>valinnainen</b>');
      expect(root(app).querySelector('img, b, i')).to.equal(null);
      expect(text(app)).to.contain('<img src=x onerror=alert(1)>');
    });

    it('stops its request when it is unmounted', async () => {
      api().answer(() => new Promise<Response>(() => undefined));
      const app = await mountApp(
        timetable,
        shell({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') }),
      );
      await waitFor(() => api().calls.length === 1, 'the week asked for');
      await app.unmount();
      expect(signals()[0]?.aborted).to.equal(true);
    });
  });

  describe('layout', () => {
    async function widthOf(px: number): Promise<MountedApp> {
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      app.container.style.width = `${String(px)}px`;
      await shows(app, 'Matematiikka');
      return app;
    }

    it('puts the five days side by side where there is room', async () => {
      const app = await widthOf(1200);
      const grid = root(app).querySelector('.days');
      if (!grid) throw new Error('no days');
      expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).to.have.length(5);
    });

    it('reflows to one day under another at 360 px, with nothing wider than the screen', async () => {
      const app = await widthOf(360);
      const el = element(app);
      const grid = root(app).querySelector('.days');
      if (!grid) throw new Error('no days');
      expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).to.have.length(1);
      expect(el.scrollWidth).to.be.at.most(360);
      for (const node of root(app).querySelectorAll<HTMLElement>('.day, .lesson, .week-nav')) {
        const box = node.getBoundingClientRect();
        expect(box.right - el.getBoundingClientRect().left, node.className).to.be.at.most(360.5);
      }
      await expect(el).to.be.accessible();
    });
  });
});
