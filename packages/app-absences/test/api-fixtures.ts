/**
 * What the absence notices API's specs share: DigiOne's real local identity provider for the whole
 * file, a fresh API for each test (its absences are its own), tokens got as the portal gets them
 * (sign-in through the login form, then a refresh-token grant for this API's audience), and a call
 * as one of the test people. Days are counted as the API counts them, with date-fns.
 */
import { test } from '@playwright/test';
import { format, startOfISOWeek } from 'date-fns';
import {
  portalClient,
  startIdentityProvider,
  type RunningIdentityProvider,
  type RunningProtectedApi,
} from '@digione/dev-idp';
import { accessTokenFor } from '@digione/dev-idp/testing';
import { AUDIENCE, startApi } from '../api/server.js';
import { shiftDay, type IsoDate } from '../src/types.js';

export { AINO_ID, EETU_ID } from '../api/data.js';
export { shiftDay };

export const PORTAL = 'http://127.0.0.1:5999';
/** The app's own origin: its frame calls the API from there. */
export const APP_ORIGIN = 'http://127.0.0.1:5998';
/** Another app's API: its tokens must not open this one. */
export const OTHER_AUDIENCE = 'https://api.timetable.example.fi';
export const LUMIKORPI = '09231';
export const KIVIMAKI = '09247';
export const MERITUULI = '04915';

/** Today, as the API counts it. */
export const DAY: IsoDate = format(new Date(), 'yyyy-MM-dd');
/** This ISO week, `YYYY-Www`. */
export const WEEK = format(new Date(), "RRRR-'W'II");
/** The ISO week of `day`, `YYYY-Www`. */
export const weekOf = (day: IsoDate): string => format(new Date(`${day}T12:00`), "RRRR-'W'II");
/** This week's Monday. */
export const MONDAY: IsoDate = format(startOfISOWeek(new Date()), 'yyyy-MM-dd');

export type Username = 'guardian' | 'teacher' | 'principal' | 'pupil' | 'teacher-principal';

export interface Answer {
  readonly status: number;
  readonly json: unknown;
}

/** The API of the running test, and calls to it. */
export interface AbsencesApi {
  /** The API the test runs against. */
  readonly api: () => RunningProtectedApi;
  /** An access token of `username` for `audience` (this API's by default). */
  readonly token: (username: Username, audience?: string) => Promise<string>;
  /** Calls the API as `username` (null: without a token). */
  readonly call: (
    username: Username | null,
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
  ) => Promise<Answer>;
}

/** Starts the identity provider for the spec file and a fresh API for each of its tests. */
export function useAbsencesApi(): AbsencesApi {
  let idp: RunningIdentityProvider | undefined;
  let api: RunningProtectedApi | undefined;
  const tokens = new Map<string, string>();

  test.beforeAll(async () => {
    idp = await startIdentityProvider({
      log: false,
      clients: [portalClient([PORTAL])],
      resources: [{ audience: AUDIENCE }, { audience: OTHER_AUDIENCE }],
    });
  });
  test.afterAll(async () => {
    await idp?.stop();
  });
  test.beforeEach(async () => {
    api = await startApi({ issuer: running(idp).issuer, allowedOrigins: [APP_ORIGIN] });
  });
  test.afterEach(async () => {
    await api?.stop();
  });

  const token = async (username: Username, audience = AUDIENCE): Promise<string> => {
    const key = `${username} ${audience}`;
    const known = tokens.get(key);
    if (known) return known;
    const accessToken = await accessTokenFor({
      issuer: running(idp).issuer,
      redirectUri: `${PORTAL}/auth/callback`,
      username,
      audience,
      otherAudiences: [AUDIENCE, OTHER_AUDIENCE].filter((a) => a !== audience),
    });
    tokens.set(key, accessToken);
    return accessToken;
  };

  return {
    api: () => running(api),
    token,
    async call(username, method, path, body) {
      const headers: Record<string, string> = {};
      if (username) headers.authorization = `Bearer ${await token(username)}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${running(api).url}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
    },
  };
}

function running<T>(server: T | undefined): T {
  if (!server) throw new Error('The server of this spec has not started.');
  return server;
}
