/**
 * The Kouluruoka API against real tokens of DigiOne's local identity provider: 401 without a
 * token or with a token for another API, each person's school menus, 403 for anyone else's school.
 */
import { expect, test } from '@playwright/test';
import {
  portalClient,
  startIdentityProvider,
  TEST_SCHOOLS,
  type RunningIdentityProvider,
  type RunningProtectedApi,
} from '@digione/dev-idp';
import { AUDIENCE, startApi } from '../api/server.js';
import type { WeekMenu } from '../src/types.js';
import { addDays, format, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { accessTokenFor } from '@digione/dev-idp/testing';

const PORTAL = 'http://127.0.0.1:5999';
const OTHER_API = 'https://api.other.example.fi';
const { lumikorpi, kivimaki, merituuli } = TEST_SCHOOLS;

let idp: RunningIdentityProvider;
let api: RunningProtectedApi;
const tokens = new Map<string, string>();

/** An access token of `username` for the lunch API (one sign-in per person). */
async function tokenOf(username: string): Promise<string> {
  let token = tokens.get(username);
  if (!token) {
    token = await accessTokenFor({
      issuer: idp.issuer,
      redirectUri: `${PORTAL}/auth/callback`,
      username,
      audience: AUDIENCE,
    });
    tokens.set(username, token);
  }
  return token;
}

async function menu(
  username: string | null,
  query: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; response: Response }> {
  const url = new URL('/menu', api.url);
  url.search = new URLSearchParams(query).toString();
  const auth = username ? { authorization: `Bearer ${await tokenOf(username)}` } : {};
  const response = await fetch(url, { headers: { ...auth, ...headers } });
  return { status: response.status, body: await response.json(), response };
}

const names = (body: unknown): string[] => (body as WeekMenu).days.map((d) => d.main.name.fi);

test.beforeAll(async () => {
  idp = await startIdentityProvider({
    log: false,
    clients: [portalClient([PORTAL])],
    resources: [{ audience: AUDIENCE }, { audience: OTHER_API }],
  });
  api = await startApi({ issuer: idp.issuer, allowedOrigins: [PORTAL] });
});

test.afterAll(async () => {
  await api.stop();
  await idp.stop();
});

test('refuses a request without a token, with a bad token, and with a token for another API', async () => {
  const none = await menu(null, { school: lumikorpi.code });
  expect(none.status).toBe(401);
  expect(none.response.headers.get('www-authenticate')).toBe('Bearer realm="digione"');

  const forged = await menu(
    null,
    { school: lumikorpi.code },
    { authorization: 'Bearer not-a-jwt' },
  );
  expect(forged.status).toBe(401);

  const other = await accessTokenFor({
    issuer: idp.issuer,
    redirectUri: `${PORTAL}/auth/callback`,
    username: 'pupil',
    audience: OTHER_API,
  });
  const wrongAudience = await menu(
    null,
    { school: lumikorpi.code },
    { authorization: `Bearer ${other}` },
  );
  expect(wrongAudience.status).toBe(401);
  expect(wrongAudience.body).toMatchObject({ error: 'invalid_token' });
});

test("gives the pupil her school's menu for this week, Monday to Friday", async () => {
  const { status, body } = await menu('pupil', { school: lumikorpi.code });
  expect(status).toBe(200);
  const now = new Date();
  const monday = startOfISOWeek(now);
  const menuOfWeek = body as WeekMenu;
  expect(menuOfWeek.school).toEqual({ code: lumikorpi.code, name: 'Lumikorven koulu' });
  expect(menuOfWeek.week).toBe(
    `${getISOWeekYear(now)}-W${String(getISOWeek(now)).padStart(2, '0')}`,
  );
  expect(menuOfWeek.days.map((d) => d.date)).toEqual(
    [0, 1, 2, 3, 4].map((n) => format(addDays(monday, n), 'yyyy-MM-dd')),
  );
  expect(names(body)).toContain('Lohikeitto');
  // Thursday: pea soup and pancake, in three languages, lactose-free.
  const thursday = menuOfWeek.days[3];
  expect(thursday.main.name.fi).toMatch(/^Hernekeitto ja pannukakku/);
  expect(thursday.main.name.sv).toMatch(/^Ärtsoppa och pannkaka/);
  expect(thursday.main.name.en).toMatch(/^Pea soup and oven pancake/);
  expect(thursday.main.diets).toEqual(['L']);
  for (const day of menuOfWeek.days) {
    expect(day.vegetarian.name.fi).not.toBe('');
    expect(day.sides.map((s) => s.kind)).toEqual(['salad', 'bread', 'drink']);
  }
});

test('answers the week asked for, and refuses a week that is not an ISO week', async () => {
  const { status, body } = await menu('pupil', { school: lumikorpi.code, week: '2025-W03' });
  expect(status).toBe(200);
  expect((body as WeekMenu).week).toBe('2025-W03');
  expect((body as WeekMenu).days.map((d) => d.date)).toEqual([
    '2025-01-13',
    '2025-01-14',
    '2025-01-15',
    '2025-01-16',
    '2025-01-17',
  ]);
  for (const week of ['2025-W54', 'viikko 3', '2025-3']) {
    expect((await menu('pupil', { school: lumikorpi.code, week })).status).toBe(400);
  }
  expect((await menu('pupil', {})).status).toBe(400);
});

test('gives a teacher the menu of each of his schools, and no other', async () => {
  const lumi = await menu('teacher', { school: lumikorpi.code });
  const kivi = await menu('teacher', { school: kivimaki.code });
  expect(lumi.status).toBe(200);
  expect(kivi.status).toBe(200);
  expect(names(kivi.body)).toContain('Makaronilaatikko ja ketsuppi');
  expect(names(kivi.body)).not.toEqual(names(lumi.body));
  const other = await menu('teacher', { school: merituuli.code });
  expect(other.status).toBe(403);
  expect(other.body).toMatchObject({ error: 'forbidden' });
});

test("gives the principal her school's menu only", async () => {
  expect((await menu('principal', { school: kivimaki.code })).status).toBe(200);
  expect((await menu('principal', { school: lumikorpi.code })).status).toBe(403);
});

test("gives the guardian each child's school's menu: Aino's Lumikorpi, Eetu's Merituuli", async () => {
  const aino = await menu('guardian', { school: lumikorpi.code });
  const eetu = await menu('guardian', { school: merituuli.code });
  expect(aino.status).toBe(200);
  expect(eetu.status).toBe(200);
  expect((eetu.body as WeekMenu).school.name).toBe('Merituulen koulu');
  expect(names(eetu.body)).toContain('Kalapuikot ja perunamuusi');
  expect(names(eetu.body)).not.toEqual(names(aino.body));
  expect((await menu('guardian', { school: kivimaki.code })).status).toBe(403);
});

test('refuses a pupil another school, and the administrator every school', async () => {
  expect((await menu('pupil', { school: merituuli.code })).status).toBe(403);
  expect((await menu('pupil', { school: kivimaki.code })).status).toBe(403);
  for (const school of [lumikorpi, kivimaki, merituuli]) {
    expect((await menu('admin', { school: school.code })).status).toBe(403);
  }
});

test('lets the portal call it across origins, and no other site', async () => {
  const allowed = await menu('pupil', { school: lumikorpi.code }, { origin: PORTAL });
  expect(allowed.response.headers.get('access-control-allow-origin')).toBe(PORTAL);
  const stranger = await menu(
    'pupil',
    { school: lumikorpi.code },
    { origin: 'https://evil.example' },
  );
  expect(stranger.response.headers.get('access-control-allow-origin')).toBe(null);
});
