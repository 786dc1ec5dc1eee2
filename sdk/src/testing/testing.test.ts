import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { defineMicroApp } from '@digione/sdk';
import {
  CONFORMANCE_CHECKS,
  ConformanceError,
  checkConformance,
  deepText,
  expectConformance,
  mountApp,
  type TestLifecycles,
} from '@digione/sdk/testing';
import {
  TITLES,
  axeViolationApp,
  cannotRemountApp,
  goodLitApp,
  goodNeutralApp,
  ignoresLocaleApp,
  leaksListenerApp,
  leaksSubscriptionApp,
  leavesDomApp,
  localizedLitApp,
  swallowsMountErrorApp,
  throwsInMountApp,
  unreportedMountErrorApp,
} from './fixtures/apps.js';
import { conformanceOptions, failed, messageOf } from './fixtures/reports.js';

const options = conformanceOptions(TITLES);

describe('checkConformance', () => {
  describe('when the app is a good Lit app', () => {
    it('passes every check, and expectConformance accepts it', async () => {
      const report = await checkConformance(goodLitApp(), options);
      expect(failed(report)).to.deep.equal([]);
      expect(report.checks.filter((c) => c.skipped)).to.deep.equal([]);
      expect(report.checks.map((c) => c.id)).to.deep.equal([...CONFORMANCE_CHECKS]);
      expect(report.mountMs).to.be.a('number').and.be.at.least(0);
      expect(messageOf(report, 'mount-time')).to.match(/first mount took \d+\.\d ms/);
      expect(expectConformance(report)).to.equal(report);
      expect(document.querySelectorAll('[data-d1-test-shell]')).to.have.length(0);
    });
  });

  describe('when the app is a good framework-neutral app', () => {
    it('passes every check (balanced window listeners are fine)', async () => {
      const report = await checkConformance(goodNeutralApp(), options);
      expect(failed(report)).to.deep.equal([]);
      expect(report.ok).to.equal(true);
    });
  });

  describe('when the app is a good Lit app with @lit/localize strings', () => {
    it('passes every check, its translations switching with the shell', async () => {
      const report = await checkConformance(localizedLitApp(), options);
      expect(failed(report)).to.deep.equal([]);
    });
  });

  describe('when the app uses once and AbortController listeners', () => {
    it('counts them as removed once they fire or are aborted', async () => {
      const app = defineMicroApp({
        mount(container, context) {
          container.append(TITLES[context.locale.value]);
          const controller = new AbortController();
          document.addEventListener('keydown', () => undefined, { signal: controller.signal });
          window.addEventListener('d1-fixture-ready', () => undefined, { once: true });
          window.dispatchEvent(new Event('d1-fixture-ready'));
          controller.abort();
          const sub = context.locale.subscribe((l) => {
            container.textContent = TITLES[l];
          });
          unsubscribe = () => {
            sub.unsubscribe();
          };
        },
        unmount: () => {
          unsubscribe();
        },
      });
      let unsubscribe = (): void => undefined;
      const report = await checkConformance(app, { expectText: TITLES });
      expect(failed(report)).to.deep.equal([]);
    });

    it('still catches a once listener that never fired', async () => {
      const app = defineMicroApp({
        mount(container) {
          container.textContent = 'Lukujärjestys';
          window.addEventListener('d1-never', () => undefined, { once: true });
        },
        unmount: () => undefined,
      });
      const same = { fi: 'Lukujärjestys', sv: 'Lukujärjestys', en: 'Lukujärjestys' };
      const report = await checkConformance(app, { expectText: same });
      expect(failed(report)).to.deep.equal(['no-listeners-left']);
      expect(messageOf(report, 'no-listeners-left')).to.contain('window "d1-never"');
    });
  });

  describe('when no mountErrorProbe is given', () => {
    it("runs the mount-error check with the kit's failing context", async () => {
      const report = await checkConformance(goodNeutralApp(), { expectText: TITLES });
      const check = report.checks.find((c) => c.id === 'mount-error-reported');
      expect(check?.skipped).to.equal(undefined);
      expect(check?.ok).to.equal(true);
      expect(check?.message).to.contain("mount rejected: the shell shows it in the app's area");
    });
  });

  describe('when the app is broken', () => {
    it('catches DOM left behind in the container', async () => {
      const report = await checkConformance(leavesDomApp(), options);
      expect(failed(report)).to.deep.equal(['no-dom-left']);
      const message = messageOf(report, 'no-dom-left');
      expect(message).to.contain('left 1 node');
      expect(message).to.contain('<section.acme-root>');
      expect(message).to.contain('Remove everything mount added');
    });

    it('catches a listener left on window', async () => {
      const report = await checkConformance(leaksListenerApp(), options);
      expect(failed(report)).to.deep.equal(['no-listeners-left']);
      const message = messageOf(report, 'no-listeners-left');
      expect(message).to.contain('1 event listener on window "resize"');
      expect(message).to.contain('removeEventListener');
    });

    it('catches a subscription to the context left live', async () => {
      const report = await checkConformance(leaksSubscriptionApp(), options);
      expect(failed(report)).to.deep.equal(['no-subscriptions-left']);
      const message = messageOf(report, 'no-subscriptions-left');
      expect(message).to.contain('still subscribed to context.locale (1)');
      expect(message).to.contain('Unsubscribe in unmount');
    });

    it('catches an app that cannot mount a second time', async () => {
      const report = await checkConformance(cannotRemountApp(), options);
      expect(failed(report)).to.deep.equal(['remount']);
      const message = messageOf(report, 'remount');
      expect(message).to.contain('Mounting the app a second time failed');
      expect(message).to.contain('Acme store is already initialised');
    });

    it('catches an app that ignores the locale', async () => {
      const report = await checkConformance(ignoresLocaleApp(), { ...options, localeTimeout: 200 });
      expect(failed(report)).to.deep.equal(['locale-switch']);
      const message = messageOf(report, 'locale-switch');
      expect(message).to.contain('after switching to "sv" it did not show "Schema" within 200 ms');
      expect(message).to.contain('it shows "Lukujärjestys"');
      expect(message).to.contain('context.locale');
    });

    it('catches an axe violation, naming the rule and the element', async () => {
      const report = await checkConformance(axeViolationApp(), options);
      expect(failed(report)).to.deep.equal(['accessibility']);
      const message = messageOf(report, 'accessibility');
      expect(message).to.contain('1 WCAG 2.1 A/AA violation');
      expect(message).to.contain('button-name');
      expect(message).to.contain('button');
    });

    it('catches an app that fails to mount, and skips what depends on mounting', async () => {
      const report = await checkConformance(throwsInMountApp(), options);
      expect(failed(report)).to.deep.equal(['mount']);
      expect(messageOf(report, 'mount')).to.contain(
        'Mounting the app failed: Acme timetable failed to start',
      );
      expect(messageOf(report, 'remount')).to.contain('Not run: the app did not mount');
      expect(Number.isNaN(report.mountMs)).to.equal(true);
    });

    it('catches an app that swallows its mount error', async () => {
      const report = await checkConformance(swallowsMountErrorApp(), options);
      expect(failed(report)).to.deep.equal(['mount-error-reported']);
      expect(messageOf(report, 'mount-error-reported')).to.contain(
        'swallowed its mount error: mount resolved and nothing was passed to context.reportError',
      );
    });

    it('accepts an app that rethrows a mount error without reporting it: the shell shows it', async () => {
      const report = await checkConformance(unreportedMountErrorApp(), options);
      expect(failed(report)).to.deep.equal([]);
      expect(messageOf(report, 'mount-error-reported')).to.contain(
        "mount rejected: the shell shows it in the app's area",
      );
    });

    it('fails the mount-time check over maxMountMs', async () => {
      const slow = defineMicroApp({
        async mount(container) {
          // Longer than the 20 ms allowed, however fast the machine (a busy one only adds to it).
          await new Promise((resolve) => setTimeout(resolve, 60));
          container.textContent = 'Lukujärjestys';
        },
        unmount: () => undefined,
      });
      const report = await checkConformance(slow, {
        expectText: { fi: 'Lukujärjestys', sv: 'Lukujärjestys', en: 'Lukujärjestys' },
        maxMountMs: 20,
      });
      expect(failed(report)).to.deep.equal(['mount-time']);
      expect(messageOf(report, 'mount-time')).to.contain('more than the 20 ms allowed');
    });
  });

  describe('when the report has failures', () => {
    it('expectConformance throws a ConformanceError listing each failed check', async () => {
      const report = await checkConformance(leaksListenerApp(), options);
      let error: unknown;
      try {
        expectConformance(report);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ConformanceError);
      const message = (error as ConformanceError).message;
      expect(message).to.contain('does not meet the DigiOne contract (1 of 9 checks failed)');
      expect(message).to.contain('✗ no-listeners-left: After unmount the app left');
      expect((error as ConformanceError).report).to.equal(report);
    });
  });

  describe('when the check ends', () => {
    it('restores addEventListener and removeEventListener', async () => {
      const method = (name: string): unknown =>
        Object.getOwnPropertyDescriptor(EventTarget.prototype, name)?.value;
      const add = method('addEventListener');
      const remove = method('removeEventListener');
      await checkConformance(leaksListenerApp(), options);
      expect(method('addEventListener')).to.equal(add);
      expect(method('removeEventListener')).to.equal(remove);
    });
  });
});

