// React apps through the framework-neutral form of defineMicroApp, checked by the conformance kit.
import { expect } from '@open-wc/testing';
import type { Root } from 'react-dom/client';
import { CONFORMANCE_CHECKS, checkConformance, deepText, mountApp } from '@digione/sdk/testing';
import { conformanceOptions, failed, messageOf } from './fixtures/reports.js';
import { TITLES } from './fixtures/apps.js';
import {
  REACT_LEADS,
  REACT_TEXT,
  forgetsRootUnmountReactApp,
  goodReactApp,
} from './fixtures/react-apps.js';
import { waitFor } from '../../../test/support/unit-wait.js';

const options = conformanceOptions(REACT_TEXT);

describe('a React app (createRoot in mount, root.unmount() in unmount)', () => {
  describe('when checked by checkConformance', () => {
    it('passes every check, none skipped', async () => {
      const report = await checkConformance(goodReactApp(), options);
      expect(failed(report), JSON.stringify(report.checks)).to.deep.equal([]);
      expect(report.checks.filter((c) => c.skipped)).to.deep.equal([]);
      expect(report.checks).to.have.length(CONFORMANCE_CHECKS.length);
      expect(document.querySelectorAll('[data-d1-test-shell]')).to.have.length(0);
    });
  });

  describe('when mounted', () => {
    it('renders a heading and a greeting in fi, sv and en, following the shell', async () => {
      const app = await mountApp(goodReactApp(), { userFields: ['givenName'] });
      const shows = (locale: 'fi' | 'sv' | 'en') => () => {
        const heading = app.container.querySelector('h2');
        const section = app.container.querySelector('section');
        return (
          heading?.textContent === TITLES[locale] &&
          section?.lang === locale &&
          app.container.querySelector('p')?.textContent === REACT_LEADS[locale]('Aino')
        );
      };
      await waitFor(shows('fi'), 'the Finnish text did not appear');
      app.host.setLocale('sv');
      await waitFor(shows('sv'), 'the Swedish text did not appear');
      app.host.setLocale('en');
      await waitFor(shows('en'), 'the English text did not appear');
      await expect(app.container).to.be.accessible();
      await app.unmount();
    });

    it('subscribes to the locale (in mount) and the user (in a hook), and ends both', async () => {
      const app = await mountApp(goodReactApp(), { userFields: ['givenName'] });
      await waitFor(() => deepText(app.container).includes(TITLES.fi), 'the Finnish title');
      expect(app.liveSubscriptions()).to.deep.equal({ 'context.locale': 1, 'context.user': 1 });
      const container = app.container.firstElementChild!;
      await app.unmount();
      expect(app.liveSubscriptions()).to.deep.equal({});
      expect(container.childNodes).to.have.length(0);
    });

    it('passes an error React throws while rendering to the shell', async () => {
      const app = await mountApp(goodReactApp(), { userFields: ['givenName'] });
      await waitFor(() => deepText(app.container).includes(TITLES.fi), 'the Finnish title');
      app.host.setUser(null);
      await waitFor(() => app.records.errors.length > 0, 'the render error was not reported');
      expect((app.records.errors[0] as Error).message).to.equal(
        'Acme timetable needs a signed-in user.',
      );
      await app.unmount();
    });
  });

  describe('when it forgets root.unmount()', () => {
    let leftMounted: Root[] = [];
    afterEach(() => {
      for (const root of leftMounted) root.unmount();
      leftMounted = [];
    });

    it('fails no-dom-left and no-listeners-left, telling the vendor to call root.unmount()', async () => {
      const broken = forgetsRootUnmountReactApp();
      leftMounted = broken.leftMounted;
      const report = await checkConformance(broken.app, options);
      expect(failed(report)).to.deep.equal(['no-dom-left', 'no-listeners-left']);
      const dom = messageOf(report, 'no-dom-left');
      expect(dom).to.contain('After unmount a React root was still mounted on <div>');
      expect(dom).to.contain('Call root.unmount() in your unmount');
      const listeners = messageOf(report, 'no-listeners-left');
      expect(listeners).to.contain('1 event listener on document "visibilitychange"');
      expect(listeners).to.contain('React: root.unmount()');
    });
  });
});
