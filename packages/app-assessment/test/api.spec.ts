/**
 * The Assessment API against DigiOne's real local identity provider: real tokens for the test
 * users, checked for this app's audience; who may read and write what.
 */
import { expect, test } from '@playwright/test';
import {
  portalClient,
  startIdentityProvider,
  type RunningIdentityProvider,
  type RunningProtectedApi,
} from '@digione/dev-idp';
import { AUDIENCE, startApi } from '../api/server.js';
import type {
  GroupDetail,
  GroupsResponse,
  OverviewResponse,
  ValidationErrorResponse,
} from '../src/types.js';
import { signInForTokens } from '@digione/dev-idp/testing';

const PORTAL = 'http://127.0.0.1:5998';
/** Another app's API: its tokens must not open this one. */
const OTHER_AUDIENCE = 'https://api.timetable.example.fi';
const LUMIKORPI = '09231';
const KIVIMAKI = '09247';

let idp: RunningIdentityProvider;
let api: RunningProtectedApi;
/** Each test user's tokens, by username; signed in once. */
const tokens = new Map<string, (audience: string) => Promise<string>>();

async function tokenOf(username: string, audience = AUDIENCE): Promise<string> {
  let get = tokens.get(username);
  if (!get) {
    get = await signInForTokens(idp.issuer, {
      username,
      redirectUri: `${PORTAL}/auth/callback`,
      resources: [AUDIENCE, OTHER_AUDIENCE],
    });
    tokens.set(username, get);
  }
  return get(audience);
}

