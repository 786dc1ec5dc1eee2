/**
 * "Poissaolot" in a test shell: the DigiOne contract (conformance), the view when nobody is chosen
 * in acting-as, and what the person is told when the API fails. The guardian's form and list are
 * in absences-guardian.test.ts, the teacher's week in absences-teacher.test.ts; the shared test
 * people, fake API and helpers in test-fixtures.ts. The real API is tested in test/api*.spec.ts and
 * over the iframe bridge in test/frame.spec.ts.
 */
import { expect } from '@open-wc/testing';
import { checkConformance, expectConformance } from '@digione/sdk/testing';
import absences from './index.js';
import {
  AS_AINO,
  AT_LUMIKORPI,
  MIKKO,
  SANNA,
  appRoot,
  baseOptions,
  button,
  cleanUp,
  click,
  mount,
  shows,
  useApi,
  view,
  workingApi,
} from './test-fixtures.js';
import { waitFor } from '../../../test/support/unit-wait.js';

afterEach(cleanUp);

describe('Poissaolot (absences)', () => {
  describe('the DigiOne contract', () => {
    for (const [viewName, person, expectText] of [
      [
        'teacher',
        { user: MIKKO, actingAs: AT_LUMIKORPI },
        { fi: 'Poissa tänään', sv: 'Frånvarande i dag', en: 'Absent today' },
      ],
      [
        'guardian',
        { user: SANNA, actingAs: AS_AINO },
        { fi: 'Ilmoita poissaolo', sv: 'Anmäl frånvaro', en: 'Report an absence' },
      ],
    ] as const) {
      it(`is met by the ${viewName} view`, async () => {
        useApi();
        expectConformance(
          await checkConformance(absences, { ...baseOptions, ...person, expectText }),
        );
      });
    }
  });

  describe('when nobody is chosen in acting-as', () => {
    it('asks the person to choose a child or a school, and api.calls no API', async () => {
      const api = useApi();
      const app = await mount({ user: SANNA, actingAs: null });
      await shows(app, 'Valitse yläpalkista, kenen puolesta toimit');
      expect(api.calls).to.have.length(0);
      await expect(appRoot(app).querySelector('section')).to.be.accessible();
    });
  });

  describe('when the API fails', () => {
    it('says in the person’s language that the session is not accepted (401)', async () => {
      useApi(() => ({ status: 401, body: { error: 'invalid_token' } }));
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
      const working = workingApi();
      useApi((call) => (fail ? { status: 503 } : working(call)));
      const app = await mount({ user: SANNA, actingAs: AS_AINO });
      await shows(app, 'Poissaoloja ei voitu hakea');
      await expect(view(app, 'absences-guardian').host).to.be.accessible();
      fail = false;
      const panel = view(app, 'absences-guardian').querySelector('d1-error-panel')!;
      panel.dispatchEvent(new Event('d1-retry'));
      await shows(app, 'Perheen matka Ouluun');
    });

    it('treats an unreachable API as a connection problem', async () => {
      useApi(() => 'network-error');
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Yhteys Poissaolot-palveluun ei onnistunut');
    });

    it('offers no retry when the person may not see the absences (403)', async () => {
      useApi(() => ({ status: 403, body: { error: 'forbidden' } }));
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Ei oikeutta näihin poissaoloihin');
      const panel = view(app, 'absences-teacher').querySelector('d1-error-panel')!;
      expect(panel.hasAttribute('no-retry')).to.equal(true);
    });

    it('tells the teacher when an acknowledgement fails', async () => {
      const working = workingApi();
      useApi((call) =>
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
