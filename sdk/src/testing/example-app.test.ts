// The README's "three lines": the sandbox's example app checked against the DigiOne contract.
import { checkConformance, expectConformance } from '@digione/sdk/testing';
import hello from '../../sandbox/example/src/index.js';

describe('the sandbox example app (Hello DigiOne)', () => {
  it('meets the DigiOne contract', async () =>
    expectConformance(
      await checkConformance(hello, {
        expectText: { fi: 'Tervehdi', sv: 'Hälsa', en: 'Say hello' },
        userFields: ['givenName'],
      }),
    ));
});
