/**
 * @digione/sdk/testing: the conformance kit. Mount an app in a test with a controllable shell
 * context (`mountApp`), and check it against the DigiOne contract before it goes live
 * (`checkConformance` + `expectConformance`).
 *
 *   import { checkConformance, expectConformance } from '@digione/sdk/testing';
 *   it('meets the DigiOne contract', async () =>
 *     expectConformance(await checkConformance(app, {
 *       expectText: { fi: 'Lukujärjestys', sv: 'Schema', en: 'Timetable' },
 *     })));
 */
export { mountApp, createTestShell, deepText, TEST_USER } from './mount.js';
export {
  TEST_PEOPLE,
  TEST_PEOPLE_CLAIMS,
  testPerson,
  defaultPersonFor,
  actingAsOf,
} from './people.js';
export type { TestPerson, PersonInPortal } from './people.js';
export type {
  MountManifest,
  MountOptions,
  MountedApp,
  AppRecords,
  TestShell,
  TestLifecycle,
  TestLifecycles,
} from './mount.js';
export { fakeApi } from './fake-api.js';
export type { ApiCall, ApiAnswer, ApiHandler, FakeApi } from './fake-api.js';
export {
  checkConformance,
  expectConformance,
  ConformanceError,
  CONFORMANCE_CHECKS,
} from './conformance.js';
export type {
  ConformanceCheck,
  ConformanceCheckId,
  ConformanceOptions,
  ConformanceReport,
  MountErrorProbe,
} from './conformance.js';