describe('mountApp', () => {
  const recorder = (): TestLifecycles =>
    defineMicroApp({
      async mount(container, context) {
        container.textContent = `${context.user.value.givenName ?? '-'} ${context.locale.value}`;
        context.notify({ message: 'Tallennettu', variant: 'success' });
        context.navigate('/timetable/week');
        context.setDirty(true);
        context.setTitle('Lukujärjestys');
        context.events.publish('shell:badge', { count: 2 });
        context.reportError(new Error('oops'));
        const token = await context.getAccessToken();
        container.dataset.token = token;
        container.dataset.confirmed = String(await context.confirm({ heading: 'h', message: 'm' }));
      },
      unmount: () => undefined,
    });

  describe('when an app calls the shell', () => {
    it('records notifications, navigations, dirty flag, titles, badges, errors and tokens', async () => {
      const app = await mountApp(recorder(), {
        audience: 'https://api.acme.example',
        userFields: ['givenName'],
        confirmResult: false,
      });
      expect(app.records.notifications).to.deep.equal([
        { message: 'Tallennettu', variant: 'success' },
      ]);
      expect(app.records.navigations).to.deep.equal(['/timetable/week']);
      expect(app.records.dirty).to.equal(true);
      expect(app.records.dirtyChanges).to.deep.equal([true]);
      expect(app.records.titles).to.deep.equal(['Lukujärjestys']);
      expect(app.records.badges).to.deep.equal([2]);
      expect((app.records.errors[0] as Error).message).to.equal('oops');
      expect(app.records.tokenRequests).to.deep.equal(['https://api.acme.example']);
      const inner = app.container.firstElementChild as HTMLElement;
      expect(inner.dataset.token).to.equal('test-token:https://api.acme.example');
      expect(inner.dataset.confirmed).to.equal('false');
      expect(app.records.confirms).to.have.length(1);
      await app.unmount();
      expect(app.container.isConnected).to.equal(false);
    });

    it('calls the services a test passes, after recording', async () => {
      const seen: string[] = [];
      const app = await mountApp(recorder(), {
        audience: 'aud',
        accessToken: (audience) => `tok-${audience}`,
        services: { navigate: (appId, path) => seen.push(`${appId} ${path}`) },
        appId: 'acme',
      });
      expect(seen).to.deep.equal(['acme /timetable/week']);
      expect((app.container.firstElementChild as HTMLElement).dataset.token).to.equal('tok-aud');
      await app.unmount();
    });
  });

  describe('when the test changes the shell state', () => {
    it('the app sees the locale and user changes through the host', async () => {
      const app = await mountApp(goodLitApp(), { userFields: ['givenName'] });
      expect(deepText(app.container)).to.contain('Lukujärjestys');
      app.host.setLocale('sv');
      await (app.container.firstElementChild as LitElement).updateComplete;
      expect(deepText(app.container)).to.contain('Schema');
      app.host.setUser({ id: 'u2', givenName: 'Elias', familyName: 'K', roles: [], schools: [] });
      await (app.container.firstElementChild as LitElement).updateComplete;
      expect(deepText(app.container)).to.contain('Elias');
      expect(app.context.user.value).to.deep.equal({ givenName: 'Elias' });
      await app.unmount();
    });
  });

  describe('when mount fails', () => {
    it('rejects and removes the test container', async () => {
      const before = document.querySelectorAll('[data-d1-test-shell]').length;
      let error: unknown;
      try {
        await mountApp(throwsInMountApp());
      } catch (e) {
        error = e;
      }
      expect((error as Error).message).to.equal('Acme timetable failed to start');
      expect(document.querySelectorAll('[data-d1-test-shell]')).to.have.length(before);
    });
  });

  describe('subscriptions', () => {
    it('counts the live subscriptions by what the app subscribed to', async () => {
      const app = await mountApp(leaksSubscriptionApp());
      expect(app.liveSubscriptions()).to.deep.equal({ 'context.locale': 1 });
      await app.unmount();
      expect(app.liveSubscriptions()).to.deep.equal({ 'context.locale': 1 });
    });
  });
});

describe('deepText', () => {
  class TextInShadow extends LitElement {
    override render() {
      return html`<style>
          p {
            color: red;
          }
        </style>
        <p>varjossa</p>
        <slot></slot>`;
    }
  }
  customElements.define('d1-test-text-in-shadow', TextInShadow);

  it('reads text in open shadow roots, leaving out styles', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<span>ulkona</span><d1-test-text-in-shadow>valossa</d1-test-text-in-shadow>';
    document.body.append(root);
    await root.querySelector<LitElement>('d1-test-text-in-shadow')!.updateComplete;
    const text = deepText(root).replace(/\s+/g, ' ');
    expect(text).to.contain('ulkona');
    expect(text).to.contain('varjossa');
    expect(text).to.contain('valossa');
    expect(text).not.to.contain('color');
    root.remove();
  });
});
