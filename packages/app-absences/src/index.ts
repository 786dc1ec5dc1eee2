/**
 * "Poissaolot" (absence notices) as DigiOne app lifecycles. In the portal the app runs in a frame of
 * its own (see main.ts, which mounts these lifecycles with the context it gets over the bridge);
 * the same lifecycles mount it in tests and stories.
 */
// DigiOne's components; defining them again is harmless where a page has done it already.
import '@digione/components/define';
import { defineMicroApp } from '@digione/sdk';
import { AbsencesApp } from './absences-app.js';
import { AbsencesGuardian } from './views/guardian.js';
import { AbsencesTeacher } from './views/teacher.js';

export { AbsencesApp, AbsencesGuardian, AbsencesTeacher };

/** The app's own tag names. */
export const TAGS = {
  app: 'absences-app',
  guardian: 'absences-guardian',
  teacher: 'absences-teacher',
} as const;

for (const [tag, element] of [
  [TAGS.guardian, AbsencesGuardian],
  [TAGS.teacher, AbsencesTeacher],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'absences-app': AbsencesApp;
    'absences-guardian': AbsencesGuardian;
    'absences-teacher': AbsencesTeacher;
  }
}

/** The app's single-spa lifecycles. */
export default defineMicroApp({ element: AbsencesApp, tagName: TAGS.app });
