import { expect } from '@open-wc/testing';
import { navigateToUrl } from 'single-spa';
import { createShellHost } from '@digione/sdk/host';
import type { ShellContext } from '@digione/sdk';
import { defineShellElements } from '../portal/define.js';
import { D1IframeError } from '@digione/sdk/iframe';
import { isTimeout } from './app-lifecycles.js';
import { AppRuntime } from './runtime.js';
import { testApp, PUPIL } from './test-manifests.js';
import { waitFor } from '../../../test/support/unit-wait.js';

/** What the fake apps record. */
interface Seen {
  mounts: { element: HTMLElement; context: ShellContext }[];
  unmounts: number;
}

/** A framework-neutral app whose mount can be made to throw. */
function fakeApp(seen: Seen, behaviour: { failMount?: () => boolean } = {}): object {
  return {
    default: {
      bootstrap: () => Promise.resolve(),
      mount: (props: { domElement: HTMLElement; context: ShellContext }) => {
        if (behaviour.failMount?.()) return Promise.reject(new Error('mount failed'));
        seen.mounts.push({ element: props.domElement, context: props.context });
        const p = document.createElement('p');
        p.textContent = `mounted ${props.context.appId}`;
        props.domElement.append(p);
        return Promise.resolve();
      },
      unmount: (props: { domElement: HTMLElement }) => {
        seen.unmounts++;
        props.domElement.replaceChildren();
        return Promise.resolve();
      },
    },
  };
}

defineShellElements();
const start = location.pathname;
const container = document.createElement('div');
document.body.append(container);
const host = createShellHost({ user: PUPIL, locale: 'fi' });
const imported: string[] = [];
const modules = new Map<string, () => Promise<unknown>>();
// Short limits, so that the hung app is given up on soon. The other fake apps load and mount in
// promises alone, which no timer can overtake: however busy the machine, they never meet them.
const runtime = new AppRuntime({
  host,
  importTimeoutMs: 1000,
  lifecycleTimeoutMs: 1000,
  container,
  appName: (app) => app.name.fi,
  importer: (url) => {
    imported.push(url);
    const key = new URL(url).pathname;
    const load = modules.get(key);
    return load ? load() : Promise.reject(new TypeError(`Failed to fetch ${url}`));
  },
});
runtime.start();

function go(path: string): void {
  navigateToUrl(path);
}

/** The end of single-spa's routing to `path`: what it loads and mounts there, it has by then. */
function routed(path: string): Promise<void> {
  return new Promise((resolve) => {
    const onRouted = (event: Event): void => {
      const { newUrl } = (event as CustomEvent<{ readonly newUrl: string }>).detail;
      if (new URL(newUrl).pathname !== path) return;
      window.removeEventListener('single-spa:routing-event', onRouted);
      resolve();
    };
    window.addEventListener('single-spa:routing-event', onRouted);
  });
}

describe('isTimeout', () => {
  it("counts an iframe app's page that did not load or connect in time as slow, not broken", () => {
    expect(isTimeout(new D1IframeError('D1-SDK-313', 'did not load'))).to.equal(true);
    expect(isTimeout(new D1IframeError('D1-SDK-306', 'did not connect'))).to.equal(true);
    expect(isTimeout(new D1IframeError('D1-SDK-304', 'contract refused'))).to.equal(false);
    expect(isTimeout(new Error('mount failed'))).to.equal(false);
  });
});

