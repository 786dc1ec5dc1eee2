/**
 * Assessment (Arviointi), an example vendor app of DigiOne Portal, built with the public SDK and
 * components only. The portal loads this module and mounts its default export.
 */
// DigiOne's components; defining them again is harmless when the shell has done it.
import '@digione/components/define';
import { defineMicroApp } from '@digione/sdk';
import { AssessmentApp } from './assessment-app.js';
import { AssessmentPrincipalView } from './views/principal.js';
import { AssessmentTeacherView } from './views/teacher.js';

export { AssessmentApp, AssessmentPrincipalView, AssessmentTeacherView };

/** The views the app element renders; defined once, whichever of the app's mounts comes first. */
const VIEWS: readonly (readonly [string, CustomElementConstructor])[] = [
  ['assessment-teacher-view', AssessmentTeacherView],
  ['assessment-principal-view', AssessmentPrincipalView],
];
for (const [tag, element] of VIEWS) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-teacher-view': AssessmentTeacherView;
    'assessment-principal-view': AssessmentPrincipalView;
  }
}

/** The app's single-spa lifecycles: what the portal (and the vendor sandbox) mounts. */
export default defineMicroApp({ element: AssessmentApp, tagName: 'assessment-app' });
