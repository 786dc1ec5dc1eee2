/**
 * The app's calls to its own API, through the SDK's client: the base URL is the manifest's `api.url`
 * (`context.apiUrl`), every call carries an access token for the app's own audience (a fresh one is
 * asked for once when the API answers 401). A failure becomes an
 * {@link ApiProblem} whose status tells the view what to say (0 for no answer at all).
 */
import { DigiOneApiError, createApiClient, type ShellContext } from '@digione/sdk';
import type {
  AbsenceReport,
  FieldProblems,
  GuardianAbsence,
  GuardianAbsenceList,
  TeacherAbsence,
  TeacherAbsenceList,
} from './types.js';

/** A call that did not succeed. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    /** The HTTP status, or 0 when the API could not be reached. */
    readonly status: number,
    /** The API's error code (`forbidden`, `invalid_request`, …), when it gave one. */
    readonly code: string,
    /** Field by field, what the API found wrong with a report (400). */
    readonly fields: FieldProblems = {},
  ) {
    super(
      `The absences API answered ${status === 0 ? 'nothing' : status}${code ? ` (${code})` : ''}.`,
    );
  }
}

/** Calls the app's API through the SDK's client; a failure becomes an {@link ApiProblem}. */
async function call<T>(
  context: ShellContext,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  try {
    return await createApiClient(context).request<T>(path, { method, body });
  } catch (error) {
    if (!(error instanceof DigiOneApiError)) throw error;
    // A manifest without api.url: the portal cannot tell the app where its API is.
    if (error.kind === 'config') throw new ApiProblem(0, 'no_api_url');
    if (error.kind === 'network') throw new ApiProblem(0, 'network');
    // No token at all: the session is not valid here (as a 401 says).
    if (error.status === 0) throw new ApiProblem(401, 'invalid_token');
    const answer = (error.body ?? {}) as { fields?: unknown };
    const fields =
      typeof answer.fields === 'object' && answer.fields !== null
        ? (answer.fields as FieldProblems)
        : {};
    throw new ApiProblem(error.status, error.apiCode ?? '', fields);
  }
}

export function childAbsences(
  context: ShellContext,
  childId: string,
): Promise<GuardianAbsenceList> {
  return call(context, 'GET', `/absences?child=${encodeURIComponent(childId)}`);
}

export function reportAbsence(
  context: ShellContext,
  report: AbsenceReport,
): Promise<GuardianAbsence> {
  return call(context, 'POST', '/absences', report);
}

export function cancelAbsence(context: ShellContext, id: string): Promise<void> {
  return call(context, 'DELETE', `/absences/${encodeURIComponent(id)}`);
}

export function weekAbsences(
  context: ShellContext,
  school: string,
  week: string,
): Promise<TeacherAbsenceList> {
  return call(
    context,
    'GET',
    `/absences?school=${encodeURIComponent(school)}&week=${encodeURIComponent(week)}`,
  );
}

export function acknowledgeAbsence(context: ShellContext, id: string): Promise<TeacherAbsence> {
  return call(context, 'POST', `/absences/${encodeURIComponent(id)}/acknowledge`);
}
