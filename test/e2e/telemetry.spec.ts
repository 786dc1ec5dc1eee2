/**
 * DigiOne Portal's field signals, end to end: a guardian signs in at the local identity provider
 * with a deep link that carries a query, opens the example apps and a broken one, switches from
 * one child (Vantaa) to the other (Espoo), and the page breaks its Content-Security-Policy once;
 * then the person leaves the page. The development server's OTLP/HTTP receiver (`/api/otlp`, as
 * `npm start` runs it) gets the page's batch. The test checks every export is OTLP JSON a stock
 * OpenTelemetry Collector takes (the structure of opentelemetry-proto, attributes as KeyValue
 * with AnyValue, 64-bit integers as decimal strings), that it holds the apps' step timings, the
 * failure, the violation and the Web Vitals — and that nothing of the person is in it: no `sub`,
 * name, child, school, token, authorization code or query, searched for in the raw bodies.
 * Beside it: the receiver's answers, the policy's `connect-src` for the endpoint, and the apps'
 * versions (what telemetry reports with their timings) on the operator's `/diagnostiikka`.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { userByUsername } from '@digione/dev-idp';
import { ROLES } from '../../sdk/src/context/types.js';
import { deploymentSources } from '../../shell/scripts/csp.js';
import { OTLP_MAX_BYTES, OTLP_PATH, type OtlpExport } from '../../shell/scripts/endpoints.js';
import { attributesOf } from '../../shell/src/telemetry/test-support.js';
import { startStack, type Stack } from './support/stack.js';
import { openSignedIn } from './support/sign-in.js';
import { fixtureFolders, fixtureManifest } from './fixtures/apps/manifests.js';

type Json = Record<string, unknown>;

/** The problems of a value against OTLP's JSON encoding, each at its path; none when valid. */
function otlpProblems(body: unknown, signal: OtlpExport['signal']): string[] {
  const problems: string[] = [];
  const fail = (at: string, what: string): void => {
    problems.push(`${at}: ${what}`);
  };
  const object = (value: unknown, at: string, fields: readonly string[]): Json | undefined => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(at, 'must be an object');
      return undefined;
    }
    for (const key of Object.keys(value)) if (!fields.includes(key)) fail(at, `unknown "${key}"`);
    return value as Json;
  };
  const list = (value: unknown, at: string, each: (item: unknown, at: string) => void): void => {
    if (!Array.isArray(value)) fail(at, 'must be a list');
    else
      value.forEach((item, i) => {
        each(item, `${at}[${i}]`);
      });
  };
  const uint64 = (value: unknown, at: string): void => {
    if (!(typeof value === 'string' && /^\d+$/.test(value))) fail(at, 'must be a uint64 string');
  };
  const text = (value: unknown, at: string): void => {
    if (typeof value !== 'string') fail(at, 'must be a string');
  };
  const number = (value: unknown, at: string): void => {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(at, 'must be a number');
  };
  const anyValue = (value: unknown, at: string): void => {
    const v = object(value, at, ['stringValue', 'boolValue', 'intValue', 'doubleValue']);
    if (!v) return;
    const keys = Object.keys(v);
    if (keys.length !== 1) fail(at, 'must hold exactly one value');
    if ('stringValue' in v) text(v.stringValue, `${at}.stringValue`);
    if ('boolValue' in v && typeof v.boolValue !== 'boolean') fail(at, 'boolValue not boolean');
    if ('intValue' in v && !/^-?\d+$/.test(String(v.intValue))) fail(at, 'intValue not int64');
    if ('doubleValue' in v) number(v.doubleValue, `${at}.doubleValue`);
  };
  const attributes = (value: unknown, at: string): void => {
    list(value, at, (item, here) => {
      const kv = object(item, here, ['key', 'value']);
      if (!kv) return;
      text(kv.key, `${here}.key`);
      anyValue(kv.value, `${here}.value`);
    });
  };
  const scope = (value: unknown, at: string): void => {
    const s = object(value, at, ['name', 'version', 'attributes']);
    if (s) text(s.name, `${at}.name`);
  };
  const times = (point: Json, at: string): void => {
    uint64(point.timeUnixNano, `${at}.timeUnixNano`);
    if (point.startTimeUnixNano !== undefined) {
      uint64(point.startTimeUnixNano, `${at}.startTimeUnixNano`);
    }
    attributes(point.attributes ?? [], `${at}.attributes`);
  };
  const metric = (value: unknown, at: string): void => {
    const m = object(value, at, ['name', 'description', 'unit', 'sum', 'histogram', 'gauge']);
    if (!m) return;
    text(m.name, `${at}.name`);
    const kinds = ['sum', 'histogram', 'gauge'].filter((k) => k in m);
    if (kinds.length !== 1) fail(at, 'must have exactly one of sum, histogram, gauge');
    if (m.sum !== undefined) {
      const sum = object(m.sum, `${at}.sum`, [
        'dataPoints',
        'aggregationTemporality',
        'isMonotonic',
      ]);
      if (sum && ![1, 2].includes(sum.aggregationTemporality as number)) fail(at, 'temporality');
      list(sum?.dataPoints, `${at}.sum.dataPoints`, (item, here) => {
        const p = object(item, here, ['attributes', 'startTimeUnixNano', 'timeUnixNano', 'asInt']);
        if (!p) return;
        times(p, here);
        uint64(p.asInt, `${here}.asInt`);
      });
    }
    if (m.histogram !== undefined) {
      const h = object(m.histogram, `${at}.histogram`, ['dataPoints', 'aggregationTemporality']);
      if (h && ![1, 2].includes(h.aggregationTemporality as number)) fail(at, 'temporality');
      const fields = ['attributes', 'startTimeUnixNano', 'timeUnixNano', 'count', 'sum'];
      fields.push('bucketCounts', 'explicitBounds', 'min', 'max');
      list(h?.dataPoints, `${at}.histogram.dataPoints`, (item, here) => {
        const p = object(item, here, fields);
        if (!p) return;
        times(p, here);
        uint64(p.count, `${here}.count`);
        for (const key of ['sum', 'min', 'max']) number(p[key], `${here}.${key}`);
        list(p.bucketCounts, `${here}.bucketCounts`, uint64);
        list(p.explicitBounds, `${here}.explicitBounds`, number);
        const counts = (p.bucketCounts as string[]).map(Number);
        if (counts.length !== (p.explicitBounds as number[]).length + 1) fail(here, 'buckets');
        if (counts.reduce((a, b) => a + b, 0) !== Number(p.count)) fail(here, 'count');
      });
    }
  };
  const logRecord = (value: unknown, at: string): void => {
    const fields = ['timeUnixNano', 'observedTimeUnixNano', 'severityNumber', 'severityText'];
    const r = object(value, at, [...fields, 'body', 'attributes']);
    if (!r) return;
    uint64(r.timeUnixNano, `${at}.timeUnixNano`);
    uint64(r.observedTimeUnixNano, `${at}.observedTimeUnixNano`);
    const severity = r.severityNumber;
    if (!Number.isInteger(severity) || (severity as number) < 1 || (severity as number) > 24) {
      fail(at, 'severityNumber must be 1–24');
    }
    anyValue(r.body, `${at}.body`);
    attributes(r.attributes, `${at}.attributes`);
  };
  const [resources, scopes, items, each] =
    signal === 'metrics'
      ? (['resourceMetrics', 'scopeMetrics', 'metrics', metric] as const)
      : (['resourceLogs', 'scopeLogs', 'logRecords', logRecord] as const);
  const root = object(body, '$', [resources]);
  list(root?.[resources], `$.${resources}`, (item, at) => {
    const r = object(item, at, ['resource', scopes]);
    const resource = object(r?.resource, `${at}.resource`, ['attributes']);
    attributes(resource?.attributes, `${at}.resource.attributes`);
    list(r?.[scopes], `${at}.${scopes}`, (scoped, here) => {
      const s = object(scoped, here, ['scope', items]);
      scope(s?.scope, `${here}.scope`);
      list(s?.[items], `${here}.${items}`, each);
    });
  });
  return problems;
}

