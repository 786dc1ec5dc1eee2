/**
 * Viestit (Messages), an example DigiOne app: its single-spa lifecycles, as the portal loads them.
 */
import { defineMicroApp } from '@digione/sdk';
import { MessagesApp } from './messages-app.js';

export { MessagesApp };
export default defineMicroApp({ element: MessagesApp, tagName: 'messages-app' });
