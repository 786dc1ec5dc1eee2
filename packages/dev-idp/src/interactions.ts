/**
 * The sign-in pages of the identity provider: /interaction/<uid> (choose a door, then the login
 * form), /interaction/<uid>/login (the form's answer) and /interaction/<uid>/abort (cancel).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import { grantMissing } from './grants.js';
import { cookieLocale, readForm, type SendHtml } from './http.js';
import { DEFAULT_LOCALE, isLocale, localeFromUiLocales } from './i18n.js';
import {
  doorPage,
  errorPage,
  loginPage,
  type InteractionLinks,
  type LoginProblem,
} from './pages.js';
import { DOORS, TEST_PASSWORD, userByUsername, type Door, type TestUser } from './users.js';

type InteractionDetails = Awaited<ReturnType<Provider['interactionDetails']>>;

function isDoor(value: unknown): value is Door {
  return typeof value === 'string' && (DOORS as readonly string[]).includes(value);
}

/** What is wrong with a submitted login form, if anything. */
function loginProblem(
  door: Door,
  username: string,
  password: string,
  user: TestUser | undefined,
): LoginProblem | undefined {
  if (!username || !password) {
    return { kind: 'missing', username: !username, password: !password };
  }
  if (!user || password !== TEST_PASSWORD) return { kind: 'invalid' };
  // Told only to someone who knows the password, so it reveals nothing about who exists.
  if (user.door !== door) return { kind: 'wrong-door', rightDoor: user.door };
  return undefined;
}

/** The handler of the sign-in pages of this provider. */
export function interactionPages(
  provider: Provider,
  sendHtml: SendHtml,
): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> {
  return async (req, res, url) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(url.pathname);
    const action = match?.[2] ?? 'page';
    const expectedMethod = action === 'page' ? 'GET' : 'POST';
    const form = req.method === 'POST' ? await readForm(req) : new URLSearchParams();
    const chosen = form.get('lang') ?? url.searchParams.get('lang');
    const fallback = cookieLocale(req.headers.cookie) ?? DEFAULT_LOCALE;
    if (!match || req.method !== expectedMethod) {
      const locale = isLocale(chosen) ? chosen : fallback;
      sendHtml(res, match ? 405 : 404, errorPage(locale, 'not-found'));
      return;
    }
    let details: InteractionDetails;
    try {
      details = await provider.interactionDetails(req, res);
      if (details.uid !== match[1]) throw new errors.SessionNotFound('interaction mismatch');
    } catch (error) {
      if (!(error instanceof errors.SessionNotFound)) throw error;
      const locale = isLocale(chosen) ? chosen : fallback;
      sendHtml(res, 400, errorPage(locale, 'session'));
      return;
    }
    // An explicit choice on the page wins, then the client's ui_locales, then the last choice.
    const locale = isLocale(chosen)
      ? chosen
      : (localeFromUiLocales(details.params.ui_locales) ?? fallback);
    const base = `/interaction/${details.uid}`;
    const links: InteractionLinks = {
      page: (each, door) =>
        `${base}?${new URLSearchParams({ ...(door ? { door } : {}), lang: each }).toString()}`,
      login: `${base}/login`,
      abort: `${base}/abort`,
    };

    if (details.prompt.name !== 'login') {
      // Only consent remains, and the portal is first party: grant what it asked and go on.
      const grantId = await grantMissing(provider, details);
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }

    if (action === 'abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'End-User cancelled the sign-in' },
        { mergeWithLastSubmission: false },
      );
      return;
    }

    if (action === 'page') {
      const door = url.searchParams.get('door');
      const page = isDoor(door) ? loginPage(locale, door, links) : doorPage(locale, links);
      sendHtml(res, 200, page, locale);
      return;
    }

    const door = form.get('door');
    if (!isDoor(door)) {
      sendHtml(res, 400, doorPage(locale, links), locale);
      return;
    }
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    const user = userByUsername(username);
    const problem = loginProblem(door, username, password, user);
    if (problem || !user) {
      sendHtml(
        res,
        200,
        loginPage(locale, door, links, { username, ...(problem ? { problem } : {}) }),
        locale,
      );
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub, acr: door, amr: ['pwd'], remember: true } },
      { mergeWithLastSubmission: false },
    );
  };
}
