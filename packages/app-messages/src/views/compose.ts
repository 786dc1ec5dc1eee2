/** A new message: whom to write to (as the person acts now), the subject and the message. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { D1TextField } from '@digione/components/text-field';
import type { ActingAs, DigiOneApiError } from '@digione/sdk';
import { LIMITS, type Recipient } from '../api.js';
import { kindLabel } from '../strings.js';
import {
  backLink,
  errorPanel,
  messageField,
  sendFailure,
  type Draft,
  type LinkHandler,
  type Load,
} from './common.js';

export interface ComposeViewOptions {
  readonly actingAs: ActingAs | null;
  readonly recipients: Load<readonly Recipient[]>;
  readonly draft: Draft;
  /** The person tried to send without choosing anyone. */
  readonly recipientsMissing: boolean;
  readonly sending: boolean;
  readonly sendFailure: DigiOneApiError | undefined;
  readonly onLink: LinkHandler;
  readonly retryRecipients: () => void;
  readonly onToggle: (id: string, checked: boolean) => void;
  readonly onDraft: (change: Partial<Draft>) => void;
  readonly onSend: (event: SubmitEvent) => void;
  readonly onClear: () => void;
}

function recipientsView(view: ComposeViewOptions): TemplateResult {
  const { recipients, actingAs, draft, recipientsMissing } = view;
  let list: TemplateResult;
  if (recipients.status === 'error') {
    list = errorPanel(recipients.failure, 'load', view.retryRecipients);
  } else if (recipients.status !== 'ready') {
    list = html`<d1-spinner
      label=${msg('Ladataan vastaanottajia…', { id: 'messages.compose.recipientsLoading' })}
    ></d1-spinner>`;
  } else if (recipients.data.length === 0) {
    list = html`<p>
      ${msg('Sinulla ei ole tässä roolissa henkilöitä, joille voisit kirjoittaa.', {
        id: 'messages.compose.noRecipients',
      })}
    </p>`;
  } else {
    const chosen = new Set(draft.to);
    list = html`<ul class="recipients">
      ${recipients.data.map(
        (r) =>
          html`<li>
            <label>
              <input
                type="checkbox"
                name="to"
                value=${r.id}
                .checked=${live(chosen.has(r.id))}
                aria-describedby=${recipientsMissing ? 'to-error' : nothing}
                @change=${(event: Event) => {
                  view.onToggle(r.id, (event.currentTarget as HTMLInputElement).checked);
                }}
              />
              <span class="who">
                <span>${r.name}</span>
                <span class="muted where">${kindLabel(r.kind)} · ${r.detail}</span>
              </span>
            </label>
          </li>`,
      )}
    </ul>`;
  }
  return html`<fieldset>
    <legend>${msg('Vastaanottajat', { id: 'messages.compose.to' })}</legend>
    ${
      actingAs
        ? html`<p class="hint muted">
            ${msg('Toimit nyt:', { id: 'messages.compose.actingAs' })} ${actingAs.label}
          </p>`
        : nothing
    }
    ${list}
    ${
      recipientsMissing
        ? html`<p class="field-error" id="to-error" role="alert">
            ${msg('Valitse vähintään yksi vastaanottaja.', { id: 'messages.compose.toMissing' })}
          </p>`
        : nothing
    }
  </fieldset>`;
}

export function composeView(view: ComposeViewOptions): TemplateResult {
  const { draft, onLink } = view;
  return html`<form
    class="view compose"
    novalidate
    aria-labelledby="compose-heading"
    @submit=${view.onSend}
  >
    ${backLink(onLink)}
    <h3 id="compose-heading" data-focus tabindex="-1">
      ${msg('Uusi viesti', { id: 'messages.new' })}
    </h3>
    ${recipientsView(view)}
    <d1-text-field
      label=${msg('Aihe', { id: 'messages.compose.subject' })}
      required
      maxlength=${LIMITS.subject}
      .value=${live(draft.subject)}
      @input=${(event: Event) => {
        view.onDraft({ subject: (event.currentTarget as D1TextField).value });
      }}
    ></d1-text-field>
    ${messageField(msg('Viesti', { id: 'messages.compose.body' }), 8, draft.body, (body) => {
      view.onDraft({ body });
    })}
    ${sendFailure(view.sendFailure)}
    <div class="actions">
      <d1-button type="submit" ?loading=${view.sending}
        >${msg('Lähetä', { id: 'messages.compose.send' })}</d1-button
      >
      <d1-button variant="secondary" @click=${view.onClear}
        >${msg('Tyhjennä', { id: 'messages.compose.clear' })}</d1-button
      >
    </div>
  </form>`;
}
