import { expect } from '@open-wc/testing';
import { userFromClaims as mapUser } from './claims.js';

const vantaa = {
  code: '09231',
  name: 'Lumikorven koulu',
  provider_id: '0124610-9',
  provider_name: 'Vantaan kaupunki',
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
      schools: [
        {
          code: '09231',
          name: 'Lumikorven koulu',
          providerId: '0124610-9',
          providerName: 'Vantaan kaupunki',
        },
      ],
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
