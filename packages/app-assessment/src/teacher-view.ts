import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ShellContext } from '@digione/sdk';
import type { D1Select, D1SelectOption, D1TextField } from '@digione/components';
import { ApiFailure, type AssessmentApi } from './api.js';
import {
  fieldErrorText,
  gradeLabel,
  gradesOf,
  loadFailureText,
  saveFailureText,
  termLabel,
} from './strings.js';
import { viewStyles } from './styles.js';
import {
  FEEDBACK_MAX_LENGTH,
  type AssessmentsUpdateRequest,
  type FieldErrorCode,
  type Grade,
  type GroupDetail,
  type GroupsResponse,
  type PupilAssessment,
} from './types.js';

type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly failure: ApiFailure }
  | { readonly status: 'ready'; readonly data: T };

/** What the form shows for a pupil: the grade as the select's value ('' for none) and the feedback. */
interface Entry {
  readonly grade: string;
  readonly feedback: string;
}

const entryOf = (pupil: PupilAssessment): Entry => ({
  grade: pupil.grade === null ? '' : String(pupil.grade),
  feedback: pupil.feedback,
});

function gradeFromValue(value: string): Grade | null {
  if (value === '') return null;
  if (value === 'S' || value === 'H') return value;
  return Number(value) as Grade;
}

function failureOf(error: unknown): ApiFailure {
  return error instanceof ApiFailure ? error : new ApiFailure('unavailable', 0);
}

const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/**
 * The teacher's view: their teaching groups at the school they act for, and for the chosen group
 * each pupil's term grade and verbal feedback, edited in place and saved together.
 *
 * Unsaved edits mark the app dirty (`context.setDirty`), so the portal asks before the teacher
 * leaves; saving clears it and confirms with a toast. Fields the API refuses show its reason.
 */
export class AssessmentTeacherView extends LitElement {
  static override styles = [
    viewStyles,
    css`
      .chooser {
        max-width: 28rem;
      }
      .pupils {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: var(--d1-space-3);
      }
      fieldset {
        margin: 0;
        padding: var(--d1-space-3) var(--d1-space-4) var(--d1-space-4);
        border: 1px solid var(--d1-color-border-subtle);
        border-radius: var(--d1-radius-m);
        background: var(--d1-color-surface-raised);
        display: grid;
        gap: var(--d1-space-3);
        grid-template-columns: minmax(0, 1fr);
      }
      fieldset.changed {
        border-color: var(--d1-color-accent);
      }
      legend {
        padding: 0 var(--d1-space-1);
        font-weight: var(--d1-font-weight-strong);
        display: flex;
        align-items: center;
        gap: var(--d1-space-2);
      }
      @media (min-width: 48rem) {
        fieldset {
          grid-template-columns: 14rem minmax(0, 1fr);
          align-items: start;
        }
      }
      .actions {
        position: sticky;
        bottom: 0;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--d1-space-3);
        padding: var(--d1-space-3) 0;
        background: var(--d1-color-surface);
        border-top: 1px solid var(--d1-color-border-subtle);
      }
    `,
  ];

  /** The app's shell context (notify, confirm, setDirty). */
  @property({ attribute: false }) context?: ShellContext;
  /** The client of the app's API. */
  @property({ attribute: false }) api?: AssessmentApi;
  /** The code of the school the teacher acts for. */
  @property() school = '';

  @state() private groups: Loadable<GroupsResponse> = { status: 'loading' };
  @state() private selectedId = '';
  @state() private detail: Loadable<GroupDetail> | undefined;
  /** Edits that differ from what is saved, by pupil id. */
  @state() private edits = new Map<string, Entry>();
  /** Fields the API refused, by `${pupilId}:${field}`. */
  @state() private fieldErrors = new Map<string, FieldErrorCode>();
  @state() private saving = false;
  @state() private saveFailure: ApiFailure | undefined;

