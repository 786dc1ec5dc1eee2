// What the sandbox page shows about sign-in: the panel (who is signed in, where, the app's API and
// its last token's audience and expiry — never the token), and the stage while nobody is signed in
// (a sign-in prompt, progress, or what went wrong with a way to try again).
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Locale } from '@digione/sdk';
import type { SandboxSignIn, SignInProblem, SignInState, TokenRecord } from './sign-in.js';

/** What the panel and the stage need from the page. */
export interface SignInView {
  /** The sandbox's sign-in, when it was started with `--idp`. */
  readonly signIn: SandboxSignIn | undefined;
  readonly state: SignInState | undefined;
  readonly lastToken: TokenRecord | undefined;
  /** The manifest's `api.audience`. */
  readonly audience: string | undefined;
  readonly locale: Locale;
  /** Whether the app is mounted (a token can be requested through its context). */
  readonly mounted: boolean;
  readonly onSignIn: () => void;
  readonly onSignOut: () => void;
  readonly onRequestToken: () => void;
}

/** What the sandbox suggests when it runs without a provider (a project of npm create @digione/app starts it with npm start). */
const SIGN_IN_COMMAND = 'npm start -- --idp http://127.0.0.1:4010';

function doorName(door: 'mpassid' | 'suomifi'): string {
  return door === 'suomifi' ? 'Suomi.fi' : 'MPASSid';
}

function time(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date(at));
}

function problemDetail(problem: SignInProblem): string {
  return [problem.code, problem.description].filter(Boolean).join(': ');
}

// Names, addresses and times stay outside the translated strings: each string is a whole phrase
// that translates without placeholders.
function statusText(state: SignInState | undefined): string {
  switch (state?.status) {
    case 'signed-in': {
      const { givenName, familyName } = state.user;
      const signedIn = msg('Kirjautunut', { id: 'd1-sandbox.sign-in.signed-in' });
      return `${signedIn}: ${givenName} ${familyName} (${doorName(state.door)})`;
    }
    case 'working':
    case undefined:
      return msg('Kirjaudutaan…', { id: 'd1-sandbox.sign-in.working' });
    case 'signed-out':
    case 'error':
      return msg('Ei kirjautunut', { id: 'd1-sandbox.sign-in.not-signed-in' });
  }
}

/** The last token: its audience and expiry (never the token), or why there is none. */
function renderToken(record: TokenRecord | undefined, locale: Locale) {
  const label = html`<dt>${msg('Pääsytunnus', { id: 'd1-sandbox.sign-in.token' })}</dt>`;
  if (!record) {
    return html`${label}
      <dd class="token">–</dd>`;
  }
  if ('problem' in record) {
    const failed = msg('Ei saatu', { id: 'd1-sandbox.sign-in.token-missing' });
    return html`${label}
      <dd class="token">${failed}: <code>${problemDetail(record.problem)}</code></dd>`;
  }
  return html`${label}
    <dd class="token"><code>${record.audience}</code></dd>
    <dt>${msg('Vanhenee', { id: 'd1-sandbox.sign-in.token-expires' })}</dt>
    <dd class="token-expires">${time(record.expiresAt, locale)}</dd>`;
}

/** The "Kirjautuminen" panel. */
export function renderSignInPanel(view: SignInView): TemplateResult {
  const heading = html`<h2 id="h-sign-in">
    ${msg('Kirjautuminen', { id: 'd1-sandbox.sign-in.heading' })}
  </h2>`;
  const signIn = view.signIn;
  if (!signIn) {
    return html`<section class="panel sign-in" aria-labelledby="h-sign-in">
      ${heading}
      <p class="muted">
        ${msg(
          'Et ole kirjautunut tunnistuspalveluun: sovellus näkee paikallisen tunnistuspalvelun testihenkilöt niin kuin portaali heidät näkee, ja saa keksittyjä tunnuksia:',
          { id: 'd1-sandbox.sign-in.made-up' },
        )}
        <code>sandbox-token-for:${view.audience ?? '…'}</code>
      </p>
      <p class="muted">
        ${msg(
          'Kirjaudu oikeana henkilönä käynnistämällä hiekkalaatikko tunnistuspalvelun kanssa:',
          {
            id: 'd1-sandbox.sign-in.hint',
          },
        )}
        <code>${SIGN_IN_COMMAND}</code>
      </p>
    </section>`;
  }
  const state = view.state;
  const signedIn = state?.status === 'signed-in';
  return html`<section class="panel sign-in" aria-labelledby="h-sign-in">
    ${heading}
    <dl>
      <dt>${msg('Tila', { id: 'd1-sandbox.sign-in.status' })}</dt>
      <dd class="sign-in-status">${statusText(state)}</dd>
      <dt>${msg('Tunnistuspalvelu', { id: 'd1-sandbox.sign-in.provider' })}</dt>
      <dd><code>${signIn.place.authority}</code></dd>
      <dt>${msg('Asiakas', { id: 'd1-sandbox.sign-in.client' })}</dt>
      <dd><code>${signIn.place.clientId}</code></dd>
      <dt>${msg('Sovelluksen rajapinta', { id: 'd1-sandbox.sign-in.audience' })}</dt>
      <dd><code>${view.audience ?? '–'}</code></dd>
      ${renderToken(view.lastToken, view.locale)}
    </dl>
    ${
      signedIn
        ? html`<div class="actions">
            <d1-button
              class="request-token"
              variant="secondary"
              size="s"
              ?disabled=${!view.mounted}
              @click=${view.onRequestToken}
              >${msg('Pyydä pääsytunnus', { id: 'd1-sandbox.sign-in.request-token' })}</d1-button
            >
            <d1-button class="sign-out" variant="secondary" size="s" @click=${view.onSignOut}
              >${msg('Kirjaudu ulos', { id: 'd1-sandbox.sign-in.sign-out' })}</d1-button
            >
          </div>`
        : nothing
    }
  </section>`;
}

