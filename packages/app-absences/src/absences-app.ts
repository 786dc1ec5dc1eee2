/**
 * "Poissaolot" (absence notices): the app's element. It follows acting-as — a guardian acting for a
 * child reports and follows that child's absences, a teacher acting in a school sees the absences
 * of their groups there — and ties the app's strings to the portal's language.
 */
import { LitElement, html } from 'lit';
import { msg } from '@lit/localize';
import { AppController, type ShellContext } from '@digione/sdk';
import { APP_LOCALES, loadTranslations } from './localization/translations.js';
import { sharedStyles } from './styles.js';

/**
 * @summary Absence notices: guardians report, teachers acknowledge.
 * @tagname absences-app
 */
export class AbsencesApp extends LitElement {
  static override styles = [sharedStyles];

  /** The app's context: set by `defineMicroApp` before the element is connected. */
  context?: ShellContext;

  // Re-renders on a change of acting-as, theme or tenant, and once per change of language (when
  // the app's strings for it are in); ends its subscriptions on disconnect.
  readonly #app = new AppController(this, {
    localization: { locales: APP_LOCALES, load: loadTranslations },
  });

  override render() {
    const context = this.#app.context;
    if (!context) return html``;
    const actingAs = context.actingAs.value;
    if (actingAs?.role === 'guardian' && actingAs.kind === 'child' && actingAs.child) {
      const child = actingAs.child;
      return html`<absences-guardian
        .context=${context}
        .childId=${child.id}
        .childName=${`${child.givenName} ${child.familyName}`}
        .schoolName=${child.school.name}
      ></absences-guardian>`;
    }
    if (actingAs?.role === 'teacher' && actingAs.kind === 'school' && actingAs.school) {
      return html`<absences-teacher
        .context=${context}
        .school=${actingAs.school.code}
        .schoolName=${actingAs.school.name}
      ></absences-teacher>`;
    }
    return html`<section aria-labelledby="choose-heading">
      <h2 id="choose-heading">${msg('Poissaolot', { id: 'absences.heading' })}</h2>
      <d1-alert variant="info"
        >${msg(
          'Valitse yläpalkista, kenen puolesta toimit: huoltajana lapsesi tai opettajana koulu, jonka ryhmien poissaolot haluat nähdä.',
          { id: 'absences.choose' },
        )}</d1-alert
      >
    </section>`;
  }
}
