import { expect } from '@open-wc/testing';
import { define, D1Element, VERSION } from '@digione/components';

let n = 0;
const uniqueTag = () => `d1-define-probe-${++n}`;

function captureWarnings<T>(fn: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    return { result: fn(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('define()', () => {
  it('registers a free tag', () => {
    class Probe extends D1Element {}
    const tag = uniqueTag();
    define(tag, Probe);
    expect(customElements.get(tag)).to.equal(Probe);
  });

  describe('when the same version is already registered', () => {
    it('does nothing: no throw, no warning, the first class stays', () => {
      class First extends D1Element {}
      class Second extends D1Element {}
      const tag = uniqueTag();
      define(tag, First);
      const { warnings } = captureWarnings(() => {
        define(tag, First);
        define(tag, Second);
      });
      expect(warnings).to.deep.equal([]);
      expect(customElements.get(tag)).to.equal(First);
    });
  });

  describe('when a different version is already registered', () => {
    it('warns once naming both versions, and does not throw', () => {
      class Old extends D1Element {
        static override readonly version = '0.0.9';
      }
      class Current extends D1Element {}
      const tag = uniqueTag();
      define(tag, Old);
      const { warnings } = captureWarnings(() => {
        define(tag, Current);
        define(tag, Current);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(tag).and.contain('0.0.9').and.contain(VERSION);
      expect(customElements.get(tag)).to.equal(Old);
    });
  });

  it('importing a component class defines no tag', async () => {
    const before = customElements.get('d1-card');
    await import('@digione/components');
    expect(customElements.get('d1-card')).to.equal(before);
  });
});
