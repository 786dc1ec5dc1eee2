/**
 * The app's calls to its own API: the base URL is the manifest's `api.url` (`context.apiUrl`), and
 * every call carries an access token for the app's own audience. A failure becomes an
 * {@link ApiProblem} whose status tells the view what to say (0 for no answer at all).
 */
import type { ShellContext } from '@digione/sdk';
import type {
  AbsenceReport,
  FieldProblems,
  GuardianAbsence,
  GuardianAbsenceList,
  TeacherAbsence,
  TeacherAbsenceList,
} from './model.js';

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

async function call<T>(
  context: ShellContext,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const base = context.apiUrl;
  if (!base) {
    // A manifest without api.url: the portal cannot tell the app where its API is.
    throw new ApiProblem(0, 'no_api_url');
  }
  const token = await context.getAccessToken();
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${base.replace(/\/+$/, '')}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiProblem(0, 'network');
  }
  if (response.status === 204) return undefined as T;
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const answer = (json ?? {}) as { error?: unknown; fields?: unknown };
    const fields =
      typeof answer.fields === 'object' && answer.fields !== null
        ? (answer.fields as FieldProblems)
        : {};
    throw new ApiProblem(
      response.status,
      typeof answer.error === 'string' ? answer.error : '',
      fields,
    );
  }
  return json as T;
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
