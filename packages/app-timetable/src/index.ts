/**
 * Lukujärjestys (Timetable), an example DigiOne vendor app: the entry module the portal loads. Its
 * default export is the app's single-spa lifecycles; `<timetable-app>` is defined on first mount.
 */
import { defineMicroApp } from '@digione/sdk';
import { TimetableApp } from './timetable-app.js';

export { TimetableApp };
export type { Lesson, TimetableSubject, TimetableView, TimetableWeek } from './types.js';

export default defineMicroApp({ element: TimetableApp, tagName: 'timetable-app' });
