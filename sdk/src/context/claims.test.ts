import { expect } from '@open-wc/testing';
import { userFromClaims as mapUser } from './claims.js';
import { claimsOf, mpassidClaimsOf, PROVIDER_OIDS } from '../../../packages/dev-idp/src/claims.js';
import { TEST_USERS } from '../../../packages/dev-idp/src/users.js';

const vantaa = {
  code: '09231',
  name: 'Lumikorven koulu',
  provider_id: '0124610-9',
  provider_name: 'Vantaan kaupunki',
};

const LUMIKORPI = {
  code: '09231',
  name: 'Lumikorven koulu',
  providerId: '0124610-9',
  providerName: 'Vantaan kaupunki',
};

describe('one DigiOne user from both doors', () => {
  it('maps an MPASSid pupil: roles, school, class and grade', () => {
    const { user, door } = mapUser({
      sub: 'p-1',
      given_name: 'Aino',
      family_name: 'Virtanen',
      acr: 'mpassid',
      digione_roles: ['learner'],
      digione_schools: [vantaa],
      digione_group: '7B',
      digione_grade: '7',
    });
    expect(door).to.equal('mpassid');
    expect(user).to.deep.equal({
      id: 'p-1',
      givenName: 'Aino',
      familyName: 'Virtanen',
      roles: ['learner'],
      schools: [LUMIKORPI],
      affiliations: [{ role: 'learner', school: LUMIKORPI, group: '7B' }],
      group: '7B',
      grade: '7',
    });
  });

  it('maps a Suomi.fi guardian with children', () => {
    const { user, door } = mapUser({
      sub: 'g-1',
      given_name: 'Mikko',
      family_name: 'Laine',
      acr: 'suomifi',
      digione_roles: ['guardian'],
      digione_schools: [],
      digione_children: [
        { id: 'c-1', given_name: 'Eeli', family_name: 'Laine', school: vantaa, grade: '3' },
      ],
    });
    expect(door).to.equal('suomifi');
    expect(user.children).to.have.length(1);
    expect(user.children?.[0]?.school.providerName).to.equal('Vantaan kaupunki');
    expect(user.children?.[0]?.grade).to.equal('3');
  });

  it('drops unknown roles and malformed schools rather than guessing', () => {
    const { user } = mapUser({
      sub: 's',
      digione_roles: ['teacher', 'superuser', 7],
      digione_schools: [vantaa, { code: '1' }, 'Lumikorpi'],
    });
    expect(user.roles).to.deep.equal(['teacher']);
    expect(user.schools.map((s) => s.code)).to.deep.equal(['09231']);
    expect(user).not.to.have.property('children');
  });

  it('refuses a token without a subject', () => {
    expect(() => mapUser({ given_name: 'Nobody' })).to.throw(/sub/);
  });
});

const kivimaki = { ...vantaa, code: '09247', name: 'Kivimäen yhtenäiskoulu' };

describe('roles per school from DigiOne’s claims', () => {
  it('keeps each role at its school, and summarises roles and schools from them', () => {
    const { user } = mapUser({
      sub: 't-2',
      digione_roles: ['teacher', 'principal'],
      digione_schools: [kivimaki, vantaa],
      digione_affiliations: [
        { role: 'teacher', school: '09247' },
        { role: 'principal', school: '09231' },
      ],
    });
    expect(user.affiliations?.map((a) => `${a.role}@${a.school.code}`)).to.deep.equal([
      'teacher@09247',
      'principal@09231',
    ]);
    expect(user.roles).to.deep.equal(['teacher', 'principal']);
    expect(user.schools.map((s) => s.code)).to.deep.equal(['09247', '09231']);
  });

  it('leaves out a role at a school the claims do not describe, and an unknown role', () => {
    const { user } = mapUser({
      sub: 't-3',
      digione_roles: ['teacher', 'admin'],
      digione_schools: [vantaa],
      digione_affiliations: [
        { role: 'teacher', school: '09231' },
        { role: 'principal', school: '99999' },
        { role: 'janitor', school: '09231' },
        { role: 'guardian', school: '09231' },
        'teacher',
      ],
    });
    expect(user.affiliations).to.deep.equal([{ role: 'teacher', school: LUMIKORPI }]);
    expect(user.roles).to.deep.equal(['teacher', 'admin']);
  });

  it('gives each school role at each school when an older proxy sends no roles per school', () => {
    const { user } = mapUser({
      sub: 't-4',
      digione_roles: ['teacher', 'guardian'],
      digione_schools: [vantaa, kivimaki],
      digione_children: [],
    });
    expect(user.affiliations?.map((a) => `${a.role}@${a.school.code}`)).to.deep.equal([
      'teacher@09231',
      'teacher@09247',
    ]);
    expect(user.roles).to.deep.equal(['teacher', 'guardian']);
  });
});

const VANTAA_OID = '1.2.246.562.10.00000000092';
const ESPOO_OID = '1.2.246.562.10.00000000049';

