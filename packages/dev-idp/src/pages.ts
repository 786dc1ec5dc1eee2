/**
 * The identity provider's pages: choosing the door, the sign-in form, sign-out and errors. Plain
 * server-rendered HTML that works without JavaScript; focus moves with `autofocus` only.
 */
import { CATALOGUES, LOCALES, LOCALE_NAMES, type Catalogue, type Locale } from './i18n.js';
import { STYLESHEET_PATH, markup, type SafeHtml } from './html.js';
import { DOORS, TEST_PASSWORD, TEST_USERS, type Door, type TestUser } from './users.js';

const DOOR_NAMES: Readonly<Record<Door, string>> = { mpassid: 'MPASSid', suomifi: 'Suomi.fi' };

interface Frame {
  readonly locale: Locale;
  /** The page's one h1 and the start of its document title. */
  readonly heading: string;
  readonly main: SafeHtml;
  /** Where each language link goes; no language switch when omitted. */
  readonly languageHref?: (locale: Locale) => string;
}

function page({ locale, heading, main, languageHref }: Frame): string {
  const t = CATALOGUES[locale];
  const languages = languageHref
    ? markup`<nav class="languages" aria-label="${t.languageNav}">
        <ul>
          ${LOCALES.map(
            (each) =>
              markup`<li>
                <a
                  href="${languageHref(each)}"
                  lang="${each}"
                  hreflang="${each}"
                  ${each === locale ? markup`aria-current="true"` : ''}
                  >${LOCALE_NAMES[each]}</a
                >
              </li>`,
          )}
        </ul>
      </nav>`
    : '';
  return `<!DOCTYPE html>${markup`<html lang="${locale}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="robots" content="noindex" />
      <link rel="icon" href="data:," />
      <title>${heading} – ${t.titleSuffix}</title>
      <link rel="stylesheet" href="${STYLESHEET_PATH}" />
    </head>
    <body>
      <a class="skip-link" href="#main">${t.skipToContent}</a>
      <header class="banner">
        <div class="banner-inner">
          <p class="brand"><span class="brand-mark" aria-hidden="true">D1</span>${t.productName}</p>
          ${languages}
        </div>
        <p class="dev-notice">${t.devNotice}</p>
      </header>
      <main id="main" tabindex="-1">
        <div class="card">
          <h1>${heading}</h1>
          ${main}
        </div>
      </main>
    </body>
  </html>`.toString()}`;
}

/** Where a page's links and forms go within one sign-in (interaction). */
export interface InteractionLinks {
  /** The door-choice page, or a door's form, in a language. */
  readonly page: (locale: Locale, door?: Door) => string;
  readonly login: string;
  readonly abort: string;
}

function cancelForm(t: Catalogue, locale: Locale, links: InteractionLinks): SafeHtml {
  return markup`<form class="cancel" method="post" action="${links.abort}">
    <input type="hidden" name="lang" value="${locale}" />
    <button type="submit" class="button secondary" aria-describedby="cancel-hint">
      ${t.cancel}
    </button>
    <p id="cancel-hint" class="hint">${t.cancelHint}</p>
  </form>`;
}

function details(t: Catalogue, user: TestUser): string {
  // A person with different roles at different schools: each school with the role held there.
  const several = new Set(user.affiliations.map((a) => a.role)).size > 1;
  const parts = several
    ? user.affiliations.map((a) => `${t.roleNames[a.role]}: ${a.school.name}`)
    : user.schools.map((school) => school.name);
  if (user.grade && user.group) parts.push(t.gradeAndGroup(user.grade, user.group));
  for (const child of user.children ?? []) {
    parts.push(
      t.childOf(`${child.given_name} ${child.family_name}`, child.school.name, child.grade ?? '–'),
    );
  }
  return parts.join('; ') || '–';
}

