/**
 * Lukujärjestys: one school week of lessons, Monday to Friday, for whoever the person acts as in
 * the portal — a pupil's own class, a teacher's own lessons in the chosen school, a guardian's
 * chosen child. Previous / next week and "this week"; today is highlighted.
 *
 * Why a list per day, not a table: each day is a heading ("Maanantai 23.11.") followed by an
 * ordered list of its lessons, each lesson read as one item (time, subject, room, teacher or
 * group). Screen reader users jump from day to day by heading and hear how many lessons a day has;
 * lessons of uneven length (double lessons, a primary pupil's shorter day) need no row or column
 * spans; and the same markup reflows from five columns to one day under another down to 320 px
 * with no sideways scrolling — a time-by-day table would have to scroll or change its structure.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import {
  AppController,
  DigiOneApiError,
  addWeeks,
  capitalize,
  createApiClient,
  formatDate,
  formatDateRange,
  formatIsoWeek,
  formatTime,
  isoWeekOf,
  weekDays,
  type IsoWeek,
  type Locale,
  type ShellContext,
} from '@digione/sdk';
import '@digione/components/button/define';
import '@digione/components/icon/define';
import '@digione/components/skeleton/define';
import '@digione/components/empty-state/define';
import '@digione/components/error-panel/define';
import { fetchWeek } from './api.js';
import { thisWeek, today } from './dates.js';
import { subjectName } from './strings.js';
import type { Lesson, TimetableWeek } from './types.js';
import { timetableStyles } from './styles.js';
import * as enStrings from './localization/generated/en.js';
import * as svStrings from './localization/generated/sv.js';

/** What the error panel shows for support: `HTTP 503 temporarily_unavailable`, or what failed. */
function detailsOf(error: unknown): string {
  if (error instanceof DigiOneApiError && error.status >= 400) {
    return `HTTP ${error.status}${error.apiCode ? ` ${error.apiCode}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The timetable app's element, `<timetable-app>`. `defineMicroApp` creates it with the portal's
 * `context` set; it fetches the week from `context.apiUrl`, again whenever acting-as changes.
 */
export class TimetableApp extends LitElement {
  static override styles = timetableStyles;

  /** Set by the portal (through `defineMicroApp`) before the element is connected. */
  context?: ShellContext | undefined;

  readonly #app = new AppController(this, {
    localization: {
      locales: ['fi', 'sv', 'en'],
      load: (locale) => Promise.resolve(locale === 'sv' ? svStrings : enStrings),
    },
  });
  #week: IsoWeek = thisWeek();
  #title = '';

  /** The shown week, loaded again when the week or the school or child acted for changes. */
  readonly #task = new Task(this, {
    args: () => [formatIsoWeek(this.#week), this.#app.context?.actingAs.value ?? null] as const,
    task: ([week, actingAs], { signal }) => {
      const context = this.#app.context;
      if (!context) throw new Error('The timetable has no context.');
      return fetchWeek(createApiClient(context), week, actingAs, signal);
    },
    argsEqual: ([weekA, actingA], [weekB, actingB]) =>
      weekA === weekB && (actingA?.id ?? null) === (actingB?.id ?? null),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#week = thisWeek();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // An unmounted app asks for nothing more: the request under way is cancelled.
    this.#task.abort();
    this.#title = '';
  }

  override updated(): void {
    // The portal's title follows the week and the language.
    const context = this.#app.context;
    const title = msg(str`Viikko ${this.#week.week}`, { id: 'timetable.title' });
    if (context && title !== this.#title) {
      this.#title = title;
      context.setTitle(title);
    }
  }

  #show(week: IsoWeek): void {
    this.#week = week;
    this.requestUpdate();
  }

  readonly #previous = (): void => {
    this.#show(addWeeks(this.#week, -1));
  };

  readonly #next = (): void => {
    this.#show(addWeeks(this.#week, 1));
  };

  readonly #thisWeek = (): void => {
    this.#show(thisWeek());
  };

  readonly #retry = (): void => {
    void this.#task.run();
  };

  override render() {
    const context = this.#app.context;
    if (!context) return nothing;
    const locale = context.locale.value;
    const days = weekDays(this.#week);
    const first = days[0] ?? '';
    const last = days[4] ?? '';
    return html`
      <section aria-labelledby="timetable-heading">
        <div class="head">
          <h2 id="timetable-heading">${msg('Lukujärjestys', { id: 'timetable.heading' })}</h2>
          <p class="owner">
            ${
              this.#task.status === TaskStatus.COMPLETE && this.#task.value
                ? this.#owner(this.#task.value)
                : ''
            }
          </p>
        </div>
        <div
          class="week-nav"
          role="group"
          aria-label=${msg('Viikon valinta', { id: 'timetable.week-nav' })}
        >
          <d1-button variant="secondary" @click=${this.#previous}>
            <d1-icon slot="prefix" name="chevron-left"></d1-icon>
            ${msg('Edellinen viikko', { id: 'timetable.previous' })}
          </d1-button>
          <p class="week-label" aria-live="polite">
            <span class="week-number"
              >${msg(str`Viikko ${this.#week.week}`, { id: 'timetable.week' })}</span
            >
            <span class="range">${formatDateRange(first, last, locale)}</span>
          </p>
          <d1-button variant="secondary" @click=${this.#next}>
            ${msg('Seuraava viikko', { id: 'timetable.next' })}
            <d1-icon slot="suffix" name="chevron-right"></d1-icon>
          </d1-button>
          <d1-button variant="ghost" @click=${this.#thisWeek}>
            ${msg('Tämä viikko', { id: 'timetable.this-week' })}
          </d1-button>
        </div>
        ${this.#body(locale, days)}
      </section>
    `;
  }

  #owner(data: TimetableWeek): string {
    const parts =
      data.view === 'class' && data.group
        ? [data.person, msg(str`luokka ${data.group}`, { id: 'timetable.class' }), data.school.name]
        : [data.person, data.school.name];
    return parts.join(' · ');
  }

  #body(locale: Locale, days: readonly string[]): TemplateResult {
    const data = this.#task.value;
    if (this.#task.status === TaskStatus.ERROR) return this.#error(this.#task.error);
    if (this.#task.status !== TaskStatus.COMPLETE || !data) return this.#loading(days);
    if (data.lessons.length === 0) {
      const isThisWeek = formatIsoWeek(thisWeek()) === formatIsoWeek(this.#week);
      return html`<d1-empty-state
        icon="calendar"
        heading-level="3"
        heading=${msg('Ei oppitunteja tällä viikolla', { id: 'timetable.empty.heading' })}
      >
        <p>
          ${msg(
            'Tälle viikolle ei ole merkitty oppitunteja. Loma-aikoina lukujärjestys on tyhjä.',
            {
              id: 'timetable.empty.text',
            },
          )}
        </p>
        ${
          isThisWeek
            ? nothing
            : html`<d1-button slot="actions" variant="secondary" @click=${this.#thisWeek}>
                ${msg('Näytä tämä viikko', { id: 'timetable.empty.this-week' })}
              </d1-button>`
        }
      </d1-empty-state>`;
    }
    const week = isoWeekOf(data.start);
    const dates = weekDays(week);
    const now = today();
    return html`<div class="days">
      ${dates.map((date) =>
        this.#day(
          date,
          data.lessons.filter((lesson) => lesson.date === date),
          data.view,
          locale,
          date === now,
        ),
      )}
    </div>`;
  }

  #day(
    date: string,
    lessons: readonly Lesson[],
    view: TimetableWeek['view'],
    locale: Locale,
    isToday: boolean,
  ): TemplateResult {
    const sorted = [...lessons].sort((a, b) => a.start.localeCompare(b.start));
    return html`<div
      class="day ${isToday ? 'today' : ''}"
      aria-current=${isToday ? 'date' : nothing}
    >
      <h3>
        <span class="weekday"
          >${capitalize(formatDate(date, locale, { weekday: 'long' }), locale)}</span
        >
        <span class="date">${formatDate(date, locale, { day: 'numeric', month: 'numeric' })}</span>
        ${
          isToday
            ? html`<span class="today-tag">${msg('tänään', { id: 'timetable.today' })}</span>`
            : nothing
        }
      </h3>
      ${
        sorted.length
          ? html`<ol class="lessons">
              ${sorted.map((lesson) => this.#lesson(lesson, view, locale))}
            </ol>`
          : html`<p class="no-lessons">${msg('Ei oppitunteja', { id: 'timetable.no-lessons' })}</p>`
      }
    </div>`;
  }

  #lesson(lesson: Lesson, view: TimetableWeek['view'], locale: Locale): TemplateResult {
    const room = html`<div>
      <dt>${msg('Tila', { id: 'timetable.room' })}</dt>
      <dd>${lesson.room}</dd>
    </div>`;
    const who =
      view === 'teacher'
        ? lesson.group
          ? html`<div>
              <dt>${msg('Ryhmä', { id: 'timetable.group' })}</dt>
              <dd>${lesson.group}</dd>
            </div>`
          : nothing
        : lesson.teacher
          ? html`<div>
              <dt>${msg('Opettaja', { id: 'timetable.teacher' })}</dt>
              <dd>${lesson.teacher}</dd>
            </div>`
          : nothing;
    return html`<li class="lesson">
      <span class="time"
        ><time datetime="${lesson.date}T${lesson.start}">${formatTime(lesson.start, locale)}</time
        >–<time datetime="${lesson.date}T${lesson.end}"
          >${formatTime(lesson.end, locale)}</time
        ></span
      >
      <span class="subject">${subjectName(lesson.subject)}</span>
      <dl class="details">${view === 'teacher' ? [who, room] : [room, who]}</dl>
    </li>`;
  }

  #loading(days: readonly string[]): TemplateResult {
    return html`<div class="days" aria-busy="true">
      <p class="visually-hidden">
        ${msg('Ladataan lukujärjestystä…', { id: 'timetable.loading' })}
      </p>
      ${days.map(
        () =>
          html`<div class="day skeleton-day">
            <d1-skeleton class="day-heading-placeholder"></d1-skeleton>
            <d1-skeleton lines="3"></d1-skeleton>
            <d1-skeleton lines="2"></d1-skeleton>
          </div>`,
      )}
    </div>`;
  }

  #error(error: unknown): TemplateResult {
    const kind = error instanceof DigiOneApiError ? error.kind : 'server';
    const details = detailsOf(error);
    if (kind === 'session') {
      return html`<d1-error-panel
        heading-level="3"
        heading=${msg('Istuntosi ei kelpaa lukujärjestyspalvelulle', {
          id: 'timetable.error.unauthorized.heading',
        })}
        message=${msg(
          'Lukujärjestyspalvelu ei hyväksynyt kirjautumistasi. Yritä uudelleen. Jos virhe toistuu, kirjaudu ulos ja sitten uudelleen sisään.',
          { id: 'timetable.error.unauthorized.text' },
        )}
        details=${details}
        @d1-retry=${this.#retry}
      ></d1-error-panel>`;
    }
    if (kind === 'forbidden') {
      return html`<d1-error-panel
        heading-level="3"
        no-retry
        heading=${msg('Ei oikeutta tähän lukujärjestykseen', {
          id: 'timetable.error.forbidden.heading',
        })}
        message=${msg(
          'Voit katsoa vain omaa lukujärjestystäsi, omien koulujesi tunteja tai omien lastesi lukujärjestystä. Voit vaihtaa koulun tai lapsen käyttäjävalikosta.',
          { id: 'timetable.error.forbidden.text' },
        )}
        details=${details}
      ></d1-error-panel>`;
    }
    return html`<d1-error-panel
      heading-level="3"
      heading=${msg('Lukujärjestystä ei voitu ladata', { id: 'timetable.error.failed.heading' })}
      message=${msg(
        'Yhteys lukujärjestyspalveluun ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.',
        { id: 'timetable.error.failed.text' },
      )}
      details=${details}
      @d1-retry=${this.#retry}
    ></d1-error-panel>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'timetable-app': TimetableApp;
  }
}