/** The names of the metrics received. */
function metricNames(received: readonly OtlpExport[]): string[] {
  return received.flatMap(({ raw }) =>
    [...raw.matchAll(/"name":"(digione\.[a-z_.]+)"/g)].map((m) => m[1]),
  );
}

function nav(page: Page): Locator {
  return page.locator('d1-shell-nav');
}

/** Opens an app from the navigation, and waits until `ready` shows in its area. */
async function open(page: Page, label: string, id: string, ready: string): Promise<void> {
  const link = nav(page).getByRole('link', { name: label, exact: false }).first();
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
  const area = page.locator(`d1-shell > section.d1-app-area[data-d1-app="${id}"]`);
  await expect(area.getByText(ready, { exact: false }).first()).toBeVisible();
}

test('the policy lets the page reach the telemetry endpoint (connect-src)', () => {
  const connect = (endpoint: string): readonly string[] =>
    deploymentSources({
      config: {
        auth: { authority: 'https://idp.example.fi', clientId: 'digione-portal' },
        telemetry: { endpoint, sampleRate: 0.1 },
      },
      portalOrigin: 'https://portal.example.fi',
    }).connect;
  expect(connect('https://otel.example.fi/digione/')).toContain('https://otel.example.fi');
  // A path on the portal is 'self' already.
  expect(connect('/otlp')).toEqual(['https://idp.example.fi']);
});

