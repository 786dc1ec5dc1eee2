/**
 * @digione/sdk/testing: the conformance kit. Mount an app in a test with a controllable shell
 * context (`mountApp`), and check it against the DigiOne contract before it goes live
 * (`checkConformance` + `expectConformance`): every check in CONFORMANCE_CHECK_DESCRIPTIONS, each
 * within its time limit, and a report (`conformanceReportDocument`) that the `digioneTestRunner()`
 * preset of `@digione/sdk/test-runner` writes to `conformance-report.json`.
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
  TestAppProps,
  TestLifecycle,
  TestLifecycles,
} from './mount.js';
export { fakeApi } from './fake-api.js';
export type { ApiCall, ApiAnswer, ApiHandler, FakeApi } from './fake-api.js';
export { checkConformance, expectConformance, ConformanceError } from './conformance.js';
export type { ConformanceOptions, MountErrorProbe, SkippableCheckId } from './conformance.js';
export {
  CONFORMANCE_CHECKS,
  CONFORMANCE_CHECK_DESCRIPTIONS,
  DEFAULT_TIME_LIMITS,
} from './checks.js';
export type { ConformanceCheckId, ConformanceTimeLimits } from './checks.js';
export { conformanceReportDocument, CONFORMANCE_REPORT_SCHEMA_ID } from './report.js';
export type { ConformanceCheck, ConformanceReport, ConformanceReportDocument } from './report.js';
