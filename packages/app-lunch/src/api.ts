/**
 * Kouluruoka's client of its own API: fetches one school's menu for one week with an access token
 * for the app's audience, and sorts failures into what the person can do about them.
 */
import type { ShellContext } from '@digione/sdk';
import { DIETS, type Dish, type MenuDay, type Side, type WeekMenu } from './menu-types.js';

/**
 * Why the menu could not be shown: the session is not good for the API (401, or no token), the
 * person may not see this school's menu (403), the service failed or could not be reached, or the
 * portal gave the app no API address.
 */
export type MenuErrorKind = 'session' | 'forbidden' | 'unavailable' | 'not-configured';

export class MenuError extends Error {
  override readonly name = 'MenuError';
  constructor(
    readonly kind: MenuErrorKind,
    message: string,
  ) {
    super(message);
  }
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

/** The menu of `school` in `week` (`2025-W03`), or a MenuError saying why not. */
export async function fetchMenu(
  context: ShellContext,
  school: string,
  week: string,
  signal: AbortSignal,
): Promise<WeekMenu> {
  const base = context.apiUrl;
  if (!base) throw new MenuError('not-configured', 'The manifest gives no api.url.');
  let token: string;
  try {
    token = await context.getAccessToken();
  } catch (error) {
    throw new MenuError('session', `No access token: ${String(error)}`);
  }
  const url = new URL(`${base.replace(/\/$/, '')}/menu`);
  url.searchParams.set('school', school);
  url.searchParams.set('week', week);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new MenuError('unavailable', `GET ${url.pathname} failed: ${String(error)}`);
  }
  if (response.status === 401) {
    throw new MenuError('session', `GET ${url.pathname}: HTTP 401`);
  }
  if (response.status === 403) {
    throw new MenuError('forbidden', `GET ${url.pathname}: HTTP 403`);
  }
  if (!response.ok) {
    throw new MenuError('unavailable', `GET ${url.pathname}: HTTP ${response.status}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new MenuError('unavailable', `GET ${url.pathname}: the answer is not JSON`);
  }
  if (!isWeekMenu(body)) {
    throw new MenuError('unavailable', `GET ${url.pathname}: the answer is not a week's menu`);
  }
  return body;
}