describe('the single-spa root config', () => {
  after(() => {
    history.replaceState(null, '', start);
  });

  describe('when an allowed app is opened', () => {
    it('mounts it in its own area with a minimised context, and ends that context on unmount', async () => {
      const seen: Seen = { mounts: [], unmounts: 0 };
      const baseline = host.liveSubscriptions();
      modules.set('/apps/alpha/index.js', () => Promise.resolve(fakeApp(seen)));
      await runtime.setApps([testApp('alpha', ['learner'])]);
      runtime.show('alpha');
      go('/alpha');
      await waitFor(() => runtime.stateOf('alpha')?.status === 'mounted', 'alpha mounts');
      const area = runtime.areaOf('alpha');
      // Named by its status's level-one heading, not as a landmark of its own beside the app's.
      expect(area?.querySelector('d1-shell-app-status')?.appName).to.equal('Sovellus alpha');
      expect(area?.hasAttribute('aria-label')).to.equal(false);
      expect(area?.textContent).to.contain('mounted alpha');
      const context = seen.mounts.at(0)?.context;
      expect(context?.user.value).to.deep.equal({ givenName: 'Aino' });
      expect(performance.getEntriesByName('digione:app:alpha:mount', 'measure')).to.have.length(1);
      expect(performance.getEntriesByName('digione:app:alpha:load', 'measure')).to.have.length(1);

      go('/elsewhere');
      await waitFor(() => runtime.stateOf('alpha')?.status === 'idle', 'alpha unmounts');
      expect(seen.unmounts).to.equal(1);
      expect(area?.querySelector('.d1-app-root')).to.equal(null);
      // The app's context ended with it: nothing of it still listens to the shell.
      expect(host.liveSubscriptions()).to.equal(baseline);
    });

    it('never loads an app it was not given', async () => {
      await runtime.setApps([testApp('alpha', ['learner'])]);
      const done = routed('/not-given');
      go('/not-given');
      await done;
      expect(imported.some((url) => url.includes('not-given'))).to.equal(false);
    });
  });

  describe('when the code cannot be loaded', () => {
    it('shows the failure in the area and imports afresh on retry', async () => {
      const seen: Seen = { mounts: [], unmounts: 0 };
      await runtime.setApps([testApp('beta', ['learner'])]);
      runtime.show('beta');
      go('/beta');
      await waitFor(() => runtime.stateOf('beta')?.status === 'failed', 'beta fails to load');
      expect(runtime.stateOf('beta')).to.include({ phase: 'load' });
      const status = runtime.areaOf('beta')?.querySelector('d1-shell-app-status');
      expect(status?.state.status).to.equal('failed');

      modules.set('/apps/beta/index.js', () => Promise.resolve(fakeApp(seen)));
      await runtime.retry('beta');
      await waitFor(() => runtime.stateOf('beta')?.status === 'mounted', 'beta mounts');
      const urls = imported.filter((url) => url.includes('/apps/beta/'));
      expect(urls[0]).to.not.contain('d1-load');
      expect(urls.at(-1)).to.contain('d1-load=1');
      expect(runtime.stateOf('beta')?.attempt).to.equal(1);
    });
  });

  describe('when mount throws', () => {
    it('shows the failure, and retry runs the loaded code again', async () => {
      const seen: Seen = { mounts: [], unmounts: 0 };
      let broken = true;
      modules.set('/apps/gamma/index.js', () =>
        Promise.resolve(fakeApp(seen, { failMount: () => broken })),
      );
      await runtime.setApps([testApp('gamma', ['learner'])]);
      runtime.show('gamma');
      go('/gamma');
      await waitFor(() => runtime.stateOf('gamma')?.status === 'failed', 'gamma fails');
      expect(runtime.stateOf('gamma')).to.include({ phase: 'mount', timedOut: false });
      broken = false;
      await runtime.retry('gamma');
      await waitFor(() => runtime.stateOf('gamma')?.status === 'mounted', 'gamma mounts');
      expect(imported.filter((url) => url.includes('/apps/gamma/'))).to.have.length(1);
    });
  });

  describe('when mount hangs', () => {
    it('gives up at the limit and routing goes on', async () => {
      const seen: Seen = { mounts: [], unmounts: 0 };
      modules.set('/apps/delta/index.js', () =>
        Promise.resolve({
          default: {
            mount: () => new Promise(() => undefined),
            unmount: () => Promise.resolve(),
          },
        }),
      );
      modules.set('/apps/epsilon/index.js', () => Promise.resolve(fakeApp(seen)));
      await runtime.setApps([testApp('delta', ['learner']), testApp('epsilon', ['learner'])]);
      go('/delta');
      await waitFor(() => runtime.stateOf('delta')?.status === 'busy', 'delta mounts');
      go('/epsilon');
      await waitFor(() => runtime.stateOf('epsilon')?.status === 'mounted', 'epsilon mounts');
      expect(runtime.stateOf('delta')).to.include({ status: 'failed', timedOut: true });
    });
  });

  describe('when an app is no longer allowed', () => {
    it('unmounts and unregisters it, and removes its area', async () => {
      const seen: Seen = { mounts: [], unmounts: 0 };
      modules.set('/apps/zeta/index.js', () => Promise.resolve(fakeApp(seen)));
      await runtime.setApps([testApp('zeta', ['learner'])]);
      go('/zeta');
      await waitFor(() => runtime.stateOf('zeta')?.status === 'mounted', 'zeta mounts');
      await runtime.setApps([]);
      expect(seen.unmounts).to.equal(1);
      expect(runtime.areaOf('zeta')).to.equal(undefined);
      expect(container.querySelector('[data-d1-app="zeta"]')).to.equal(null);
    });
  });
});
