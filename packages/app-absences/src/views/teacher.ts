/**
 * The teacher's view: the absences of the pupils of their own groups at the school chosen in
 * acting-as, today and the rest of this week, each marked acknowledged ("kuitattu") once the teacher
 * has read it. The count still waiting for acknowledgement goes on the app's navigation item.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ShellContext } from '@digione/sdk';
import { acknowledgeAbsence, weekAbsences } from '../api.js';
import { formatDays, isoWeek, isoWeekOf, today } from '../dates.js';
import { problemText, reasonText } from '../strings.js';
import { sharedStyles } from '../styles.js';
import type { TeacherAbsence, TeacherAbsenceList } from '../types.js';
import { absenceList } from './absence-item.js';
import { pendingView, type Load } from './pending.js';

/**
 * @summary The week's absences in the teacher's groups, with acknowledgement.
 * @tagname absences-teacher
 */
export class AbsencesTeacher extends LitElement {
  static override styles = [sharedStyles];

  /** The app's context (set by the app element). */
  @property({ attribute: false }) context?: ShellContext;
  /** The school chosen in acting-as: its code … */
  @property({ attribute: false }) school = '';
  /** … and its name. */
  @property({ attribute: false }) schoolName = '';

  @state() private list: Load<TeacherAbsenceList> = { status: 'loading' };
  @state() private acknowledging = new Set<string>();
  /** Spoken after an acknowledgement (a polite live region). */
  @state() private announcement = '';

  #request = 0;
  #day = today();
  #title = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('school') || changed.has('context')) && this.context && this.school) {
      void this.#load();
    }
  }

  protected override updated(): void {
    // The portal's title names the week: "Viikko 47 – Poissaolot – DigiOne".
    const context = this.context;
    if (!context?.isSupported('title')) return;
    const { week } = isoWeekOf(this.#day);
    const title = msg(str`Viikko ${week}`, { id: 'absences.teacher.title' });
    if (title === this.#title) return;
    this.#title = title;
    context.setTitle(title);
  }

  async #load(): Promise<void> {
    const context = this.context;
    if (!context) return;
    const request = ++this.#request;
    this.#day = today();
    this.list = { status: 'loading' };
    try {
      const data = await weekAbsences(context, this.school, isoWeek(this.#day));
      if (request !== this.#request) return;
      this.list = { status: 'ready', data };
      this.#publishBadge(data.absences);
    } catch (error) {
      if (request === this.#request) this.list = { status: 'failed', error };
    }
  }

  /** The count waiting for acknowledgement, on the app's navigation item. */
  #publishBadge(absences: readonly TeacherAbsence[]): void {
    const count = absences.filter((a) => !a.acknowledged).length;
    try {
      this.context?.events.publish('shell:badge', { count });
    } catch {
      // A shell without navigation badges refuses the topic; the list itself shows the same.
    }
  }

  async #acknowledge(absence: TeacherAbsence): Promise<void> {
    const context = this.context;
    const list = this.list;
    if (!context || list.status !== 'ready') return;
    this.acknowledging = new Set([...this.acknowledging, absence.id]);
    try {
      const updated = await acknowledgeAbsence(context, absence.id);
      const current = this.list;
      if (current.status === 'ready') {
        const absences = current.data.absences.map((a) => (a.id === updated.id ? updated : a));
        this.list = { status: 'ready', data: { ...current.data, absences } };
        this.#publishBadge(absences);
      }
      this.announcement = msg(str`Kuitattu: ${absence.pupil.name}`, {
        id: 'absences.teacher.acknowledged-announcement',
      });
      await this.updateComplete;
      // The button is gone: the focus goes to the pupil's heading, not to the top of the page.
      this.renderRoot.querySelector<HTMLElement>(`[data-absence="${absence.id}"] h3`)?.focus();
    } catch (error) {
      const text = problemText(error, 'action');
      context.notify({ variant: 'danger', heading: text.heading, message: text.message });
    } finally {
      const rest = new Set(this.acknowledging);
      rest.delete(absence.id);
      this.acknowledging = rest;
    }
  }

  override render() {
    const { week } = isoWeekOf(this.#day);
    const list = this.list;
    const groups =
      list.status === 'ready' && list.data.groups.length > 0
        ? msg(str`Ryhmäsi: ${list.data.groups.join(', ')}`, { id: 'absences.teacher.groups' })
        : '';
    const day = this.#day;
    const todays =
      list.status === 'ready'
        ? list.data.absences.filter((a) => a.start <= day && a.end >= day)
        : [];
    const others =
      list.status === 'ready'
        ? list.data.absences.filter((a) => !(a.start <= day && a.end >= day))
        : [];
    const ready = list.status === 'ready';
    return html`
      <section aria-labelledby="today-heading">
        <h2 id="today-heading">${msg('Poissa tänään', { id: 'absences.teacher.today' })}</h2>
        <p class="lead">${this.schoolName}${groups ? html` · ${groups}` : nothing}</p>
        ${this.#renderState(
          todays,
          msg('Ryhmiesi oppilaista ei ole ilmoitettu poissaoloja tälle päivälle.', {
            id: 'absences.teacher.today-empty',
          }),
        )}
      </section>
      ${
        ready
          ? html`<section aria-labelledby="week-heading">
              <h2 id="week-heading">
                ${msg(str`Muut poissaolot viikolla ${week}`, { id: 'absences.teacher.week' })}
              </h2>
              ${this.#renderState(
                others,
                msg('Ryhmiesi oppilaista ei ole ilmoitettu muita poissaoloja tälle viikolle.', {
                  id: 'absences.teacher.week-empty',
                }),
              )}
            </section>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  #renderState(absences: readonly TeacherAbsence[], empty: string): TemplateResult {
    const list = this.list;
    if (list.status !== 'ready') return pendingView(list, 2, () => void this.#load());
    if (absences.length === 0) return html`<p>${empty}</p>`;
    const locale = this.context?.locale.value ?? 'fi';
    return absenceList(
      absences.map((absence) => {
        const days = formatDays(absence.start, absence.end, locale);
        const { name, group } = absence.pupil;
        const message = absence.message;
        return {
          absence,
          heading: msg(str`${name}, ${group}`, { id: 'absences.teacher.pupil' }),
          focusableHeading: true,
          summary: `${days} · ${reasonText(absence.reason, absence.reasonText)}`,
          ...(message
            ? {
                message: msg(str`Huoltajan viesti: ${message}`, { id: 'absences.teacher.message' }),
              }
            : {}),
          actions: absence.acknowledged
            ? html`<d1-badge variant="success"
                >${msg('Kuitattu', { id: 'absences.teacher.acknowledged' })}</d1-badge
              >`
            : html`<d1-button
                variant="secondary"
                size="s"
                ?loading=${this.acknowledging.has(absence.id)}
                @click=${() => void this.#acknowledge(absence)}
                >${msg('Kuittaa', { id: 'absences.teacher.acknowledge' })}<span
                  class="visually-hidden"
                >
                  ${name}, ${days}</span
                ></d1-button
              >`,
        };
      }),
    );
  }
}
