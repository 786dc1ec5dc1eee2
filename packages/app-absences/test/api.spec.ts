/**
 * The absence notices API against DigiOne's real local identity provider: tokens got as the portal
 * gets them (sign-in through the login form, then a refresh-token grant for this API's audience),
 * who may see and change what, the report's validation, and a guardian's report reaching the
 * teacher of the child's group.
 */
import { expect, test } from '@playwright/test';
import {
  portalClient,
  startIdentityProvider,
  type RunningIdentityProvider,
  type RunningProtectedApi,
} from '@digione/dev-idp';
import { accessTokenFor } from '@digione/dev-idp/testing';
import { AINO_ID, EETU_ID } from '../api/data.js';
import { AUDIENCE, startApi } from '../api/server.js';
import { addDays, isoWeek, mondayOf, today } from '../src/dates.js';
import type {
  GuardianAbsence,
  GuardianAbsenceList,
  ReportRefusal,
  TeacherAbsence,
  TeacherAbsenceList,
} from '../src/model.js';

const PORTAL = 'http://127.0.0.1:5999';
/** The app's own origin: its frame calls the API from there. */
const APP_ORIGIN = 'http://127.0.0.1:5998';
const OTHER_AUDIENCE = 'https://api.timetable.example.fi';
const LUMIKORPI = '09231';
const KIVIMAKI = '09247';
const MERITUULI = '04915';

type Username = 'guardian' | 'teacher' | 'principal' | 'pupil';

let idp: RunningIdentityProvider;
const tokens = new Map<string, string>();

/** An access token for `audience`, the portal's way: sign in, then a refresh-token grant. */
async function token(username: Username, audience = AUDIENCE): Promise<string> {
  const key = `${username} ${audience}`;
  const known = tokens.get(key);
  if (known) return known;
  const accessToken = await accessTokenFor({
    issuer: idp.issuer,
    redirectUri: `${PORTAL}/auth/callback`,
    username,
    audience,
    otherAudiences: [AUDIENCE, OTHER_AUDIENCE].filter((a) => a !== audience),
  });
  tokens.set(key, accessToken);
  return accessToken;
}

