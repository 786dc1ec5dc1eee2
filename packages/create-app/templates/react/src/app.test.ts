/**
 * The app's tests, in a real browser (`npm test`): the DigiOne conformance check, and what the app
 * does. Both mount the app in a test shell, as the portal does, for a test person who may use it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  checkConformance,
  deepText,
  expectConformance,
  mountApp,
  type MountManifest,
} from '@digione/sdk/testing';
import app from './index.js';

/** The app's manifest, as the portal reads it: the test shell gives the app what it asks for. */
const manifest = (await (await fetch('/manifest.json')).json()) as MountManifest;

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