function testUsers(t: Catalogue, doors: readonly Door[]): SafeHtml {
  const users = TEST_USERS.filter((user) => doors.includes(user.door));
  return markup`<section class="test-users" aria-labelledby="test-users-title">
    <h2 id="test-users-title">${t.testUsersTitle}</h2>
    <p>${t.testUsersIntro(TEST_PASSWORD)}</p>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="test-users-title">
      <table>
        <thead>
          <tr>
            <th scope="col">${t.columnUsername}</th>
            ${doors.length > 1 ? markup`<th scope="col">${t.columnDoor}</th>` : ''}
            <th scope="col">${t.columnRole}</th>
            <th scope="col">${t.columnName}</th>
            <th scope="col">${t.columnDetails}</th>
          </tr>
        </thead>
        <tbody>
          ${users.map(
            (user) =>
              markup`<tr>
                <th scope="row"><code>${user.username}</code></th>
                ${doors.length > 1 ? markup`<td>${DOOR_NAMES[user.door]}</td>` : ''}
                <td>${user.roles.map((role) => t.roleNames[role]).join(', ')}</td>
                <td>${user.givenName} ${user.familyName}</td>
                <td>${details(t, user)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** The first page of a sign-in: MPASSid or Suomi.fi. */
export function doorPage(locale: Locale, links: InteractionLinks): string {
  const t = CATALOGUES[locale];
  return page({
    locale,
    heading: t.chooseDoorTitle,
    languageHref: (each) => links.page(each),
    main: markup`<p class="lead">${t.chooseDoorIntro}</p>
      <ul class="doors" aria-label="${t.doorsLabel}">
        ${DOORS.map(
          (door) =>
            markup`<li>
              <a class="door door-${door}" href="${links.page(locale, door)}">
                <span class="door-name">${t.doorAction[door]}</span>
                <span class="door-description">${t.doorDescription[door]}</span>
              </a>
            </li>`,
        )}
      </ul>
      ${cancelForm(t, locale, links)} ${testUsers(t, DOORS)}`,
  });
}

/** What went wrong in a sign-in form submission. */
export type LoginProblem =
  | { readonly kind: 'missing'; readonly username: boolean; readonly password: boolean }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'wrong-door'; readonly rightDoor: Door };

/** The sign-in form of one door, with the problem of the last submission if any. */
export function loginPage(
  locale: Locale,
  door: Door,
  links: InteractionLinks,
  state: { readonly username?: string; readonly problem?: LoginProblem } = {},
): string {
  const t = CATALOGUES[locale];
  const { problem } = state;
  let usernameError: string | undefined;
  let passwordError: string | undefined;
  const summary: SafeHtml[] = [];
  if (problem?.kind === 'missing') {
    if (problem.username) usernameError = t.usernameMissing;
    if (problem.password) passwordError = t.passwordMissing;
  } else if (problem?.kind === 'invalid') {
    // One message for an unknown user and a wrong password: the page never tells which.
    passwordError = t.invalidCredentials;
  } else if (problem?.kind === 'wrong-door') {
    summary.push(
      markup`<li>
        ${t.wrongDoor[problem.rightDoor]}
        <a href="${links.page(locale, problem.rightDoor)}">${t.useDoor[problem.rightDoor]}</a>
      </li>`,
    );
  }
  if (usernameError) summary.push(markup`<li><a href="#username">${usernameError}</a></li>`);
  if (passwordError) summary.push(markup`<li><a href="#password">${passwordError}</a></li>`);

  const errorSummary = summary.length
    ? markup`<div
        class="error-summary"
        tabindex="-1"
        autofocus
        aria-labelledby="error-summary-title"
      >
        <h2 id="error-summary-title">${t.errorSummaryTitle}</h2>
        <ul>
          ${summary}
        </ul>
      </div>`
    : '';
  const focusUsername = !summary.length;

  return page({
    locale,
    heading: t.signInTitle[door],
    languageHref: (each) => links.page(each, door),
    main: markup`${errorSummary}
      <p class="lead">${t.signInIntro[door]}</p>
      <form class="login" method="post" action="${links.login}" novalidate>
        <input type="hidden" name="door" value="${door}" />
        <input type="hidden" name="lang" value="${locale}" />
        <div class="field${usernameError ? ' has-error' : ''}">
          <label for="username">${t.username}</label>
          ${usernameError ? markup`<p class="field-error" id="username-error">${usernameError}</p>` : ''}
          <input
            id="username"
            name="username"
            type="text"
            autocomplete="username"
            autocapitalize="none"
            spellcheck="false"
            required
            value="${state.username ?? ''}"
            ${usernameError ? markup`aria-invalid="true" aria-describedby="username-error"` : ''}
            ${focusUsername ? markup`autofocus` : ''}
          />
        </div>
        <div class="field${passwordError ? ' has-error' : ''}">
          <label for="password">${t.password}</label>
          ${passwordError ? markup`<p class="field-error" id="password-error">${passwordError}</p>` : ''}
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            ${passwordError ? markup`aria-invalid="true" aria-describedby="password-error"` : ''}
          />
        </div>
        <button type="submit" class="button primary">${t.signIn}</button>
      </form>
      <p class="other-door"><a href="${links.page(locale)}">${t.otherDoor}</a></p>
      ${cancelForm(t, locale, links)} ${testUsers(t, [door])}`,
  });
}

/** The sign-out confirmation of RP-initiated logout. */
export function logoutPage(
  locale: Locale,
  form: { readonly action: string; readonly xsrf: string },
  languageHref?: (locale: Locale) => string,
): string {
  const t = CATALOGUES[locale];
  return page({
    locale,
    heading: t.logoutTitle,
    ...(languageHref ? { languageHref } : {}),
    main: markup`<p class="lead">${t.logoutQuestion}</p>
      <form method="post" action="${form.action}" class="actions">
        <input type="hidden" name="xsrf" value="${form.xsrf}" />
        <button type="submit" class="button primary" name="logout" value="yes" autofocus>
          ${t.logoutConfirm}
        </button>
        <button type="submit" class="button secondary">${t.logoutStay}</button>
      </form>`,
  });
}

/** Shown after sign-out when the client gave no address to return to. */
export function loggedOutPage(locale: Locale): string {
  const t = CATALOGUES[locale];
  return page({
    locale,
    heading: t.loggedOutTitle,
    main: markup`<p class="lead">${t.loggedOutText}</p>`,
  });
}

/** Which error page to show. */
export type ErrorKind = 'error' | 'session' | 'not-found';

/** An error page: what happened in plain words, the protocol error as technical detail. */
export function errorPage(
  locale: Locale,
  kind: ErrorKind,
  technical?: { readonly error?: string; readonly description?: string },
  languageHref?: (locale: Locale) => string,
): string {
  const t = CATALOGUES[locale];
  const words = {
    error: [t.errorTitle, t.errorText],
    session: [t.errorSessionTitle, t.errorSessionText],
    'not-found': [t.notFoundTitle, t.notFoundText],
  }[kind];
  // The protocol's own error texts are English only, so they are marked as such.
  const detail =
    technical?.error || technical?.description
      ? markup`<details class="technical">
          <summary>${t.errorDetails}</summary>
          <dl>
            ${
              technical.error
                ? markup`<dt>${t.errorCode}</dt>
                  <dd><code>${technical.error}</code></dd>`
                : ''
            }
            ${
              technical.description
                ? markup`<dt>${t.errorDescription}</dt>
                  <dd lang="en">${technical.description}</dd>`
                : ''
            }
          </dl>
        </details>`
      : '';
  return page({
    locale,
    heading: words[0],
    ...(languageHref ? { languageHref } : {}),
    main: markup`<p class="lead">${words[1]}</p>
      ${detail}`,
  });
}
