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
 * Skipped only where nginx is not installed (CI installs it: `apt-get install nginx`); `NGINX`
 * names its executable when it is not on the usual paths.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  test,
  expect,
  request as playwrightRequest,
  type APIRequestContext,
} from '@playwright/test';
import { nginxSnippet, productionHeaders } from '../../shell/scripts/csp.js';
import type { CspReport } from '../../shell/scripts/csp-reports.js';
import { takeCspReports } from '../../shell/scripts/endpoints.js';
import { listen, stopServer } from '../../shell/scripts/http-files.js';
import { chromiumArgs, findChromium } from '../support/browser.mjs';
import { SHELL_BUILD } from './support/shell-build.js';
import { freePort } from './support/sandbox.js';

const repo = join(import.meta.dirname, '..', '..');
const DOCUMENTED = join(repo, 'docs', 'deploy', 'nginx.conf');
/** The name the documented file serves, which the plain-http redirect must send people to. */
const SERVER_NAME = 'portal.example.fi';

/** The nginx executable: `NGINX`, else the usual places and the PATH; undefined when absent. */
function findNginx(): string | undefined {
  const candidates = process.env.NGINX
    ? [process.env.NGINX]
    : [
        '/usr/sbin/nginx',
        '/usr/local/sbin/nginx',
        '/usr/local/nginx/sbin/nginx',
        ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
      ];
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const nginx = findNginx();

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

interface Ports {
  readonly http: number;
  readonly https: number;
}

/**
 * The documented file with what belongs to one machine swapped for the test's prefix: ports, the
 * certificate, the generated policy's `include`, `root`. IPv6 `listen` lines are left out (a test
 * machine may have no IPv6). Everything else is the documented text.
 */
function forTest(conf: string, prefix: string, ports: Ports): string {
  const swaps: [RegExp, string][] = [
    [/^\s*listen\s+\[::\]:\d+[^;]*;\n/gm, ''],
    [/\blisten\s+80\b/g, `listen 127.0.0.1:${ports.http}`],
    [/\blisten\s+443\b/g, `listen 127.0.0.1:${ports.https}`],
    [/\/etc\/ssl\/digione\//g, `${prefix}/ssl/`],
    [/\/etc\/nginx\/digione\//g, `${prefix}/digione/`],
    [/^(\s*root\s+)\/srv\/digione\/portal;/gm, `$1${prefix}/portal;`],
  ];
  let result = conf;
  for (const [pattern, replacement] of swaps) {
    expect(result, `nginx.conf has ${String(pattern)}`).toMatch(new RegExp(pattern.source, 'm'));
    result = result.replace(pattern, replacement);
  }
  // Nothing of the documented machine is left outside comments.
  const directives = result.replace(/#.*$/gm, '');
  expect(directives).not.toMatch(/\/etc\/|\/srv\/|\[::\]/);
  return result;
}

/**
 * The `nginx.conf` of the test prefix: the main and events contexts an operator's distribution
 * provides, and the http context the documented file goes into, with temporary files and the pid
 * in the prefix. nginx runs as whoever runs the test (started as root, it would otherwise run its
 * workers as `nobody`, whose group a distribution may not have).
 */
function mainConfig(prefix: string): string {
  return `
pid ${prefix}/nginx.pid;
error_log stderr notice;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
  types {
    text/html html;
    text/css css;
    text/javascript js;
    application/json json map;
    image/svg+xml svg;
  }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  include ${prefix}/conf.d/digione.conf;
}
`;
}

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
  // Skipped only where nginx is absent (a developer's machine without it): CI installs it in
  // .ci/run, so there these tests always run.
  test.skip(
    nginx === undefined,
    'nginx is not installed here (CI installs it: apt-get install nginx; or set NGINX to its path)',
  );

  let prefix: string;
  let ports: Ports;
  let conf: string;
  let server: ChildProcess | undefined;
  let https: APIRequestContext;
  let reports: HttpsServer;
  let reportsOrigin: string;
  const received: CspReport[] = [];

  test.beforeAll(async () => {
    prefix = mkdtempSync(join(tmpdir(), 'digione-nginx-'));
    // nginx's workers read the files: the prefix is not the test's private folder.
    chmodSync(prefix, 0o755);
    for (const dir of ['ssl', 'digione', 'conf.d', 'tmp', 'portal']) {
      mkdirSync(join(prefix, dir));
    }
    const certificate = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${SERVER_NAME}`,
        '-keyout',
        join(prefix, 'ssl', 'privkey.pem'),
        '-out',
        join(prefix, 'ssl', 'fullchain.pem'),
      ],
      { encoding: 'utf8' },
    );
    expect(certificate.status, `openssl makes the test certificate: ${certificate.stderr}`).toBe(0);

    reports = collector(
      readFileSync(join(prefix, 'ssl', 'fullchain.pem'), 'utf8'),
      readFileSync(join(prefix, 'ssl', 'privkey.pem'), 'utf8'),
      received,
    );
    reportsOrigin = (await listen(reports)).replace(/^http:/, 'https:');

    // The operator's files: the build, config.json and registry.json beside it, and the policy.
    const config = deployment(reportsOrigin);
    cpSync(SHELL_BUILD, join(prefix, 'portal'), { recursive: true });
    writeFileSync(join(prefix, 'portal', 'config.json'), JSON.stringify(config));
    writeFileSync(join(prefix, 'portal', 'registry.json'), '[]');
    const html = readFileSync(join(SHELL_BUILD, 'index.html'), 'utf8');
    const headers = productionHeaders(html, {
      config,
      registry: [],
      portalOrigin: `https://${SERVER_NAME}`,
    });
    writeFileSync(join(prefix, 'digione', 'csp.conf'), nginxSnippet(headers));

    ports = { http: await freePort(), https: await freePort() };
    writeFileSync(
      join(prefix, 'conf.d', 'digione.conf'),
      forTest(readFileSync(DOCUMENTED, 'utf8'), prefix, ports),
    );
    conf = join(prefix, 'nginx.conf');
    writeFileSync(conf, mainConfig(prefix));
    https = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
  });

  test.afterAll(async () => {
    await https.dispose();
    await stopServer(reports);
    const running = server;
    if (running?.exitCode === null && running.signalCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  });

  test('the documented configuration loads (nginx -t)', () => {
    const check = spawnSync(
      nginx ?? 'nginx',
      ['-t', '-p', `${prefix}/`, '-c', conf, '-e', 'stderr'],
      {
        encoding: 'utf8',
      },
    );
    expect(check.stderr).toContain('test is successful');
    expect(check.status).toBe(0);
  });

  test.describe('running', () => {
    test.beforeAll(async () => {
      const child = spawn(
        nginx ?? 'nginx',
        ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      server = child;
      // nginx says it starts its workers once it listens.
      let output = '';
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('start worker process')) resolve();
        });
        child.once('exit', (code) => {
          reject(new Error(`nginx exited (${code}) before it served:\n${output}`));
        });
      });
    });

    test('plain http redirects to the configured name, never to the Host a client sent', async () => {
      const answer = await get(`http://127.0.0.1:${ports.http}/lukujarjestys?viikko=12`, {
        host: 'attacker.example',
      });
      expect(answer.status).toBe(301);
      expect(answer.location).toBe(`https://${SERVER_NAME}/lukujarjestys?viikko=12`);
    });

    test('source maps are not served; the code is, with the security headers', async () => {
      const origin = `https://127.0.0.1:${ports.https}`;
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
      const origin = `https://127.0.0.1:${ports.https}`;
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
  });
});
