// React apps of defineReactApp (@digione/sdk/react), mounted as the portal mounts them and checked
// by the conformance kit; the hooks outside an app.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { ActingAs } from '@digione/sdk';
import { actingAsChoicesFor } from '@digione/sdk/host';
import { defineReactApp } from '@digione/sdk/react';
import {
  CONFORMANCE_CHECKS,
  TEST_USER,
  checkConformance,
  createTestShell,
  deepText,
  mountApp,
  type MountedApp,
} from '@digione/sdk/testing';
import { conformanceOptions, failed } from '../testing/fixtures/reports.js';
import {
  ContextReader,
  STRINGS,
  TIMETABLE_CSS,
  timetableApp,
  type RenderSeen,
} from './fixtures/react-apps.js';
import { waitFor } from '../../../test/support/unit-wait.js';

const EXPECT_TEXT = {
  fi: STRINGS.fi.lead('Aino'),
  sv: STRINGS.sv.lead('Aino'),
  en: STRINGS.en.lead('Aino'),
};

const [HERE, THERE] = actingAsChoicesFor(TEST_USER, 'teacher').concat(
  actingAsChoicesFor(TEST_USER, 'teacher').map((c): ActingAs => ({
    ...c,
    id: `${c.id}-2`,
    label: `${c.label} 2`,
  })),
) as [ActingAs, ActingAs];

const text = (app: MountedApp): string => deepText(app.container);