async function call(
  api: RunningProtectedApi,
  username: Username | null,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = {};
  if (username) headers.authorization = `Bearer ${await token(username)}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}

const WEEK = isoWeek(today());
const DAY = today();

test.describe('the absence notices API', () => {
  let api: RunningProtectedApi;

  test.beforeAll(async () => {
    idp = await startIdentityProvider({
      log: false,
      clients: [portalClient([PORTAL])],
      resources: [{ audience: AUDIENCE }, { audience: OTHER_AUDIENCE }],
    });
  });

  test.afterAll(async () => {
    await idp.stop();
  });

  test.beforeEach(async () => {
    // Each test gets its own API: its absences are its own.
    api = await startApi({ issuer: idp.issuer, allowedOrigins: [APP_ORIGIN] });
  });

  test.afterEach(async () => {
    await api.stop();
  });

  test('refuses a request without a token, or with a token for another API, with 401', async () => {
    const anonymous = await fetch(`${api.url}/absences?child=${AINO_ID}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="digione"');

    const other = await fetch(`${api.url}/absences?child=${AINO_ID}`, {
      headers: { authorization: `Bearer ${await token('guardian', OTHER_AUDIENCE)}` },
    });
    expect(other.status).toBe(401);
    expect(other.headers.get('www-authenticate')).toContain('error="invalid_token"');

    const post = await fetch(`${api.url}/absences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(401);
  });

  test("lets the app's own origin call it from the browser, and no other", async () => {
    const preflight = await fetch(`${api.url}/absences`, {
      method: 'OPTIONS',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('DELETE');
    const portal = await fetch(`${api.url}/absences`, {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'GET' },
    });
    expect(portal.status).toBe(403);
  });

  test("gives a guardian their own children's absences of the term, and nobody else's", async () => {
    const aino = await call(api, 'guardian', 'GET', `/absences?child=${AINO_ID}`);
    expect(aino.status).toBe(200);
    const list = aino.json as GuardianAbsenceList;
    expect(list.term.from <= DAY && DAY <= list.term.to).toBe(true);
    expect(list.absences.every((a) => a.childId === AINO_ID)).toBe(true);
    // The family trip in ten days is listed, unless it falls in the next term (late December).
    const trip = list.absences.find((a) => a.start === addDays(DAY, 10));
    expect(trip !== undefined).toBe(addDays(DAY, 10) <= list.term.to);
    if (trip) {
      expect(trip).toMatchObject({
        reason: 'other',
        reasonText: 'Perheen matka isovanhempien luo Ouluun',
        acknowledged: false,
        cancellable: true,
      });
    }
    expect(list.absences.some((a) => a.reason === 'illness' && a.acknowledged)).toBe(
      addDays(mondayOf(DAY), -13) >= list.term.from,
    );
    // Newest first.
    const starts = list.absences.map((a) => a.start);
    expect(starts).toEqual([...starts].sort().reverse());

    const eetu = await call(api, 'guardian', 'GET', `/absences?child=${EETU_ID}`);
    expect(eetu.status).toBe(200);
    expect((eetu.json as GuardianAbsenceList).absences.every((a) => a.childId === EETU_ID)).toBe(
      true,
    );

    // Another family's child, and other people asking for Aino's.
    expect(
      (await call(api, 'guardian', 'GET', '/absences?child=oppilas-onni-virtanen')).status,
    ).toBe(403);
    expect((await call(api, 'teacher', 'GET', `/absences?child=${AINO_ID}`)).status).toBe(403);
    expect((await call(api, 'pupil', 'GET', `/absences?child=${AINO_ID}`)).status).toBe(403);
    expect((await call(api, 'guardian', 'GET', '/absences')).status).toBe(400);
  });

  test("gives a teacher the week's absences of their own groups at the school, and nothing more", async () => {
    const lumikorpi = await call(
      api,
      'teacher',
      'GET',
      `/absences?school=${LUMIKORPI}&week=${WEEK}`,
    );
    expect(lumikorpi.status).toBe(200);
    const week = lumikorpi.json as TeacherAbsenceList;
    expect(week.week).toBe(WEEK);
    expect(week.groups).toEqual(['7B', '8A']);
    const names = week.absences.map((a) => a.pupil.name);
    expect(names).toEqual(
      expect.arrayContaining(['Onni Virtanen', 'Helmi Laine', 'Venla Koskinen']),
    );
    // Emil is in 7A, which Mikko does not teach; Iida and Aada go to another school.
    expect(names).not.toContain('Emil Lehtonen');
    expect(names).not.toContain('Aada Saarinen');
    expect(week.absences.every((a) => ['7B', '8A'].includes(a.pupil.group))).toBe(true);
    expect(week.absences.every((a) => a.start <= week.to && a.end >= week.from)).toBe(true);

    const kivimaki = await call(api, 'teacher', 'GET', `/absences?school=${KIVIMAKI}&week=${WEEK}`);
    const kivimakiNames = (kivimaki.json as TeacherAbsenceList).absences.map((a) => a.pupil.name);
    expect(kivimakiNames).toEqual(expect.arrayContaining(['Aada Saarinen', 'Niilo Hämäläinen']));
    expect(kivimakiNames).not.toContain('Iida Salo');

    // Another week has other absences: two weeks back, none of this week's.
    const earlier = await call(
      api,
      'teacher',
      'GET',
      `/absences?school=${LUMIKORPI}&week=${isoWeek(addDays(DAY, -14))}`,
    );
    expect((earlier.json as TeacherAbsenceList).absences.map((a) => a.pupil.name)).toEqual([
      'Aino Mäkelä',
    ]);

    // A school where he does not teach, other roles, and a week that is not one.
    expect(
      (await call(api, 'teacher', 'GET', `/absences?school=${MERITUULI}&week=${WEEK}`)).status,
    ).toBe(403);
    expect(
      (await call(api, 'principal', 'GET', `/absences?school=${KIVIMAKI}&week=${WEEK}`)).status,
    ).toBe(403);
    expect(
      (await call(api, 'guardian', 'GET', `/absences?school=${LUMIKORPI}&week=${WEEK}`)).status,
    ).toBe(403);
    expect(
      (await call(api, 'teacher', 'GET', `/absences?school=${LUMIKORPI}&week=2025-W99`)).status,
    ).toBe(400);
  });

  test("shows a guardian's report to the teacher of the child's group, who acknowledges it", async () => {
    const reported = await call(api, 'guardian', 'POST', '/absences', {
      child: AINO_ID,
      start: DAY,
      end: DAY,
      reason: 'illness',
      message: '  Ainolla on kuumetta, hän jää tänään kotiin.  ',
    });
    expect(reported.status).toBe(201);
    const created = reported.json as GuardianAbsence;
    expect(created).toMatchObject({
      childId: AINO_ID,
      start: DAY,
      end: DAY,
      reason: 'illness',
      message: 'Ainolla on kuumetta, hän jää tänään kotiin.',
      acknowledged: false,
      // It has begun: no longer cancellable.
      cancellable: false,
    });

    // Mikko, acting in Lumikorven koulu, sees it among his 7B's absences.
    const week = await call(api, 'teacher', 'GET', `/absences?school=${LUMIKORPI}&week=${WEEK}`);
    const seen = (week.json as TeacherAbsenceList).absences.find((a) => a.id === created.id);
    expect(seen).toMatchObject({
      pupil: { id: AINO_ID, name: 'Aino Mäkelä', group: '7B' },
      start: DAY,
      message: 'Ainolla on kuumetta, hän jää tänään kotiin.',
      acknowledged: false,
    });
    // Not in Kivimäki, where Aino does not go.
    const kivimaki = await call(api, 'teacher', 'GET', `/absences?school=${KIVIMAKI}&week=${WEEK}`);
    expect((kivimaki.json as TeacherAbsenceList).absences.some((a) => a.id === created.id)).toBe(
      false,
    );

    const acknowledged = await call(api, 'teacher', 'POST', `/absences/${created.id}/acknowledge`);
    expect(acknowledged.status).toBe(200);
    expect((acknowledged.json as TeacherAbsence).acknowledged).toBe(true);
    // Acknowledging again changes nothing.
    expect((await call(api, 'teacher', 'POST', `/absences/${created.id}/acknowledge`)).status).toBe(
      200,
    );

    const guardianView = await call(api, 'guardian', 'GET', `/absences?child=${AINO_ID}`);
    expect(
      (guardianView.json as GuardianAbsenceList).absences.find((a) => a.id === created.id),
    ).toMatchObject({ acknowledged: true });
  });

  test('lets only a teacher of the pupil’s group acknowledge', async () => {
    const week = await call(api, 'teacher', 'GET', `/absences?school=${LUMIKORPI}&week=${WEEK}`);
    const onni = (week.json as TeacherAbsenceList).absences.find(
      (a) => a.pupil.name === 'Onni Virtanen',
    );
    expect(onni).toBeDefined();
    expect(
      (await call(api, 'guardian', 'POST', `/absences/${onni?.id ?? ''}/acknowledge`)).status,
    ).toBe(403);
    expect(
      (await call(api, 'principal', 'POST', `/absences/${onni?.id ?? ''}/acknowledge`)).status,
    ).toBe(403);
    // Emil's absence (7A) is not Mikko's to acknowledge; Iida's (9D, Kivimäki) neither.
    expect((await call(api, 'teacher', 'POST', '/absences/poissaolo-7/acknowledge')).status).toBe(
      403,
    );
    expect((await call(api, 'teacher', 'POST', '/absences/poissaolo-10/acknowledge')).status).toBe(
      403,
    );
    expect((await call(api, 'teacher', 'POST', '/absences/ei-ole/acknowledge')).status).toBe(404);
  });

  test('refuses an invalid report with 400 and what is wrong with each field', async () => {
    const refused = async (report: Record<string, unknown>) => {
      const answer = await call(api, 'guardian', 'POST', '/absences', {
        child: AINO_ID,
        ...report,
      });
      expect(answer.status).toBe(400);
      return (answer.json as ReportRefusal).fields;
    };
    expect(await refused({})).toEqual({ start: 'required', end: 'required', reason: 'required' });
    expect(await refused({ start: '2025-02-30', end: addDays(DAY, 1), reason: 'flunssa' })).toEqual(
      { start: 'invalid', reason: 'invalid' },
    );
    expect(
      await refused({ start: addDays(DAY, 2), end: addDays(DAY, 1), reason: 'illness' }),
    ).toEqual({ end: 'before-start' });
    expect(await refused({ start: addDays(DAY, -15), end: DAY, reason: 'illness' })).toEqual({
      start: 'too-early',
    });
    expect(await refused({ start: DAY, end: addDays(DAY, 91), reason: 'illness' })).toEqual({
      end: 'too-late',
    });
    expect(await refused({ start: DAY, end: DAY, reason: 'other', reasonText: '   ' })).toEqual({
      reasonText: 'required',
    });
    expect(
      await refused({ start: DAY, end: DAY, reason: 'other', reasonText: 'x'.repeat(201) }),
    ).toEqual({ reasonText: 'too-long' });
    expect(
      await refused({ start: DAY, end: DAY, reason: 'illness', message: 'ä'.repeat(501) }),
    ).toEqual({ message: 'too-long' });

    // 500 characters are fine.
    const longest = await call(api, 'guardian', 'POST', '/absences', {
      child: AINO_ID,
      start: DAY,
      end: DAY,
      reason: 'illness',
      message: 'ä'.repeat(500),
    });
    expect(longest.status).toBe(201);

    expect((await call(api, 'guardian', 'POST', '/absences', [])).status).toBe(400);
    expect((await call(api, 'guardian', 'POST', '/absences', { start: DAY })).status).toBe(400);
  });

  test('lets only a guardian report for their own child', async () => {
    const report = { start: DAY, end: DAY, reason: 'illness' };
    expect(
      (
        await call(api, 'guardian', 'POST', '/absences', {
          ...report,
          child: 'oppilas-onni-virtanen',
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(api, 'teacher', 'POST', '/absences', { ...report, child: AINO_ID })).status,
    ).toBe(403);
    expect(
      (await call(api, 'pupil', 'POST', '/absences', { ...report, child: AINO_ID })).status,
    ).toBe(403);
    const eetu = await call(api, 'guardian', 'POST', '/absences', { ...report, child: EETU_ID });
    expect(eetu.status).toBe(201);
  });

  test('lets a guardian cancel their own report before it begins, and nothing else', async () => {
    const coming = await call(api, 'guardian', 'POST', '/absences', {
      child: EETU_ID,
      start: addDays(DAY, 3),
      end: addDays(DAY, 4),
      reason: 'other',
      reasonText: 'Hammaslääkäri ja sen jälkeen lepo',
    });
    const { id } = coming.json as GuardianAbsence;
    expect((coming.json as GuardianAbsence).cancellable).toBe(true);

    // Not another guardian's, not a teacher.
    expect((await call(api, 'teacher', 'DELETE', `/absences/${id}`)).status).toBe(404);
    expect((await call(api, 'guardian', 'DELETE', '/absences/poissaolo-4')).status).toBe(404);

    const cancelled = await call(api, 'guardian', 'DELETE', `/absences/${id}`);
    expect(cancelled.status).toBe(204);
    const list = await call(api, 'guardian', 'GET', `/absences?child=${EETU_ID}`);
    expect((list.json as GuardianAbsenceList).absences.some((a) => a.id === id)).toBe(false);
    expect((await call(api, 'guardian', 'DELETE', `/absences/${id}`)).status).toBe(404);

    // An absence that has begun stays.
    const begun = await call(api, 'guardian', 'POST', '/absences', {
      child: AINO_ID,
      start: DAY,
      end: addDays(DAY, 1),
      reason: 'illness',
    });
    const stays = await call(
      api,
      'guardian',
      'DELETE',
      `/absences/${(begun.json as GuardianAbsence).id}`,
    );
    expect(stays.status).toBe(409);
    expect(stays.json).toMatchObject({ error: 'not_cancellable' });
  });
});
