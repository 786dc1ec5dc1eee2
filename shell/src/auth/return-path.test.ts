import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeReturnPath } from './return-path.js';
import { ORIGIN } from './test-support.js';

describe('safeReturnPath: the path followed after sign-in', () => {
  const PORTAL = new URL(ORIGIN);

  it('keeps paths on the portal, with their query and hash', () => {
    expect(safeReturnPath('/viestit?x=1#y')).to.equal('/viestit?x=1#y');
    expect(safeReturnPath('/')).to.equal('/');
    expect(safeReturnPath('/%5Cevil')).to.equal('/%5Cevil');
    expect(safeReturnPath('/viestit/../arviointi')).to.equal('/arviointi');
  });

  for (const [name, value] of [
    ['another origin', 'https://evil.example/'],
    ['a scheme-relative URL', '//evil.example/'],
    ['a backslash after the slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['leading spaces', '  //evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['credentials and a host', '//user@evil.example'],
    ['a dot segment before two slashes', '/.//evil.example'],
    ['a parent segment before two slashes', '..//evil.example'],
  ] as const) {
    it(`sends ${name} to the front page`, () => {
      expect(safeReturnPath(value)).to.equal('/');
    });
  }

  it('never leaves the portal, whatever the value (property)', () => {
    const pieces = fc.constantFrom(
      '/',
      '\\',
      '//',
      '\t',
      '\n',
      ' ',
      '%5C',
      '%2F',
      'evil.example',
      '@',
      ':',
      'javascript:',
      'https:',
      '?',
      '#',
      '..',
      'viestit',
    );
    const values = fc.oneof(
      fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')),
      fc.string(),
    );
    fc.assert(
      fc.property(values, (value) => {
        const path = safeReturnPath(value);
        const resolved = new URL(path, PORTAL);
        return (
          resolved.origin === PORTAL.origin &&
          path.startsWith('/') &&
          resolved.pathname + resolved.search + resolved.hash === path
        );
      }),
      { numRuns: 500 },
    );
  });
});
