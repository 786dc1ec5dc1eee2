/**
 * The feedback endpoint (`POST /api/feedback`) of the development server (`npm start`) and of the
 * feedback service beside nginx where the tests' production build posts (support/app-host.ts, on
 * an origin of its own): JSON only (else 415) and at most 16 KiB (else 413), both refused before
 * the body is read — a declared length over the limit is answered at once — while the feedback
 * page's JSON still arrives; the service beside nginx lets only the portal's origin post across
 * origins.
 */
import { request as httpRequest } from 'node:http';
import { test, expect } from '@playwright/test';
import { startPortalServer } from '../../shell/scripts/portal-server.js';
import { startAppHost } from './support/app-host.js';
import { workerCache } from './support/stack.js';

const CONFIG = {
  auth: { authority: 'http://127.0.0.1:9', clientId: 'digione-portal' },
  feedback: '/api/feedback',
};

/** The portal the service beside nginx takes feedback from. */
const PORTAL = 'https://portal.example.fi';

/** What the feedback page sends. */
const FEEDBACK = {
  topic: 'accessibility',
  message: 'Kalenterin painikkeet ovat liian pieniä.',
  locale: 'fi',
  page: '/palaute',
};

/**
 * Starts a POST that declares `length` bytes and sends only its first few, and resolves with the
 * status the server answers before the rest comes: a server that waited for the whole body would
 * never answer.
 */
function answerBeforeBody(url: string, length: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(length) },
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    request.on('error', reject);
    request.write('{"message":"');
  });
}

const servers = {
  development: async (feedback: unknown[]) => {
    const portal = await startPortalServer({
      port: 0,
      watch: false,
      logLevel: 'silent',
      cacheDir: workerCache('e2e-portal'),
      config: () => CONFIG,
      feedback: (entry) => feedback.push(entry),
    });
    return { origin: portal.origin, stop: () => portal.stop() };
  },
  'beside nginx': async (feedback: unknown[]) => {
    const service = await startAppHost({
      portalOrigin: PORTAL,
      feedback: (entry) => feedback.push(entry),
    });
    return { origin: service.origin, stop: () => service.stop() };
  },
};

for (const [name, start] of Object.entries(servers)) {
  test.describe(`the feedback endpoint ${name === 'development' ? 'of the development server' : name}`, () => {
    const feedback: unknown[] = [];
    let server: { origin: string; stop(): Promise<void> };
    let url: string;
    test.beforeAll(async () => {
      server = await start(feedback);
      url = `${server.origin}/api/feedback`;
    });
    test.afterAll(async () => {
      await server.stop();
    });
    test.beforeEach(() => {
      feedback.length = 0;
    });

    test('takes the feedback page’s JSON', async ({ request }) => {
      const response = await request.post(url, {
        headers: { 'content-type': 'application/json; charset=utf-8' },
        data: JSON.stringify(FEEDBACK),
      });
      expect(response.status()).toBe(204);
      expect(feedback).toEqual([FEEDBACK]);
    });

    test('refuses anything but JSON with 415', async ({ request }) => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/json']) {
        const response = await request.post(url, {
          headers: { 'content-type': type },
          data: JSON.stringify(FEEDBACK),
        });
        expect(response.status(), type).toBe(415);
      }
      const untyped = await request.fetch(url, {
        method: 'POST',
        data: Buffer.from(JSON.stringify(FEEDBACK)),
      });
      expect(untyped.status(), 'no content type').toBe(415);
      expect(feedback).toEqual([]);
    });

    test('refuses more than 16 KiB with 413, before reading it', async ({ request }) => {
      const large = { ...FEEDBACK, message: 'a'.repeat(16 * 1024) };
      const response = await request.post(url, {
        headers: { 'content-type': 'application/json' },
        data: JSON.stringify(large),
      });
      expect(response.status()).toBe(413);
      // A gigabyte declared, a few bytes sent: the answer comes without waiting for the rest.
      expect(await answerBeforeBody(url, 1024 ** 3)).toBe(413);
      expect(feedback).toEqual([]);
      // The endpoint still takes feedback afterwards.
      const small = await request.post(url, {
        headers: { 'content-type': 'application/json' },
        data: JSON.stringify(FEEDBACK),
      });
      expect(small.status()).toBe(204);
    });

    test('refuses a body that is not JSON with 400, and other methods with 405', async ({
      request,
    }) => {
      const broken = await request.post(url, {
        headers: { 'content-type': 'application/json' },
        data: Buffer.from('{"message": '),
      });
      expect(broken.status()).toBe(400);
      expect((await request.get(url)).status()).toBe(405);
      expect(feedback).toEqual([]);
    });
  });
}

test('the feedback service beside nginx answers the portal’s preflight, for its origin only', async ({
  request,
}) => {
  const service = await startAppHost({ portalOrigin: PORTAL, feedback: () => undefined });
  try {
    const preflight = await request.fetch(`${service.origin}/api/feedback`, {
      method: 'OPTIONS',
      headers: {
        origin: PORTAL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-origin']).toBe(PORTAL);
    expect(preflight.headers()['access-control-allow-methods']).toBe('POST');
    expect(preflight.headers()['access-control-allow-headers']).toBe('content-type');
  } finally {
    await service.stop();
  }
});