function problemHeading(problem: SignInProblem): string {
  switch (problem.kind) {
    case 'unreachable':
      return msg('Tunnistuspalvelua ei tavoitettu', { id: 'd1-sandbox.sign-in.unreachable' });
    case 'audience':
      return msg('Tunnistuspalvelu ei tunne sovelluksen rajapintaa', {
        id: 'd1-sandbox.sign-in.audience-unknown',
      });
    case 'cancelled':
      return msg('Kirjautuminen peruttiin', { id: 'd1-sandbox.sign-in.cancelled' });
    case 'callback':
      return msg('Kirjautumista ei voitu viedä loppuun', { id: 'd1-sandbox.sign-in.callback' });
    case 'provider':
    case 'session':
      return msg('Tunnistuspalvelu ilmoitti virheestä', {
        id: 'd1-sandbox.sign-in.provider-error',
      });
  }
}

function problemMessage(problem: SignInProblem): string {
  switch (problem.kind) {
    case 'unreachable':
      return msg(
        'Tunnistuspalvelu ei vastaa. Tarkista, että se on käynnissä tässä osoitteessa, ja yritä uudelleen:',
        { id: 'd1-sandbox.sign-in.unreachable-message' },
      );
    case 'audience':
      return msg(
        'Tunnistuspalvelu ei myönnä pääsytunnuksia manifestin api.audience-kentän rajapinnalle. Rekisteröi rajapinta tunnistuspalveluun (paikallisessa tunnistuspalvelussa --audience tai DIGIONE_API_AUDIENCES) tai korjaa manifesti:',
        { id: 'd1-sandbox.sign-in.audience-unknown-message' },
      );
    case 'cancelled':
      return msg('Peruit kirjautumisen tunnistuspalvelussa. Voit yrittää uudelleen.', {
        id: 'd1-sandbox.sign-in.cancelled-detail',
      });
    case 'callback':
      return msg(
        'Tunnistuspalvelun vastausta ei voitu käyttää: se oli vanhentunut tai jo käytetty. Kirjaudu uudelleen.',
        { id: 'd1-sandbox.sign-in.callback-detail' },
      );
    case 'provider':
    case 'session':
      return msg('Kirjautuminen ei onnistunut. Tunnistuspalvelun vastaus:', {
        id: 'd1-sandbox.sign-in.provider-error-detail',
      });
  }
}

/**
 * The stage while nobody is signed in at the provider: the app mounts only for a signed-in person,
 * as in the portal. Never blank: a prompt, progress, or the problem with a way to try again.
 */
export function renderSignInStage(view: SignInView): TemplateResult | typeof nothing {
  const signIn = view.signIn;
  const state = view.state;
  if (!signIn || state?.status === 'signed-in') return nothing;
  if (state === undefined || state.status === 'working') {
    const working = msg('Kirjaudutaan…', { id: 'd1-sandbox.sign-in.working' });
    // The spinner speaks the label; the visible line is for the eye only.
    return html`<div class="sign-in-working">
      <d1-spinner label=${working}></d1-spinner>
      <p aria-hidden="true">${working}</p>
    </div>`;
  }
  if (state.status === 'error') {
    const problem = state.problem;
    // What the message points at (the provider's address, or the audience it refused), then the
    // provider's own answer or what broke; for an unreachable provider the address says it all.
    const subject =
      problem.kind === 'unreachable'
        ? signIn.place.authority
        : problem.kind === 'audience'
          ? (view.audience ?? '–')
          : '';
    const detail = problem.kind === 'unreachable' ? '' : problemDetail(problem);
    return html`<d1-error-panel
      class="sign-in-error"
      heading=${problemHeading(problem)}
      retry-label=${msg('Kirjaudu sisään', { id: 'd1-sandbox.sign-in.sign-in' })}
      @d1-retry=${view.onSignIn}
    >
      <p>${problemMessage(problem)}</p>
      ${subject ? html`<p class="subject"><code>${subject}</code></p>` : nothing}
      ${detail ? html`<p class="provider-answer"><code>${detail}</code></p>` : nothing}
    </d1-error-panel>`;
  }
  const heading =
    state.reason === 'signed-out'
      ? msg('Olet kirjautunut ulos', { id: 'd1-sandbox.sign-in.signed-out' })
      : state.reason === 'session-ended'
        ? msg('Istunto päättyi', { id: 'd1-sandbox.sign-in.session-ended' })
        : msg('Kirjaudu sisään', { id: 'd1-sandbox.sign-in.sign-in' });
  return html`<d1-empty-state class="sign-in-prompt" icon="sign-in" heading=${heading}>
    ${msg('Sovellus käynnistyy, kun olet kirjautunut tunnistuspalveluun:', {
      id: 'd1-sandbox.sign-in.prompt-message',
    })}
    <code>${signIn.place.authority}</code>
    <d1-button slot="actions" class="sign-in" @click=${view.onSignIn}
      >${msg('Kirjaudu sisään', { id: 'd1-sandbox.sign-in.sign-in' })}</d1-button
    >
  </d1-empty-state>`;
}
