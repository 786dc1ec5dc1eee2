/**
 * The Assessment API in the browser, for the app's Storybook story and its unit tests: the same
 * JSON as the real API (`api/server.ts`) from a small fixed set of groups. Never part of the app's
 * bundle.
 */
import type {
  AssessmentsUpdateRequest,
  GroupDetail,
  GroupSummary,
  GroupsResponse,
  OverviewResponse,
  PupilAssessment,
  SchoolInfo,
  Term,
} from './types.js';

export const FIXTURE_TERM: Term = { season: 'autumn', year: 2025 };

export const LUMIKORPI: SchoolInfo = { code: '09231', name: 'Lumikorven koulu' };
export const KIVIMAKI: SchoolInfo = { code: '09247', name: 'Kivimäen yhtenäiskoulu' };

function pupil(
  id: string,
  name: string,
  grade: PupilAssessment['grade'] = null,
  feedback = '',
): PupilAssessment {
  const [givenName = '', familyName = ''] = name.split(' ');
  return { id, givenName, familyName, grade, feedback };
}

function group(
  id: string,
  name: string,
  subject: string,
  pupils: readonly PupilAssessment[],
): GroupSummary {
  return {
    id,
    name,
    subject,
    scale: 'numeric',
    pupilCount: pupils.length,
    assessedCount: pupils.filter((each) => each.grade !== null).length,
  };
}

/**
 * Mikko Korhonen's groups (pupils by family name, as the API sorts them) and Kivimäki's overview,
 * fresh for each use (saves change them).
 */
export function fixtureData(): {
  schools: Record<string, SchoolInfo>;
  details: Map<string, GroupDetail>;
  groupsBySchool: Record<string, readonly string[]>;
  overview: OverviewResponse;
} {
  const rosters: [string, SchoolInfo, string, string, PupilAssessment[]][] = [
    [
      'lumikorpi-7b-ma',
      LUMIKORPI,
      '7B matematiikka',
      'Matematiikka',
      [
        pupil('p-emma', 'Emma Heinonen', 8),
        pupil('p-sofia', 'Sofia Järvinen', 10, 'Erinomaista päättelyä.'),
        pupil('p-leo', 'Leo Koskinen'),
        pupil('p-onni', 'Onni Lahtinen'),
        pupil('p-aino', 'Aino Mäkelä', 9, 'Laskee huolellisesti.'),
        pupil('p-amir', 'Amir Rahimi', 7),
      ],
    ],
    [
      'lumikorpi-8a-ma',
      LUMIKORPI,
      '8A matematiikka',
      'Matematiikka',
      [pupil('p-pihla', 'Pihla Ahonen'), pupil('p-juho', 'Juho Nurmi')],
    ],
    [
      'kivimaki-9c-fy',
      KIVIMAKI,
      '9C fysiikka',
      'Fysiikka',
      [pupil('p-jere', 'Jere Honkanen', 8), pupil('p-oona', 'Oona Seppälä')],
    ],
  ];
  const details = new Map<string, GroupDetail>(
    rosters.map(([id, school, name, subject, pupils]) => [
      id,
      { group: group(id, name, subject, pupils), school, term: FIXTURE_TERM, pupils },
    ]),
  );
  return {
    schools: { [LUMIKORPI.code]: LUMIKORPI, [KIVIMAKI.code]: KIVIMAKI },
    details,
    groupsBySchool: {
      [LUMIKORPI.code]: ['lumikorpi-7b-ma', 'lumikorpi-8a-ma'],
      [KIVIMAKI.code]: ['kivimaki-9c-fy'],
    },
    overview: {
      school: KIVIMAKI,
      term: FIXTURE_TERM,
      groups: [
        {
          id: 'kivimaki-9c-ma',
          name: '9C matematiikka',
          subject: 'Matematiikka',
          scale: 'numeric',
          pupilCount: 4,
          assessedCount: 3,
          teacherName: 'Petri Väisänen',
          average: 23 / 3,
          distribution: { '4': 0, '5': 0, '6': 1, '7': 0, '8': 1, '9': 1, '10': 0 },
        },
        {
          id: 'kivimaki-8b-en',
          name: '8B englanti',
          subject: 'Englanti (A1)',
          scale: 'numeric',
          pupilCount: 8,
          assessedCount: 7,
          teacherName: 'Satu Lehtonen',
          average: 57 / 7,
          distribution: { '4': 0, '5': 0, '6': 1, '7': 1, '8': 2, '9': 2, '10': 1 },
        },
        {
          id: 'kivimaki-9-me',
          name: '9. lk valinnainen media',
          subject: 'Media (valinnainen)',
          scale: 'pass-fail',
          pupilCount: 3,
          assessedCount: 3,
          teacherName: 'Jari Koskinen',
          average: null,
          distribution: { S: 2, H: 1 },
        },
      ],
    },
  };
}

export const jsonResponse = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/**
 * A fake Assessment API over `fixtureData()`: `answer(method, path, body)` for a path as the real
 * API has it (`/groups?school=09231`, `/groups/:id`, `/groups/:id/assessments`, `/overview?...`).
 * Saves are kept in this instance.
 */
export function createFakeApi(): {
  answer(method: string, path: string, body?: unknown): Response;
} {
  const data = fixtureData();
  return {
    answer(method, path, body) {
      const url = new URL(path, 'https://fake.invalid');
      const detailMatch = /^\/groups\/([^/]+)$/.exec(url.pathname);
      const saveMatch = /^\/groups\/([^/]+)\/assessments$/.exec(url.pathname);
      if (method === 'GET' && url.pathname === '/groups') {
        const code = url.searchParams.get('school') ?? '';
        const school = data.schools[code] as SchoolInfo | undefined;
        if (!school) return jsonResponse(403, { error: 'forbidden' });
        const response: GroupsResponse = {
          school,
          term: FIXTURE_TERM,
          groups: (data.groupsBySchool[code] ?? []).flatMap((id) => {
            const found = data.details.get(id);
            return found ? [found.group] : [];
          }),
        };
        return jsonResponse(200, response);
      }
      if (method === 'GET' && detailMatch) {
        const found = data.details.get(decodeURIComponent(detailMatch[1]));
        return found ? jsonResponse(200, found) : jsonResponse(404, { error: 'not_found' });
      }
      if (method === 'PUT' && saveMatch) {
        const id = decodeURIComponent(saveMatch[1]);
        const before = data.details.get(id);
        if (!before) return jsonResponse(404, { error: 'not_found' });
        const { assessments } = body as AssessmentsUpdateRequest;
        const pupils = before.pupils.map((each) => {
          const update = assessments.find((one) => one.pupilId === each.id);
          return update ? { ...each, grade: update.grade, feedback: update.feedback.trim() } : each;
        });
        const after: GroupDetail = {
          ...before,
          group: group(before.group.id, before.group.name, before.group.subject, pupils),
          pupils,
        };
        data.details.set(id, after);
        return jsonResponse(200, after);
      }
      if (method === 'GET' && url.pathname === '/overview') {
        return url.searchParams.get('school') === data.overview.school.code
          ? jsonResponse(200, data.overview)
          : jsonResponse(403, { error: 'forbidden' });
      }
      return jsonResponse(404, { error: 'not_found' });
    },
  };
}