test.describe('telemetry from a real session', () => {
  const received: OtlpExport[] = [];
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack({
      server: 'development',
      exampleApps: true,
      telemetry: received,
      registry: [fixtureManifest('throws-in-mount', { roles: [...ROLES] })],
      apps: fixtureFolders(['throws-in-mount']),
    });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test("the development server's receiver answers as a Collector's otlp receiver does", async ({
    request,
  }) => {
    const base = `${stack.portal.origin}${OTLP_PATH}`;
    const json = { 'content-type': 'application/json' };
    const post = (path: string, data: string, headers: Record<string, string> = json) =>
      request.post(`${base}${path}`, { data, headers });
    const taken = await post('/v1/logs', '{"resourceLogs":[]}');
    expect(taken.status()).toBe(200);
    expect(await taken.json()).toEqual({});
    expect((await post('/v1/metrics', '{"resourceLogs":[]}')).status()).toBe(400);
    expect((await post('/v1/metrics', 'not json')).status()).toBe(400);
    expect((await post('/v2/metrics', '{"resourceMetrics":[]}')).status()).toBe(404);
    const protobuf = { 'content-type': 'application/x-protobuf' };
    expect((await post('/v1/traces', '\n\0', protobuf)).status()).toBe(415);
    expect((await request.get(`${base}/v1/logs`)).status()).toBe(405);
    const huge = `{"resourceLogs":[],"x":"${'a'.repeat(OTLP_MAX_BYTES)}"}`;
    expect((await post('/v1/logs', huge)).status()).toBe(413);
    // What it refused, it did not keep.
    expect(received.map((r) => r.raw)).toEqual(['{"resourceLogs":[]}']);
    received.length = 0;
  });

  test('reaches the receiver as valid OTLP, with timings and vitals, and nothing personal', async ({
    page,
  }) => {
    const guardian = userByUsername('guardian');
    if (!guardian?.children) throw new Error('The test guardian has no children.');
    // Whatever secret the session handles: tokens, the authorization code.
    const secrets = new Set<string>();
    page.on('request', (request) => {
      const authorization = request.headers().authorization;
      if (authorization) secrets.add(authorization.replace(/^Bearer /, ''));
      const code = new URL(request.url()).searchParams.get('code');
      if (code) secrets.add(code);
    });
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.endsWith('/token')) return;
      const body = (await response.json().catch(() => ({}))) as Json;
      for (const key of ['access_token', 'refresh_token', 'id_token']) {
        if (typeof body[key] === 'string') secrets.add(body[key]);
      }
    });

    await openSignedIn(page, stack.portal.origin, 'guardian', '/ruokalista?lapsi=Aino#kohta');
    // What the page before sign-in may have sent as it went to the provider is not this page's.
    const before = received.length;
    await open(page, 'Lukujärjestys', 'timetable', 'maanantai');
    await open(page, 'Viestit', 'messages', 'Viestiketjut');
    await open(page, 'Liittämisvirhe', 'throws-in-mount', 'Yritä uudelleen');
    await page.locator('d1-user-menu').click();
    await page.getByRole('menuitemradio', { name: 'Eetu Mäkelä' }).click();
    await open(page, 'Ruokalista', 'lunch', 'Pääruoka');
    // An image from an origin the policy does not name, its address carrying the person.
    await page.evaluate(
      (who) =>
        new Promise<void>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            () => {
              resolve();
            },
            { once: true },
          );
          const image = new Image();
          image.src = `http://127.0.0.2:9/pixel.gif?who=${encodeURIComponent(who)}`;
        }),
      `${guardian.givenName} ${guardian.familyName}`,
    );
    expect(received.slice(before), 'nothing is sent while the page is in use').toEqual([]);

    // The person leaves: the page is hidden, and its batch goes as beacons.
    await page.goto('about:blank');
    const batch = (): OtlpExport[] => received.slice(before);
    // The browser fires pagehide, then visibilitychange: one send each (the Web Vitals library
    // gives its final values at the second), as beacons the receiver gets by and by.
    await expect
      .poll(() => [...new Set(batch().map((r) => r.signal))].sort(), {
        message: 'metrics and logs reached the receiver',
      })
      .toEqual(['logs', 'metrics']);
    await expect
      .poll(() => metricNames(batch()), { message: 'the final Web Vitals reached the receiver' })
      .toContain('digione.web_vitals.cls');

    for (const { signal, body } of received) expect(otlpProblems(body, signal)).toEqual([]);

    const names = metricNames(batch());
    expect(names).toEqual(
      expect.arrayContaining([
        'digione.app.lifecycle.duration',
        'digione.shell.boot.duration',
        'digione.app.failures',
        'digione.csp.violations',
        'digione.web_vitals.cls',
        'digione.web_vitals.ttfb',
        'digione.web_vitals.fcp',
        'digione.web_vitals.lcp',
      ]),
    );
    const attributes = attributesOf(batch().map((r) => r.body));
    expect(attributes).toEqual(
      expect.arrayContaining([
        'service.name=digione-portal',
        'digione.app.id=timetable',
        'digione.app.version=0.1.0',
        'digione.app.phase=load',
        'digione.app.phase=bootstrap',
        'digione.app.phase=mount',
        'digione.app.id=throws-in-mount',
        'error.type=Error',
        'event.name=digione.app.failure',
        'event.name=digione.csp.violation',
        'csp.directive=img-src',
        'csp.blocked=http://127.0.0.2:9',
        'digione.app.id=lunch',
      ]),
    );

    // Everything received, the page before sign-in included.
    const raw = received.map((r) => r.raw).join('\n');
    const personal = [
      guardian.sub,
      guardian.givenName,
      guardian.familyName,
      ...guardian.children.flatMap((child) => [child.id, child.given_name, child.school.name]),
      'lapsi',
      'pixel.gif',
      'ruokalista',
    ];
    // School codes are digits: found as a number of their own, not inside a timestamp.
    for (const code of guardian.children.map((child) => child.school.code)) {
      expect(raw, `school ${code} is not reported`).not.toMatch(
        new RegExp(`(?<!\\d)${code}(?!\\d)`),
      );
    }
    expect(secrets.size, 'the session used tokens').toBeGreaterThan(2);
    const lower = raw.toLowerCase();
    const found = [...personal, ...secrets].filter((value) => lower.includes(value.toLowerCase()));
    expect(found, 'personal data or secrets in the telemetry').toEqual([]);
    expect(raw, 'no JWT').not.toContain('eyJ');
    expect(raw, 'no query').not.toContain('?');
  });

  test("an operator reads each app's version, as telemetry reports it, on /diagnostiikka", async ({
    page,
  }) => {
    await openSignedIn(page, stack.portal.origin, 'admin', '/diagnostiikka');
    const rows = page.locator('d1-shell-diagnostics').locator('tbody tr');
    await expect(rows.filter({ hasText: 'timetable' })).toContainText('0.1.0');
    await expect(rows.filter({ hasText: 'absences' })).toContainText('0.1.0');
    // The fixture's manifest gives none.
    await expect(rows.filter({ hasText: 'throws-in-mount' })).toContainText('ei tiedossa');
  });
});
