/**
 * The guardian's report form: what the person has typed, how a change of one field moves the others,
 * what the form sends, and the form itself. The guardian's view keeps the state and talks to the API.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { fieldMessage, problemText, reasonLabel } from '../strings.js';
import {
  MAX_MESSAGE_LENGTH,
  MAX_REASON_TEXT_LENGTH,
  type AbsenceReason,
  type AbsenceReport,
  type FieldProblems,
  type IsoDate,
  type ReportField,
} from '../types.js';

/** What the person has typed and chosen. */
export interface ReportForm {
  readonly start: string;
  readonly end: string;
  readonly reason: AbsenceReason | '';
  readonly reasonText: string;
  readonly message: string;
  /** The person chose the last day themselves: it no longer follows the first. */
  readonly endChosen: boolean;
}

/** The form's fields, in the order they are shown (the first invalid one gets the focus). */
export const FIELDS: readonly ReportField[] = ['start', 'end', 'reason', 'reasonText', 'message'];

/** A fresh form: one day, `day`, and nothing else chosen. */
export function emptyForm(day: IsoDate): ReportForm {
  return { start: day, end: day, reason: '', reasonText: '', message: '', endChosen: false };
}

/** The form after the person set `field` to `value`. */
export function withField(form: ReportForm, field: ReportField, value: string): ReportForm {
  const next: ReportForm = {
    ...form,
    [field]: value,
    endChosen: form.endChosen || field === 'end',
  };
  // The last day follows the first until the person chooses it: one day is the usual case.
  if (field === 'start' && (!next.endChosen || next.end < next.start)) {
    return { ...next, end: next.start };
  }
  return next;
}

/** Whether the person has filled in anything they would lose, in a form opened on `day`. */
export function isFilled(form: ReportForm, day: IsoDate): boolean {
  return (
    form.start !== day ||
    (form.endChosen && form.end !== form.start) ||
    form.reason !== '' ||
    form.reasonText.trim() !== '' ||
    form.message.trim() !== ''
  );
}

/** What the form sends for `child` (a checked form: its reason is chosen). */
export function reportOf(form: ReportForm, child: string): AbsenceReport {
  const { start, end, reason, reasonText, message } = form;
  return {
    child,
    start,
    end,
    reason: reason as AbsenceReason,
    ...(reason === 'other' ? { reasonText: reasonText.trim() } : {}),
    ...(message.trim() ? { message: message.trim() } : {}),
  };
}

/** What the form shows and whom it tells. */
export interface ReportFormView {
  readonly form: ReportForm;
  readonly problems: FieldProblems;
  readonly sending: boolean;
  /** Why the last send failed (other than the fields), if it did. */
  readonly sendError: unknown;
  readonly onField: (event: Event) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

/** The report form (`#send-error` is the failed send's alert). */
export function renderReportForm(view: ReportFormView): TemplateResult {
  const { form: f, problems, onField } = view;
  const error = (field: ReportField): string => {
    const problem = problems[field];
    return problem ? fieldMessage(field, problem) : '';
  };
  const failure = view.sendError === undefined ? undefined : problemText(view.sendError, 'action');
  return html`<form class="report" novalidate @submit=${view.onSubmit}>
    <div class="dates">
      <d1-text-field
        name="start"
        type="date"
        required
        label=${msg('Ensimmäinen poissaolopäivä', { id: 'absences.form.start' })}
        .value=${f.start}
        .error=${error('start')}
        @input=${onField}
      ></d1-text-field>
      <d1-text-field
        name="end"
        type="date"
        required
        label=${msg('Viimeinen poissaolopäivä', { id: 'absences.form.end' })}
        hint=${msg('Yhden päivän poissaolossa sama kuin ensimmäinen.', {
          id: 'absences.form.end-hint',
        })}
        .value=${f.end}
        .error=${error('end')}
        @input=${onField}
      ></d1-text-field>
    </div>
    <d1-select
      name="reason"
      required
      label=${msg('Syy', { id: 'absences.form.reason' })}
      placeholder=${msg('Valitse syy', { id: 'absences.form.reason-placeholder' })}
      .options=${[
        { value: 'illness', label: reasonLabel('illness') },
        { value: 'other', label: reasonLabel('other') },
      ]}
      .value=${f.reason}
      .error=${error('reason')}
      @input=${onField}
      @change=${onField}
    ></d1-select>
    ${
      f.reason === 'other'
        ? html`<d1-text-field
            name="reasonText"
            required
            maxlength=${MAX_REASON_TEXT_LENGTH}
            label=${msg('Mikä on syy?', { id: 'absences.form.reason-text' })}
            hint=${msg('Lyhyesti, esimerkiksi hammaslääkäri tai perheen matka.', {
              id: 'absences.form.reason-text-hint',
            })}
            .value=${f.reasonText}
            .error=${error('reasonText')}
            @input=${onField}
          ></d1-text-field>`
        : nothing
    }
    <d1-text-field
      name="message"
      multiline
      rows="3"
      maxlength=${MAX_MESSAGE_LENGTH}
      label=${msg('Viesti opettajalle', { id: 'absences.form.message' })}
      hint=${msg(str`Vapaaehtoinen, enintään ${MAX_MESSAGE_LENGTH} merkkiä.`, {
        id: 'absences.form.message-hint',
      })}
      .value=${f.message}
      .error=${error('message')}
      @input=${onField}
    ></d1-text-field>
    ${
      failure
        ? html`<d1-alert id="send-error" tabindex="-1" variant="danger" heading=${failure.heading}
            >${failure.message}</d1-alert
          >`
        : nothing
    }
    <div class="buttons">
      <d1-button type="submit" ?loading=${view.sending}
        >${msg('Lähetä ilmoitus', { id: 'absences.form.submit' })}</d1-button
      >
    </div>
  </form>`;
}
