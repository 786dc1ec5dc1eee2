/**
 * Kouluruoka's call to its own API, through the SDK's client (token, one retry with a fresh token
 * on 401, coded errors): one school's menu for one week, checked before it is shown, and failures
 * sorted into what the person can do about them.
 */
import { DigiOneApiError, type ApiClient } from '@digione/sdk';
import { DIETS, type Dish, type MenuDay, type Side, type WeekMenu } from './types.js';

/**
 * Why the menu could not be shown: the session is not good for the API (401, or no token), the
 * person may not see this school's menu (403), the service failed or could not be reached, or the
 * portal gave the app no API address.
 */
export type MenuErrorKind = 'session' | 'forbidden' | 'unavailable' | 'not-configured';

/** What the person is told about a failure of the SDK's API client (or anything else). */
export function menuErrorKind(error: unknown): MenuErrorKind {
  if (!(error instanceof DigiOneApiError)) return 'unavailable';
  if (error.kind === 'config') return 'not-configured';
  if (error.kind === 'session' || error.kind === 'forbidden') return error.kind;
  return 'unavailable';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isDish(value: unknown): value is Dish {
  if (!isRecord(value) || !isRecord(value.name) || typeof value.name.fi !== 'string') return false;
  const { sv, en } = value.name;
  return (
    (sv === undefined || typeof sv === 'string') &&
    (en === undefined || typeof en === 'string') &&
    Array.isArray(value.diets) &&
    value.diets.every((d) => (DIETS as readonly unknown[]).includes(d))
  );
}

function isDay(value: unknown): value is MenuDay {
  return (
    isRecord(value) &&
    typeof value.date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value.date) &&
    isDish(value.main) &&
    isDish(value.vegetarian) &&
    Array.isArray(value.sides) &&
    value.sides.every(
      (s) => isDish(s) && ['salad', 'bread', 'drink'].includes((s as Partial<Side>).kind as string),
    )
  );
}

/** Whether an API answer has the shape of a week's menu (a wrong shape is never rendered). */
export function isWeekMenu(value: unknown): value is WeekMenu {
  return (
    isRecord(value) &&
    isRecord(value.school) &&
    typeof value.school.code === 'string' &&
    typeof value.school.name === 'string' &&
    typeof value.week === 'string' &&
    Array.isArray(value.days) &&
    value.days.every(isDay)
  );
}

/** The menu of `school` in `week` (`2025-W03`); rejects with a `DigiOneApiError`. */
export async function fetchMenu(
  api: ApiClient,
  school: string,
  week: string,
  signal: AbortSignal,
): Promise<WeekMenu> {
  const body = await api.get('/menu', { query: { school, week }, signal });
  if (!isWeekMenu(body)) {
    throw new DigiOneApiError('server', 200, "GET /menu: the answer is not a week's menu", body);
  }
  return body;
}
