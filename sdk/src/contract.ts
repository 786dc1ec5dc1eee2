/**
 * The version of the DigiOne app contract that this SDK speaks, and the checks an app and the shell
 * use to agree on it: an app's manifest states the contract range it needs; the shell refuses an
 * app whose range it does not satisfy, with a message that says why.
 */

/** The contract version of this SDK (semantic versioning: a new major breaks apps). */
export const CONTRACT_VERSION = '1.0.0';

type Triple = [number, number, number];

function parse(version: string): Triple | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function compare(a: Triple, b: Triple): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The first version a caret range `^bound` excludes: 2.0.0 for ^1.2.3, 0.3.0 for ^0.2.3, 0.0.4 for ^0.0.3. */
function caretCeiling([major, minor, patch]: Triple): Triple {
  if (major > 0) return [major + 1, 0, 0];
  if (minor > 0) return [0, minor + 1, 0];
  return [0, 0, patch + 1];
}

/** Whether `version` parses as MAJOR.MINOR.PATCH. */
export function isVersion(version: string): boolean {
  return parse(version) !== undefined;
}

/**
 * Whether `version` satisfies `range`, as npm's semver reads it. A range is one or more
 * space-separated comparators, all of which must hold: `1.2.0` or `=1.2.0` (exactly), `~1.2.0`
 * (at least 1.2.0, same minor: `<1.3.0`), `>=1.0.0`, `>1.0.0`, `<=2.0.0`, `<2.0.0`, and a caret
 * range, which allows the changes that do not modify the left-most non-zero part: `^1.2.3` is
 * `>=1.2.3 <2.0.0`, `^0.2.3` is `>=0.2.3 <0.3.0`, and `^0.0.3` is `0.0.3` only. Anything else
 * (`1.x`, `||`, pre-releases) does not parse and is not satisfied.
 */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  const comparators = range.trim().split(/\s+/).filter(Boolean);
  if (!v || comparators.length === 0) return false;
  return comparators.every((comparator) => {
    const match = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(comparator);
    const bound = match ? parse(match[2]) : undefined;
    if (!match || !bound) return false;
    const c = compare(v, bound);
    switch (match[1]) {
      case '^':
        // Below the next version that bumps the left-most non-zero part of the bound.
        return c >= 0 && compare(v, caretCeiling(bound)) < 0;
      case '~':
        return c >= 0 && v[0] === bound[0] && v[1] === bound[1];
      case '>=':
        return c >= 0;
      case '<=':
        return c <= 0;
      case '>':
        return c > 0;
      case '<':
        return c < 0;
      default:
        return c === 0;
    }
  });
}
