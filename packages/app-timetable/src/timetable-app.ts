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
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { distinctUntilChanged, map, type Subscription } from 'rxjs';
import {
  ContextController,
  connectAppLocalization,
  type AppLocalization,
  type Locale,
  type ShellContext,
} from '@digione/sdk';
import '@digione/components/button/define';
import '@digione/components/icon/define';
import '@digione/components/skeleton/define';
import '@digione/components/empty-state/define';
import '@digione/components/error-panel/define';
import { fetchWeek, TimetableRequestError } from './api-client.js';
import { currentTime } from './clock.js';
import { formatDateRange, formatDayMonth, formatTime, formatWeekday } from './format.js';
import {
  addDays,
  addWeeks,
  formatIsoWeek,
  isoDate,
  isoWeekOf,
  localCalendarDate,
  parseIsoDate,
  schoolDays,
  type IsoWeek,
} from './iso-week.js';
import { subjectName } from './subjects.js';
import type { Lesson, TimetableWeek } from './types.js';
import { timetableStyles } from './timetable-app.styles.js';
import * as enStrings from './localization/generated/en.js';
import * as svStrings from './localization/generated/sv.js';

type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: TimetableWeek }
  | { readonly status: 'error'; readonly error: TimetableRequestError };

/** The calendar date today, `YYYY-MM-DD`, where the person is. */
function today(): string {
  return isoDate(localCalendarDate(currentTime()));
}

function thisWeek(): IsoWeek {
  return isoWeekOf(localCalendarDate(currentTime()));
}

/**
 * The timetable app's element, `<timetable-app>`. `defineMicroApp` creates it with the portal's
 * `context` set; it fetches the week from `context.apiUrl`, again whenever acting-as changes.
 */
export class TimetableApp extends LitElement {
  static override styles = timetableStyles;

  /** Set by the portal (through `defineMicroApp`) before the element is connected. */
  context?: ShellContext | undefined;

  readonly #ctx = new ContextController(this);
  #week: IsoWeek = thisWeek();
  #state: LoadState = { status: 'loading' };
  #localization: AppLocalization | undefined;
  #actingAs: Subscription | undefined;
  #request: AbortController | undefined;
  #title = '';

  constructor() {
    super();
    // Re-render when this app's strings for a new locale have loaded.
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const context = this.context;
    if (!context) return;
    this.#week = thisWeek();
    this.#localization = connectAppLocalization(context, {
      locales: ['fi', 'sv', 'en'],
      load: (locale) => Promise.resolve(locale === 'sv' ? svStrings : enStrings),
    });
    // The first value loads the week; each change of school or child loads it again.
    this.#actingAs = context.actingAs
      .pipe(
        map((actingAs) => actingAs?.id ?? null),
        distinctUntilChanged(),
      )
      .subscribe(() => {
        void this.#load();
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#actingAs?.unsubscribe();
    this.#actingAs = undefined;
    this.#request?.abort();
    this.#request = undefined;
    this.#localization?.dispose();
    this.#localization = undefined;
    this.#title = '';
  }

  override updated(): void {
    // The portal's title follows the week and the language.
    const context = this.#ctx.context;
    const title = msg(str`Viikko ${this.#week.week}`, { id: 'timetable.title' });
    if (context && title !== this.#title) {
      this.#title = title;
      context.setTitle(title);
    }
  }

  async #load(): Promise<void> {
    const context = this.context;
    if (!context) return;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.#state = { status: 'loading' };
    this.requestUpdate();
    let next: LoadState;
    try {
      const data = await fetchWeek(context, formatIsoWeek(this.#week), request.signal);
      next = { status: 'ready', data };
    } catch (error) {
      next = {
        status: 'error',
        error:
          error instanceof TimetableRequestError
            ? error
            : new TimetableRequestError('failed', error instanceof Error ? error.message : ''),
      };
    }
    // A newer request (another week, another child) or an unmount took over.
    if (request.signal.aborted) return;
    this.#state = next;
    this.requestUpdate();
  }

  #show(week: IsoWeek): void {
    this.#week = week;
    void this.#load();
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
    void this.#load();
  };

  override render() {
    const context = this.#ctx.context;
    if (!context) return nothing;
    const locale = context.locale.value;
    const days = schoolDays(this.#week);
    const first = days[0] ?? '';
    const last = days[4] ?? '';
    return html`
      <section aria-labelledby="timetable-heading">
        <div class="head">
          <h2 id="timetable-heading">${msg('Lukujärjestys', { id: 'timetable.heading' })}</h2>
          <p class="owner">
            ${this.#state.status === 'ready' ? this.#owner(this.#state.data) : ''}
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
    const state = this.#state;
    if (state.status === 'loading') return this.#loading(days);
    if (state.status === 'error') return this.#error(state.error);
    const { data } = state;
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
    const monday = parseIsoDate(data.start);
    const dates = monday ? [0, 1, 2, 3, 4].map((n) => isoDate(addDays(monday, n))) : [...days];
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
        <span class="weekday">${formatWeekday(date, locale)}</span>
        <span class="date">${formatDayMonth(date, locale)}</span>
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

  #error(error: TimetableRequestError): TemplateResult {
    if (error.kind === 'unauthorized') {
      return html`<d1-error-panel
        heading-level="3"
        heading=${msg('Istuntosi ei kelpaa lukujärjestyspalvelulle', {
          id: 'timetable.error.unauthorized.heading',
        })}
        message=${msg(
          'Lukujärjestyspalvelu ei hyväksynyt kirjautumistasi. Yritä uudelleen. Jos virhe toistuu, kirjaudu ulos ja sitten uudelleen sisään.',
          { id: 'timetable.error.unauthorized.text' },
        )}
        details=${error.details}
        @d1-retry=${this.#retry}
      ></d1-error-panel>`;
    }
    if (error.kind === 'forbidden') {
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
        details=${error.details}
      ></d1-error-panel>`;
    }
    return html`<d1-error-panel
      heading-level="3"
      heading=${msg('Lukujärjestystä ei voitu ladata', { id: 'timetable.error.failed.heading' })}
      message=${msg(
        'Yhteys lukujärjestyspalveluun ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.',
        { id: 'timetable.error.failed.text' },
      )}
      details=${error.details}
      @d1-retry=${this.#retry}
    ></d1-error-panel>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'timetable-app': TimetableApp;
  }
}
