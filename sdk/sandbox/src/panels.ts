/**
 * The sandbox's panels: what the app was given (its context) and what it asked of the shell
 * (notifications, events, errors, navigations, title, unsaved changes, tokens, lifecycle times).
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Capability, ShellContext } from '@digione/sdk';
import type { AppRecords } from '@digione/sdk/testing';
import { describeError, json } from './labels.js';
import type { LifecycleTiming, PublishedEvent } from './recorder.js';
import { renderSignInPanel, type SignInView } from './sign-in-view.js';

/** The capabilities the context panel reports as supported or not. */
const CAPABILITIES_SHOWN: readonly Capability[] = [
  'navigate',
  'notify',
  'confirm',
  'dirty-guard',
  'title',
  'events',
  'access-token',
  'acting-as',
  'widgets',
  'iframe',
];

/** What the panels show. */
export interface PanelsView {
  /** The context of the mounted app; undefined while it is not mounted. */
  readonly context: ShellContext | undefined;
  readonly records: AppRecords | undefined;
  readonly events: readonly PublishedEvent[];
  readonly timings: readonly LifecycleTiming[];
  readonly lifecycleErrors: readonly string[];
  readonly signIn: SignInView;
}

/** The context as the app sees it now: its values, and what the shell supports. */
export function contextGiven(context: ShellContext): unknown {
  return {
    appId: context.appId,
    version: context.version,
    user: context.user.value,
    actingAs: context.actingAs.value,
    locale: context.locale.value,
    theme: context.theme.value,
    tenant: context.tenant.value,
    ...(context.apiUrl === undefined ? {} : { apiUrl: context.apiUrl }),
    supports: CAPABILITIES_SHOWN.filter((c) => context.isSupported(c)),
  };
}

function list<T>(items: readonly T[], item: (value: T) => unknown) {
  return items.length
    ? html`<ul>
        ${items.map((value) => html`<li>${item(value)}</li>`)}
      </ul>`
    : html`<p class="muted">${msg('Ei vielä mitään.', { id: 'd1-sandbox.panel.none' })}</p>`;
}

function renderShellPanel(records: AppRecords | undefined) {
  return html`<section class="panel shell" aria-labelledby="h-shell">
    <h2 id="h-shell">
      ${msg('Siirtymät, otsikko ja tallentamattomat muutokset', { id: 'd1-sandbox.panel.shell' })}
    </h2>
    <dl>
      <dt>${msg('Siirtymät', { id: 'd1-sandbox.panel.navigations' })}</dt>
      <dd>${records?.navigations.length ? records.navigations.join(', ') : '–'}</dd>
      <dt>${msg('Otsikko', { id: 'd1-sandbox.panel.title' })}</dt>
      <dd>${records?.titles.at(-1) ?? '–'}</dd>
      <dt>${msg('Tallentamattomia muutoksia', { id: 'd1-sandbox.panel.dirty' })}</dt>
      <dd>
        ${records?.dirty ? msg('kyllä', { id: 'd1-sandbox.yes' }) : msg('ei', { id: 'd1-sandbox.no' })}
      </dd>
      <dt>${msg('Tunnuspyynnöt', { id: 'd1-sandbox.panel.tokens' })}</dt>
      <dd>${records?.tokenRequests.length ? records.tokenRequests.join(', ') : '–'}</dd>
    </dl>
  </section>`;
}

export function renderPanels(view: PanelsView) {
  const { context, records } = view;
  const errors = [...view.lifecycleErrors, ...(records?.errors ?? []).map(describeError)];
  return html`<div class="panels">
    ${renderSignInPanel(view.signIn)}
    <section class="panel context" aria-labelledby="h-context">
      <h2 id="h-context">
        ${msg('Sovellukselle annettu konteksti', { id: 'd1-sandbox.panel.context' })}
      </h2>
      ${
        context
          ? html`<pre tabindex="0">${json(contextGiven(context))}</pre>`
          : html`<p class="muted">
              ${msg('Sovellus ei ole käynnissä.', { id: 'd1-sandbox.panel.not-mounted' })}
            </p>`
      }
    </section>
    <section class="panel toasts" aria-labelledby="h-toasts">
      <h2 id="h-toasts">${msg('Ilmoitukset', { id: 'd1-sandbox.panel.toasts' })}</h2>
      ${list(
        records?.notifications ?? [],
        (n) =>
          html`${n.variant ?? 'info'}:
          ${n.heading ? html`<strong>${n.heading}</strong> ` : nothing}${n.message}`,
      )}
    </section>
    <section class="panel events" aria-labelledby="h-events">
      <h2 id="h-events">${msg('Julkaistut tapahtumat', { id: 'd1-sandbox.panel.events' })}</h2>
      ${list(
        view.events,
        (e) =>
          html`<code>${e.topic}</code>
            ${json(e.payload)}${e.error ? html` — ${e.error}` : nothing}`,
      )}
    </section>
    <section class="panel errors" aria-labelledby="h-errors">
      <h2 id="h-errors">${msg('Ilmoitetut virheet', { id: 'd1-sandbox.panel.errors' })}</h2>
      ${list(errors, (e) => e)}
    </section>
    ${renderShellPanel(records)}
    <section class="panel timings" aria-labelledby="h-timings">
      <h2 id="h-timings">${msg('Elinkaaren ajat', { id: 'd1-sandbox.panel.timings' })}</h2>
      ${list(
        view.timings,
        (t) =>
          html`<code>${t.phase}</code> ${t.ms.toFixed(1)}
            ms${t.ok ? nothing : html` — ${msg('epäonnistui', { id: 'd1-sandbox.failed' })}`}`,
      )}
    </section>
  </div>`;
}
