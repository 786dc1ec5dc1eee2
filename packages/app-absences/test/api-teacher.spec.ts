/**
 * The absence notices API for a teacher, against DigiOne's real local identity provider: the week's
 * absences of their own groups, a guardian's report reaching the teacher of the child's group, and
 * who may acknowledge it.
 */
import { expect, test } from '@playwright/test';
import type {
  GuardianAbsence,
  GuardianAbsenceList,
  TeacherAbsence,
  TeacherAbsenceList,
} from '../src/types.js';
import {
  AINO_ID,
  DAY,
  KIVIMAKI,
  LUMIKORPI,
  MERITUULI,
  WEEK,
  shiftDay,
  useAbsencesApi,
  weekOf,
} from './api-fixtures.js';

test.describe('the absence notices API for a teacher', () => {
  const { call } = useAbsencesApi();

  test("gives a teacher the week's absences of their own groups at the school, and nothing more", async () => {
    const lumikorpi = await call('teacher', 'GET', `/absences?school=${LUMIKORPI}&week=${WEEK}`);
    expect(lumikorpi.status).toBe(200);
    const week = lumikorpi.json as TeacherAbsenceList;
    expect(week.week).toBe(WEEK);
    expect(week.groups).toEqual(['7B', '8A']);
    const names = week.absences.map((a) => a.pupil.name);
    expect(names).toEqual(
      expect.arrayContaining(['Onni Virtanen', 'Helmi Laine', 'Venla Koskinen']),
    );
    // Emil is in 7A, which Mikko does not teach; Iida and Aada go to another school.
    expect(names).not.toContain('Emil Lehtonen');
    expect(names).not.toContain('Aada Saarinen');
    expect(week.absences.every((a) => ['7B', '8A'].includes(a.pupil.group))).toBe(true);
    expect(week.absences.every((a) => a.start <= week.to && a.end >= week.from)).toBe(true);

    const kivimaki = await call('teacher', 'GET', `/absences?school=${KIVIMAKI}&week=${WEEK}`);
    const kivimakiNames = (kivimaki.json as TeacherAbsenceList).absences.map((a) => a.pupil.name);
    expect(kivimakiNames).toEqual(expect.arrayContaining(['Aada Saarinen', 'Niilo Hämäläinen']));
    expect(kivimakiNames).not.toContain('Iida Salo');

    // Another week has other absences: two weeks back, none of this week's.
    const earlier = await call(
      'teacher',
      'GET',
      `/absences?school=${LUMIKORPI}&week=${weekOf(shiftDay(DAY, -14))}`,
    );
    expect((earlier.json as TeacherAbsenceList).absences.map((a) => a.pupil.name)).toEqual([
      'Aino Mäkelä',
    ]);

    // A school where he does not teach, other roles, and a week that is not one.
    expect(
      (await call('teacher', 'GET', `/absences?school=${MERITUULI}&week=${WEEK}`)).status,
    ).toBe(403);
    expect(
      (await call('principal', 'GET', `/absences?school=${KIVIMAKI}&week=${WEEK}`)).status,
    ).toBe(403);
    expect(
      (await call('guardian', 'GET', `/absences?school=${LUMIKORPI}&week=${WEEK}`)).status,
    ).toBe(403);
    expect(
      (await call('teacher', 'GET', `/absences?school=${LUMIKORPI}&week=2025-W99`)).status,
    ).toBe(400);
  });

  test('counts a role at its own school only: a principal of one school is no teacher there', async () => {
    // Pekka Aaltonen teaches at Kivimäki (no groups with absences) and leads Lumikorpi.
    const kivimaki = await call(
      'teacher-principal',
      'GET',
      `/absences?school=${KIVIMAKI}&week=${WEEK}`,
    );
    expect(kivimaki.status).toBe(200);
    expect(kivimaki.json).toMatchObject({ groups: [], absences: [] });
    const lumikorpi = await call(
      'teacher-principal',
      'GET',
      `/absences?school=${LUMIKORPI}&week=${WEEK}`,
    );
    expect(lumikorpi.status).toBe(403);
  });

  test("shows a guardian's report to the teacher of the child's group, who acknowledges it", async () => {
    const reported = await call('guardian', 'POST', '/absences', {
      child: AINO_ID,
      start: DAY,
      end: DAY,
      reason: 'illness',
      message: '  Ainolla on kuumetta, hän jää tänään kotiin.  ',
    });
    expect(reported.status).toBe(201);
    const created = reported.json as GuardianAbsence;
    expect(created).toMatchObject({
      childId: AINO_ID,
      start: DAY,
      end: DAY,
      reason: 'illness',
      message: 'Ainolla on kuumetta, hän jää tänään kotiin.',
      acknowledged: false,
      // It has begun: no longer cancellable.
      cancellable: false,
    });

    // Mikko, acting in Lumikorven koulu, sees it among his 7B's absences.
    const week = await call('teacher', 'GET', `/absences?school=${LUMIKORPI}&week=${WEEK}`);
    const seen = (week.json as TeacherAbsenceList).absences.find((a) => a.id === created.id);
    expect(seen).toMatchObject({
      pupil: { id: AINO_ID, name: 'Aino Mäkelä', group: '7B' },
      start: DAY,
      message: 'Ainolla on kuumetta, hän jää tänään kotiin.',
      acknowledged: false,
    });
    // Not in Kivimäki, where Aino does not go.
    const kivimaki = await call('teacher', 'GET', `/absences?school=${KIVIMAKI}&week=${WEEK}`);
    expect((kivimaki.json as TeacherAbsenceList).absences.some((a) => a.id === created.id)).toBe(
      false,
    );

    const acknowledged = await call('teacher', 'POST', `/absences/${created.id}/acknowledge`);
    expect(acknowledged.status).toBe(200);
    expect((acknowledged.json as TeacherAbsence).acknowledged).toBe(true);
    // Acknowledging again changes nothing.
    expect((await call('teacher', 'POST', `/absences/${created.id}/acknowledge`)).status).toBe(200);

    const guardianView = await call('guardian', 'GET', `/absences?child=${AINO_ID}`);
    expect(
      (guardianView.json as GuardianAbsenceList).absences.find((a) => a.id === created.id),
    ).toMatchObject({ acknowledged: true });
  });

  test('lets only a teacher of the pupil’s group acknowledge', async () => {
    const week = await call('teacher', 'GET', `/absences?school=${LUMIKORPI}&week=${WEEK}`);
    const onni = (week.json as TeacherAbsenceList).absences.find(
      (a) => a.pupil.name === 'Onni Virtanen',
    );
    expect(onni).toBeDefined();
    expect((await call('guardian', 'POST', `/absences/${onni?.id ?? ''}/acknowledge`)).status).toBe(
      403,
    );
    expect(
      (await call('principal', 'POST', `/absences/${onni?.id ?? ''}/acknowledge`)).status,
    ).toBe(403);
    // Emil's absence (7A) is not Mikko's to acknowledge; Iida's (9D, Kivimäki) neither.
    expect((await call('teacher', 'POST', '/absences/poissaolo-7/acknowledge')).status).toBe(403);
    expect((await call('teacher', 'POST', '/absences/poissaolo-10/acknowledge')).status).toBe(403);
    expect((await call('teacher', 'POST', '/absences/ei-ole/acknowledge')).status).toBe(404);
  });
});
