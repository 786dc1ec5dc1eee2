import { expect } from '@open-wc/testing';
import { actingAsChoices, actingAsChoicesFor, rolesOf } from './acting-as.js';
import type { DigiOneUser, School } from './types.js';

const school = (code: string, name: string): School => ({
  code,
  name,
  providerId: '0124610-9',
  providerName: 'Vantaa',
});

const person: DigiOneUser = {
  id: 'p-1',
  givenName: 'Sanna',
  familyName: 'Mäkelä',
  roles: ['guardian', 'admin', 'teacher'],
  schools: [school('09231', 'Lumikorven koulu'), school('09247', 'Kivimäen yhtenäiskoulu')],
  children: [
    {
      id: 'c-1',
      givenName: 'Eetu',
      familyName: 'Mäkelä',
      school: school('04915', 'Merituulen koulu'),
    },
  ],
};

describe('acting-as choices per role', () => {
  it('orders a person’s roles as DigiOne prefers them', () => {
    expect(rolesOf(person)).to.deep.equal(['teacher', 'guardian', 'admin']);
  });

  it('offers a school role each school, a guardian each child, the administrator the role', () => {
    expect(actingAsChoicesFor(person, 'teacher').map((c) => c.id)).to.deep.equal([
      'school:09231',
      'school:09247',
    ]);
    const [child] = actingAsChoicesFor(person, 'guardian');
    expect(child.label).to.equal('Eetu Mäkelä');
    expect(child.school?.name).to.equal('Merituulen koulu');
    expect(actingAsChoicesFor(person, 'admin')).to.deep.equal([
      { kind: 'role', id: 'role:admin', label: 'DigiOne', role: 'admin' },
    ]);
  });

  it('offers nothing for a role the person does not have', () => {
    expect(actingAsChoicesFor(person, 'learner')).to.deep.equal([]);
  });

  it("offers in all the first school role's schools, then each child, then the administrator", () => {
    const both: DigiOneUser = { ...person, roles: ['principal', 'teacher', 'guardian', 'admin'] };
    expect(actingAsChoices(both).map((c) => `${c.role} ${c.id}`)).to.deep.equal([
      'teacher school:09231',
      'teacher school:09247',
      'guardian child:c-1',
      'admin role:admin',
    ]);
  });
});
