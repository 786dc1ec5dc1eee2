import { expect } from '@open-wc/testing';
import { actingAsChoices, actingAsChoicesFor, affiliationsOf, rolesOf } from './acting-as.js';
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

  it('offers, for a user written without roles per school, each school role at each school', () => {
    const both: DigiOneUser = { ...person, roles: ['principal', 'teacher', 'guardian', 'admin'] };
    expect(actingAsChoices(both).map((c) => `${c.role} ${c.id}`)).to.deep.equal([
      'teacher school:09231:teacher',
      'teacher school:09247:teacher',
      'principal school:09231:principal',
      'principal school:09247:principal',
      'guardian child:c-1',
      'admin role:admin',
    ]);
  });
});

describe('acting-as choices per school and role', () => {
  const lumikorpi = school('09231', 'Lumikorven koulu');
  const kivimaki = school('09247', 'Kivimäen yhtenäiskoulu');
  const pekka: DigiOneUser = {
    id: 'p-2',
    givenName: 'Pekka',
    familyName: 'Aaltonen',
    roles: ['teacher', 'principal'],
    schools: [kivimaki, lumikorpi],
    affiliations: [
      { role: 'principal', school: lumikorpi },
      { role: 'teacher', school: kivimaki },
    ],
  };

  it('offers a teacher at one school who is principal of another exactly those two pairs', () => {
    expect(actingAsChoices(pekka)).to.deep.equal([
      {
        kind: 'school',
        id: 'school:09247',
        label: 'Kivimäen yhtenäiskoulu',
        role: 'teacher',
        school: kivimaki,
      },
      {
        kind: 'school',
        id: 'school:09231',
        label: 'Lumikorven koulu',
        role: 'principal',
        school: lumikorpi,
      },
    ]);
    expect(actingAsChoicesFor(pekka, 'principal').map((c) => c.school?.code)).to.deep.equal([
      '09231',
    ]);
  });

  it('tells two roles at one school apart by the role in the id', () => {
    const both: DigiOneUser = {
      ...pekka,
      affiliations: [...(pekka.affiliations ?? []), { role: 'teacher', school: lumikorpi }],
    };
    const ids = actingAsChoices(both).map((c) => c.id);
    expect(ids).to.deep.equal(['school:09247', 'school:09231:teacher', 'school:09231:principal']);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('keeps the roles per school a user has, and derives them for one written without', () => {
    expect(affiliationsOf(pekka)).to.equal(pekka.affiliations);
    expect(affiliationsOf({ ...person, roles: ['teacher', 'guardian'] })).to.deep.equal([
      { role: 'teacher', school: person.schools[0] },
      { role: 'teacher', school: person.schools[1] },
    ]);
  });

  it('offers a school role held at no school as the role itself', () => {
    const nowhere: DigiOneUser = { ...pekka, roles: ['staff'], schools: [], affiliations: [] };
    expect(actingAsChoices(nowhere)).to.deep.equal([
      { kind: 'role', id: 'role:staff', label: 'DigiOne', role: 'staff' },
    ]);
  });
});
