import { expect } from '@open-wc/testing';
import { activeRoles, allowedApps, mayUse } from './access.js';
import { AS_GUARDIAN, AS_TEACHER, PUPIL, TEACHER_AND_GUARDIAN, testApp } from './test-manifests.js';

const apps = [
  testApp('timetable', ['learner', 'teacher']),
  testApp('assessment', ['teacher']),
  testApp('applications', ['guardian']),
  testApp('admin-tools', ['admin']),
];

describe('role filtering', () => {
  it('gives a pupil the apps for learners only', () => {
    expect(allowedApps(apps, PUPIL, null).map((a) => a.id)).to.deep.equal(['timetable']);
  });

  it('gives a person without a chosen context the apps of all their roles', () => {
    expect(allowedApps(apps, TEACHER_AND_GUARDIAN, null).map((a) => a.id)).to.deep.equal([
      'timetable',
      'assessment',
      'applications',
    ]);
  });

  it('follows the acting-as role: a teacher acting for their child gets the guardian apps', () => {
    expect(allowedApps(apps, TEACHER_AND_GUARDIAN, AS_TEACHER).map((a) => a.id)).to.deep.equal([
      'timetable',
      'assessment',
    ]);
    expect(allowedApps(apps, TEACHER_AND_GUARDIAN, AS_GUARDIAN).map((a) => a.id)).to.deep.equal([
      'applications',
    ]);
    expect(activeRoles(TEACHER_AND_GUARDIAN, AS_GUARDIAN)).to.deep.equal(['guardian']);
  });

  it('never trusts an acting-as role the person does not have', () => {
    const forged = { ...AS_TEACHER, role: 'admin' as const };
    expect(mayUse(testApp('admin-tools', ['admin']), PUPIL, forged)).to.equal(false);
  });
});
