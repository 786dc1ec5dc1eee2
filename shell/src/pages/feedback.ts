import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { D1Select, D1SelectOption } from '@digione/components/select';
import type { D1TextField } from '@digione/components/text-field';
import { pageStyles } from './page-styles.js';
import { D1ShellPage } from './shell-page.js';

/** What feedback is about; the values are stable codes, the labels are localized. */
export type FeedbackTopic = 'accessibility' | 'service' | 'sign-in' | 'other';

const TOPICS: readonly FeedbackTopic[] = ['accessibility', 'service', 'sign-in', 'other'];

function isTopic(value: string): value is FeedbackTopic {
  return (TOPICS as readonly string[]).includes(value);
}

/** The feedback a person sent: as typed, trimmed; `email` only when they gave one. */
export interface ShellFeedback {
  readonly topic: FeedbackTopic;
  readonly message: string;
  readonly email?: string;
}

/**
 * The person sent feedback; `detail` carries it. The shell delivers it and answers with
 * `deliver(promise)`: the page thanks the person only when the promise resolves to true, and says
 * the feedback did not go through otherwise (also when nobody delivers it).
 */
export class ShellFeedbackSubmitEvent extends CustomEvent<ShellFeedback> {
  static readonly type = 'd1-shell-feedback-submit';
  #delivery: Promise<boolean> | undefined;
  constructor(feedback: ShellFeedback) {
    super(ShellFeedbackSubmitEvent.type, { bubbles: true, composed: true, detail: feedback });
  }

  /** How the shell tells the page whether the feedback arrived. */
  deliver(delivery: Promise<boolean>): void {
    this.#delivery = delivery;
  }

  get delivery(): Promise<boolean> {
    return this.#delivery ?? Promise.resolve(false);
  }
}

/** The longest message the form takes, in characters. */
const MAX_MESSAGE = 4000;

/**
 * The feedback page: the feedback channel the Act on the Provision of Digital Services (306/2019)
 * requires, for accessibility and everything else. A topic, a message and, if the person wants an
 * answer, an email address; validation messages in the person's language. Sending thanks the person
 * in a status message and moves focus there; delivering the feedback is the shell's task.
 *
 * @tagname d1-shell-feedback
 * @fires d1-shell-feedback-submit - Valid feedback was sent; `detail` is `{ topic, message, email? }`.
 */
export class D1ShellFeedback extends D1ShellPage {
  static override styles = [
    pageStyles,
    css`
      form {
        display: grid;
        gap: var(--d1-space-4);
        margin-block-start: var(--d1-space-5);
      }
      .failed {
        color: var(--d1-color-danger);
        font-weight: var(--d1-font-weight-strong);
      }
      .status.sent {
        margin-block-start: var(--d1-space-5);
        padding: var(--d1-space-4);
        border: 1px solid var(--d1-color-success);
        border-inline-start-width: var(--d1-space-1);
        border-radius: var(--d1-radius-m);
        background: var(--d1-color-success-subtle);
      }
      .status:focus {
        outline: none;
      }
      .status:focus-visible {
        outline: var(--d1-focus-ring);
        outline-offset: var(--d1-focus-ring-offset);
      }
      .status p:last-child {
        margin-block-end: 0;
      }
      .again {
        margin-block-start: var(--d1-space-4);
      }
    `,
  ];

  /** The topic chosen when the page opens, for a link such as the accessibility statement's. */
  @property() topic: FeedbackTopic | '' = '';

  /** Feedback was sent: the thanks show instead of the form. */
  @state() private sent = false;

  /** The message holds only spaces, which the native `required` lets through. */
  @state() private blankMessage = false;
  @state() private failed = false;

