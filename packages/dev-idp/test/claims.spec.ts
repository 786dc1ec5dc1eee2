/**
 * The local identity provider's two claim shapes — DigiOne's `digione_*` claims and MPASSid's own —
 * and the roles per school every app's access token carries, for the API to check the role at the
 * school a request asks about.
 */
import { expect, test } from '@playwright/test';
import { claimShapeFromEnvironment, portalClient, PROVIDER_OIDS } from '../src/index.js';
import { jwtClaims } from '../src/testing.js';
import { PORTAL, refresh, signIn, TIMETABLE, useIdentityProvider } from './support.js';

const resources = [{ audience: TIMETABLE }];
const digione = useIdentityProvider({ clients: [portalClient([PORTAL])], resources });
const mpassid = useIdentityProvider({
  clients: [portalClient([PORTAL])],
  resources,
  claims: 'mpassid',
});

const VANTAA = PROVIDER_OIDS['0124610-9'];

async function userinfo(issuer: string, accessToken: string | undefined): Promise<unknown> {
  const response = await fetch(`${issuer}/me`, {
    headers: { authorization: `Bearer ${accessToken ?? ''}` },
  });
  expect(response.status).toBe(200);
  return response.json();
}

test.describe('DigiOne’s claims (the default)', () => {
  test('carry each role with its school: a teacher at one school, principal of another', async () => {
    const { tokens } = await signIn(digione, {
      username: 'teacher-principal',
      resources: [TIMETABLE],
    });
    const idToken = jwtClaims(tokens.id_token ?? '');
    expect(idToken).toMatchObject({
      given_name: 'Pekka',
      digione_roles: ['teacher', 'principal'],
      digione_affiliations: [
        { role: 'teacher', school: '09247' },
        { role: 'principal', school: '09231' },
      ],
    });
    expect(idToken).not.toHaveProperty(['urn:mpass.id:role']);
    expect(await userinfo(digione.issuer, tokens.access_token)).toMatchObject({
      digione_affiliations: idToken.digione_affiliations,
    });
  });

  test('an app’s access token carries the roles per school, and nothing else of the person', async () => {
    const { tokens } = await signIn(digione, {
      username: 'teacher-principal',
      resources: [TIMETABLE],
    });
    const api = await refresh(digione, tokens.refresh_token, TIMETABLE);
    const claims = jwtClaims(api.body.access_token ?? '');
    expect(claims.digione_affiliations).toEqual([
      { role: 'teacher', school: '09247' },
      { role: 'principal', school: '09231' },
    ]);
    for (const name of ['given_name', 'family_name', 'digione_schools', 'digione_children']) {
      expect(claims).not.toHaveProperty(name);
    }
  });

  test('a guardian’s access token says no role at any school', async () => {
    const { tokens } = await signIn(digione, { username: 'guardian', resources: [TIMETABLE] });
    const api = await refresh(digione, tokens.refresh_token, TIMETABLE);
    expect(jwtClaims(api.body.access_token ?? '').digione_affiliations).toEqual([]);
  });
});

test.describe('MPASSid’s claims (claims: "mpassid")', () => {
  test('a pupil’s ID token and userinfo are shaped as MPASSid gives them', async () => {
    const { tokens } = await signIn(mpassid, { username: 'pupil', resources: [TIMETABLE] });
    const idToken = jwtClaims(tokens.id_token ?? '');
    expect(idToken).toMatchObject({
      acr: 'mpassid',
      given_name: 'Aino',
      'urn:mpass.id:role': [`${VANTAA};09231;7B;Oppilas;1;;`],
      'urn:mpass.id:schoolInfo': ['09231;Lumikorven koulu'],
      'urn:mpass.id:educationProviderInfo': [`${VANTAA};Vantaan kaupunki`],
      'urn:mpass.id:classLevel': '7',
    });
    for (const name of ['digione_roles', 'digione_schools', 'digione_affiliations']) {
      expect(idToken).not.toHaveProperty(name);
    }
    expect(await userinfo(mpassid.issuer, tokens.access_token)).toMatchObject({
      'urn:mpass.id:role': idToken['urn:mpass.id:role'],
    });
  });

  test('one value of urn:mpass.id:role for each role at its school', async () => {
    const { tokens } = await signIn(mpassid, {
      username: 'teacher-principal',
      resources: [TIMETABLE],
    });
    expect(jwtClaims(tokens.id_token ?? '')['urn:mpass.id:role']).toEqual([
      `${VANTAA};09247;;Opettaja;2;;`,
      `${VANTAA};09231;;Rehtori;6;;`,
    ]);
    // The access token of an app's API is the same in either shape.
    const api = await refresh(mpassid, tokens.refresh_token, TIMETABLE);
    expect(jwtClaims(api.body.access_token ?? '').digione_affiliations).toEqual([
      { role: 'teacher', school: '09247' },
      { role: 'principal', school: '09231' },
    ]);
  });

  test('the Suomi.fi door keeps DigiOne’s claims; the administrator’s role stays beside MPASSid’s', async () => {
    const guardian = await signIn(mpassid, { username: 'guardian', resources: [TIMETABLE] });
    const guardianClaims = jwtClaims(guardian.tokens.id_token ?? '');
    expect(guardianClaims).toMatchObject({ acr: 'suomifi', digione_roles: ['guardian'] });
    expect(guardianClaims).not.toHaveProperty(['urn:mpass.id:role']);
    const admin = await signIn(mpassid, { username: 'admin', resources: [TIMETABLE] });
    expect(jwtClaims(admin.tokens.id_token ?? '')).toMatchObject({
      digione_roles: ['admin'],
      'urn:mpass.id:role': [],
    });
  });
});

test('DIGIONE_IDP_CLAIMS chooses the shape, and any other value stops the provider', () => {
  expect(claimShapeFromEnvironment(undefined)).toBe('digione');
  expect(claimShapeFromEnvironment('mpassid')).toBe('mpassid');
  expect(() => claimShapeFromEnvironment('saml')).toThrow(
    'DIGIONE_IDP_CLAIMS must be one of digione, mpassid; got "saml".',
  );
});
