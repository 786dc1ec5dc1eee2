// The test shell passes an app what the portal passes it: DigiOne's props and single-spa's own
// (`singleSpa`, `mountParcel`), so an app made with single-spa's helpers mounts as it is.
import { expect } from '@open-wc/testing';
import * as singleSpa from 'single-spa';
import type { CustomProps, ParcelConfig } from 'single-spa';
import { mountApp, type TestAppProps } from '@digione/sdk/testing';

/** The element single-spa passes a parcel mounted with `{ domElement }`. */
const elementOf = (props: CustomProps): HTMLElement => props.domElement as HTMLElement;

/** A parcel that writes `text` into its element, and records when it unmounts. */
function parcel(text: string, log: string[]): ParcelConfig {
  return {
    name: 'note',
    bootstrap: () => Promise.resolve(),
    mount: (props) => {
      elementOf(props).textContent = text;
      return Promise.resolve();
    },
    unmount: (props) => {
      log.push('parcel unmounted');
      elementOf(props).textContent = '';
      return Promise.resolve();
    },
  };
}

describe("the test shell's props", () => {
  it("are DigiOne's and single-spa's: name, domElement, context, singleSpa, mountParcel", async () => {
    let given: TestAppProps | undefined;
    const app = await mountApp({
      mount: (props) => {
        given = props;
        return Promise.resolve();
      },
      unmount: () => Promise.resolve(),
    });
    expect(given?.name).to.equal('test-app');
    expect(given?.domElement).to.equal(app.container);
    expect(given?.context).to.equal(app.context);
    expect(given?.singleSpa).to.equal(singleSpa);
    expect(typeof given?.mountParcel).to.equal('function');
    await app.unmount();
  });

  it("unmounts the parcels an app mounted before the app's own unmount, as single-spa does", async () => {
    const log: string[] = [];
    const app = await mountApp({
      mount: async (props) => {
        const domElement = document.createElement('div');
        props.domElement.append(domElement);
        await props.mountParcel(parcel('Muistiinpano', log), { domElement }).mountPromise;
      },
      unmount: (props) => {
        log.push(`app unmounted, its element showing "${props.domElement.textContent}"`);
        props.domElement.replaceChildren();
        return Promise.resolve();
      },
    });
    expect(app.container.textContent).to.equal('Muistiinpano');
    await app.unmount();
    expect(log).to.deep.equal(['parcel unmounted', 'app unmounted, its element showing ""']);
  });
});
