/**
 * The Messages API against the real local identity provider: real sign-ins, real access tokens for
 * the app's audience, and what each person may see, send and read.
 */
import { expect, test } from '@playwright/test';
import {
  portalClient,
  startIdentityProvider,
  type RunningIdentityProvider,
  type RunningProtectedApi,
} from '@digione/dev-idp';
import { accessTokenFor } from '@digione/dev-idp/testing';
import { AUDIENCE, startApi } from '../api/server.js';
import { AINO, EETU, KIVIMAKI, LEENA, LUMIKORPI, MIKKO, SANNA } from '../api/data.js';
import type {
  RecipientsResponse,
  ThreadDetail,
  ThreadListResponse,
  UnreadCountResponse,
} from '../src/api.js';

const PORTAL = 'http://127.0.0.1:5998';
const OTHER_AUDIENCE = 'https://api.timetable.example.fi';

type Username = 'guardian' | 'teacher' | 'principal' | 'pupil';

let idp: RunningIdentityProvider;
let api: RunningProtectedApi;
const tokens = new Map<string, string>();

/** An access token for `audience`, the portal's way (one sign-in per person and audience). */
async function tokenFor(username: Username, audience = AUDIENCE): Promise<string> {
  const key = `${username} ${audience}`;
  const token =
    tokens.get(key) ??
    (await accessTokenFor({
      issuer: idp.issuer,
      redirectUri: `${PORTAL}/auth/callback`,
      username,
      audience,
      otherAudiences: [AUDIENCE, OTHER_AUDIENCE].filter((other) => other !== audience),
    }));
  tokens.set(key, token);
  return token;
}

interface Answer<T> {
  readonly status: number;
  readonly body: T;
}

