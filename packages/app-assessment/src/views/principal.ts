import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { formatNumber, type Locale } from '@digione/sdk';
import type { AssessmentApi } from '../api.js';
import { gradesOf } from '../strings.js';
import { tableStyles, viewStyles } from '../styles.js';
import type { OverviewGroup, OverviewResponse } from '../types.js';
import {
  failureOf,
  isAbort,
  renderLoadable,
  renderNoGroups,
  schoolTerm,
  type Loadable,
} from './loading.js';

/** The heading of every table's first column. */
const groupColumn = (): string => msg('Ryhmä', { id: 'assessment.principal.col.group' });

/**
 * The principal's view: a read-only overview of the school's term assessment, per teaching group —
 * how many pupils are assessed, the grade average and the distribution of grades — as tables, so
 * every figure can be read by a screen reader and in any theme. No edit controls.
 */
export class AssessmentPrincipalView extends LitElement {
  static override styles = [viewStyles, tableStyles];

  /** The client of the app's API. */
  @property({ attribute: false }) api?: AssessmentApi;
  /** The code of the principal's school. */
  @property() school = '';
  /** The locale numbers are written in. */
  @property() locale: Locale = 'fi';

  @state() private overview: Loadable<OverviewResponse> = { status: 'loading' };

  #request: AbortController | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.school) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('school') || changed.has('api')) && this.school && this.api) {
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.overview = { status: 'loading' };
    try {
      const data = await api.get<OverviewResponse>(
        `/overview?school=${encodeURIComponent(this.school)}`,
        request.signal,
      );
      if (!request.signal.aborted) this.overview = { status: 'ready', data };
    } catch (error) {
      if (request.signal.aborted || isAbort(error)) return;
      this.overview = { status: 'error', failure: failureOf(error) };
    }
  }

  #retry = (): void => {
    void this.#load();
  };

  override render() {
    return html`<section class="stack" aria-labelledby="heading">
      <h2 id="heading">
        ${msg('Koulun arviointitilanne', { id: 'assessment.principal.heading' })}
      </h2>
      ${this.#renderOverview()}
    </section>`;
  }

  #renderOverview() {
    const overview = this.overview;
    return renderLoadable(
      overview,
      {
        label: msg('Ladataan arviointitilannetta…', { id: 'assessment.loading.overview' }),
        skeleton: html`<d1-skeleton shape="rect"></d1-skeleton>`,
        retry: this.#retry,
      },
      (data) => {
        if (data.groups.length === 0) {
          return renderNoGroups(
            data,
            msg('Koulussa ei ole arvioitavia ryhmiä', {
              id: 'assessment.principal.empty.heading',
            }),
            msg('Tällä lukukaudella koulun opetusryhmille ei ole vielä kirjattu arviointeja.', {
              id: 'assessment.principal.empty.message',
            }),
          );
        }
        const numeric = data.groups.filter((group) => group.scale === 'numeric');
        const passFail = data.groups.filter((group) => group.scale === 'pass-fail');
        const assessed = data.groups.reduce((sum, group) => sum + group.assessedCount, 0);
        const total = data.groups.reduce((sum, group) => sum + group.pupilCount, 0);
        return html`${schoolTerm(data)}
          <p>
            ${msg(str`Ryhmien oppilaista on arvioitu ${assessed}/${total}.`, {
              id: 'assessment.principal.summary',
            })}
          </p>
          ${this.#renderProgressTable(data.groups)}
          ${numeric.length > 0 ? this.#renderNumericDistribution(numeric) : nothing}
          ${passFail.length > 0 ? this.#renderPassFailDistribution(passFail) : nothing}`;
      },
    );
  }

  #number(value: number, fractionDigits = 0): string {
    return formatNumber(value, this.locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
  }

  /** A table in a scroll container that keyboard users can scroll, named by its caption. */
  #table(id: string, caption: string, head: unknown, body: unknown) {
    return html`<div class="table-wrap" role="region" aria-labelledby=${id} tabindex="0">
      <table>
        <caption id=${id}>
          ${caption}
        </caption>
        <thead>
          ${head}
        </thead>
        <tbody>
          ${body}
        </tbody>
      </table>
    </div>`;
  }

  #renderProgressTable(groups: readonly OverviewGroup[]) {
    const noAverage = msg('ei keskiarvoa', {
      id: 'assessment.principal.no-average',
      desc: 'Read instead of a dash where a group has no grade average (none given, or pass/fail).',
    });
    return this.#table(
      'progress-caption',
      msg('Arviointien eteneminen ryhmittäin', { id: 'assessment.principal.progress.caption' }),
      html`<tr>
        <th scope="col">${groupColumn()}</th>
        <th scope="col">${msg('Opettaja', { id: 'assessment.principal.col.teacher' })}</th>
        <th scope="col" class="number">
          ${msg('Oppilaita', { id: 'assessment.principal.col.pupils' })}
        </th>
        <th scope="col" class="number">
          ${msg('Arvioitu', { id: 'assessment.principal.col.assessed' })}
        </th>
        <th scope="col" class="number">
          ${msg('Keskiarvo', { id: 'assessment.principal.col.average' })}
        </th>
      </tr>`,
      groups.map(
        (group) =>
          html`<tr>
            <th scope="row">${group.name}</th>
            <td>${group.teacherName}</td>
            <td class="number">${this.#number(group.pupilCount)}</td>
            <td class="number">${this.#number(group.assessedCount)}</td>
            <td class="number">
              ${
                group.average === null
                  ? html`<span aria-hidden="true">–</span
                      ><span class="visually-hidden">${noAverage}</span>`
                  : this.#number(group.average, 1)
              }
            </td>
          </tr>`,
      ),
    );
  }

  #renderNumericDistribution(groups: readonly OverviewGroup[]) {
    return this.#renderDistribution(
      'numeric-caption',
      msg('Arvosanajakauma (arvosanat 4–10, oppilaita)', {
        id: 'assessment.principal.numeric.caption',
      }),
      gradesOf('numeric')
        .reverse()
        .map((grade) => ({ grade, label: grade })),
      groups,
    );
  }

  #renderPassFailDistribution(groups: readonly OverviewGroup[]) {
    return this.#renderDistribution(
      'pass-fail-caption',
      msg('Suoritusmerkinnät (oppilaita)', { id: 'assessment.principal.pass-fail.caption' }),
      [
        { grade: 'S', label: msg('Suoritettu (S)', { id: 'assessment.principal.col.passed' }) },
        { grade: 'H', label: msg('Hylätty (H)', { id: 'assessment.principal.col.failed' }) },
      ],
      groups,
    );
  }

  /** How many pupils of each group have each grade: a column per grade, a row per group. */
  #renderDistribution(
    id: string,
    caption: string,
    columns: readonly { readonly grade: string; readonly label: string }[],
    groups: readonly OverviewGroup[],
  ) {
    return this.#table(
      id,
      caption,
      html`<tr>
        <th scope="col">${groupColumn()}</th>
        ${columns.map((column) => html`<th scope="col" class="number">${column.label}</th>`)}
      </tr>`,
      groups.map(
        (group) =>
          html`<tr>
            <th scope="row">${group.name}</th>
            ${columns.map(
              (column) =>
                html`<td class="number">
                  ${this.#number(group.distribution[column.grade] ?? 0)}
                </td>`,
            )}
          </tr>`,
      ),
    );
  }
}
