import { expect } from '@open-wc/testing';
import { claimsOf, mpassidClaimsOf } from '../../../packages/dev-idp/src/claims.js';
import { userByUsername } from '../../../packages/dev-idp/src/users.js';
import { actingAsChoices } from './acting-as.js';
import { cleanUp, signedIn } from './test-support.js';

/*
 * The person the portal signs in, from the ID token of either claim shape the local identity
 * provider issues: its `digione_*` claims, or MPASSid's own (`urn:mpass.id:*`), each role with its
 * school. Pekka Aaltonen teaches at Kivimäki and is the principal of Lumikorpi.
 */

const pekka = userByUsername('teacher-principal')!;

async function personFrom(claims: object) {
  const { service } = await signedIn('/', { person: { ...claims } });
  const state = service.current;
  if (state.status !== 'signed-in') throw new Error(`not signed in: ${state.status}`);
  return state;
}

describe('AuthService: the person from the ID token', () => {
  afterEach(cleanUp);

  it('maps DigiOne’s claims with roles per school to (school, role) choices', async () => {
    const { user, door } = await personFrom(claimsOf(pekka));
    expect(door).to.equal('mpassid');
    expect(user.roles).to.deep.equal(['teacher', 'principal']);
    expect(actingAsChoices(user).map((c) => `${c.role} ${c.label}`)).to.deep.equal([
      'teacher Kivimäen yhtenäiskoulu',
      'principal Lumikorven koulu',
    ]);
  });

  it('maps MPASSid’s own claims: roles with their schools and education providers', async () => {
    const claims = mpassidClaimsOf(pekka);
    expect(claims).to.have.property('urn:mpass.id:role');
    expect(claims).not.to.have.property('digione_schools');
    const { user, door } = await personFrom(claims);
    expect(door).to.equal('mpassid');
    expect(user.givenName).to.equal('Pekka');
    expect(user.roles).to.deep.equal(['teacher', 'principal']);
    expect(
      actingAsChoices(user).map((c) => `${c.role} ${c.label} ${c.school?.providerName}`),
    ).to.deep.equal([
      'teacher Kivimäen yhtenäiskoulu Vantaan kaupunki',
      'principal Lumikorven koulu Vantaan kaupunki',
    ]);
  });
});
