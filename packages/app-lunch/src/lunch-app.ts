/**
 * Kouluruoka's React components: this week's lunch menu of the school the person acts in, day by
 * day (today highlighted), with the diet markings explained. Written with `createElement` (as `h`)
 * where a `.tsx` file would have JSX, so the app needs no JSX compiler settings. DigiOne's web
 * components (d1-card, d1-badge, d1-error-panel, …) are used as React 19 uses custom elements:
 * known properties are set as properties, `on<event>` props listen to their events.
 */
import { createElement as h, useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import {
  capitalize,
  createApiClient,
  formatDate,
  formatDateRange,
  formatIsoWeek,
  isoDate,
  isoWeekOf,
  weekDays,
  type ActingAs,
  type Locale,
  type School,
} from '@digione/sdk';
import { useActingAs, useLocale, useShellContext, useUser } from '@digione/sdk/react';
import { fetchMenu, menuErrorKind, type MenuErrorKind } from './api.js';
import {
  DIETS,
  type Diet,
  type Dish,
  type LocalizedName,
  type MenuDay,
  type WeekMenu,
} from './types.js';
import * as t from './strings.js';

/** The school whose menu to show: where the person acts now, else their own (first) school. */
export function schoolFor(
  actingAs: ActingAs | null,
  schools: readonly School[] | undefined,
): School | undefined {
  return actingAs?.school ?? actingAs?.child?.school ?? schools?.[0];
}

function dayHeading(iso: string, locale: Locale): string {
  return capitalize(
    formatDate(iso, locale, { weekday: 'long', day: 'numeric', month: 'long' }),
    locale,
  );
}

function dateRange(first: string, last: string, locale: Locale): string {
  return formatDateRange(first, last, locale, { day: 'numeric', month: 'numeric' });
}

/** A name in the person's language; Finnish (marked so) when the kitchen gave no translation. */
function Name({ name, locale }: { readonly name: LocalizedName; readonly locale: Locale }) {
  const own = name[locale];
  return own ? h('span', null, own) : h('span', { lang: 'fi' }, name.fi);
}

/** Diet markings as badges: "L" to see, "laktoositon" to hear. */
function Diets({ diets }: { readonly diets: readonly Diet[] }) {
  if (diets.length === 0) return null;
  return h(
    'span',
    { className: 'lunch-diets' },
    diets.map((diet) => h('d1-badge', { key: diet, label: t.dietName(diet) }, diet)),
  );
}

function DishLine({ dish, locale }: { readonly dish: Dish; readonly locale: Locale }) {
  return h('span', null, h(Name, { name: dish.name, locale }), h(Diets, { diets: dish.diets }));
}

function Day({
  day,
  isToday,
  locale,
}: {
  readonly day: MenuDay;
  readonly isToday: boolean;
  readonly locale: Locale;
}) {
  return h(
    'li',
    {
      className: isToday ? 'lunch-day lunch-today' : 'lunch-day',
      'aria-current': isToday ? 'date' : undefined,
      'data-date': day.date,
    },
    h(
      'd1-card',
      { headingLevel: 3 },
      h(
        'span',
        { slot: 'heading', className: 'lunch-day-heading' },
        dayHeading(day.date, locale),
        isToday ? h('d1-badge', { variant: 'accent' }, t.today()) : null,
      ),
      h(
        'dl',
        { className: 'lunch-dishes' },
        h(
          'div',
          null,
          h('dt', null, t.mainDish()),
          h('dd', { className: 'lunch-main' }, h(DishLine, { dish: day.main, locale })),
        ),
        h(
          'div',
          null,
          h('dt', null, t.vegetarian()),
          h('dd', { className: 'lunch-vegetarian' }, h(DishLine, { dish: day.vegetarian, locale })),
        ),
        h(
          'div',
          null,
          h('dt', null, t.sides()),
          h(
            'dd',
            null,
            h(
              'ul',
              { className: 'lunch-sides' },
              day.sides.map((side) =>
                h(
                  'li',
                  { key: side.kind, 'data-kind': side.kind },
                  h(DishLine, { dish: side, locale }),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function Legend() {
  const id = useId();
  return h(
    'section',
    { className: 'lunch-legend', 'aria-labelledby': id },
    h('h3', { id }, t.legendHeading()),
    h(
      'dl',
      null,
      DIETS.map((diet) =>
        h(
          'div',
          { key: diet },
          h('dt', null, h('d1-badge', null, diet)),
          h('dd', null, t.dietName(diet)),
        ),
      ),
    ),
    h('p', null, t.legendNote()),
  );
}

function Menu({ menu, locale }: { readonly menu: WeekMenu; readonly locale: Locale }) {
  if (menu.days.length === 0) {
    return h(
      'd1-empty-state',
      { icon: 'calendar', heading: t.emptyHeading(), headingLevel: 3 },
      h('p', null, t.emptyText()),
    );
  }
  const today = isoDate(new Date());
  return h(
    'div',
    { className: 'lunch-menu' },
    h(
      'ol',
      { className: 'lunch-days', 'aria-label': t.daysLabel() },
      menu.days.map((day) => h(Day, { key: day.date, day, isToday: day.date === today, locale })),
    ),
    h(Legend, null),
  );
}

const ERROR_TEXT: Readonly<
  Record<MenuErrorKind, { heading: () => string; text: () => string; retry: boolean }>
> = {
  session: { heading: t.sessionHeading, text: t.sessionText, retry: true },
  forbidden: { heading: t.forbiddenHeading, text: t.forbiddenText, retry: false },
  unavailable: { heading: t.unavailableHeading, text: t.unavailableText, retry: true },
  'not-configured': { heading: t.notConfiguredHeading, text: t.notConfiguredText, retry: false },
};

function Failure({ error, onRetry }: { readonly error: unknown; readonly onRetry: () => void }) {
  const kind = menuErrorKind(error);
  const { heading, text, retry } = ERROR_TEXT[kind];
  return h('d1-error-panel', {
    'data-kind': kind,
    heading: heading(),
    message: text(),
    details: error instanceof Error ? error.message : String(error),
    headingLevel: 3,
    noRetry: !retry,
    'ond1-retry': onRetry,
  });
}

function Loading() {
  return h(
    'div',
    { className: 'lunch-loading' },
    h('d1-spinner', { label: t.loading() }),
    h('d1-skeleton', { lines: 4 }),
  );
}

/** What was loaded, for which school and week (`key`): an answer for another one is not shown. */
type Load =
  | { readonly state: 'loading'; readonly key: string }
  | { readonly state: 'ready'; readonly key: string; readonly menu: WeekMenu }
  | { readonly state: 'failed'; readonly key: string; readonly error: unknown };

/**
 * The app: heading, the week, and the menu of the school the person acts in. It needs a signed-in
 * person: without one it throws, which fails the mount (or, later, reaches the shell).
 */
export function LunchApp() {
  const context = useShellContext();
  const locale = useLocale();
  const user = useUser();
  const actingAs = useActingAs();
  if (user.schools === undefined) {
    throw new Error('Kouluruoka needs a signed-in user: context.user has no schools.');
  }
  const school = schoolFor(actingAs, user.schools);
  const code = school?.code;
  const isoWeek = isoWeekOf(new Date());
  const week = formatIsoWeek(isoWeek);
  const [attempt, setAttempt] = useState(0);
  const key = `${code ?? ''}|${week}`;
  const [load, setLoad] = useState<Load>({ state: 'loading', key });
  const headingId = useId();

  useEffect(() => {
    if (code === undefined) return undefined;
    const controller = new AbortController();
    const loading = `${code}|${week}`;
    setLoad({ state: 'loading', key: loading });
    fetchMenu(createApiClient(context), code, week, controller.signal).then(
      (menu) => {
        if (!controller.signal.aborted) setLoad({ state: 'ready', key: loading, menu });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ state: 'failed', key: loading, error });
      },
    );
    return () => {
      controller.abort();
    };
  }, [context, code, week, attempt]);

  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);

  const days = weekDays(isoWeek);
  let body: ReactNode;
  if (!school) {
    body = h(
      'd1-empty-state',
      { icon: 'school', heading: t.noSchoolHeading(), headingLevel: 3 },
      h('p', null, t.noSchoolText()),
    );
  } else if (load.state === 'loading' || load.key !== key) {
    body = h(Loading, null);
  } else if (load.state === 'failed') {
    body = h(Failure, { error: load.error, onRetry: retry });
  } else {
    body = h(Menu, { menu: load.menu, locale });
  }
  return h(
    'section',
    { className: 'lunch', lang: locale, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t.heading()),
    school
      ? h(
          'p',
          { className: 'lunch-lead' },
          actingAs?.kind === 'child' ? `${actingAs.label} · ` : null,
          h('span', { className: 'lunch-school' }, school.name),
          ' · ',
          t.weekLabel(isoWeek.week, dateRange(days[0] ?? '', days[4] ?? '', locale)),
        )
      : null,
    body,
  );
}
