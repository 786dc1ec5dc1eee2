/**
 * The absence notices API against DigiOne's real local identity provider: who may call it at all
 * (tokens for its audience, from the app's own origin), and the rules of a guardian's report. The
 * guardian's and the teacher's routes are in api-guardian.spec.ts and api-teacher.spec.ts.
 */
import { expect, test } from '@playwright/test';
import type { ReportRefusal } from '../src/types.js';
import {
  AINO_ID,
  APP_ORIGIN,
  DAY,
  EETU_ID,
  OTHER_AUDIENCE,
  PORTAL,
  shiftDay,
  useAbsencesApi,
} from './api-fixtures.js';

test.describe('the absence notices API', () => {
  const { api, call, token } = useAbsencesApi();

  test('refuses a request without a token, or with a token for another API, with 401', async () => {
    const anonymous = await fetch(`${api().url}/absences?child=${AINO_ID}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="digione"');

    const other = await fetch(`${api().url}/absences?child=${AINO_ID}`, {
      headers: { authorization: `Bearer ${await token('guardian', OTHER_AUDIENCE)}` },
    });
    expect(other.status).toBe(401);
    expect(other.headers.get('www-authenticate')).toContain('error="invalid_token"');

    const post = await fetch(`${api().url}/absences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(401);
  });

  test("lets the app's own origin call it from the browser, and no other", async () => {
    const preflight = await fetch(`${api().url}/absences`, {
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
    const portal = await fetch(`${api().url}/absences`, {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'GET' },
    });
    expect(portal.status).toBe(403);
  });

  test('refuses an invalid report with 400 and what is wrong with each field', async () => {
    const refused = async (report: Record<string, unknown>) => {
      const answer = await call('guardian', 'POST', '/absences', {
        child: AINO_ID,
        ...report,
      });
      expect(answer.status).toBe(400);
      return (answer.json as ReportRefusal).fields;
    };
    expect(await refused({})).toEqual({ start: 'required', end: 'required', reason: 'required' });
    expect(
      await refused({ start: '2025-02-30', end: shiftDay(DAY, 1), reason: 'flunssa' }),
    ).toEqual({ start: 'invalid', reason: 'invalid' });
    expect(
      await refused({ start: shiftDay(DAY, 2), end: shiftDay(DAY, 1), reason: 'illness' }),
    ).toEqual({ end: 'before-start' });
    expect(await refused({ start: shiftDay(DAY, -15), end: DAY, reason: 'illness' })).toEqual({
      start: 'too-early',
    });
    expect(await refused({ start: DAY, end: shiftDay(DAY, 91), reason: 'illness' })).toEqual({
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
    const longest = await call('guardian', 'POST', '/absences', {
      child: AINO_ID,
      start: DAY,
      end: DAY,
      reason: 'illness',
      message: 'ä'.repeat(500),
    });
    expect(longest.status).toBe(201);

    expect((await call('guardian', 'POST', '/absences', [])).status).toBe(400);
    expect((await call('guardian', 'POST', '/absences', { start: DAY })).status).toBe(400);
  });

  test('lets only a guardian report for their own child', async () => {
    const report = { start: DAY, end: DAY, reason: 'illness' };
    expect(
      (
        await call('guardian', 'POST', '/absences', {
          ...report,
          child: 'oppilas-onni-virtanen',
        })
      ).status,
    ).toBe(403);
    expect((await call('teacher', 'POST', '/absences', { ...report, child: AINO_ID })).status).toBe(
      403,
    );
    expect((await call('pupil', 'POST', '/absences', { ...report, child: AINO_ID })).status).toBe(
      403,
    );
    const eetu = await call('guardian', 'POST', '/absences', { ...report, child: EETU_ID });
    expect(eetu.status).toBe(201);
  });
});