async function call<T>(
  username: Username,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Answer<T>> {
  const response = await fetch(`${api.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${await tokenFor(username)}`,
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const errorOf = (answer: Answer<unknown>) => (answer.body as { error?: string }).error;

test.describe('the Messages API', () => {
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

  test('answers 401 without a token and with a token for another audience', async () => {
    for (const path of ['/threads', '/threads/t-0001', '/recipients', '/unread-count']) {
      const anonymous = await fetch(`${api.url}${path}`);
      expect(anonymous.status, path).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="digione"');
    }
    const elsewhere = await tokenFor('guardian', OTHER_AUDIENCE);
    const refused = await fetch(`${api.url}/threads`, {
      headers: { authorization: `Bearer ${elsewhere}` },
    });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe('invalid_token');
    const post = await fetch(`${api.url}/threads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${elsewhere}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: [MIKKO], subject: 'Hei', body: 'Hei' }),
    });
    expect(post.status).toBe(401);
  });

  test("each person's inbox holds their own threads, newest first, some unread", async () => {
    const sanna = await call<ThreadListResponse>('guardian', '/threads');
    expect(sanna.status).toBe(200);
    const subjects = sanna.body.threads.map((t) => t.subject);
    expect(subjects).toContain('Kutsu 7. luokkien vanhempainiltaan');
    expect(subjects).toContain('Ainon poissaolo perjantaina');
    expect(subjects).toContain('Viikon läksyt ja kirjastokäynti');
    // Not hers: the teacher's messages with other families, the principal's with her staff.
    expect(subjects).not.toContain('Veetin matematiikan koe');
    expect(subjects).not.toContain('Sijaisjärjestelyt ensi viikolla');
    const times = sanna.body.threads.map((t) => t.lastMessageAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(sanna.body.unreadCount).toBe(sanna.body.threads.filter((t) => t.unread).length);
    expect(sanna.body.unreadCount).toBeGreaterThan(0);

    const mikko = await call<ThreadListResponse>('teacher', '/threads');
    const mikkoSubjects = mikko.body.threads.map((t) => t.subject);
    expect(mikkoSubjects).toContain('Veetin matematiikan koe');
    expect(mikkoSubjects).toContain('Opettajainkokous keskiviikkona klo 14.15');
    expect(mikkoSubjects).not.toContain('Viikon läksyt ja kirjastokäynti');
    expect(mikko.body.unreadCount).toBeGreaterThan(0);

    const leena = await call<ThreadListResponse>('principal', '/threads');
    expect(leena.body.threads.map((t) => t.subject)).toContain('Koulukuljetus Niilolle');
    expect(leena.body.unreadCount).toBeGreaterThan(0);

    const count = await call<UnreadCountResponse>('guardian', '/unread-count');
    expect(count.body).toEqual({ count: sanna.body.unreadCount });
  });

  test("a family's reply to a class message reaches the teacher only", async () => {
    const mikko = await call<ThreadListResponse>('teacher', '/threads');
    const trip = mikko.body.threads.find((t) => t.subject.startsWith('Retkitiedote'));
    expect(trip?.with.length).toBeGreaterThan(1);
    const teacherView = await call<ThreadDetail>('teacher', `/threads/${trip?.id ?? ''}`);
    expect(teacherView.body.messages.map((m) => m.from.name)).toContain('Jari Lahtinen');
    const guardianView = await call<ThreadDetail>('guardian', `/threads/${trip?.id ?? ''}`);
    expect(guardianView.status).toBe(200);
    expect(guardianView.body.messages.map((m) => m.from.name)).toEqual(['Mikko Korhonen']);
    expect(guardianView.body.with).toEqual([{ id: MIKKO, name: 'Mikko Korhonen' }]);
  });

  test('opening a thread marks it read for the caller only', async () => {
    const before = await call<ThreadListResponse>('guardian', '/threads');
    const unread = before.body.threads.find((t) => t.unread);
    expect(unread).toBeDefined();
    const opened = await call<ThreadDetail>('guardian', `/threads/${unread?.id ?? ''}`);
    expect(opened.status).toBe(200);
    expect(opened.body.subject).toBe(unread?.subject);
    expect(opened.body.unreadCount).toBe(before.body.unreadCount - 1);
    // Plain text with its line breaks, as written.
    expect(opened.body.messages[0]?.body).toContain('\n');
    const after = await call<ThreadListResponse>('guardian', '/threads');
    expect(after.body.threads.find((t) => t.id === unread?.id)?.unread).toBe(false);
    expect((await call<UnreadCountResponse>('guardian', '/unread-count')).body.count).toBe(
      before.body.unreadCount - 1,
    );
  });

  test('whom one may write to follows the role, the school and the child', async () => {
    const atLumikorpi = await call<RecipientsResponse>(
      'teacher',
      `/recipients?school=${LUMIKORPI}`,
    );
    expect(atLumikorpi.status).toBe(200);
    const lumikorpiIds = atLumikorpi.body.recipients.map((r) => r.id);
    expect(lumikorpiIds).toContain(SANNA);
    expect(atLumikorpi.body.recipients.every((r) => r.kind === 'guardian')).toBe(true);
    expect(atLumikorpi.body.recipients.find((r) => r.id === SANNA)?.detail).toBe('Aino Mäkelä, 7B');

    const atKivimaki = await call<RecipientsResponse>('teacher', `/recipients?school=${KIVIMAKI}`);
    const kivimakiNames = atKivimaki.body.recipients.map((r) => r.name);
    expect(kivimakiNames).toContain('Petri Salonen');
    expect(kivimakiNames).not.toContain('Sanna Mäkelä');
    // A pupil of Kivimäki whom Mikko does not teach: not his to write to.
    expect(kivimakiNames).not.toContain('Laura Mattila');

    const forAino = await call<RecipientsResponse>('guardian', `/recipients?child=${AINO}`);
    expect(forAino.body.recipients.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Mikko Korhonen', 'Anna Lehtinen']),
    );
    expect(forAino.body.recipients.every((r) => r.kind === 'teacher')).toBe(true);
    const forEetu = await call<RecipientsResponse>('guardian', `/recipients?child=${EETU}`);
    expect(forEetu.body.recipients.map((r) => r.name)).toContain('Riikka Laine');
    expect(forEetu.body.recipients.map((r) => r.name)).not.toContain('Mikko Korhonen');

    const principal = await call<RecipientsResponse>('principal', `/recipients?school=${KIVIMAKI}`);
    const kinds = new Set(principal.body.recipients.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['teacher', 'staff', 'guardian']));
    expect(principal.body.recipients.map((r) => r.name)).toContain('Laura Mattila');
    expect(principal.body.recipients.map((r) => r.id)).not.toContain(LEENA);

    const notHisSchool = await call('teacher', '/recipients?school=04915');
    expect(notHisSchool.status).toBe(403);
    expect(errorOf(notHisSchool)).toBe('school_not_allowed');
    const notHerChild = await call('guardian', '/recipients?child=pupil-veeti-salonen');
    expect(notHerChild.status).toBe(403);
    expect(errorOf(notHerChild)).toBe('child_not_allowed');
    const pupil = await call('pupil', '/recipients');
    expect(pupil.status).toBe(403);
    expect(errorOf(pupil)).toBe('not_a_messaging_user');
  });

  test("a teacher's message reaches the guardian's inbox, unread, and her reply reaches him", async () => {
    const before = await call<UnreadCountResponse>('guardian', '/unread-count');
    const body = 'Hei Sanna,\n\nAino teki tänään hienon esitelmän.\nTerveisin Mikko';
    const sent = await call<ThreadDetail>('teacher', '/threads', {
      method: 'POST',
      body: { to: [SANNA], subject: 'Ainon esitelmä', body, school: LUMIKORPI },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.subject).toBe('Ainon esitelmä');
    expect(sent.body.with).toEqual([{ id: SANNA, name: 'Sanna Mäkelä' }]);
    expect(sent.body.context.school.code).toBe(LUMIKORPI);
    expect(sent.body.messages).toHaveLength(1);
    expect(sent.body.messages[0]?.mine).toBe(true);

    const inbox = await call<ThreadListResponse>('guardian', '/threads');
    const arrived = inbox.body.threads.at(0);
    expect(arrived?.id).toBe(sent.body.id);
    expect(arrived?.subject).toBe('Ainon esitelmä');
    expect(arrived?.unread).toBe(true);
    expect(arrived?.with).toEqual([{ id: MIKKO, name: 'Mikko Korhonen' }]);
    expect((await call<UnreadCountResponse>('guardian', '/unread-count')).body.count).toBe(
      before.body.count + 1,
    );

    const read = await call<ThreadDetail>('guardian', `/threads/${sent.body.id}`);
    expect(read.body.messages[0]?.body).toBe(body);
    expect(read.body.messages[0]?.mine).toBe(false);
    expect(read.body.unreadCount).toBe(before.body.count);

    const reply = await call<ThreadDetail>('guardian', `/threads/${sent.body.id}/replies`, {
      method: 'POST',
      body: { body: 'Kiitos tiedosta!' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.messages.map((m) => m.body)).toEqual([body, 'Kiitos tiedosta!']);
    const teacherInbox = await call<ThreadListResponse>('teacher', '/threads');
    expect(teacherInbox.body.threads[0]).toMatchObject({ id: sent.body.id, unread: true });
  });

  test('a thread that is not yours is refused with 403, one that does not exist with 404', async () => {
    const principal = await call<ThreadListResponse>('principal', '/threads');
    const hers = principal.body.threads.find((t) => t.subject === 'Koulukuljetus Niilolle');
    expect(hers).toBeDefined();
    const read = await call('guardian', `/threads/${hers?.id ?? ''}`);
    expect(read.status).toBe(403);
    expect(errorOf(read)).toBe('not_a_participant');
    const reply = await call('teacher', `/threads/${hers?.id ?? ''}/replies`, {
      method: 'POST',
      body: { body: 'Hei' },
    });
    expect(reply.status).toBe(403);
    // Her thread stays unread for her: the refused reads changed nothing.
    const again = await call<ThreadListResponse>('principal', '/threads');
    expect(again.body.threads.find((t) => t.id === hers?.id)?.unread).toBe(true);

    const missing = await call('guardian', '/threads/t-9999');
    expect(missing.status).toBe(404);
    expect(errorOf(missing)).toBe('thread_not_found');
    expect((await call('guardian', '/threads/..%2Fsecret')).status).toBe(404);
  });

  test('refuses invalid messages with 400 and recipients one may not write to with 403', async () => {
    const send = (username: Username, body: unknown) =>
      call(username, '/threads', { method: 'POST', body });
    const valid = { to: [SANNA], subject: 'Läksyt', body: 'Muista läksyt.', school: LUMIKORPI };

    const cases: [unknown, number, string][] = [
      [[valid], 400, 'invalid_request'],
      [{ ...valid, to: [] }, 400, 'recipients_required'],
      [{ ...valid, to: SANNA }, 400, 'recipients_required'],
      [{ ...valid, to: [42] }, 400, 'recipients_required'],
      [{ ...valid, subject: '   ' }, 400, 'subject_required'],
      [{ ...valid, subject: 'x'.repeat(151) }, 400, 'subject_too_long'],
      [{ ...valid, subject: 'Kaksi\nriviä' }, 400, 'subject_invalid'],
      [{ ...valid, body: '' }, 400, 'body_required'],
      [{ ...valid, body: 'x'.repeat(5001) }, 400, 'body_too_long'],
      [{ ...valid, school: 42 }, 400, 'invalid_request'],
      [{ ...valid, child: AINO }, 400, 'invalid_context'],
      [{ ...valid, school: KIVIMAKI }, 403, 'recipient_not_allowed'],
      [{ ...valid, school: '04915' }, 403, 'school_not_allowed'],
      [{ ...valid, to: ['p-laura-mattila'], school: undefined }, 403, 'recipient_not_allowed'],
      [{ ...valid, to: [MIKKO] }, 403, 'recipient_not_allowed'],
      [{ ...valid, to: ['nobody-at-all'] }, 403, 'recipient_not_allowed'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await send('teacher', body);
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(errorOf(answer), JSON.stringify(body).slice(0, 80)).toBe(code);
    }

    // A guardian writes to her own child's teachers only.
    const toEetusTeacherForAino = await send('guardian', {
      to: ['p-riikka-laine'],
      subject: 'Kysymys',
      body: 'Hei!',
      child: AINO,
    });
    expect(toEetusTeacherForAino.status).toBe(403);
    expect(errorOf(toEetusTeacherForAino)).toBe('recipient_not_allowed');
    const ok = await send('guardian', {
      to: ['p-riikka-laine'],
      subject: 'Eetun uimakoulu',
      body: 'Hei!\nEetu tarvitsee uimalasit?',
      child: EETU,
    });
    expect(ok.status).toBe(201);
    expect((ok.body as ThreadDetail).context.child?.name).toBe('Eetu Mäkelä');

    const emptyReply = await call('guardian', '/threads/t-0003/replies', {
      method: 'POST',
      body: { body: ' \n ' },
    });
    expect(emptyReply.status).toBe(400);
    expect(errorOf(emptyReply)).toBe('body_required');

    // None of the refused messages was stored.
    const sanna = await call<ThreadListResponse>('guardian', '/threads');
    expect(sanna.body.threads.map((t) => t.subject)).not.toContain('Läksyt');
  });
});
