import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CONTRACT_VERSION, isVersion, satisfies } from '@digione/sdk';

type Triple = readonly [number, number, number];

/**
 * npm's semver, for the comparators `satisfies` reads, written as npm's documentation desugars
 * them into bounds: `^0.0.3` is `>=0.0.3 <0.0.4`, `^0.3.1` is `>=0.3.1 <0.4.0`, `^1.2.3` is
 * `>=1.2.3 <2.0.0`, `~1.2.3` is `>=1.2.3 <1.3.0`. Small and slow, to compare with.
 */
function reference(version: Triple, range: string): boolean {
  const key = ([major, minor, patch]: Triple) => (major * 1000 + minor) * 1000 + patch;
  const v = key(version);
  return range.split(' ').every((comparator) => {
    const [, operator = '', bound = ''] = /^(\^|~|>=|<=|>|<|=)?(.*)$/.exec(comparator) ?? [];
    const [major, minor, patch] = bound.split('.').map(Number) as unknown as Triple;
    const b = key([major, minor, patch]);
    switch (operator) {
      case '^': {
        const upper =
          major > 0
            ? key([major + 1, 0, 0])
            : minor > 0
              ? key([0, minor + 1, 0])
              : key([0, 0, patch + 1]);
        return v >= b && v < upper;
      }
      case '~':
        return v >= b && v < key([major, minor + 1, 0]);
      case '>=':
        return v >= b;
      case '<=':
        return v <= b;
      case '>':
        return v > b;
      case '<':
        return v < b;
      default:
        return v === b;
    }
  });
}

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

    describe('when the range is a caret range, as npm reads it', () => {
      const caret: [string, string, boolean][] = [
        // ^0.0.x: that patch only.
        ['0.0.3', '^0.0.3', true],
        ['0.0.4', '^0.0.3', false],
        ['0.0.5', '^0.0.3', false],
        ['0.0.2', '^0.0.3', false],
        ['0.1.0', '^0.0.3', false],
        ['0.0.0', '^0.0.0', true],
        ['0.0.1', '^0.0.0', false],
        // ^0.x.y: later patches of that minor.
        ['0.3.1', '^0.3.1', true],
        ['0.3.9', '^0.3.1', true],
        ['0.3.0', '^0.3.1', false],
        ['0.4.0', '^0.3.1', false],
        ['1.3.1', '^0.3.1', false],
        // ^x.y.z: anything below the next major.
        ['1.2.3', '^1.2.3', true],
        ['1.2.10', '^1.2.3', true],
        ['1.9.0', '^1.2.3', true],
        ['1.2.2', '^1.2.3', false],
        ['2.0.0', '^1.2.3', false],
        ['0.9.9', '^1.2.3', false],
      ];
      for (const [version, range, expected] of caret) {
        it(`${version} ${expected ? 'satisfies' : 'does not satisfy'} "${range}"`, () => {
          expect(satisfies(version, range)).to.equal(expected);
        });
      }
    });

    describe('when the range is exact, a tilde or a comparison', () => {
      const others: [string, string, boolean][] = [
        ['1.2.3', '=1.2.3', true],
        ['1.2.3', ' 1.2.3 ', true],
        ['1.2.4', '=1.2.3', false],
        ['0.0.5', '~0.0.3', true],
        ['0.1.0', '~0.0.3', false],
        ['0.3.9', '~0.3.1', true],
        ['0.4.0', '~0.3.1', false],
        ['1.0.1', '>1.0.0', true],
        ['0.9.9', '<1.0.0', true],
        ['1.0.0', '<1.0.0', false],
        ['1.0.0', '>=1.0.0', true],
        ['1.2.3', '>=1.0.0  <=1.2.3', true],
        ['1.2.4', '>=1.0.0 <=1.2.3', false],
        ['1.4.0', '^1.2.0 ~1.3.0', false],
        ['1.3.5', '^1.2.0 ~1.3.0', true],
      ];
      for (const [version, range, expected] of others) {
        it(`${version} ${expected ? 'satisfies' : 'does not satisfy'} ${JSON.stringify(range)}`, () => {
          expect(satisfies(version, range)).to.equal(expected);
        });
      }
    });

    it('agrees with npm’s reading of every range form it supports', () => {
      const part = fc.nat({ max: 3 });
      const triple = fc.tuple(part, part, part);
      const comparator = fc
        .tuple(fc.constantFrom('', '=', '^', '~', '>=', '<=', '>', '<'), triple)
        .map(([operator, bound]) => `${operator}${bound.join('.')}`);
      fc.assert(
        fc.property(
          triple,
          fc.array(comparator, { minLength: 1, maxLength: 2 }),
          (version, comparators) => {
            const range = comparators.join(' ');
            return satisfies(version.join('.'), range) === reference(version, range);
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('rejects what does not parse, rather than guessing', () => {
      expect(satisfies('1.0', '^1.0.0')).to.equal(false);
      expect(satisfies('1.0.0', '')).to.equal(false);
      expect(satisfies('1.0.0', '^1.x')).to.equal(false);
      expect(satisfies('1.0.0', 'latest')).to.equal(false);
      expect(satisfies('1.0.0', '^ 1.0.0')).to.equal(false);
      expect(satisfies('1.0.0', '>=1.0.0 || 2.0.0')).to.equal(false);
    });
  });
});
