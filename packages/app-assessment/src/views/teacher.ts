import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ShellContext } from '@digione/sdk';
import type { D1Select, D1SelectOption } from '@digione/components';
import type { ApiFailure, AssessmentApi } from '../api.js';
import { formStyles, viewStyles } from '../styles.js';
import type {
  AssessmentsUpdateRequest,
  FieldErrorCode,
  GroupDetail,
  GroupsResponse,
  PupilAssessment,
} from '../types.js';
import { entryOf, gradeFromValue, renderAssessmentForm, type Entry } from './assessment-form.js';
import {
  failureOf,
  isAbort,
  renderLoadable,
  renderNoGroups,
  schoolTerm,
  type Loadable,
} from './loading.js';

/**
 * The teacher's view: their teaching groups at the school they act for, and for the chosen group
 * each pupil's term grade and verbal feedback, edited in place and saved together.
 *
 * Unsaved edits mark the app dirty (`context.setDirty`), so the portal asks before the teacher
 * leaves; saving clears it and confirms with a toast. Fields the API refuses show its reason.
 */
export class AssessmentTeacherView extends LitElement {
  static override styles = [viewStyles, formStyles];

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

  override render() {
    return html`<section class="stack" aria-labelledby="heading">
      <h2 id="heading">${msg('Opetusryhmien arviointi', { id: 'assessment.teacher.heading' })}</h2>
      ${this.#renderGroups()}
    </section>`;
  }

  #renderGroups() {
    const groups = this.groups;
    return renderLoadable(
      groups,
      {
        label: msg('Ladataan opetusryhmiä…', { id: 'assessment.loading.groups' }),
        skeleton: html`<d1-skeleton lines="3"></d1-skeleton>`,
        retry: this.#retryGroups,
      },
      (data) => {
        if (data.groups.length === 0) {
          return renderNoGroups(
            data,
            msg('Ei opetusryhmiä', { id: 'assessment.teacher.empty.heading' }),
            msg('Sinulla ei ole tässä koulussa opetusryhmiä, joita arvioida tällä lukukaudella.', {
              id: 'assessment.teacher.empty.message',
            }),
          );
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
        return html`${schoolTerm(data)}
          <d1-select
            class="chooser"
            name="group"
            label=${msg('Opetusryhmä', { id: 'assessment.teacher.group' })}
            .options=${options}
            .value=${this.selectedId}
            @change=${this.#onGroupChange}
          ></d1-select>
          ${this.#renderDetail()}`;
      },
    );
  }

  #renderDetail() {
    const detail = this.detail;
    if (!detail) return nothing;
    return renderLoadable(
      detail,
      {
        label: msg('Ladataan oppilaita…', { id: 'assessment.loading.pupils' }),
        skeleton: html`<d1-skeleton lines="3"></d1-skeleton>`,
        retry: this.#retryDetail,
      },
      (data) => this.#renderGroup(data),
    );
  }

  #renderGroup({ group, pupils }: GroupDetail) {
    const assessed = pupils.filter((pupil) => pupil.grade !== null).length;
    const total = pupils.length;
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
          : renderAssessmentForm({
              scale: group.scale,
              pupils,
              edits: this.edits,
              fieldErrors: this.fieldErrors,
              saving: this.saving,
              saveFailure: this.saveFailure,
              onEdit: (pupil, field, value) => {
                this.#edit(pupil, field, value);
              },
              onSubmit: (event) => void this.#onSubmit(event),
              onDiscard: this.#onDiscard,
            })
      }
    </section>`;
  }
}
