import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { mountRootParcel } from 'single-spa';
import type { DigiOneUser, ShellContext } from '@digione/sdk';
import { createShellHost } from '@digione/sdk/host';
import { ContextController } from '@digione/sdk';
import { defineMicroApp, defineWidget, type DigiOneAppProps } from '@digione/sdk';
import { codeOf } from '../host/fixtures/host-support.js';

declare module '../context/types.js' {
  interface DigiOneEvents {
    'acme:saved': { readonly id: string };
  }
}

const user: DigiOneUser = {
  id: 'u-1',
  givenName: 'Aino',
  familyName: 'Virtanen',
  roles: ['teacher'],
  schools: [],
};

/** A Lit app, as a vendor writes it: it follows the context and listens to an event. */
class AcmeLitApp extends LitElement {
  context?: ShellContext;
  readonly ctx = new ContextController(this, {
    select: (c) => ({ name: c.user.value.givenName, locale: c.locale.value }),
  });
  override connectedCallback(): void {
    super.connectedCallback();
    this.context?.events.subscribe('acme:saved', () => undefined);
  }
  override render() {
    return html`<p>${this.ctx.value?.name} (${this.ctx.value?.locale})</p>`;
  }
}
customElements.define('acme-lit-app', AcmeLitApp);

class AcmeUndefinedYet extends HTMLElement {}
class AcmeRenderFails extends LitElement {
  override render(): never {
    throw new Error('render failed');
  }
}
customElements.define('acme-render-fails', AcmeRenderFails);
class AcmeConstructorFails extends HTMLElement {
  constructor() {
    super();
    throw new Error('constructor failed');
  }
}
customElements.define('acme-constructor-fails', AcmeConstructorFails);
class AcmeConnectFails extends HTMLElement {
  connectedCallback(): void {
    throw new Error('connect failed');
  }
}
customElements.define('acme-connect-fails', AcmeConnectFails);

