/**
 * The Assessment app in a test shell: the DigiOne contract as a teacher and as a principal see it,
 * and the view when no school is chosen. The teacher's view is tested in
 * assessment-teacher.test.ts, the principal's in assessment-principal.test.ts; the fake API, test
 * people and helpers are in test-fixtures.ts.
 */
import { expect } from '@open-wc/testing';
import { checkConformance, deepText, expectConformance } from '@digione/sdk/testing';
import { localization } from '@digione/components/localization';
import assessment from './index.js';
import {
  BASE,
  PRINCIPAL_OPTIONS,
  TEACHER,
  TEACHER_OPTIONS,
  appRoot,
  cleanUp,
  mount,
  useApi,
} from './test-fixtures.js';
import { waitFor } from '../../../test/support/unit-wait.js';

afterEach(async () => {
  await cleanUp();
  await localization().setLocale('fi');
});

describe('the Assessment app', () => {
  for (const [person, options, expectText] of [
    [
      'a teacher',
      TEACHER_OPTIONS,
      {
        fi: 'Opetusryhmien arviointi',
        sv: 'Bedömning av undervisningsgrupper',
        en: 'Assessing teaching groups',
      },
    ],
    [
      'a principal',
      PRINCIPAL_OPTIONS,
      {
        fi: 'Arviointien eteneminen ryhmittäin',
        sv: 'Bedömningarnas framsteg per grupp',
        en: 'Assessment progress by group',
      },
    ],
  ] as const) {
    it(`meets the DigiOne contract as ${person} sees it`, async () => {
      useApi();
      expectConformance(await checkConformance(assessment, { ...options, expectText }));
    });
  }

  describe('when no school is chosen', () => {
    it('asks the person to choose one, and calls no API', async () => {
      const { app, calls } = await mount({ ...BASE, user: TEACHER, actingAs: null });
      await waitFor(() => deepText(appRoot(app)).includes('Valitse koulu'), 'asked to choose');
      expect(calls).to.have.length(0);
      await expect(app.container).to.be.accessible();
    });
  });
});
