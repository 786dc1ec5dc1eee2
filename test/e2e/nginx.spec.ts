/**
 * docs/deploy/nginx.conf as an operator installs it, run by a real nginx: the documented file with
 * only its machine-specific paths and ports swapped for a test prefix (a self-signed certificate,
 * ports of 127.0.0.1, the shell's production build as `root`, the policy generated as the deploy
 * step generates it). It must load (`nginx -t`, also on Debian 12's nginx 1.22), redirect plain
 * http to the configured name (never to the Host a client sent), keep source maps to itself, send
 * the security headers, and have a browser report a violation to the collector config.json names
 * (`report-to` over https, through the Reporting API; an operator's collector on another origin
 * answers the browser's CORS preflight).
 *
 * The same nginx, started the same way (support/nginx.ts), serves the portal in every end-to-end
 * test of the production build; here the file itself is checked, and that a changed deployment is
 * served once nginx has reloaded.
 *
 * nginx must be installed (`.ci/run` installs it: `apt-get install nginx`); `NGINX` names its
 * executable when it is not on the usual paths.
 */
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  test,
  expect,
  request as playwrightRequest,
  type APIRequestContext,
} from '@playwright/test';
import { productionHeaders } from '../../shell/scripts/csp.js';
import type { CspReport } from '../../shell/scripts/csp-reports.js';
import { takeCspReports } from '../../shell/scripts/endpoints.js';
import { listen, stopServer } from '../../shell/scripts/http-files.js';
import { chromiumArgs, findChromium } from '../support/browser.mjs';
import { SHELL_BUILD } from './support/shell-build.js';
import {
  confForTest,
  DOCUMENTED_CONF,
  prepareNginx,
  SERVER_NAME,
  type Nginx,
} from './support/nginx.js';

// The page and the report collector are served over https with the test's own certificate, which
// the browser's report uploads must accept too (the context's ignoreHTTPSErrors covers the page
// only). Chromium sends Reporting API reports in batches a minute apart; the flag makes it 100 ms,
// and only the whole browser reads it.
test.use({
  ignoreHTTPSErrors: true,
  launchOptions: {
    executablePath: findChromium({ whole: true }),
    args: [...chromiumArgs(), '--ignore-certificate-errors', '--short-reporting-delay'],
  },
});

/** A deployment of the test: its /config.json names the CSP report collector on `collector`. */
function deployment(collector: string): unknown {
  return {
    auth: { authority: 'https://idp.example.fi', clientId: 'digione-portal' },
    registry: '/registry.json',
    cspReports: `${collector}/csp`,
  };
}

/**
 * An operator's report collector on an origin of its own, over https: browsers ask it first
 * whether the portal may send (CORS preflight, as `Content-Type: application/reports+json`
 * needs), then post; it keeps what the development server's collector keeps (endpoints.ts).
 */
function collector(certificate: string, key: string, reports: CspReport[]): HttpsServer {
  return createHttpsServer({ cert: certificate, key }, (req, res) => {
    res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'POST');
      res.setHeader('access-control-allow-headers', 'content-type');
      res.statusCode = 204;
      res.end();
      return;
    }
    void takeCspReports(req, res, (report) => reports.push(report));
  });
}

/** One plain-http GET with the headers given (the Host among them), without following redirects. */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
    })
      .on('error', reject)
      .end();
  });
}