function setUp() {
  const reported: unknown[] = [];
  const host = createShellHost({
    user,
    services: { reportError: (_, error) => reported.push(error) },
  });
  const handle = host.contextFor('acme', { userFields: ['givenName'] });
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const props: DigiOneAppProps = { name: 'acme', domElement, context: handle.context };
  return { host, handle, domElement, props, reported };
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('defineMicroApp', () => {
  describe('with a Lit element', () => {
    it('mounts the element with its context and re-renders on a context change', async () => {
      const { host, domElement, props } = setUp();
      const app = defineMicroApp({ element: 'acme-lit-app' });
      await app.bootstrap(props);
      await app.mount(props);
      const el = domElement.querySelector<AcmeLitApp>('acme-lit-app');
      expect(el?.context?.appId).to.equal('acme');
      expect(el?.shadowRoot?.textContent).to.contain('Aino (fi)');
      host.setLocale('sv');
      await el?.updateComplete;
      expect(el?.shadowRoot?.textContent).to.contain('Aino (sv)');
      await app.unmount(props);
      expect(domElement.childNodes.length).to.equal(0);
    });

    it('mounts and unmounts 50 times leaving no DOM and no live subscription', async () => {
      const { host, handle, domElement, props } = setUp();
      const baseline = host.liveSubscriptions();
      const elementsBefore = document.querySelectorAll('*').length;
      const app = defineMicroApp({ element: AcmeLitApp });
      await app.bootstrap(props);
      for (let i = 0; i < 50; i++) {
        await app.mount(props);
        expect(handle.liveSubscriptions()).to.be.greaterThan(0);
        await app.unmount(props);
        expect(domElement.childNodes.length).to.equal(0);
        expect(handle.liveSubscriptions()).to.equal(0);
      }
      expect(document.querySelectorAll('*').length).to.equal(elementsBefore);
      handle.dispose();
      expect(host.liveSubscriptions()).to.equal(baseline - 5);
    });

    it('defines a class under tagName, and refuses an unregistered class without one', async () => {
      class AcmeNamed extends HTMLElement {}
      const { props, domElement } = setUp();
      const app = defineMicroApp({ element: AcmeNamed, tagName: 'acme-named' });
      await app.bootstrap(props);
      await app.mount(props);
      expect(domElement.firstElementChild?.localName).to.equal('acme-named');
      await app.unmount(props);

      const unregistered = defineMicroApp({ element: AcmeUndefinedYet });
      const error = await thrown(unregistered.mount(props));
      expect((error as { code: string }).code).to.equal('D1-SDK-131');
    });

    it('waits in bootstrap for a tag defined later, and fails clearly when it never is', async () => {
      const { props, domElement } = setUp();
      const later = defineMicroApp({ element: 'acme-defined-later' });
      const booting = later.bootstrap(props);
      customElements.define('acme-defined-later', class extends HTMLElement {});
      await booting;
      await later.mount(props);
      expect(domElement.firstElementChild?.localName).to.equal('acme-defined-later');
      await later.unmount(props);

      const never = defineMicroApp({ element: 'acme-never-defined', defineTimeout: 50 });
      const error = (await thrown(never.bootstrap(props))) as Error & { code: string };
      expect(error.code).to.equal('D1-SDK-131');
      expect(error.message).to.contain('acme-never-defined');
    });
  });

  describe('when the app fails to mount', () => {
    for (const [what, element] of [
      ['its first render throws', 'acme-render-fails'],
      ['its constructor throws', 'acme-constructor-fails'],
      ['its connectedCallback throws', 'acme-connect-fails'],
    ] as const) {
      it(`reports and rethrows when ${what}, leaving no DOM`, async () => {
        const { props, reported, domElement, handle } = setUp();
        const app = defineMicroApp({ element });
        await app.bootstrap(props);
        const error = await thrown(app.mount(props));
        expect((error as Error).message).to.match(/failed/);
        expect(reported).to.deep.equal([error]);
        expect(domElement.childNodes.length).to.equal(0);
        expect(handle.liveSubscriptions()).to.equal(0);
      });
    }

    it('reports and rethrows a framework app’s mount error', async () => {
      const { props, reported, domElement, handle } = setUp();
      const boom = new Error('mount failed');
      const app = defineMicroApp({
        mount(_, context) {
          context.locale.subscribe(() => undefined);
          return Promise.reject(boom);
        },
        unmount: () => undefined,
      });
      expect(await thrown(app.mount(props))).to.equal(boom);
      expect(reported).to.deep.equal([boom]);
      expect(domElement.childNodes.length).to.equal(0);
      expect(handle.liveSubscriptions()).to.equal(0);
      // It can be mounted again after the failure is fixed.
      expect(await thrown(app.mount(props))).to.equal(boom);
    });

    it('reports and rethrows an unmount error, and still cleans up', async () => {
      const { props, reported, domElement } = setUp();
      const boom = new Error('unmount failed');
      const app = defineMicroApp({
        mount(container) {
          container.append(document.createElement('p'));
        },
        unmount() {
          throw boom;
        },
      });
      await app.mount(props);
      expect(await thrown(app.unmount(props))).to.equal(boom);
      expect(reported).to.deep.equal([boom]);
      expect(domElement.childNodes.length).to.equal(0);
    });
  });

  describe('with the framework-neutral form', () => {
    it('mounts 50 times, even a sloppy app leaving no DOM and no live subscription', async () => {
      const { host, handle, domElement, props } = setUp();
      const baseline = host.liveSubscriptions();
      const heard: string[] = [];
      // Forgets to unsubscribe and to clear its container: the SDK cleans up after it.
      const app = defineMicroApp({
        mount(container, context) {
          const p = document.createElement('p');
          container.append(p);
          context.user.subscribe((u) => (p.textContent = u.givenName ?? ''));
          context.events.subscribe('acme:saved', (e) => heard.push(e.id));
        },
        unmount: () => undefined,
      });
      await app.bootstrap(props);
      for (let i = 0; i < 50; i++) {
        await app.mount(props);
        expect(domElement.textContent).to.equal('Aino');
        await app.unmount(props);
        expect(domElement.childNodes.length).to.equal(0);
        expect(handle.liveSubscriptions()).to.equal(0);
      }
      handle.context.events.publish('acme:saved', { id: 'x' });
      expect(heard).to.deep.equal([]);
      handle.dispose();
      expect(host.liveSubscriptions()).to.equal(baseline - 5);
    });

    it('refuses to mount twice without unmounting', async () => {
      const { props } = setUp();
      const app = defineMicroApp({ mount: () => undefined, unmount: () => undefined });
      await app.mount(props);
      expect(((await thrown(app.mount(props))) as { code: string }).code).to.equal('D1-SDK-134');
    });
  });

  describe('with bad options or props', () => {
    it('throws coded errors that say what to pass', async () => {
      const bad = (options: unknown) => () => defineMicroApp(options as never);
      expect(codeOf(bad(42))).to.equal('D1-SDK-130');
      expect(codeOf(bad({}))).to.equal('D1-SDK-130');
      expect(codeOf(bad({ element: 42 }))).to.equal('D1-SDK-130');
      expect(codeOf(bad({ element: 'NoHyphen' }))).to.equal('D1-SDK-131');
      expect(codeOf(bad({ mount: () => undefined }))).to.equal('D1-SDK-130');
      expect(codeOf(bad({ element: 'acme-x', tagName: 'bad' }))).to.equal('D1-SDK-131');
      try {
        defineMicroApp({ element: 42 } as never);
      } catch (error) {
        expect((error as Error).message).to.equal(
          '[D1-SDK-130] defineMicroApp: "element" must be a custom element tag name or class; got 42.',
        );
      }
      const app = defineMicroApp({ element: 'acme-lit-app' });
      const error = await thrown(app.mount({ name: 'acme' } as DigiOneAppProps));
      expect((error as { code: string }).code).to.equal('D1-SDK-132');
    });
  });
});

describe('defineWidget', () => {
  it('mounts as a real single-spa parcel, one instance per slot', async () => {
    const { host, handle } = setUp();
    const baseline = host.liveSubscriptions();
    const widget = defineWidget({ element: 'acme-lit-app', name: 'acme-next-lesson' });
    expect(widget.name).to.equal('acme-next-lesson');
    const slots = [document.createElement('section'), document.createElement('section')];
    document.body.append(...slots);
    const parcels = slots.map((domElement) =>
      mountRootParcel(widget, { domElement, context: handle.context }),
    );
    await Promise.all(parcels.map((p) => p.mountPromise));
    for (const slot of slots) {
      expect(slot.querySelector('acme-lit-app')?.shadowRoot?.textContent).to.contain('Aino');
    }
    await parcels[0].unmount();
    expect(slots[0].childNodes.length).to.equal(0);
    expect(slots[1].childNodes.length).to.equal(1);
    await parcels[1].unmount();
    expect(slots[1].childNodes.length).to.equal(0);
    expect(handle.liveSubscriptions()).to.equal(0);
    handle.dispose();
    expect(host.liveSubscriptions()).to.equal(baseline - 5);
  });

  it('passes a new context on update', async () => {
    const { host, props, domElement } = setUp();
    const widget = defineWidget({ element: 'acme-lit-app' });
    await widget.bootstrap(props);
    await widget.mount(props);
    const second = host.contextFor('acme', { userFields: ['givenName'] });
    await widget.update({ ...props, context: second.context });
    const el = domElement.firstElementChild as AcmeLitApp;
    expect(el.context?.appId).to.equal('acme');
    expect(second.liveSubscriptions()).to.be.greaterThan(0);
    await widget.unmount(props);
    expect(second.liveSubscriptions()).to.equal(0);
  });

  it('refuses bad options with a coded error', () => {
    expect(codeOf(() => defineWidget({} as never))).to.equal('D1-SDK-140');
    expect(codeOf(() => defineWidget({ element: 'acme-lit-app', name: '' }))).to.equal(
      'D1-SDK-140',
    );
  });
});
