/**
 * The guardian's view: report an absence of the child chosen in acting-as, and see the child's
 * absences of this term, with the teacher's acknowledgement, cancelling one that has not begun.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ShellContext } from '@digione/sdk';
import { ApiProblem, cancelAbsence, childAbsences, reportAbsence } from '../api.js';
import { formatDays, today } from '../dates.js';
import { problemText, reasonText } from '../strings.js';
import { sharedStyles } from '../styles.js';
import {
  reportProblems,
  type FieldProblems,
  type GuardianAbsence,
  type GuardianAbsenceList,
  type ReportField,
} from '../types.js';
import { absenceList } from './absence-item.js';
import { pendingView, type Load } from './pending.js';
import {
  FIELDS,
  emptyForm,
  isFilled,
  renderReportForm,
  reportOf,
  withField,
  type ReportForm,
} from './report-form.js';

/** A form field of DigiOne's components: its name and value. */
interface FieldElement extends HTMLElement {
  name: string;
  value: string;
}

/**
 * @summary Report a child's absence and follow the child's absences of this term.
 * @tagname absences-guardian
 */
export class AbsencesGuardian extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .report {
        display: grid;
        gap: var(--d1-space-4);
        max-width: 40rem;
      }
      .dates {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: var(--d1-space-4);
      }
      .buttons {
        display: flex;
        gap: var(--d1-space-2);
      }
    `,
  ];

  /** The app's context (set by the app element). */
  @property({ attribute: false }) context?: ShellContext;
  /** The child chosen in acting-as: their id … */
  @property({ attribute: false }) childId = '';
  /** … and their name. */
  @property({ attribute: false }) childName = '';
  /** The child's school, when known. */
  @property({ attribute: false }) schoolName = '';

  @state() private list: Load<GuardianAbsenceList> = { status: 'loading' };
  @state() private form: ReportForm = emptyForm(today());
  @state() private problems: FieldProblems = {};
  @state() private sending = false;
  @state() private sendError: unknown = undefined;
  @state() private cancelling = new Set<string>();
  /** Changes on every successful report: the form is drawn anew, with untouched fields. */
  @state() private formGeneration = 0;

  /** The day the form was opened on: its default first day. */
  #day = today();
  #dirty = false;
  #request = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The form goes with the view: it holds no unsaved changes any more.
    this.#setDirty(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('childId') || changed.has('context')) && this.context && this.childId) {
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    const context = this.context;
    if (!context) return;
    const request = ++this.#request;
    this.list = { status: 'loading' };
    try {
      const data = await childAbsences(context, this.childId);
      if (request === this.#request) this.list = { status: 'ready', data };
    } catch (error) {
      if (request === this.#request) this.list = { status: 'failed', error };
    }
  }

  #setDirty(dirty: boolean): void {
    if (dirty === this.#dirty) return;
    this.#dirty = dirty;
    this.context?.setDirty(dirty);
  }

  /** After a change of the list: the list's heading takes the focus. */
  async #reloadAndFocusList(): Promise<void> {
    await this.#load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus();
  }

  #onField = (event: Event): void => {
    const field = event.currentTarget as FieldElement;
    const name = field.name as ReportField;
    this.form = withField(this.form, name, field.value);
    if (this.problems[name] !== undefined) {
      this.problems = Object.fromEntries(
        Object.entries(this.problems).filter(([each]) => each !== name),
      );
    }
    this.#setDirty(isFilled(this.form, this.#day));
  };

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const context = this.context;
    if (!context || this.sending) return;
    this.sendError = undefined;
    const problems = reportProblems(this.form, today());
    this.problems = problems;
    if (Object.keys(problems).length > 0) {
      await this.updateComplete;
      this.#focusFirstProblem();
      return;
    }
    const { start, end } = this.form;
    this.sending = true;
    try {
      await reportAbsence(context, reportOf(this.form, this.childId));
      const days = formatDays(start, end, context.locale.value);
      context.notify({
        variant: 'success',
        heading: msg('Poissaolo ilmoitettu', { id: 'absences.reported.heading' }),
        message: msg(str`${this.childName}: ${days}. Opettaja näkee ilmoituksen.`, {
          id: 'absences.reported.message',
        }),
      });
      this.#day = today();
      this.form = emptyForm(this.#day);
      this.problems = {};
      this.formGeneration++;
      this.#setDirty(false);
      await this.#reloadAndFocusList();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400 && Object.keys(error.fields).length) {
        this.problems = error.fields;
        await this.updateComplete;
        this.#focusFirstProblem();
      } else {
        this.sendError = error;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#send-error')?.focus();
      }
    } finally {
      this.sending = false;
    }
  };

  #focusFirstProblem(): void {
    const first = FIELDS.find((field) => this.problems[field] !== undefined);
    if (first) this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  async #cancel(absence: GuardianAbsence): Promise<void> {
    const context = this.context;
    if (!context) return;
    const days = formatDays(absence.start, absence.end, context.locale.value);
    const sure = await context.confirm({
      heading: msg('Perutaanko poissaoloilmoitus?', { id: 'absences.cancel.heading' }),
      message: msg(str`${this.childName}, ${days}. Opettaja ei enää näe ilmoitusta.`, {
        id: 'absences.cancel.message',
      }),
      confirmLabel: msg('Peru ilmoitus', { id: 'absences.cancel.confirm' }),
      cancelLabel: msg('Älä peru', { id: 'absences.cancel.keep' }),
      danger: true,
    });
    if (!sure) return;
    this.cancelling = new Set([...this.cancelling, absence.id]);
    try {
      await cancelAbsence(context, absence.id);
      context.notify({
        variant: 'success',
        message: msg(str`Poissaoloilmoitus peruttu: ${days}.`, { id: 'absences.cancelled' }),
      });
      await this.#reloadAndFocusList();
    } catch (error) {
      const text = problemText(error, 'action');
      context.notify({ variant: 'danger', heading: text.heading, message: text.message });
    } finally {
      const rest = new Set(this.cancelling);
      rest.delete(absence.id);
      this.cancelling = rest;
    }
  }

  override render() {
    const form = renderReportForm({
      form: this.form,
      problems: this.problems,
      sending: this.sending,
      sendError: this.sendError,
      onField: this.#onField,
      onSubmit: (event) => void this.#submit(event),
    });
    return html`
      <section aria-labelledby="form-heading">
        <h2 id="form-heading">${msg('Ilmoita poissaolo', { id: 'absences.form.heading' })}</h2>
        <p class="lead">
          ${
            this.schoolName
              ? msg(str`Ilmoitus koskee: ${this.childName}, ${this.schoolName}`, {
                  id: 'absences.form.child-at-school',
                })
              : msg(str`Ilmoitus koskee: ${this.childName}`, { id: 'absences.form.child' })
          }
        </p>
        ${keyed(this.formGeneration, form)}
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" tabindex="-1">
          ${msg('Tämän lukukauden poissaolot', { id: 'absences.list.heading' })}
        </h2>
        ${this.#renderList()}
      </section>
    `;
  }

  #renderList(): TemplateResult {
    const list = this.list;
    const locale = this.context?.locale.value ?? 'fi';
    if (list.status !== 'ready') return pendingView(list, 3, () => void this.#load());
    if (list.data.absences.length === 0) {
      return html`<d1-empty-state
        icon="calendar"
        heading-level="3"
        heading=${msg('Ei ilmoitettuja poissaoloja', { id: 'absences.list.empty.heading' })}
        >${msg(str`Lapselle ${this.childName} ei ole ilmoitettu poissaoloja tällä lukukaudella.`, {
          id: 'absences.list.empty.message',
        })}</d1-empty-state
      >`;
    }
    return absenceList(
      list.data.absences.map((absence) => {
        const days = formatDays(absence.start, absence.end, locale);
        const message = absence.message;
        return {
          absence,
          heading: days,
          summary: reasonText(absence.reason, absence.reasonText),
          ...(message
            ? {
                message: msg(str`Viesti opettajalle: ${message}`, {
                  id: 'absences.list.message',
                }),
              }
            : {}),
          actions: html`${
            absence.acknowledged
              ? html`<d1-badge variant="success"
                  >${msg('Opettaja on kuitannut', { id: 'absences.status.acknowledged' })}</d1-badge
                >`
              : html`<d1-badge variant="neutral"
                  >${msg('Odottaa kuittausta', { id: 'absences.status.waiting' })}</d1-badge
                >`
          }
          ${
            absence.cancellable
              ? html`<d1-button
                  variant="secondary"
                  size="s"
                  ?loading=${this.cancelling.has(absence.id)}
                  @click=${() => void this.#cancel(absence)}
                  >${msg('Peru', { id: 'absences.cancel' })}<span class="visually-hidden">
                    ${days}</span
                  ></d1-button
                >`
              : nothing
          }`,
        };
      }),
    );
  }
}
