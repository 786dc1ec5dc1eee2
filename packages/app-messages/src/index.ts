/**
 * Viestit (Messages), an example DigiOne app: its single-spa lifecycles and its home-page widget,
 * as the portal loads them.
 */
import { defineMicroApp, defineWidget } from '@digione/sdk';
import { MessagesApp } from './messages-app.js';
import { MessagesUnreadWidget, UNREAD_WIDGET_TAG } from './unread-widget.js';

export { MessagesApp, MessagesUnreadWidget };
export default defineMicroApp({ element: MessagesApp, tagName: 'messages-app' });

/** The app's widgets by their manifest id: the unread threads on the home page. */
export const widgets = {
  unread: defineWidget({ element: UNREAD_WIDGET_TAG }),
};
