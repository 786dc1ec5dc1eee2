import { LitElement, html } from 'lit';
import { msg } from '@lit/localize';
import { AppController, type ShellContext } from '@digione/sdk';
import { AssessmentApi } from './api.js';
import { viewStyles } from './styles.js';
// Both translations are bundled into the app's one module; they are small.
import * as en from './localization/generated/en.js';
import * as sv from './localization/generated/sv.js';

/**
 * The Assessment app (Arviointi). It follows where the person acts: a teacher acting for a school
 * sees and edits their teaching groups there; a principal sees the school's overview. Changing the
 * school in the portal loads that school's data.
 */
export class AssessmentApp extends LitElement {
  static override styles = viewStyles;

  /** Set by `defineMicroApp` before the element is connected. */
  context: ShellContext | undefined;

  // Re-renders when the person switches school or role, and once per change of language.
  readonly #app = new AppController(this, {
    localization: {
      locales: ['fi', 'sv', 'en'],
      load: (locale) => Promise.resolve(locale === 'sv' ? sv : en),
    },
  });
  #api: AssessmentApi | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const context = this.context;
    if (context && this.#api === undefined) this.#api = new AssessmentApi(context);
  }

  override render() {
    const context = this.#app.context;
    if (!context) return html``;
    const locale = context.locale.value;
    const acting = context.actingAs.value;
    const school = acting?.kind === 'school' ? acting.school : undefined;
    if (!acting || !school) {
      return html`<d1-empty-state
        lang=${locale}
        icon="school"
        heading=${msg('Valitse koulu', { id: 'assessment.no-school.heading' })}
      >
        ${msg('Valitse portaalin yläpalkista koulu, jonka arviointeja haluat käsitellä.', {
          id: 'assessment.no-school.message',
        })}
      </d1-empty-state>`;
    }
    if (acting.role === 'teacher') {
      return html`<assessment-teacher-view
        lang=${locale}
        .context=${context}
        .api=${this.#api}
        school=${school.code}
      ></assessment-teacher-view>`;
    }
    if (acting.role === 'principal') {
      return html`<assessment-principal-view
        lang=${locale}
        .api=${this.#api}
        .locale=${locale}
        school=${school.code}
      ></assessment-principal-view>`;
    }
    return html`<d1-empty-state
      lang=${locale}
      icon="assessment"
      heading=${msg('Arviointi on opettajille ja rehtoreille', { id: 'assessment.no-role.heading' })}
    >
      ${msg('Valitse portaalissa opettajan tai rehtorin rooli käsitelläksesi arviointeja.', {
        id: 'assessment.no-role.message',
      })}
    </d1-empty-state>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-app': AssessmentApp;
  }
}