describe('a React app of defineReactApp', () => {
  let app: MountedApp | undefined;
  afterEach(async () => {
    await app?.unmount();
    app = undefined;
  });

  describe('when checked by checkConformance', () => {
    it('passes every check, none skipped', async () => {
      const report = await checkConformance(timetableApp(), {
        ...conformanceOptions(EXPECT_TEXT),
      });
      expect(failed(report), JSON.stringify(report.checks)).to.deep.equal([]);
      expect(report.checks.filter((c) => c.skipped)).to.deep.equal([]);
      expect(report.checks).to.have.length(CONFORMANCE_CHECKS.length);
    });
  });

  describe('when mounted', () => {
    it("has rendered in the portal's language, with its own strings, when mount resolves", async () => {
      const renders: RenderSeen[] = [];
      app = await mountApp(timetableApp(renders), { locale: 'sv', userFields: ['givenName'] });
      expect(app.container.querySelector('h2')?.textContent).to.equal('Schema');
      expect(app.container.querySelector('section')?.lang).to.equal('sv');
      expect(renders).to.deep.equal([{ locale: 'sv', actingAs: null, title: 'Schema' }]);
      await expect(app.container).to.be.accessible();
    });

    it('renders once a language switch, once the new strings are in place', async () => {
      const renders: RenderSeen[] = [];
      app = await mountApp(timetableApp(renders), { userFields: ['givenName'] });
      const mounted = app;
      expect(renders.map((r) => r.title)).to.deep.equal(['Lukujärjestys']);
      for (const [locale, count] of [
        ['sv', 2],
        ['en', 3],
        ['fi', 4],
      ] as const) {
        mounted.host.setLocale(locale);
        await waitFor(
          () => text(mounted).includes(STRINGS[locale].lead('Aino')),
          `the ${locale} text`,
        );
        // One render, and in it the title is already translated: no render with the old strings.
        expect(renders.length, JSON.stringify(renders)).to.equal(count);
        expect(renders.at(-1)).to.deep.equal({
          locale,
          actingAs: null,
          title: STRINGS[locale].title,
        });
      }
    });

    it('renders once an acting-as change (useActingAs)', async () => {
      const renders: RenderSeen[] = [];
      app = await mountApp(timetableApp(renders), {
        userFields: ['givenName'],
        actingAs: HERE,
        followsActingAs: true,
      });
      const mounted = app;
      expect(renders.map((r) => r.actingAs)).to.deep.equal([HERE.label]);
      mounted.host.setActingAs(THERE);
      await waitFor(() => text(mounted).includes(THERE.label), 'the new acting-as');
      expect(renders.map((r) => r.actingAs)).to.deep.equal([HERE.label, THERE.label]);
      mounted.host.setActingAs(HERE);
      await waitFor(() => renders.length === 3, 'the render back');
      expect(renders.at(-1)?.actingAs).to.equal(HERE.label);
      expect(mounted.container.querySelector('.acme-acting-as')?.textContent).to.equal(HERE.label);
    });

    it('subscribes through its context only while mounted, and leaves nothing behind', async () => {
      app = await mountApp(timetableApp(), {
        userFields: ['givenName'],
        actingAs: HERE,
        followsActingAs: true,
      });
      const mounted = app;
      // The hooks subscribe in React's effects, right after the first render.
      await waitFor(
        () => mounted.liveSubscriptions()['context.actingAs'] === 1,
        () => `the hooks' subscriptions: ${JSON.stringify(mounted.liveSubscriptions())}`,
      );
      expect(app.liveSubscriptions()['context.user']).to.equal(1);
      expect(app.liveSubscriptions()['context.locale']).to.be.greaterThan(0);
      const area = app.props.domElement;
      await app.unmount();
      const after = app.liveSubscriptions();
      app = undefined;
      expect(after).to.deep.equal({});
      expect(area.childNodes).to.have.length(0);
    });

    it('adopts its stylesheet while mounted, and removes it after', async () => {
      const hasSheet = (): boolean =>
        document.adoptedStyleSheets.some((s) =>
          [...s.cssRules].some((r) => r.cssText.startsWith('.acme-react-timetable')),
        );
      expect(hasSheet()).to.equal(false);
      app = await mountApp(timetableApp(), { userFields: ['givenName'] });
      expect(hasSheet()).to.equal(true);
      expect(getComputedStyle(app.container.querySelector('section')!).display).to.equal('grid');
      await app.unmount();
      app = undefined;
      expect(hasSheet()).to.equal(false);
      expect(TIMETABLE_CSS).to.contain('acme-react-timetable');
    });
  });

  describe('when its component throws', () => {
    it('passes an error thrown while rendering to the shell', async () => {
      app = await mountApp(timetableApp(), { userFields: ['givenName'] });
      expect(app.records.errors).to.deep.equal([]);
      app.host.setUser(null);
      const mounted = app;
      await waitFor(() => mounted.records.errors.length > 0, 'the render error was not reported');
      expect((mounted.records.errors[0] as Error).message).to.equal(
        'Acme timetable needs a signed-in user.',
      );
      expect(mounted.records.errors).to.have.length(1);
    });

    it('fails the mount when the first render throws, reported once', async () => {
      const shell = createTestShell({ user: null, userFields: ['givenName'] });
      let rejected: unknown;
      try {
        await shell.mount(timetableApp());
      } catch (error) {
        rejected = error;
      }
      expect((rejected as Error | undefined)?.message).to.equal(
        'Acme timetable needs a signed-in user.',
      );
      expect(shell.records.errors).to.have.length(1);
      await shell.dispose();
    });
  });

  describe('when used wrongly', () => {
    it('refuses what is no component, with a coded error', () => {
      expect(() => defineReactApp('acme-timetable' as never)).to.throw('[D1-SDK-191]');
      expect(() => defineReactApp(ContextReader, { styles: 42 } as never)).to.throw(
        /\[D1-SDK-191\] defineReactApp: "styles" must be CSS text/,
      );
    });

    it('throws D1-SDK-192 from useShellContext outside a DigiOne React app', async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const errors: unknown[] = [];
      const root = createRoot(container, { onUncaughtError: (error) => errors.push(error) });
      root.render(createElement(ContextReader));
      await waitFor(() => errors.length > 0, 'the hook did not throw');
      root.unmount();
      container.remove();
      const error = errors[0] as { code?: string; message: string };
      expect(error.code).to.equal('D1-SDK-192');
      expect(error.message).to.contain('useShellContext() was called outside a DigiOne React app');
    });
  });
});