test.describe('docs/deploy/nginx.conf', () => {
  let server: Nginx;
  let https: APIRequestContext;
  let reports: HttpsServer;
  let reportsOrigin: string;
  const received: CspReport[] = [];

  test.beforeAll(async () => {
    server = await prepareNginx(SHELL_BUILD);
    reports = collector(server.certificate.cert, server.certificate.key, received);
    reportsOrigin = (await listen(reports)).replace(/^http:/, 'https:');

    // The operator's files: config.json and registry.json beside the build, and the policy.
    const config = deployment(reportsOrigin);
    const html = readFileSync(join(SHELL_BUILD, 'index.html'), 'utf8');
    await server.deploy({
      files: { 'config.json': JSON.stringify(config), 'registry.json': '[]' },
      policy: productionHeaders(html, {
        config,
        registry: [],
        portalOrigin: `https://${SERVER_NAME}`,
      }),
    });
    https = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
  });

  test.afterAll(async () => {
    await https.dispose();
    await stopServer(reports);
    await server.stop();
  });

  test('the documented configuration loads (nginx -t)', () => {
    const check = server.check();
    expect(check.output).toContain('test is successful');
    expect(check.status).toBe(0);
  });

  test('only the machine-specific directives differ from the documented file', () => {
    const documented = readFileSync(DOCUMENTED_CONF, 'utf8');
    const served = confForTest(documented, '/tmp/prefix', { http: 8080, https: 8443 });
    const only = (text: string, other: string): string[] =>
      text
        .split('\n')
        .filter((line) => !other.split('\n').includes(line))
        .map((line) => line.trim())
        .filter((line) => !line.startsWith('#'));
    expect(only(documented, served)).toEqual([
      'listen 80;',
      'listen [::]:80;',
      'listen 443 ssl http2;',
      'listen [::]:443 ssl http2;',
      'ssl_certificate     /etc/ssl/digione/fullchain.pem;',
      'ssl_certificate_key /etc/ssl/digione/privkey.pem;',
      'root /srv/digione/portal;',
      'include /etc/nginx/digione/csp.conf;',
    ]);
    expect(only(served, documented)).toEqual([
      'listen 127.0.0.1:8080;',
      'listen 127.0.0.1:8443 ssl http2;',
      'ssl_certificate     /tmp/prefix/ssl/fullchain.pem;',
      'ssl_certificate_key /tmp/prefix/ssl/privkey.pem;',
      'root /tmp/prefix/portal;',
      'include /tmp/prefix/digione/csp.conf;',
    ]);
  });

  test.describe('running', () => {
    test.beforeAll(async () => {
      await server.start();
    });

    test('plain http redirects to the configured name, never to the Host a client sent', async () => {
      const answer = await get(`${server.httpOrigin}/lukujarjestys?viikko=12`, {
        host: 'attacker.example',
      });
      expect(answer.status).toBe(301);
      expect(answer.location).toBe(`https://${SERVER_NAME}/lukujarjestys?viikko=12`);
    });

    test('source maps are not served; the code is, with the security headers', async () => {
      const origin = server.origin;
      const page = await https.get(`${origin}/lukujarjestys`);
      expect(page.status()).toBe(200);
      expect(page.headers()['content-security-policy']).toContain(
        "require-trusted-types-for 'script'",
      );
      expect(page.headers()['x-frame-options']).toBe('DENY');
      const [, script = ''] =
        /<script type="module"[^>]*\bsrc="([^"]+)"/.exec(await page.text()) ?? [];
      const code = await https.get(`${origin}${script}`);
      expect(code.status()).toBe(200);
      expect(code.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      const map = await https.get(`${origin}${script}.map`);
      expect(map.status()).toBe(404);
      // The security headers come with the refusal too.
      expect(map.headers()['x-content-type-options']).toBe('nosniff');
      expect((await https.get(`${origin}/config.json`)).status()).toBe(200);
    });

    test('the generated policy reports violations to the endpoint config.json names', async ({
      page,
    }) => {
      const origin = server.origin;
      const response = await https.get(`${origin}/`);
      const policy = response.headers()['content-security-policy'] ?? '';
      const endpoint = `${reportsOrigin}/csp`;
      expect(policy.split('; ')).toEqual(
        expect.arrayContaining([
          "require-trusted-types-for 'script'",
          `report-uri ${endpoint}`,
          'report-to csp',
        ]),
      );
      expect(response.headers()['reporting-endpoints']).toBe(`csp="${endpoint}"`);

      // A Trusted Types violation in the page, with something personal in the page's address.
      await page.goto(`${origin}/palaute?aihe=010101A123X#salainen-kohta`);
      const refused = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<img src="x" alt="010101A123X">';
          return '';
        } catch (error) {
          return error instanceof Error ? error.name : String(error);
        }
      });
      expect(refused).toBe('TypeError');
      await expect
        .poll(() => received)
        .toContainEqual(
          expect.objectContaining({
            documentURL: `${origin}/palaute`,
            effectiveDirective: 'require-trusted-types-for',
            blockedURL: 'trusted-types-sink',
          }),
        );
      expect(JSON.stringify(received)).not.toMatch(/010101A123X|salainen-kohta|\?|#/);
    });

    test('a deployment changed as an operator changes it is served once nginx has reloaded', async () => {
      const origin = server.origin;
      const before = await https.get(`${origin}/`);
      const html = readFileSync(join(SHELL_BUILD, 'index.html'), 'utf8');
      const config = { ...(deployment(reportsOrigin) as object), cspReports: '/uusi-keraaja' };
      await server.deploy({
        files: { 'config.json': JSON.stringify(config) },
        policy: productionHeaders(html, {
          config,
          registry: [],
          portalOrigin: `https://${SERVER_NAME}`,
        }),
      });
      // Every response after the reload has the new policy, on new connections and old alike.
      const after = await https.get(`${origin}/`);
      expect(after.headers()['content-security-policy']).toContain('report-uri /uusi-keraaja');
      expect(after.headers()['content-security-policy']).not.toBe(
        before.headers()['content-security-policy'],
      );
      expect(await (await https.get(`${origin}/config.json`)).json()).toEqual(config);
    });
  });
});
