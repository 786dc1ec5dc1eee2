import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { AppPhase, AppState } from '../apps/app-state.js';
import { baseStyles } from '@digione/components';

/**
 * What an app's area says besides the app itself: the app's name as the page's level-one heading,
 * "loading" while its code loads and it starts, and, when it failed, an error with a retry — inside
 * the app's own area, so the rest of the portal goes on.
 *
 * The heading is there in every state, so that every app page has one: apps start their own
 * headings at level two (as the SDK's guide shows), and screen-reader users find the page's title
 * where they find it on the portal's own pages. While the app runs the heading is only read, not
 * shown — the app shows its own title — and focus moves to it when the route changes.
 *
 * An app loaded before usually mounts within a frame of being opened again, so its "loading" shows
 * only when it has not mounted by the frame after next: switching between running apps neither
 * flashes a spinner nor has it announced. Loading an app's code (and starting it) shows at once.
 *
 * @tagname d1-shell-app-status
 * @fires d1-retry - The person asked to try the app again (from the error panel).
 */
export class D1ShellAppStatus extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      .busy {
        display: flex;
        align-items: center;
        gap: var(--d1-space-3);
        padding: var(--d1-space-5) 0;
      }
      h1 {
        margin: 0 0 var(--d1-space-3);
        font-size: var(--d1-font-size-xl);
        font-weight: var(--d1-font-weight-strong);
      }
    `,
  ];

  /** The app's state. */
  @property({ attribute: false }) state: AppState = { status: 'idle', attempt: 0 };

  /** The app's name in the person's language. */
  @property({ attribute: 'app-name' }) appName = '';

  /** Whether the present busy spell shows "loading" (see the class's description). */
  #busyShown = false;
  /** Counts busy spells, so a frame's wait that outlived its spell shows nothing. */
  #spell = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('state')) return;
    const state = this.state;
    if (state.status !== 'busy' || state.phase === 'unmount') {
      this.#busyShown = false;
      this.#spell += 1;
      return;
    }
    if (this.#busyShown) return;
    if (state.phase !== 'mount') {
      this.#busyShown = true;
      return;
    }
    const spell = this.#spell;
    const show = (): void => {
      if (spell !== this.#spell) return;
      this.#busyShown = true;
      this.requestUpdate();
    };
    requestAnimationFrame(() => requestAnimationFrame(show));
  }

  override render(): TemplateResult {
    const name = this.appName;
    const shown = this.state.status === 'failed' ? '' : 'visually-hidden';
    // One template whatever the state, so the heading stays the same element (and keeps focus)
    // while the app loads, starts and runs.
    return html`<h1 class=${shown} tabindex="-1" ?hidden=${!name}>${name}</h1>
      ${this.#body()}`;
  }

  #body(): TemplateResult | typeof nothing {
    const state = this.state;
    if (state.status === 'busy' && this.#busyShown) {
      const text = msg('Palvelua avataan…');
      // The spinner speaks the text (its own live region); the visible copy is not read twice.
      return html`<div class="busy">
        <d1-spinner .label=${text}></d1-spinner>
        <span aria-hidden="true">${text}</span>
      </div>`;
    }
    if (state.status !== 'failed') return nothing;
    const [heading, text] = explain(state.phase, state.timedOut);
    return html`<d1-error-panel
      heading-level="2"
      .heading=${heading}
      .message=${text}
      .details=${details(state.error)}
      .retryLabel=${msg('Yritä uudelleen')}
    ></d1-error-panel>`;
  }

  /**
   * Moves focus to the app's heading (where a screen reader starts reading after a route change).
   * Returns false when there is none (no name yet).
   */
  focusHeading(): boolean {
    const heading = this.appName ? this.renderRoot.querySelector<HTMLElement>('h1') : null;
    heading?.focus();
    return heading !== null;
  }
}

/** The heading and explanation of a failure, by the step that failed. */
function explain(phase: AppPhase, timedOut: boolean): readonly [string, string] {
  if (timedOut) {
    return [
      msg('Palvelu ei vastannut ajoissa'),
      msg(
        'Palvelun käynnistyminen kesti liian kauan, joten se keskeytettiin. Muut DigiOnen palvelut toimivat normaalisti. Yritä uudelleen hetken kuluttua.',
      ),
    ];
  }
  switch (phase) {
    case 'load':
      return [
        msg('Palvelua ei voitu ladata'),
        msg(
          'Palvelun ohjelmaa ei saatu ladattua. Muut DigiOnen palvelut toimivat normaalisti. Yritä uudelleen; jos virhe toistuu, ota yhteyttä tukeen.',
        ),
      ];
    case 'bootstrap':
    case 'mount':
      return [
        msg('Palvelu ei käynnistynyt'),
        msg(
          'Palvelussa tapahtui virhe sen käynnistyessä. Muut DigiOnen palvelut toimivat normaalisti. Yritä uudelleen; jos virhe toistuu, ota yhteyttä tukeen.',
        ),
      ];
    case 'unmount':
      return [
        msg('Palvelu ei sulkeutunut oikein'),
        msg(
          'Palvelussa tapahtui virhe, kun siirryit pois siitä. Käynnistä palvelu uudelleen jatkaaksesi.',
        ),
      ];
  }
}

/** Technical details for support: the error's name and message, never markup. */
function details(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return '';
  }
}
