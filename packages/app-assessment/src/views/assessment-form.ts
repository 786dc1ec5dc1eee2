/**
 * The teacher's form for one group: each pupil's term grade and verbal feedback, what of it differs
 * from what is saved, and the buttons to save or undo. The teacher's view keeps the edits and saves.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { D1Select, D1SelectOption, D1TextField } from '@digione/components';
import type { ApiFailure } from '../api.js';
import { fieldErrorText, gradeLabel, gradesOf, saveFailureText } from '../strings.js';
import {
  FEEDBACK_MAX_LENGTH,
  type FieldErrorCode,
  type Grade,
  type PupilAssessment,
  type Scale,
} from '../types.js';

/** What the form shows for a pupil: the grade as the select's value ('' for none) and the feedback. */
export interface Entry {
  readonly grade: string;
  readonly feedback: string;
}

/** A pupil's saved assessment as the form shows it. */
export const entryOf = (pupil: PupilAssessment): Entry => ({
  grade: pupil.grade === null ? '' : String(pupil.grade),
  feedback: pupil.feedback,
});

/** The grade a select's value stands for. */
export function gradeFromValue(value: string): Grade | null {
  if (value === '') return null;
  if (value === 'S' || value === 'H') return value;
  return Number(value) as Grade;
}

/** What the form shows, and whom it tells. */
export interface AssessmentFormView {
  readonly scale: Scale;
  readonly pupils: readonly PupilAssessment[];
  /** Edits that differ from what is saved, by pupil id. */
  readonly edits: ReadonlyMap<string, Entry>;
  /** Fields the API refused, by `${pupilId}:${field}`. */
  readonly fieldErrors: ReadonlyMap<string, FieldErrorCode>;
  readonly saving: boolean;
  readonly saveFailure: ApiFailure | undefined;
  readonly onEdit: (pupil: PupilAssessment, field: keyof Entry, value: string) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onDiscard: () => void;
}

/** The group's form: a fieldset per pupil, then the buttons and why the last save failed. */
export function renderAssessmentForm(view: AssessmentFormView): TemplateResult {
  const changed = view.edits.size;
  return html`<form class="stack" novalidate @submit=${view.onSubmit}>
    <p class="meta">
      ${msg(
        str`Anna kullekin oppilaalle lukukauden arvosana. Sanallinen palaute on vapaaehtoinen, enintään ${FEEDBACK_MAX_LENGTH} merkkiä.`,
        { id: 'assessment.teacher.instructions' },
      )}
    </p>
    <ul class="pupils">
      ${view.pupils.map((pupil) => renderPupil(view, pupil))}
    </ul>
    <div class="actions">
      <d1-button type="submit" ?loading=${view.saving} ?disabled=${changed === 0}>
        ${msg('Tallenna arvioinnit', { id: 'assessment.teacher.save' })}
      </d1-button>
      <d1-button
        variant="secondary"
        ?disabled=${changed === 0 || view.saving}
        @click=${view.onDiscard}
      >
        ${msg('Peru muutokset', { id: 'assessment.teacher.discard' })}
      </d1-button>
      <p class="meta">
        ${
          changed === 0
            ? msg('Ei tallentamattomia muutoksia.', { id: 'assessment.teacher.no-changes' })
            : msg(str`Tallentamattomia muutoksia: ${changed}`, {
                id: 'assessment.teacher.changes',
              })
        }
      </p>
    </div>
    ${
      view.saveFailure
        ? html`<d1-alert variant="danger" live>${saveFailureText(view.saveFailure)}</d1-alert>`
        : nothing
    }
  </form>`;
}

function renderPupil(view: AssessmentFormView, pupil: PupilAssessment): TemplateResult {
  const { scale } = view;
  const entry = view.edits.get(pupil.id) ?? entryOf(pupil);
  const changed = view.edits.has(pupil.id);
  const gradeError = view.fieldErrors.get(`${pupil.id}:grade`);
  const feedbackError = view.fieldErrors.get(`${pupil.id}:feedback`);
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
          view.onEdit(pupil, 'grade', (event.currentTarget as D1Select).value);
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
          view.onEdit(pupil, 'feedback', (event.currentTarget as D1TextField).value);
        }}
      ></d1-text-field>
    </fieldset>
  </li>`;
}
