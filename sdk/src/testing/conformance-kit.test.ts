// The conformance kit as a vendor meets it: every check on by default, each explained within the
// default mocha timeout, a documented list of checks, and the report's fields.
import { expect } from '@open-wc/testing';
import { defineMicroApp } from '@digione/sdk';
import {
  CONFORMANCE_CHECKS,
  CONFORMANCE_CHECK_DESCRIPTIONS,
  CONFORMANCE_REPORT_SCHEMA_ID,
  ConformanceError,
  checkConformance,
  conformanceReportDocument,
  expectConformance,
} from '@digione/sdk/testing';
import {
  TITLES,
  goodNeutralApp,
  swallowsMountErrorApp,
  unreportedMountErrorApp,
} from './fixtures/apps.js';
import { failed, messageOf } from './fixtures/reports.js';
import { CONTRACT_VERSION } from '../contract.js';
import { TEST_TIMEOUT_MS } from '../../test-runner/timeout.mjs';

const WRONG_ENGLISH = { ...TITLES, en: 'Timetabel' };

describe('the conformance kit', () => {
  describe("when an app shows a wrong English string, in a test with the preset's timeout", () => {
    it("fails with the kit's explanation before the runner's timeout", async function () {
      // The preset's test timeout: were the kit slower than it, this test would fail on it.
      this.timeout(TEST_TIMEOUT_MS);
      let error: unknown;
      try {
        expectConformance(await checkConformance(goodNeutralApp(), { expectText: WRONG_ENGLISH }));
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ConformanceError);
      const message = (error as Error).message;
      expect(message).to.contain('✗ locale-switch');
      expect(message).to.contain(
        'after switching to "en" it did not show "Timetabel" within 4000 ms; it shows "Timetable"',
      );
    });
  });

  describe('when a step runs out of its time limit', () => {
    it('names the limit and how to raise it', async () => {
      const hangs = defineMicroApp({
        mount: () => new Promise<void>(() => undefined),
        unmount: () => undefined,
      });
      const report = await checkConformance(hangs, {
        expectText: TITLES,
        timeLimits: { mount: 100 },
      });
      expect(failed(report)).to.include('mount');
      expect(messageOf(report, 'mount')).to.contain(
        'did not finish: its time limit (timeLimits.mount, 100 ms) ran out',
      );
    });

    it('refuses a limit that is not a positive number, naming it', async () => {
      let error: unknown;
      try {
        await checkConformance(goodNeutralApp(), { expectText: TITLES, timeLimits: { total: 0 } });
      } catch (e) {
        error = e;
      }
      expect((error as Error).message).to.equal(
        'checkConformance: timeLimits.total must be a positive number of milliseconds; got 0.',
      );
    });
  });

  describe('with no options but the texts', () => {
    it('runs every check, the mount-error one included', async () => {
      const report = await checkConformance(goodNeutralApp(), { expectText: TITLES });
      expect(report.checks.map((c) => c.id)).to.deep.equal([...CONFORMANCE_CHECKS]);
      expect(report.checks.filter((c) => c.skipped !== undefined)).to.deep.equal([]);
    });

    it('catches an app that swallows an error in mount', async () => {
      const report = await checkConformance(swallowsMountErrorApp(), { expectText: TITLES });
      expect(failed(report)).to.deep.equal(['mount-error-reported']);
      expect(messageOf(report, 'mount-error-reported')).to.contain('swallowed the error');
    });

    it('accepts a mount that rejects without reporting: the shell shows and logs the error', async () => {
      // As an app built with single-spa's own helpers does (single-spa-vue rejects its mount).
      const report = await checkConformance(unreportedMountErrorApp(), { expectText: TITLES });
      expect(failed(report)).to.deep.equal([]);
      expect(messageOf(report, 'mount-error-reported')).to.contain('mount rejected');
    });
  });

  describe('when a check is turned off', () => {
    it('is skipped with the reason, printed in the report', async () => {
      const report = await checkConformance(goodNeutralApp(), {
        expectText: TITLES,
        skip: { 'mount-time': 'measured in our own performance test' },
      });
      const check = report.checks.find((c) => c.id === 'mount-time');
      expect(check).to.include({ ok: true, skipped: 'measured in our own performance test' });
      expect(check?.message).to.equal('Turned off: measured in our own performance test');
    });

    it('refuses a skip without a reason', async () => {
      let error: unknown;
      try {
        await checkConformance(goodNeutralApp(), {
          expectText: TITLES,
          skip: { accessibility: ' ' },
        });
      } catch (e) {
        error = e;
      }
      expect((error as Error).message).to.contain(
        'skip["accessibility"] must be the reason the check is turned off',
      );
    });
  });

  describe('CONFORMANCE_CHECK_DESCRIPTIONS', () => {
    it('describes every check in one line', () => {
      expect(Object.keys(CONFORMANCE_CHECK_DESCRIPTIONS)).to.deep.equal([...CONFORMANCE_CHECKS]);
      for (const line of Object.values(CONFORMANCE_CHECK_DESCRIPTIONS)) {
        expect(line).to.match(/^[A-Za-z].{20,200}\.$/);
        expect(line).not.to.contain('\n');
      }
    });
  });

  describe('the report', () => {
    it("names the app, the SDK, the contract, the browser, the date and each check's time", async () => {
      const report = await checkConformance(goodNeutralApp(), {
        expectText: TITLES,
        manifest: {
          id: 'acme-timetable',
          roles: ['teacher'],
          context: { user: ['givenName'], actingAs: false },
          version: '2.3.1',
          contract: '^1.0.0',
        },
        reportFile: false,
      });
      const document = conformanceReportDocument(report);
      expect(document.$schema).to.equal(CONFORMANCE_REPORT_SCHEMA_ID);
      expect(document.app).to.deep.equal({
        id: 'acme-timetable',
        version: '2.3.1',
        contract: '^1.0.0',
      });
      expect(document.sdk.version).to.match(/^\d+\.\d+\.\d+/);
      expect(document.sdk.contractVersion).to.equal(CONTRACT_VERSION);
      expect(document.browser.userAgent).to.equal(navigator.userAgent);
      expect(Date.now() - Date.parse(document.date)).to.be.within(0, 60_000);
      expect(document.mountMs).to.be.a('number');
      expect(document.checks.map((c) => c.id)).to.deep.equal([...CONFORMANCE_CHECKS]);
      for (const check of document.checks) {
        expect(check.durationMs).to.be.a('number').and.at.least(0);
        expect(check.skipped).to.equal(null);
      }
      expect(JSON.parse(JSON.stringify(document))).to.deep.equal(document);
    });

    it('asked for under a runner with no report plugin, says it could not be written', async () => {
      let error: unknown;
      try {
        await checkConformance(goodNeutralApp(), { expectText: TITLES, reportFile: 'acme.json' });
      } catch (e) {
        error = e;
      }
      expect((error as Error).message).to.contain(
        'checkConformance: the report could not be written to "acme.json"',
      );
    });
  });
});