  #groupsRequest: AbortController | undefined;
  #detailRequest: AbortController | undefined;
  #reportedDirty = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#groupsRequest?.abort();
    this.#detailRequest?.abort();
    // The view goes (the person stopped acting for a school, or the app unmounts): its edits go
    // with it, so the portal need not ask about them any more.
    if (this.#reportedDirty) {
      this.#reportedDirty = false;
      try {
        this.context?.setDirty(false);
      } catch {
        // The app's context has already ended: nothing is left to guard.
      }
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a disconnect aborted the requests: load again.
    if (this.hasUpdated && this.school) void this.#loadGroups();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('school') || changed.has('api')) && this.school && this.api) {
      void this.#loadGroups();
    }
  }

  get #dirty(): boolean {
    return this.edits.size > 0;
  }

  /** Tells the shell whether there are unsaved edits, when that changes. */
  #reportDirty(): void {
    const dirty = this.#dirty;
    if (dirty === this.#reportedDirty) return;
    this.#reportedDirty = dirty;
    this.context?.setDirty(dirty);
  }

  #clearEdits(): void {
    this.edits = new Map();
    this.fieldErrors = new Map();
    this.saveFailure = undefined;
    this.#reportDirty();
  }

  async #loadGroups(): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.#groupsRequest?.abort();
    this.#detailRequest?.abort();
    const request = new AbortController();
    this.#groupsRequest = request;
    this.groups = { status: 'loading' };
    this.detail = undefined;
    this.#clearEdits();
    try {
      const data = await api.get<GroupsResponse>(
        `/groups?school=${encodeURIComponent(this.school)}`,
        request.signal,
      );
      if (request.signal.aborted) return;
      this.groups = { status: 'ready', data };
      const keep = data.groups.some((group) => group.id === this.selectedId);
      this.selectedId = keep ? this.selectedId : (data.groups[0]?.id ?? '');
      if (this.selectedId) void this.#loadDetail(this.selectedId);
    } catch (error) {
      if (request.signal.aborted || isAbort(error)) return;
      this.groups = { status: 'error', failure: failureOf(error) };
    }
  }

  async #loadDetail(id: string): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.#detailRequest?.abort();
    const request = new AbortController();
    this.#detailRequest = request;
    this.detail = { status: 'loading' };
    this.#clearEdits();
    try {
      const data = await api.get<GroupDetail>(`/groups/${encodeURIComponent(id)}`, request.signal);
      if (request.signal.aborted) return;
      this.detail = { status: 'ready', data };
    } catch (error) {
      if (request.signal.aborted || isAbort(error)) return;
      this.detail = { status: 'error', failure: failureOf(error) };
    }
  }

  #onGroupChange = async (event: Event): Promise<void> => {
    const select = event.currentTarget as D1Select;
    const next = select.value;
    if (next === this.selectedId) return;
    if (this.#dirty) {
      const groupName = this.#selectedName();
      const discard = await (this.context?.confirm({
        heading: msg('Hylätäänkö tallentamattomat muutokset?', {
          id: 'assessment.confirm.heading',
        }),
        message: msg(
          str`Ryhmän ${groupName} arviointeihin tekemiäsi muutoksia ei ole tallennettu. Ne katoavat, jos vaihdat ryhmää.`,
          { id: 'assessment.confirm.message' },
        ),
        confirmLabel: msg('Hylkää muutokset', { id: 'assessment.confirm.discard' }),
        cancelLabel: msg('Jatka muokkausta', { id: 'assessment.confirm.keep' }),
        danger: true,
      }) ?? Promise.resolve(false));
      if (!discard) {
        select.value = this.selectedId;
        return;
      }
    }
    this.selectedId = next;
    void this.#loadDetail(next);
  };

  /** Whether the group `id` is the one on screen. */
  #showing(id: string): boolean {
    return this.detail?.status === 'ready' && this.detail.data.group.id === id;
  }

  #selectedName(): string {
    if (this.groups.status !== 'ready') return '';
    return this.groups.data.groups.find((group) => group.id === this.selectedId)?.name ?? '';
  }

  #entry(pupil: PupilAssessment): Entry {
    return this.edits.get(pupil.id) ?? entryOf(pupil);
  }

  #edit(pupil: PupilAssessment, field: keyof Entry, value: string): void {
    const next: Entry = { ...this.#entry(pupil), [field]: value };
    const saved = entryOf(pupil);
    const edits = new Map(this.edits);
    if (next.grade === saved.grade && next.feedback === saved.feedback) edits.delete(pupil.id);
    else edits.set(pupil.id, next);
    this.edits = edits;
    const key = `${pupil.id}:${field}`;
    if (this.fieldErrors.has(key)) {
      const errors = new Map(this.fieldErrors);
      errors.delete(key);
      this.fieldErrors = errors;
    }
    this.#reportDirty();
  }

  #onDiscard = (): void => {
    this.#clearEdits();
  };

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const api = this.api;
    if (!api || this.saving || !this.#dirty || this.detail?.status !== 'ready') return;
    const group = this.detail.data.group;
    const body: AssessmentsUpdateRequest = {
      assessments: [...this.edits].map(([pupilId, entry]) => ({
        pupilId,
        grade: gradeFromValue(entry.grade),
        feedback: entry.feedback,
      })),
    };
    this.saving = true;
    this.saveFailure = undefined;
    try {
      const data = await api.put<GroupDetail>(
        `/groups/${encodeURIComponent(group.id)}/assessments`,
        body,
      );
      // The teacher may have switched school or group while the save was under way.
      if (!this.#showing(data.group.id)) return;
      this.detail = { status: 'ready', data };
      if (this.groups.status === 'ready') {
        const groups = this.groups.data.groups.map((each) =>
          each.id === data.group.id ? data.group : each,
        );
        this.groups = { status: 'ready', data: { ...this.groups.data, groups } };
      }
      this.#clearEdits();
      const name = data.group.name;
      this.context?.notify({
        variant: 'success',
        message: msg(str`Ryhmän ${name} arvioinnit on tallennettu.`, { id: 'assessment.saved' }),
      });
    } catch (error) {
      const failure = failureOf(error);
      this.saveFailure = failure;
      this.fieldErrors = new Map(
        failure.fieldErrors
          .filter((each) => each.pupilId !== null)
          .map((each) => [`${each.pupilId ?? ''}:${each.field}`, each.code]),
      );
      await this.updateComplete;
      this.#focusFirstInvalid();
    } finally {
      this.saving = false;
    }
  };

  /** Moves focus to the first field the API refused, so the teacher lands on what to fix. */
  #focusFirstInvalid(): void {
    const field = this.renderRoot.querySelector<HTMLElement>(
      'd1-select[error]:not([error=""]), d1-text-field[error]:not([error=""])',
    );
    field?.focus();
  }

  #retryGroups = (): void => {
    void this.#loadGroups();
  };

  #retryDetail = (): void => {
    void this.#loadDetail(this.selectedId);
  };

  #renderFailure(failure: ApiFailure, retry: () => void) {
    const text = loadFailureText(failure);
    return html`<d1-error-panel
      heading-level="3"
      heading=${text.heading}
      message=${text.message}
      ?no-retry=${!text.retry}
      @d1-retry=${retry}
    ></d1-error-panel>`;
  }

  #renderLoading(label: string) {
    return html`<div class="loading" aria-busy="true">
      <d1-spinner label=${label}></d1-spinner>
      <d1-skeleton lines="3"></d1-skeleton>
    </div>`;
  }

  override render() {
    return html`<section class="stack" aria-labelledby="heading">
      <h2 id="heading">${msg('Opetusryhmien arviointi', { id: 'assessment.teacher.heading' })}</h2>
      ${this.#renderGroups()}
    </section>`;
  }

  #renderGroups() {
    const groups = this.groups;
    if (groups.status === 'loading') {
      return this.#renderLoading(
        msg('Ladataan opetusryhmiä…', { id: 'assessment.loading.groups' }),
      );
    }
    if (groups.status === 'error') return this.#renderFailure(groups.failure, this.#retryGroups);
    const { data } = groups;
    const schoolName = data.school.name;
    const term = termLabel(data.term);
    const meta = html`<p class="meta">${schoolName} · ${term}</p>`;
    if (data.groups.length === 0) {
      return html`${meta}
        <d1-empty-state
          icon="users"
          heading-level="3"
          heading=${msg('Ei opetusryhmiä', { id: 'assessment.teacher.empty.heading' })}
        >
          ${msg('Sinulla ei ole tässä koulussa opetusryhmiä, joita arvioida tällä lukukaudella.', {
            id: 'assessment.teacher.empty.message',
          })}
        </d1-empty-state>`;
    }
    const options: D1SelectOption[] = data.groups.map((group) => {
      const name = group.name;
      const assessed = group.assessedCount;
      const total = group.pupilCount;
      return {
        value: group.id,
        label: msg(str`${name} (arvioitu ${assessed}/${total})`, {
          id: 'assessment.teacher.group-option',
        }),
      };
    });
    return html`${meta}
      <d1-select
        class="chooser"
        name="group"
        label=${msg('Opetusryhmä', { id: 'assessment.teacher.group' })}
        .options=${options}
        .value=${this.selectedId}
        @change=${this.#onGroupChange}
      ></d1-select>
      ${this.#renderDetail()}`;
  }

  #renderDetail() {
    const detail = this.detail;
    if (!detail) return nothing;
    if (detail.status === 'loading') {
      return this.#renderLoading(msg('Ladataan oppilaita…', { id: 'assessment.loading.pupils' }));
    }
    if (detail.status === 'error') return this.#renderFailure(detail.failure, this.#retryDetail);
    const { group, pupils } = detail.data;
    const assessed = pupils.filter((pupil) => pupil.grade !== null).length;
    const total = pupils.length;
    const changed = this.edits.size;
    const groupName = group.name;
    return html`<section class="stack" aria-labelledby="group-heading">
      <h3 id="group-heading">${groupName}</h3>
      <d1-progress
        label=${msg(str`Arvioitu ${assessed}/${total} oppilasta`, {
          id: 'assessment.teacher.progress',
        })}
        .value=${assessed}
        max=${Math.max(total, 1)}
      ></d1-progress>
      ${
        total === 0
          ? html`<d1-empty-state
              icon="users"
              heading-level="4"
              heading=${msg('Ryhmässä ei ole oppilaita', { id: 'assessment.teacher.no-pupils' })}
            ></d1-empty-state>`
          : html`<form class="stack" novalidate @submit=${this.#onSubmit}>
              <p class="meta">
                ${msg(
                  str`Anna kullekin oppilaalle lukukauden arvosana. Sanallinen palaute on vapaaehtoinen, enintään ${FEEDBACK_MAX_LENGTH} merkkiä.`,
                  { id: 'assessment.teacher.instructions' },
                )}
              </p>
              <ul class="pupils">
                ${pupils.map((pupil) => this.#renderPupil(pupil, group.scale))}
              </ul>
              <div class="actions">
                <d1-button type="submit" ?loading=${this.saving} ?disabled=${changed === 0}>
                  ${msg('Tallenna arvioinnit', { id: 'assessment.teacher.save' })}
                </d1-button>
                <d1-button
                  variant="secondary"
                  ?disabled=${changed === 0 || this.saving}
                  @click=${this.#onDiscard}
                >
                  ${msg('Peru muutokset', { id: 'assessment.teacher.discard' })}
                </d1-button>
                <p class="meta">
                  ${
                    changed === 0
                      ? msg('Ei tallentamattomia muutoksia.', {
                          id: 'assessment.teacher.no-changes',
                        })
                      : msg(str`Tallentamattomia muutoksia: ${changed}`, {
                          id: 'assessment.teacher.changes',
                        })
                  }
                </p>
              </div>
              ${
                this.saveFailure
                  ? html`<d1-alert variant="danger" live>
                      ${saveFailureText(this.saveFailure)}
                    </d1-alert>`
                  : nothing
              }
            </form>`
      }
    </section>`;
  }

  #renderPupil(pupil: PupilAssessment, scale: GroupDetail['group']['scale']) {
    const entry = this.#entry(pupil);
    const changed = this.edits.has(pupil.id);
    const gradeError = this.fieldErrors.get(`${pupil.id}:grade`);
    const feedbackError = this.fieldErrors.get(`${pupil.id}:feedback`);
    const options: D1SelectOption[] = ['', ...gradesOf(scale)].map((grade) => ({
      value: grade,
      label: gradeLabel(grade),
    }));
    return html`<li>
      <fieldset class=${changed ? 'changed' : ''} data-pupil=${pupil.id}>
        <legend>
          <span>${pupil.familyName} ${pupil.givenName}</span>
          ${
            changed
              ? html`<d1-badge variant="accent"
                  >${msg('Muutettu', { id: 'assessment.teacher.changed' })}</d1-badge
                >`
              : nothing
          }
        </legend>
        <d1-select
          name="grade"
          label=${msg('Arvosana', { id: 'assessment.teacher.grade' })}
          .options=${options}
          .value=${entry.grade}
          error=${gradeError ? fieldErrorText(gradeError, scale) : ''}
          @input=${(event: Event) => {
            this.#edit(pupil, 'grade', (event.currentTarget as D1Select).value);
          }}
        ></d1-select>
        <d1-text-field
          name="feedback"
          multiline
          rows="2"
          maxlength=${FEEDBACK_MAX_LENGTH}
          label=${msg('Sanallinen palaute', { id: 'assessment.teacher.feedback' })}
          .value=${entry.feedback}
          error=${feedbackError ? fieldErrorText(feedbackError, scale) : ''}
          @input=${(event: Event) => {
            this.#edit(pupil, 'feedback', (event.currentTarget as D1TextField).value);
          }}
        ></d1-text-field>
      </fieldset>
    </li>`;
  }
}
