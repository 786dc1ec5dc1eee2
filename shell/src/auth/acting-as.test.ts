import { expect } from '@open-wc/testing';
import type { DigiOneUser, School } from '@digione/sdk';
import {
  actingAsChoices,
  actingAsStorageKey,
  forgetActingAs,
  rememberActingAs,
  restoreActingAs,
} from './acting-as.js';

const school = (code: string, name: string): School => ({
  code,
  name,
  providerId: '0124610-9',
  providerName: 'Vantaa',
});

const teacher: DigiOneUser = {
  id: 't-1',
  givenName: 'Sanna',
  familyName: 'Korhonen',
  roles: ['teacher'],
  schools: [school('09231', 'Lumikorven koulu'), school('09247', 'Kivimäen yhtenäiskoulu')],
};

const guardian: DigiOneUser = {
  id: 'g-1',
  givenName: 'Mikko',
  familyName: 'Laine',
  roles: ['guardian'],
  schools: [],
  children: [
    {
      id: 'c-1',
      givenName: 'Eeli',
      familyName: 'Laine',
      school: school('09231', 'Lumikorven koulu'),
    },
    {
      id: 'c-2',
      givenName: 'Ella',
      familyName: 'Laine',
      school: school('04915', 'Merituulen koulu'),
    },
  ],
};

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => {
      data.clear();
    },
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => data.delete(k),
    setItem: (k, v) => data.set(k, v),
  };
}

describe('acting-as choices', () => {
  it('offers each school of a teacher, in the teacher role', () => {
    const choices = actingAsChoices(teacher);
    expect(choices.map((c) => [c.kind, c.label, c.role])).to.deep.equal([
      ['school', 'Lumikorven koulu', 'teacher'],
      ['school', 'Kivimäen yhtenäiskoulu', 'teacher'],
    ]);
  });

  it('offers each child of a guardian, with the child and school', () => {
    const choices = actingAsChoices(guardian);
    expect(choices.map((c) => c.label)).to.deep.equal(['Eeli Laine', 'Ella Laine']);
    expect(choices.every((c) => c.kind === 'child' && c.role === 'guardian')).to.equal(true);
    expect(choices[1]?.school?.name).to.equal('Merituulen koulu');
  });

  it('offers a person with two roles both kinds of choice', () => {
    const both: DigiOneUser = {
      ...teacher,
      roles: ['teacher', 'guardian'],
      children: guardian.children ?? [],
    };
    expect(actingAsChoices(both).map((c) => c.kind)).to.deep.equal([
      'school',
      'school',
      'child',
      'child',
    ]);
  });

  it('remembers the choice per person and restores it after a reload', () => {
    const storage = memoryStorage();
    expect(restoreActingAs(teacher, storage)?.label).to.equal('Lumikorven koulu');
    const second = actingAsChoices(teacher)[1];
    rememberActingAs(teacher.id, second, storage);
    expect(storage.getItem(actingAsStorageKey('t-1'))).to.equal('school:09247');
    expect(restoreActingAs(teacher, storage)?.label).to.equal('Kivimäen yhtenäiskoulu');
    // Another person on the same device starts from their own first choice.
    expect(restoreActingAs(guardian, storage)?.label).to.equal('Eeli Laine');
  });

  it('forgets every remembered choice at sign-out, and nothing else on the device', () => {
    const storage = memoryStorage();
    rememberActingAs(teacher.id, actingAsChoices(teacher)[1], storage);
    rememberActingAs(guardian.id, actingAsChoices(guardian)[1], storage);
    storage.setItem('digione.locale', 'sv');
    forgetActingAs(storage);
    const kept = Array.from({ length: storage.length }, (_, k) => storage.key(k));
    expect(kept).to.deep.equal(['digione.locale']);
    expect(restoreActingAs(teacher, storage)?.id).to.equal('school:09231');
  });

  it('falls back to the first choice when the remembered one is no longer offered', () => {
    const storage = memoryStorage();
    storage.setItem(actingAsStorageKey('t-1'), 'school:00000');
    expect(restoreActingAs(teacher, storage)?.id).to.equal('school:09231');
  });
});