async function call(
  username: string | null,
  method: 'GET' | 'PUT',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (username) headers.authorization = `Bearer ${await tokenOf(username)}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

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

test.describe('who may call at all', () => {
  test('401 without a token, and with a token for another audience', async () => {
    const anonymous = await call(null, 'GET', `/groups?school=${LUMIKORPI}`);
    expect(anonymous.status).toBe(401);

    const otherToken = await tokenOf('teacher', OTHER_AUDIENCE);
    const other = await fetch(`${api.url}/groups?school=${LUMIKORPI}`, {
      headers: { authorization: `Bearer ${otherToken}` },
    });
    expect(other.status).toBe(401);
    expect(other.headers.get('www-authenticate')).toContain('another audience');
  });

  for (const username of ['pupil', 'guardian', 'admin', 'substitute']) {
    test(`403 for the ${username} on every route`, async () => {
      for (const [method, path, body] of [
        ['GET', `/groups?school=${LUMIKORPI}`],
        ['GET', '/groups/lumikorpi-7b-ma'],
        ['PUT', '/groups/lumikorpi-7b-ma/assessments', { assessments: [] }],
        ['GET', `/overview?school=${LUMIKORPI}`],
      ] as const) {
        const answer = await call(username, method, path, body);
        expect(answer.status, `${method} ${path}`).toBe(403);
      }
    });
  }
});

test.describe('the teacher', () => {
  test('lists their own groups at the school they ask for', async () => {
    const lumikorpi = await call('teacher', 'GET', `/groups?school=${LUMIKORPI}`);
    expect(lumikorpi.status).toBe(200);
    const groups = lumikorpi.body as GroupsResponse;
    expect(groups.school).toEqual({ code: LUMIKORPI, name: 'Lumikorven koulu' });
    expect(groups.groups.map((group) => group.name)).toEqual([
      '7B matematiikka',
      '8A matematiikka',
      '8. lk valinnainen ohjelmointi',
    ]);
    expect(groups.groups[0]).toMatchObject({ pupilCount: 10, assessedCount: 6 });

    const kivimaki = await call('teacher', 'GET', `/groups?school=${KIVIMAKI}`);
    expect((kivimaki.body as GroupsResponse).groups.map((group) => group.name)).toEqual([
      '9C fysiikka',
    ]);
  });

  test('is refused a school that is not theirs, and a missing school code', async () => {
    expect((await call('teacher', 'GET', '/groups?school=04915')).status).toBe(403);
    expect((await call('teacher', 'GET', '/groups')).status).toBe(400);
  });

  test('reads a group of theirs: pupils and current assessments, Aino in 7B', async () => {
    const answer = await call('teacher', 'GET', '/groups/lumikorpi-7b-ma');
    expect(answer.status).toBe(200);
    const detail = answer.body as GroupDetail;
    expect(detail.pupils).toHaveLength(10);
    expect(detail.pupils.find((pupil) => pupil.familyName === 'Mäkelä')).toEqual({
      id: '5f1d2c7a-3b8e-4e0a-9c41-7a2e6b0d9f13',
      givenName: 'Aino',
      familyName: 'Mäkelä',
      grade: 9,
      feedback: 'Laskee huolellisesti ja perustelee ratkaisunsa selkeästi. Hienoa työtä!',
    });
  });

  test('cannot read or write another teacher’s group', async () => {
    expect((await call('teacher', 'GET', '/groups/lumikorpi-7a-ma')).status).toBe(403);
    const lumikorpi = await call('teacher', 'PUT', '/groups/lumikorpi-7a-ma/assessments', {
      assessments: [{ pupilId: 'p-09231-7a-01', grade: 4, feedback: '' }],
    });
    expect(lumikorpi.status).toBe(403);
    // Petri Väisänen's group at Kivimäki, where Mikko teaches physics only.
    const before = await call('principal', 'GET', `/overview?school=${KIVIMAKI}`);
    const kivimaki = await call('teacher', 'PUT', '/groups/kivimaki-9c-ma/assessments', {
      assessments: [{ pupilId: 'p-09247-9c-04', grade: 4, feedback: 'Ei oma ryhmä.' }],
    });
    expect(kivimaki.status).toBe(403);
    const after = await call('principal', 'GET', `/overview?school=${KIVIMAKI}`);
    expect(after.body).toEqual(before.body);
    expect((await call('teacher', 'GET', '/groups/no-such-group')).status).toBe(404);
  });

  test('saves assessments, which stay while the server runs', async () => {
    const pupilId = 'p-09231-7b-03'; // Leo Koskinen, not yet assessed
    const save = await call('teacher', 'PUT', '/groups/lumikorpi-7b-ma/assessments', {
      assessments: [{ pupilId, grade: 8, feedback: '  Hyvä työote koko syksyn.  ' }],
    });
    expect(save.status).toBe(200);
    const saved = save.body as GroupDetail;
    expect(saved.group.assessedCount).toBe(7);
    expect(saved.pupils.find((pupil) => pupil.id === pupilId)).toMatchObject({
      grade: 8,
      feedback: 'Hyvä työote koko syksyn.',
    });
    const again = (await call('teacher', 'GET', '/groups/lumikorpi-7b-ma')).body as GroupDetail;
    expect(again.pupils.find((pupil) => pupil.id === pupilId)?.grade).toBe(8);

    const passFail = await call('teacher', 'PUT', '/groups/lumikorpi-8-ohj/assessments', {
      assessments: [{ pupilId: 'p-09231-8b-01', grade: 'S', feedback: '' }],
    });
    expect(passFail.status).toBe(200);

    // null with no feedback clears the assessment.
    const cleared = await call('teacher', 'PUT', '/groups/lumikorpi-7b-ma/assessments', {
      assessments: [{ pupilId, grade: null, feedback: '' }],
    });
    expect((cleared.body as GroupDetail).group.assessedCount).toBe(6);
  });

  test('gets field-level errors for bad grades and too long feedback, and nothing is saved', async () => {
    const answer = await call('teacher', 'PUT', '/groups/lumikorpi-7b-ma/assessments', {
      assessments: [
        { pupilId: 'p-09231-7b-01', grade: 11, feedback: '' },
        { pupilId: 'p-09231-7b-02', grade: 3, feedback: 'x'.repeat(501) },
        { pupilId: 'p-09231-7b-03', grade: 7.5, feedback: '' },
        { pupilId: 'p-09231-7b-04', grade: 'S', feedback: 'x'.repeat(500) },
        { pupilId: 'p-09231-7a-01', grade: 8, feedback: '' },
      ],
    });
    expect(answer.status).toBe(400);
    const refused = answer.body as ValidationErrorResponse;
    expect(refused.error).toBe('validation_failed');
    expect(refused.errors.map(({ pupilId, field, code }) => ({ pupilId, field, code }))).toEqual([
      { pupilId: 'p-09231-7b-01', field: 'grade', code: 'grade-out-of-range' },
      { pupilId: 'p-09231-7b-02', field: 'grade', code: 'grade-out-of-range' },
      { pupilId: 'p-09231-7b-02', field: 'feedback', code: 'feedback-too-long' },
      { pupilId: 'p-09231-7b-03', field: 'grade', code: 'grade-out-of-range' },
      { pupilId: 'p-09231-7b-04', field: 'grade', code: 'grade-out-of-range' },
      { pupilId: 'p-09231-7a-01', field: 'pupilId', code: 'unknown-pupil' },
    ]);
    const after = (await call('teacher', 'GET', '/groups/lumikorpi-7b-ma')).body as GroupDetail;
    expect(after.pupils.find((pupil) => pupil.id === 'p-09231-7b-01')?.grade).toBe(7);

    const malformed = await call('teacher', 'PUT', '/groups/lumikorpi-7b-ma/assessments', {
      grades: {},
    });
    expect(malformed.status).toBe(400);
    expect((malformed.body as ValidationErrorResponse).errors[0]?.code).toBe('invalid-body');
  });

  test('cannot read the principal’s overview', async () => {
    expect((await call('teacher', 'GET', `/overview?school=${KIVIMAKI}`)).status).toBe(403);
  });
});

test.describe('the principal', () => {
  test('reads the overview of their school: every group, counts, averages, distributions', async () => {
    const answer = await call('principal', 'GET', `/overview?school=${KIVIMAKI}`);
    expect(answer.status).toBe(200);
    const overview = answer.body as OverviewResponse;
    expect(overview.school.name).toBe('Kivimäen yhtenäiskoulu');
    expect(overview.groups.map((group) => group.name)).toEqual([
      '9C fysiikka',
      '9C matematiikka',
      '8B englanti',
      '7A biologia',
      '9. lk valinnainen media',
    ]);
    const math = overview.groups.find((group) => group.id === 'kivimaki-9c-ma');
    expect(math).toMatchObject({ teacherName: 'Petri Väisänen', pupilCount: 9, assessedCount: 9 });
    expect(math?.average).toBeCloseTo(67 / 9, 10);
    expect(math?.distribution).toEqual({
      '4': 0,
      '5': 1,
      '6': 1,
      '7': 2,
      '8': 3,
      '9': 2,
      '10': 0,
    });
    const media = overview.groups.find((group) => group.id === 'kivimaki-9-me');
    expect(media).toMatchObject({ average: null, distribution: { S: 5, H: 1 } });
  });

  test('is refused another school’s overview and every teacher route, and cannot write', async () => {
    expect((await call('principal', 'GET', `/overview?school=${LUMIKORPI}`)).status).toBe(403);
    expect((await call('principal', 'GET', `/groups?school=${KIVIMAKI}`)).status).toBe(403);
    expect((await call('principal', 'GET', '/groups/kivimaki-9c-fy')).status).toBe(403);
    const write = await call('principal', 'PUT', '/groups/kivimaki-9c-fy/assessments', {
      assessments: [{ pupilId: 'p-09247-9c-04', grade: 9, feedback: '' }],
    });
    expect(write.status).toBe(403);
  });
});

test.describe('a teacher at one school who is principal of another', () => {
  // Pekka Aaltonen teaches at Kivimäki and leads Lumikorpi: each role counts at its own school only.
  test('reads the overview of the school they lead', async () => {
    const answer = await call('teacher-principal', 'GET', `/overview?school=${LUMIKORPI}`);
    expect(answer.status).toBe(200);
    const overview = answer.body as OverviewResponse;
    expect(overview.school.name).toBe('Lumikorven koulu');
    expect(overview.groups.map((group) => group.id)).toContain('lumikorpi-7b-ma');
  });

  test('is refused the overview of the school where they only teach (403)', async () => {
    const answer = await call('teacher-principal', 'GET', `/overview?school=${KIVIMAKI}`);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({
      error_description: 'you are not a principal at school 09247',
    });
  });

  test('teaches their groups where they teach, and none where they lead', async () => {
    const groups = await call('teacher-principal', 'GET', `/groups?school=${KIVIMAKI}`);
    expect(groups.status).toBe(200);
    expect((groups.body as GroupsResponse).groups.map((group) => group.id)).toEqual([
      'kivimaki-7a-bi',
    ]);
    expect((await call('teacher-principal', 'GET', '/groups/kivimaki-7a-bi')).status).toBe(200);
    expect((await call('teacher-principal', 'GET', `/groups?school=${LUMIKORPI}`)).status).toBe(
      403,
    );
  });
});

test('CORS: the portal may call with a token and JSON body; other origins may not', async () => {
  const preflight = await fetch(`${api.url}/groups/lumikorpi-7b-ma/assessments`, {
    method: 'OPTIONS',
    headers: {
      origin: PORTAL,
      'access-control-request-method': 'PUT',
      'access-control-request-headers': 'authorization, content-type',
    },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe(PORTAL);
  expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
  const stranger = await fetch(`${api.url}/groups`, {
    method: 'OPTIONS',
    headers: { origin: 'http://127.0.0.1:6001', 'access-control-request-method': 'GET' },
  });
  expect(stranger.status).toBe(403);
});
