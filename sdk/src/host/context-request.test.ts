import { expect } from '@open-wc/testing';
import { contextRequestOf } from '@digione/sdk/host';

describe('contextRequestOf', () => {
  it('asks only for the fields, acting-as and API the manifest names', () => {
    expect(
      contextRequestOf({
        context: { user: ['givenName'] },
        api: { audience: 'urn:digione:api:x' },
      }),
    ).to.deep.equal({ userFields: ['givenName'], actingAs: false, audience: 'urn:digione:api:x' });
  });

  it('carries acting-as and the API address when the manifest asks for them', () => {
    expect(
      contextRequestOf({
        context: { user: [], actingAs: true },
        api: { audience: 'https://api.example.fi', url: 'https://api.example.fi/v1' },
      }),
    ).to.deep.equal({
      userFields: [],
      actingAs: true,
      audience: 'https://api.example.fi',
      apiUrl: 'https://api.example.fi/v1',
    });
  });

  it('asks for nothing of an app that names no fields and no API', () => {
    expect(contextRequestOf({ context: {} })).to.deep.equal({ userFields: [], actingAs: false });
  });
});
