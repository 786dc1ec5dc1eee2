import { expect } from '@open-wc/testing';
import { CONTRACT_VERSION, isVersion, satisfies } from '@digione/sdk';

describe('the contract version', () => {
  it('is a semantic version', () => {
    expect(isVersion(CONTRACT_VERSION)).to.equal(true);
  });

  describe('satisfies()', () => {
    const cases: [string, string, boolean][] = [
      ['1.2.3', '1.2.3', true],
      ['1.2.4', '1.2.3', false],
      ['1.4.0', '^1.2.0', true],
      ['2.0.0', '^1.2.0', false],
      ['1.1.9', '^1.2.0', false],
      ['0.3.5', '^0.3.0', true],
      ['0.4.0', '^0.3.0', false],
      ['1.2.9', '~1.2.0', true],
      ['1.3.0', '~1.2.0', false],
      ['1.5.0', '>=1.0.0 <2.0.0', true],
      ['2.0.0', '>=1.0.0 <2.0.0', false],
      ['1.0.0', '>1.0.0', false],
      ['1.0.0', '<=1.0.0', true],
    ];
    for (const [version, range, expected] of cases) {
      it(`${version} ${expected ? 'satisfies' : 'does not satisfy'} "${range}"`, () => {
        expect(satisfies(version, range)).to.equal(expected);
      });
    }

    it('rejects what does not parse, rather than guessing', () => {
      expect(satisfies('1.0', '^1.0.0')).to.equal(false);
      expect(satisfies('1.0.0', '')).to.equal(false);
      expect(satisfies('1.0.0', '^1.x')).to.equal(false);
      expect(satisfies('1.0.0', 'latest')).to.equal(false);
    });
  });
});