  override render(): TemplateResult {
    return html`
      <h1 id="heading" tabindex="-1">${msg('Anna palautetta')}</h1>
      <p>
        ${msg(
          'Kerro meille, mikä DigiOne-portaalissa toimii ja mikä ei. Luemme jokaisen palautteen ja käytämme sitä portaalin kehittämiseen. Saavutettavuutta koskevaan palautteeseen vastaamme 14 päivän kuluessa.',
        )}
      </p>
      <p>
        ${msg(
          'Älä kirjoita palautteeseen henkilötunnuksia, terveystietoja tai muita arkaluonteisia tietoja itsestäsi tai muista.',
        )}
      </p>
      <div id="status" class=${this.sent ? 'status sent' : 'status'} role="status" tabindex="-1">
        ${
          this.sent
            ? html`<p><strong>${msg('Kiitos palautteestasi!')}</strong></p>
                <p>
                  ${msg(
                    'Palautteesi välitetään DigiOne-portaalin ylläpidolle. Jos annoit sähköpostiosoitteesi, voimme vastata sinulle.',
                  )}
                </p>`
            : this.failed
              ? html`<p class="failed">
                  ${msg(
                    'Palautteen lähettäminen ei onnistunut. Viestisi on yhä lomakkeella: yritä hetken kuluttua uudelleen.',
                  )}
                </p>`
              : nothing
        }
      </div>
      ${this.sent ? this.#again() : this.#form()}
    `;
  }

  #form(): TemplateResult {
    const labels: Record<FeedbackTopic, string> = {
      accessibility: msg('Saavutettavuus'),
      service: msg('Jokin portaalin palveluista'),
      'sign-in': msg('Kirjautuminen'),
      other: msg('Muu asia'),
    };
    const options: D1SelectOption[] = TOPICS.map((value) => ({ value, label: labels[value] }));
    return html`<form @submit=${this.#onSubmit}>
      <d1-select
        id="topic"
        name="topic"
        required
        label=${msg('Aihe')}
        placeholder=${msg('Valitse aihe')}
        value=${this.topic}
        .options=${options}
      ></d1-select>
      <d1-text-field
        id="message"
        name="message"
        multiline
        rows="6"
        required
        maxlength=${MAX_MESSAGE}
        label=${msg('Palaute')}
        hint=${msg('Kerro mahdollisimman tarkasti, mitä teit ja mitä tapahtui. Enintään 4 000 merkkiä.')}
        .error=${this.blankMessage ? msg('Kirjoita palaute. Pelkät välilyönnit eivät riitä.') : ''}
        @input=${this.#onMessageInput}
      ></d1-text-field>
      <d1-text-field
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        label=${msg('Sähköpostiosoite (vapaaehtoinen)')}
        hint=${msg('Jos haluat vastauksen, anna sähköpostiosoitteesi.')}
      ></d1-text-field>
      <div>
        <d1-button type="submit" variant="primary">${msg('Lähetä palaute')}</d1-button>
      </div>
    </form>`;
  }

  #again(): TemplateResult {
    return html`<div class="again">
      <d1-button variant="secondary" @click=${this.#onAgain}
        >${msg('Anna uutta palautetta')}</d1-button
      >
    </div>`;
  }

  get #topicField(): D1Select | null {
    return this.renderRoot.querySelector<D1Select>('#topic');
  }

  get #messageField(): D1TextField | null {
    return this.renderRoot.querySelector<D1TextField>('#message');
  }

  get #emailField(): D1TextField | null {
    return this.renderRoot.querySelector<D1TextField>('#email');
  }

  readonly #onMessageInput = (): void => {
    if (this.blankMessage) this.blankMessage = false;
  };

  // The form is not `novalidate`: a submit runs the fields' own validation first, which marks each
  // invalid field, shows its message in the person's language and focuses the first one. This
  // handler runs only when every field passed.
  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const topicField = this.#topicField;
    const messageField = this.#messageField;
    const emailField = this.#emailField;
    if (!topicField || !messageField || !emailField) return;
    const topic = topicField.value;
    const message = messageField.value.trim();
    const email = emailField.value.trim();
    if (!message) {
      this.blankMessage = true;
      await this.updateComplete;
      await messageField.updateComplete;
      messageField.focus();
      return;
    }
    if (!isTopic(topic)) {
      topicField.focus();
      return;
    }
    const feedback: ShellFeedback = email ? { topic, message, email } : { topic, message };
    const submitted = new ShellFeedbackSubmitEvent(feedback);
    this.dispatchEvent(submitted);
    const delivered = await submitted.delivery.catch(() => false);
    this.sent = delivered;
    this.failed = !delivered;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
  };

  readonly #onAgain = async (): Promise<void> => {
    this.sent = false;
    this.failed = false;
    await this.updateComplete;
    this.#topicField?.focus();
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'd1-shell-feedback-submit': ShellFeedbackSubmitEvent;
  }
}
