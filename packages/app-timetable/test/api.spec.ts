/**
 * The timetable API against DigiOne's real local identity provider: real sign-ins of the test
 * people, real access tokens for the app's audience, and the API's answers and refusals.
 */
import { expect, test } from '@playwright/test';
import {
  portalClient,
  startIdentityProvider,
  TEST_SCHOOLS,
  userByUsername,
  type RunningIdentityProvider,
  type RunningProtectedApi,
} from '@digione/dev-idp';
// The identity provider's own test client: PKCE sign-in over HTTP and the token endpoint.
import { signInForTokens } from '@digione/dev-idp/testing';
import { PEOPLE, SCHOOL_CODES } from '../api/data.js';
import { AUDIENCE, startApi } from '../api/server.js';
import { format } from 'date-fns';
import type { Lesson, TimetableWeek } from '../src/types.js';

const PORTAL = 'http://127.0.0.1:5998';
const OTHER_AUDIENCE = 'https://api.lunch.example.fi';
const EETU = '7d2f0a6c-91b4-4e58-b6c3-0e8a5d7f2b41';
const AINO = '5f1d2c7a-3b8e-4e0a-9c41-7a2e6b0d9f13';
const { lumikorpi, kivimaki, merituuli } = TEST_SCHOOLS;

type Username = 'pupil' | 'teacher' | 'guardian' | 'principal' | 'teacher-principal';

let idp: RunningIdentityProvider;
let api: RunningProtectedApi;
const tokens = new Map<string, string>();

const signIns = new Map<string, Promise<(audience: string) => Promise<string>>>();

/** An access token for `audience`, the portal's way: sign in once, then refresh for the resource. */
async function tokenFor(username: Username, audience = AUDIENCE): Promise<string> {
  const key = `${username} ${audience}`;
  const cached = tokens.get(key);
  if (cached) return cached;
  let signIn = signIns.get(username);
  if (!signIn) {
    signIn = signInForTokens(idp.issuer, {
      username,
      redirectUri: `${PORTAL}/auth/callback`,
      resources: [AUDIENCE, OTHER_AUDIENCE],
    });
    signIns.set(username, signIn);
  }
  const token = await (await signIn)(audience);
  tokens.set(key, token);
  return token;
}

