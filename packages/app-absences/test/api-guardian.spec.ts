/**
 * The absence notices API for a guardian, against DigiOne's real local identity provider: their own
 * children's absences of the term, and cancelling a report of theirs before it begins.
 */
import { expect, test } from '@playwright/test';
import type { GuardianAbsence, GuardianAbsenceList } from '../src/types.js';
import { AINO_ID, DAY, EETU_ID, MONDAY, shiftDay, useAbsencesApi } from './api-fixtures.js';

test.describe('the absence notices API for a guardian', () => {
  const { call } = useAbsencesApi();

  test("gives a guardian their own children's absences of the term, and nobody else's", async () => {
    const aino = await call('guardian', 'GET', `/absences?child=${AINO_ID}`);
    expect(aino.status).toBe(200);
    const list = aino.json as GuardianAbsenceList;
    expect(list.term.from <= DAY && DAY <= list.term.to).toBe(true);
    expect(list.absences.every((a) => a.childId === AINO_ID)).toBe(true);
    // The family trip in ten days is listed, unless it falls in the next term (late December).
    const trip = list.absences.find((a) => a.start === shiftDay(DAY, 10));
    expect(trip !== undefined).toBe(shiftDay(DAY, 10) <= list.term.to);
    if (trip) {
      expect(trip).toMatchObject({
        reason: 'other',
        reasonText: 'Perheen matka isovanhempien luo Ouluun',
        acknowledged: false,
        cancellable: true,
      });
    }
    expect(list.absences.some((a) => a.reason === 'illness' && a.acknowledged)).toBe(
      shiftDay(MONDAY, -13) >= list.term.from,
    );
    // Newest first.
    const starts = list.absences.map((a) => a.start);
    expect(starts).toEqual([...starts].sort().reverse());

    const eetu = await call('guardian', 'GET', `/absences?child=${EETU_ID}`);
    expect(eetu.status).toBe(200);
    expect((eetu.json as GuardianAbsenceList).absences.every((a) => a.childId === EETU_ID)).toBe(
      true,
    );

    // Another family's child, and other people asking for Aino's.
    expect((await call('guardian', 'GET', '/absences?child=oppilas-onni-virtanen')).status).toBe(
      403,
    );
    expect((await call('teacher', 'GET', `/absences?child=${AINO_ID}`)).status).toBe(403);
    expect((await call('pupil', 'GET', `/absences?child=${AINO_ID}`)).status).toBe(403);
    expect((await call('guardian', 'GET', '/absences')).status).toBe(400);
  });

  test('lets a guardian cancel their own report before it begins, and nothing else', async () => {
    const coming = await call('guardian', 'POST', '/absences', {
      child: EETU_ID,
      start: shiftDay(DAY, 3),
      end: shiftDay(DAY, 4),
      reason: 'other',
      reasonText: 'Hammaslääkäri ja sen jälkeen lepo',
    });
    const { id } = coming.json as GuardianAbsence;
    expect((coming.json as GuardianAbsence).cancellable).toBe(true);

    // Not another guardian's, not a teacher.
    expect((await call('teacher', 'DELETE', `/absences/${id}`)).status).toBe(404);
    expect((await call('guardian', 'DELETE', '/absences/poissaolo-4')).status).toBe(404);

    const cancelled = await call('guardian', 'DELETE', `/absences/${id}`);
    expect(cancelled.status).toBe(204);
    const list = await call('guardian', 'GET', `/absences?child=${EETU_ID}`);
    expect((list.json as GuardianAbsenceList).absences.some((a) => a.id === id)).toBe(false);
    expect((await call('guardian', 'DELETE', `/absences/${id}`)).status).toBe(404);

    // An absence that has begun stays.
    const begun = await call('guardian', 'POST', '/absences', {
      child: AINO_ID,
      start: DAY,
      end: shiftDay(DAY, 1),
      reason: 'illness',
    });
    const stays = await call(
      'guardian',
      'DELETE',
      `/absences/${(begun.json as GuardianAbsence).id}`,
    );
    expect(stays.status).toBe(409);
    expect(stays.json).toMatchObject({ error: 'not_cancellable' });
  });
});
