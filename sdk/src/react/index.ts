/**
 * @digione/sdk/react: React apps in DigiOne Portal.
 *
 *   import { defineReactApp, useLocale, useShellContext, useUser } from '@digione/sdk/react';
 *
 *   function Timetable() {
 *     const user = useUser();
 *     return <h2>{msg('Lukujärjestys', { id: 'acme.title' })}: {user.givenName}</h2>;
 *   }
 *   export default defineReactApp(Timetable, { localization: { locales, load } });
 *
 * React and react-dom (18.3 or 19) are the app's own: an app bundles them, as it bundles this entry;
 * the portal shares neither. JSX typings of DigiOne's elements: `import '@digione/components/jsx';`.
 */
export { defineReactApp, type ReactAppOptions } from './define-react-app.js';
export {
  useActingAs,
  useContextValue,
  useLocale,
  useShellContext,
  useUser,
  type ReactAppState,
} from './hooks.js';
export type { AppStyles } from './styles.js';