async function get(
  username: Username | null,
  query: string,
  audience = AUDIENCE,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers: Record<string, string> = {};
  if (username) headers.authorization = `Bearer ${await tokenFor(username, audience)}`;
  const response = await fetch(`${api.url}/week${query}`, { headers });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function week(username: Username, query: string): Promise<TimetableWeek> {
  const { status, body } = await get(username, query);
  expect(status, JSON.stringify(body)).toBe(200);
  return body as TimetableWeek;
}

const minutes = (time: string): number => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

const slot = (l: Lesson): string => `${l.date} ${l.start}–${l.end}`;

test.beforeAll(async () => {
  idp = await startIdentityProvider({
    log: false,
    clients: [portalClient([PORTAL])],
    resources: [{ audience: AUDIENCE }, { audience: OTHER_AUDIENCE }],
  });
  api = await startApi({ issuer: idp.issuer, allowedOrigins: [PORTAL], port: 0 });
});

test.afterAll(async () => {
  await api.stop();
  await idp.stop();
});

test('refuses a request without a token, or with a token for another API (401)', async () => {
  const anonymous = await get(null, '?week=2026-W48');
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="digione"');

  const other = await get('pupil', '?week=2026-W48', OTHER_AUDIENCE);
  expect(other.status).toBe(401);
  expect(other.body).toMatchObject({ error: 'invalid_token' });

  const forged = await fetch(`${api.url}/week?week=2026-W48`, {
    headers: { authorization: 'Bearer not-a-token' },
  });
  expect(forged.status).toBe(401);
});

test('a pupil gets her own class week, dated in the week asked for', async () => {
  const aino = await week('pupil', '?week=2026-W48');
  expect(aino).toMatchObject({
    week: '2026-W48',
    start: '2026-11-23',
    end: '2026-11-27',
    view: 'class',
    person: 'Aino Mäkelä',
    group: '7B',
    school: { code: lumikorpi.code, name: 'Lumikorven koulu' },
  });
  expect(aino.lessons.length).toBeGreaterThan(25);
  const dates = new Set(aino.lessons.map((l) => l.date));
  expect([...dates].sort()).toEqual([
    '2026-11-23',
    '2026-11-24',
    '2026-11-25',
    '2026-11-26',
    '2026-11-27',
  ]);
  for (const lesson of aino.lessons) {
    expect(lesson.teacher, lesson.id).toBeTruthy();
    expect(lesson.group).toBeUndefined();
    expect(minutes(lesson.end)).toBeGreaterThan(minutes(lesson.start));
  }
  const monday = aino.lessons.filter((l) => l.date === '2026-11-23');
  expect(monday[0]).toMatchObject({
    start: '08:15',
    end: '09:00',
    subject: { code: 'AI', name: 'äidinkieli ja kirjallisuus' },
    room: 'A201',
    teacher: 'Riikka Laaksonen',
  });
  const codes = new Set(aino.lessons.map((l) => l.subject.code));
  for (const code of ['AI', 'MA', 'RUB1', 'ENA1', 'HI', 'BI', 'LI', 'KU', 'KS', 'MU', 'UE', 'OP']) {
    expect(codes.has(code), code).toBe(true);
  }

  // Naming her own school changes nothing; the next week has the same pattern on its own dates.
  expect((await week('pupil', `?week=2026-W48&school=${lumikorpi.code}`)).lessons).toEqual(
    aino.lessons,
  );
  const next = await week('pupil', '?week=2026-W49');
  expect(next.start).toBe('2026-11-30');
  expect(next.lessons.map((l) => [l.start, l.subject.code])).toEqual(
    aino.lessons.map((l) => [l.start, l.subject.code]),
  );
  expect(new Set(next.lessons.map((l) => l.id)).size).toBe(next.lessons.length);
});

test('without a week, the current ISO week is answered', async () => {
  // The ISO week-numbering year and week where the server is (date-fns' RRRR and II).
  const thisWeek = (): string => format(new Date(), "RRRR-'W'II");
  const before = thisWeek();
  const answer = await week('pupil', '');
  const after = thisWeek();
  // Around midnight on a Sunday the week may turn during the request.
  expect([before, after]).toContain(answer.week);
  expect(answer.lessons.length).toBeGreaterThan(0);
});

test('the register knows the identity provider’s schools and people', () => {
  expect(SCHOOL_CODES).toEqual({
    lumikorpi: lumikorpi.code,
    kivimaki: kivimaki.code,
    merituuli: merituuli.code,
  });
  expect(PEOPLE.korhonen).toBe(userByUsername('teacher')?.sub);
  expect(PEOPLE.aino).toBe(userByUsername('pupil')?.sub);
  expect(userByUsername('guardian')?.children?.map((c) => c.id)).toEqual([
    PEOPLE.aino,
    PEOPLE.eetu,
  ]);
});

test('a pupil cannot see another school or a child (403)', async () => {
  const otherSchool = await get('pupil', `?week=2026-W48&school=${kivimaki.code}`);
  expect(otherSchool.status).toBe(403);
  expect(otherSchool.body).toMatchObject({ error: 'forbidden' });
  expect((await get('pupil', `?week=2026-W48&child=${EETU}`)).status).toBe(403);
});

test('a teacher gets his own lessons, different in each of his schools', async () => {
  const lumi = await week('teacher', `?week=2026-W48&school=${lumikorpi.code}`);
  const kivi = await week('teacher', `?week=2026-W48&school=${kivimaki.code}`);
  expect(lumi).toMatchObject({
    view: 'teacher',
    person: 'Mikko Korhonen',
    school: { code: lumikorpi.code, name: 'Lumikorven koulu' },
  });
  expect(kivi).toMatchObject({
    view: 'teacher',
    person: 'Mikko Korhonen',
    school: { code: kivimaki.code, name: 'Kivimäen yhtenäiskoulu' },
  });
  expect(lumi.group).toBeUndefined();
  for (const lesson of [...lumi.lessons, ...kivi.lessons]) {
    expect(lesson.group, lesson.id).toBeTruthy();
    expect(lesson.teacher).toBeUndefined();
  }
  const groups = (w: TimetableWeek) => [...new Set(w.lessons.map((l) => l.group))].sort();
  expect(groups(lumi)).toEqual(['7A', '7B', '8B', '9A']);
  expect(groups(kivi)).toEqual(['8C', '9A', '9B']);
  expect(new Set(lumi.lessons.map((l) => l.subject.code))).toEqual(new Set(['MA', 'LO']));
  expect(new Set(kivi.lessons.map((l) => l.subject.code))).toEqual(new Set(['FY', 'KE']));

  // One person cannot be in two places: no two of his lessons overlap, in either school.
  const all = [...lumi.lessons, ...kivi.lessons];
  for (const a of all) {
    for (const b of all) {
      if (a === b || a.date !== b.date) continue;
      const overlap = minutes(a.start) < minutes(b.end) && minutes(b.start) < minutes(a.end);
      expect(overlap, `${slot(a)} and ${slot(b)}`).toBe(false);
    }
  }

  // His 7B lessons are the ones in Aino's timetable.
  const aino = await week('pupil', '?week=2026-W48');
  const taughtBy = aino.lessons.filter((l) => l.teacher === 'Mikko Korhonen').map(slot);
  expect(lumi.lessons.filter((l) => l.group === '7B').map(slot)).toEqual(taughtBy);

  // Without a school, his first school.
  expect((await week('teacher', '?week=2026-W48')).lessons).toEqual(lumi.lessons);
});

test('a teacher cannot see a school he does not teach in, nor a child (403)', async () => {
  expect((await get('teacher', `?week=2026-W48&school=${merituuli.code}`)).status).toBe(403);
  expect((await get('teacher', `?week=2026-W48&child=${AINO}`)).status).toBe(403);
});

test('a guardian gets each child’s own week: a 7th grader’s and a 3rd grader’s', async () => {
  const aino = await week('guardian', `?week=2026-W48&child=${AINO}`);
  const eetu = await week('guardian', `?week=2026-W48&child=${EETU}`);
  const own = await week('pupil', '?week=2026-W48');
  expect(aino).toMatchObject({ view: 'class', person: 'Aino Mäkelä', group: '7B' });
  expect(aino.lessons).toEqual(own.lessons);
  expect(eetu).toMatchObject({
    view: 'class',
    person: 'Eetu Mäkelä',
    group: '3A',
    school: { code: merituuli.code, name: 'Merituulen koulu' },
  });
  // A primary school week: fewer, shorter days; environmental studies, no separate sciences.
  expect(eetu.lessons.length).toBeLessThan(own.lessons.length);
  expect(Math.max(...eetu.lessons.map((l) => minutes(l.end)))).toBeLessThanOrEqual(
    minutes('13:30'),
  );
  const codes = new Set(eetu.lessons.map((l) => l.subject.code));
  expect(codes.has('YM')).toBe(true);
  expect(codes.has('FY') || codes.has('BI') || codes.has('RUB1')).toBe(false);
  expect(eetu.lessons.every((l) => l.teacher)).toBe(true);
});

test('a guardian cannot see a child who is not theirs, nor a school (403)', async () => {
  const stranger = await get(
    'guardian',
    '?week=2026-W48&child=00000000-0000-0000-0000-000000000000',
  );
  expect(stranger.status).toBe(403);
  expect((await get('guardian', `?week=2026-W48&school=${lumikorpi.code}`)).status).toBe(403);
});

test('a role without a timetable is refused (403)', async () => {
  expect((await get('principal', '?week=2026-W48')).status).toBe(403);
});

test('a teacher who leads another school has a teacher’s week only where he teaches', async () => {
  // Pekka Aaltonen teaches at Kivimäki and is the principal of Lumikorpi.
  const own = await week('teacher-principal', '?week=2026-W48');
  expect(own).toMatchObject({ view: 'teacher', school: { code: kivimaki.code } });
  const asked = await week('teacher-principal', `?week=2026-W48&school=${kivimaki.code}`);
  expect(asked.lessons).toEqual(own.lessons);
  expect((await get('teacher-principal', `?week=2026-W48&school=${lumikorpi.code}`)).status).toBe(
    403,
  );
});

test('a malformed week or query is refused (400)', async () => {
  for (const bad of ['2026-48', '2026-W5', '2026-W00', '2025-W53', 'viikko', '2026-W48x']) {
    const answer = await get('pupil', `?week=${encodeURIComponent(bad)}`);
    expect(answer.status, bad).toBe(400);
    expect(answer.body).toMatchObject({ error: 'invalid_week' });
  }
  // 2026 has 53 ISO weeks; its last one ends in 2027.
  const last = await week('pupil', '?week=2026-W53');
  expect([last.start, last.end]).toEqual(['2026-12-28', '2027-01-01']);
  const both = await get('guardian', `?week=2026-W48&child=${AINO}&school=${lumikorpi.code}`);
  expect(both.status).toBe(400);
  expect((await get('guardian', '?week=2026-W48&child=')).status).toBe(400);
});

test('the portal origin may call it from the browser', async () => {
  const preflight = await fetch(`${api.url}/week`, {
    method: 'OPTIONS',
    headers: {
      origin: PORTAL,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe(PORTAL);
  const stranger = await fetch(`${api.url}/week`, {
    method: 'OPTIONS',
    headers: { origin: 'http://127.0.0.1:6001', 'access-control-request-method': 'GET' },
  });
  expect(stranger.status).toBe(403);
});
