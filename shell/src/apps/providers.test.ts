import { expect } from '@open-wc/testing';
import type { ProviderConfig } from '../config/runtime-config.js';
import {
  enabledAt,
  initialProviders,
  loadProviderFile,
  ProviderFileError,
  readProviderFile,
} from './providers.js';
import { fakeFetch } from './test-fetch.js';

const VANTAA = '0124610-9';
const ESPOO = '0101263-6';
const ESPOO_FILE: ProviderConfig = {
  name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
  apps: ['timetable', { id: 'lunch', schools: ['04915'] }, { id: 'clubs', schools: ['04999'] }],
};
const VANTAA_INLINE: ProviderConfig = {
  name: { fi: 'Vantaan kaupunki', sv: 'Vanda stad', en: 'City of Vantaa' },
  apps: ['timetable'],
};

describe("an education provider's apps", () => {
  it('has an app in every school by its id, and in the schools named by { id, schools }', () => {
    expect([...enabledAt(ESPOO_FILE, '04915')]).to.deep.equal(['timetable', 'lunch']);
    expect([...enabledAt(ESPOO_FILE, '04999')]).to.deep.equal(['timetable', 'clubs']);
    expect([...enabledAt(ESPOO_FILE, '00000')]).to.deep.equal(['timetable']);
  });

  it('starts with inline settings known and files not yet asked for; none configured stays none', () => {
    const entries = initialProviders({ [VANTAA]: VANTAA_INLINE, [ESPOO]: '/providers/espoo.json' });
    expect(entries?.get(VANTAA)).to.deep.equal({ status: 'ready', provider: VANTAA_INLINE });
    expect(entries?.get(ESPOO)).to.deep.equal({
      status: 'unloaded',
      url: '/providers/espoo.json',
    });
    expect(initialProviders(undefined)).to.equal(undefined);
  });

  describe("a provider's own file", () => {
    const url = 'https://cdn.example.fi/providers/espoo.json';

    it('is fetched and checked', async () => {
      const file = await loadProviderFile(url, { fetch: fakeFetch({ [url]: ESPOO_FILE }) });
      expect(file).to.deep.equal(ESPOO_FILE);
    });

    it('that cannot be had or used fails naming the file, and the field at fault', async () => {
      const failures: [unknown, string][] = [
        [404, `The education provider's file ${url} answered HTTP 404.`],
        [undefined, `The education provider's file ${url} could not be reached.`],
        ['{ not json', `The education provider's file ${url} is not valid JSON.`],
        [{ ...ESPOO_FILE, apps: 'timetable' }, `${url} $.apps: must be a list`],
        [
          { ...ESPOO_FILE, apps: [{ id: 'lunch', schools: '04915' }] },
          `${url} $.apps[0].schools: must be a list`,
        ],
        [{ ...ESPOO_FILE, name: { fi: 'Espoo', sv: 'Esbo' } }, `${url} $.name.en: is required`],
      ];
      for (const [file, message] of failures) {
        const error = await loadProviderFile(url, { fetch: fakeFetch({ [url]: file }) }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, message).to.be.instanceOf(ProviderFileError);
        expect((error as Error).message).to.contain(message);
      }
    });

    it('that does not come in time fails, its request cancelled', async () => {
      const error = await loadProviderFile(url, {
        fetch: fakeFetch({ [url]: 'hang' }),
        timeoutMs: 30,
      }).catch((e: unknown) => e);
      expect((error as Error).message).to.contain('did not load within 30 ms');
    });

    it('is read as data, never run: any other shape is refused', () => {
      expect(() => readProviderFile([], url)).to.throw(ProviderFileError, 'must be an object');
      expect(() => readProviderFile({ ...ESPOO_FILE, brand: 'vantaa' }, url)).to.throw(
        ProviderFileError,
        '$.brand',
      );
    });
  });
});
