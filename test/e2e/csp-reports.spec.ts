/**
 * Violations of the portal's Content-Security-Policy are reported to the endpoint `/config.json`
 * names (`cspReports`). The development server serves plain http, where the policy reports by
 * `report-uri` alone (Chromium reads `Reporting-Endpoints` only over https, and ignores
 * `report-uri` beside `report-to`: see shell/scripts/csp.ts), to its own `/api/csp-reports`. The
 * production build is served by nginx over https, where the policy reports through the Reporting
 * API (`report-to`) to a collector on an origin of its own (support/app-host.ts), which answers the
 * browser's CORS preflight. A test breaks the policy in the browser — HTML written to an injection
 * sink under Trusted Types, an image from an origin the policy does not name — and waits for the
 * reports to arrive, with nothing of the page's query or fragment in them.
 */
import { test, expect, type Page } from '@playwright/test';
import { CSP_REPORTS_PATH, type CspReport } from '../../shell/scripts/csp-reports.js';
import { chromiumArgs, findChromium } from '../support/browser.mjs';
import { startStack, type Stack } from './support/stack.js';
import { openSignedIn } from './support/sign-in.js';

// Chromium sends Reporting API reports in batches a minute apart; the flag makes it 100 ms, and
// only the whole browser reads it. The reports go over https to the collector beside nginx, which
// has the test's certificate: the browser's uploads must accept it too (the context's
// ignoreHTTPSErrors covers the page only).
test.use({
  launchOptions: {
    executablePath: findChromium({ whole: true }),
    args: [...chromiumArgs(), '--ignore-certificate-errors', '--short-reporting-delay'],
  },
});

/** A deep link with something personal in its query and fragment, as a page's URL may have. */
const PRIVATE = '/palaute?aihe=010101A123X#salainen-kohta';

/** Breaks the policy twice in the page: Trusted Types, and an image from an unnamed origin. */
async function violate(page: Page): Promise<void> {
  const refused = await page.evaluate(() => {
    const target = document.createElement('div');
    let thrown = '';
    try {
      target.innerHTML = '<img src="x" alt="010101A123X">';
    } catch (error) {
      thrown = error instanceof Error ? error.name : String(error);
    }
    const image = new Image();
    image.src = 'http://127.0.0.2:9/kuva.png?henkilo=010101A123X';
    return thrown;
  });
  // Trusted Types refuses the string: it never reaches the DOM.
  expect(refused).toBe('TypeError');
}

for (const server of ['production', 'development'] as const) {
  test.describe(`from the ${server} server`, () => {
    const reports: CspReport[] = [];
    let stack: Stack;
    test.beforeAll(async () => {
      stack = await startStack({ server, cspReports: reports });
    });
    test.afterAll(async () => {
      await stack.stop();
    });

    test('the policy reports to the endpoint /config.json names', async ({ request }) => {
      const response = await request.get(`${stack.portal.origin}/palaute`, {
        headers: { accept: 'text/html' },
      });
      const policy = response.headers()['content-security-policy'] ?? '';
      const directives = new Map(
        policy.split(/;\s*/).map((part) => {
          const [name = '', ...values] = part.split(/\s+/);
          return [name, values];
        }),
      );
      expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
      if (server === 'development') {
        expect(directives.get('report-uri')).toEqual([CSP_REPORTS_PATH]);
        // Over plain http: report-to would silence report-uri in Chromium and report nothing.
        expect(directives.has('report-to')).toBe(false);
        expect(response.headers()['reporting-endpoints']).toBeUndefined();
      } else {
        // Over https: the Reporting API, and report-uri for browsers without it.
        expect(directives.get('report-uri')).toEqual([stack.endpoints.cspReports]);
        expect(directives.get('report-to')).toEqual(['csp']);
        expect(response.headers()['reporting-endpoints']).toBe(
          `csp="${stack.endpoints.cspReports}"`,
        );
      }
    });

    test('violations in the page arrive at the collector, without the page’s query or fragment', async ({
      page,
    }) => {
      reports.length = 0;
      await openSignedIn(page, stack.portal.origin, 'teacher', PRIVATE);
      await violate(page);
      const page_ = `${stack.portal.origin}/palaute`;
      await expect
        .poll(() => reports)
        .toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              documentURL: page_,
              effectiveDirective: 'require-trusted-types-for',
              blockedURL: 'trusted-types-sink',
            }),
            expect.objectContaining({
              documentURL: page_,
              effectiveDirective: 'img-src',
              blockedURL: 'http://127.0.0.2:9/kuva.png',
            }),
          ]),
        );
      const stored = JSON.stringify(reports);
      for (const secret of ['010101A123X', 'salainen-kohta', '?', '#']) {
        expect(stored).not.toContain(secret);
      }
    });

    test('the collector takes only reports, and only small ones', async ({ request }) => {
      const url = stack.endpoints.cspReports;
      const report = {
        'csp-report': {
          'document-uri': `${stack.portal.origin}/?q=1`,
          'blocked-uri': 'inline',
          'effective-directive': 'script-src-elem',
          disposition: 'enforce',
        },
      };
      const json = await request.post(url, {
        headers: { 'content-type': 'application/json' },
        data: JSON.stringify(report),
      });
      expect(json.status()).toBe(415);
      const large = await request.post(url, {
        headers: { 'content-type': 'application/csp-report' },
        data: JSON.stringify({ 'csp-report': { ...report['csp-report'], x: 'a'.repeat(65_536) } }),
      });
      expect(large.status()).toBe(413);
      const before = reports.length;
      const taken = await request.post(url, {
        headers: { 'content-type': 'application/csp-report' },
        data: JSON.stringify(report),
      });
      expect(taken.status()).toBe(204);
      expect(reports.slice(before)).toContainEqual({
        documentURL: `${stack.portal.origin}/`,
        blockedURL: 'inline',
        effectiveDirective: 'script-src-elem',
        disposition: 'enforce',
      });
    });
  });
}
