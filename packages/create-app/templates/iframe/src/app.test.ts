/**
 * The app's tests, in a real browser (`npm test`): the DigiOne conformance check, and what the app
 * does. Both show the app in a test shell with the portal's context, as the page does once
 * connected (the connection itself is the SDK's, tested there).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { defineMicroApp } from '@digione/sdk';
import {
  checkConformance,
  deepText,
  expectConformance,
  mountApp,
  type MountManifest,
} from '@digione/sdk/testing';
import { showApp } from './app.js';

/** The app's manifest, as the portal reads it: the test shell gives the app what it asks for. */
const manifest = (await (await fetch('/manifest.json')).json()) as MountManifest;

/** The app's view as lifecycles the test shell mounts. */
let hide: (() => void) | undefined;
const app = defineMicroApp({
  async mount(container, context) {
    hide = await showApp(context, container);
  },
  unmount() {
    hide?.();
    hide = undefined;
  },
});

describe('the app', () => {
  it('meets the DigiOne contract', async () =>
    expectConformance(
      await checkConformance(app, {
        manifest,
        expectText: { fi: 'Tervehdi', sv: 'Hälsa', en: 'Say hello' },
      }),
    ));

  it('greets the person in their language and asks the portal for a toast', async () => {
    // The first person of the manifest's roles: the pupil Aino Mäkelä.
    const mounted = await mountApp(app, { manifest, locale: 'en' });
    try {
      await waitUntil(
        () => deepText(mounted.container).includes('Hello, Aino!'),
        'The app shows no greeting in English.',
      );
      const button = mounted.container.querySelector('d1-button');
      if (!button) throw new Error('The app shows no button.');
      button.click();
      expect(mounted.records.notifications).to.deep.equal([
        { message: 'Greetings from the app!', variant: 'success' },
      ]);
    } finally {
      await mounted.unmount();
    }
  });
});