/** MPASSid's claims of a person, as its OpenID Connect service gives them. */
function mpassid(roles: unknown, more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: 'm-1',
    given_name: 'Pekka',
    family_name: 'Aaltonen',
    'urn:mpass.id:role': roles,
    'urn:mpass.id:schoolInfo': [
      '09231;Lumikorven koulu',
      '1.2.246.562.10.11111111111;Lumikorven koulu',
      '04915;Merituulen koulu',
    ],
    'urn:mpass.id:educationProviderInfo': [
      `${VANTAA_OID};Vantaan kaupunki`,
      `${ESPOO_OID};Espoon kaupunki`,
    ],
    ...more,
  };
}

describe('roles per school from MPASSid’s own claims', () => {
  it('maps each value of urn:mpass.id:role to a role at a school of an education provider', () => {
    const { user, door } = mapUser(
      mpassid([
        `${VANTAA_OID};09231;;Rehtori;6;1.2.246.562.10.11111111111;`,
        `${ESPOO_OID};04915;;Opettaja;2;1.2.246.562.10.22222222222;`,
      ]),
    );
    expect(door).to.equal('mpassid');
    expect(user).to.deep.equal({
      id: 'm-1',
      givenName: 'Pekka',
      familyName: 'Aaltonen',
      roles: ['principal', 'teacher'],
      schools: [
        { ...LUMIKORPI, providerId: VANTAA_OID },
        {
          code: '04915',
          name: 'Merituulen koulu',
          providerId: ESPOO_OID,
          providerName: 'Espoon kaupunki',
        },
      ],
      affiliations: [
        { role: 'principal', school: { ...LUMIKORPI, providerId: VANTAA_OID } },
        {
          role: 'teacher',
          school: {
            code: '04915',
            name: 'Merituulen koulu',
            providerId: ESPOO_OID,
            providerName: 'Espoon kaupunki',
          },
        },
      ],
    });
  });

  it('maps a pupil: group from the role value, grade from urn:mpass.id:classLevel', () => {
    const { user } = mapUser(
      mpassid(`${VANTAA_OID};09231;7B;Oppilas;1;1.2.246.562.10.11111111111;`, {
        'urn:mpass.id:classLevel': '7',
      }),
    );
    expect(user.roles).to.deep.equal(['learner']);
    expect(user.affiliations?.[0]).to.deep.include({ role: 'learner', group: '7B' });
    expect(user.group).to.equal('7B');
    expect(user.grade).to.equal('7');
  });

  it('reads roles by name where a value has no code (older data models, any language)', () => {
    const { user } = mapUser(
      mpassid([
        'Vantaa;09231;9A;Oppilas',
        `${ESPOO_OID};04915;;Lärarvikarie`,
        `${ESPOO_OID};04915;;School secretary`,
        `${VANTAA_OID};09231;;Vahtimestari`,
      ]),
    );
    expect(user.affiliations?.map((a) => `${a.role}@${a.school.code}`)).to.deep.equal([
      'learner@09231',
      'substitute@04915',
      'staff@04915',
    ]);
    // A municipality's name where data model 1.0 had it: the provider is known by that name.
    expect(user.affiliations?.[0]?.school).to.deep.include({
      providerId: 'Vantaa',
      providerName: 'Vantaa',
    });
  });

  it('names a school without schoolInfo by its code, and maps provider OIDs when told how', () => {
    const { user } = mapUser(
      { sub: 'm-2', 'urn:mpass.id:role': [`${VANTAA_OID};09247;;Opettaja;2;;`] },
      { providerIds: { [VANTAA_OID]: '0124610-9' } },
    );
    expect(user.schools).to.deep.equal([
      { code: '09247', name: '09247', providerId: '0124610-9', providerName: VANTAA_OID },
    ]);
  });

  it('leaves out values without a school or with an unknown role, and the same pair twice', () => {
    const { user } = mapUser(
      mpassid([
        `${VANTAA_OID};;;Opettaja;2;;`,
        `${VANTAA_OID};09231;;Kokki;9;;`,
        `${VANTAA_OID};09231;;Opettaja;2;;`,
        `${VANTAA_OID};09231;;Opettaja;2;;`,
        42,
      ]),
    );
    expect(user.affiliations?.map((a) => `${a.role}@${a.school.code}`)).to.deep.equal([
      'teacher@09231',
    ]);
  });

  it('takes the administrator’s role beside MPASSid’s, and MPASSid’s over DigiOne’s roles per school', () => {
    const { user } = mapUser(
      mpassid([`${VANTAA_OID};09231;;Opettaja;2;;`], {
        digione_roles: ['admin', 'principal'],
        digione_schools: [kivimaki],
        digione_affiliations: [{ role: 'principal', school: '09247' }],
      }),
    );
    expect(user.roles).to.deep.equal(['teacher', 'admin']);
    expect(user.schools.map((s) => s.code)).to.deep.equal(['09231']);
  });
});

describe('the local identity provider’s two shapes', () => {
  it('give the portal the same person, for every test user', () => {
    const providerIds = Object.fromEntries(
      Object.entries(PROVIDER_OIDS).map(([businessId, oid]) => [oid, businessId]),
    );
    for (const user of TEST_USERS) {
      const digione = mapUser({ ...claimsOf(user), acr: user.door });
      const mpassid = mapUser({ ...mpassidClaimsOf(user), acr: user.door }, { providerIds });
      expect(mpassid, user.username).to.deep.equal(digione);
    }
  });
});
