import { expect } from '@open-wc/testing';
import { configProblems, parseProviderConfig, parseRuntimeConfig } from './check.js';
import { ConfigError, loadRuntimeConfig } from './runtime-config.js';
import { CONFIG_SCHEMA, PROVIDER_SCHEMA, REGISTRY_SCHEMA, SCHEMA_IDS } from './schema.js';

const minimal = { auth: { authority: 'https://idp.digione.fi/', clientId: 'digione-portal' } };

function failure(input: unknown): ConfigError {
  try {
    parseRuntimeConfig(input);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('the runtime configuration (/config.json)', () => {
  it('fills in defaults around the two fields a deployment must give', () => {
    const { auth } = parseRuntimeConfig(minimal);
    expect(auth).to.deep.equal({
      authority: 'https://idp.digione.fi',
      clientId: 'digione-portal',
      scope: 'openid profile',
      redirectPath: '/auth/callback',
      postLogoutRedirectPath: '/signed-out',
      userStore: 'memory',
      resources: [],
      sessionLifetimeSeconds: 28800,
      sessionWarningSeconds: 300,
    });
  });

  it('always asks for openid, and keeps given API audiences', () => {
    const { auth } = parseRuntimeConfig({
      auth: {
        ...minimal.auth,
        scope: 'profile',
        resources: ['https://api.example.fi/timetable', 'urn:digione:api:messages'],
        userStore: 'session',
      },
    });
    expect(auth.scope).to.equal('openid profile');
    expect(auth.resources).to.deep.equal([
      'https://api.example.fi/timetable',
      'urn:digione:api:messages',
    ]);
    expect(auth.userStore).to.equal('session');
  });

  it('names the field at fault', () => {
    expect(failure(null).path).to.equal('$');
    expect(failure({}).path).to.equal('$.auth');
    expect(failure({ auth: { clientId: 'x' } }).path).to.equal('$.auth.authority');
    expect(failure({ auth: { authority: 'https://idp.fi' } }).path).to.equal('$.auth.clientId');
    expect(failure({ auth: { ...minimal.auth, userStore: 'local' } }).path).to.equal(
      '$.auth.userStore',
    );
    expect(failure({ auth: { ...minimal.auth, resources: ['api#x'] } }).path).to.equal(
      '$.auth.resources[0]',
    );
    expect(failure({ auth: { ...minimal.auth, redirectPath: '//evil.example' } }).path).to.equal(
      '$.auth.redirectPath',
    );
    expect(failure({ auth: { ...minimal.auth, sessionWarningSeconds: -1 } }).message).to.contain(
      'positive whole number',
    );
  });

  it('refuses a provider without https, except on this computer', () => {
    expect(
      failure({ auth: { ...minimal.auth, authority: 'http://idp.digione.fi' } }).message,
    ).to.contain('https');
    expect(failure({ auth: { ...minimal.auth, authority: 'javascript:alert(1)' } }).path).to.equal(
      '$.auth.authority',
    );
    expect(
      parseRuntimeConfig({ auth: { ...minimal.auth, authority: 'http://127.0.0.1:4010' } }).auth
        .authority,
    ).to.equal('http://127.0.0.1:4010');
  });

  it('loads over HTTP, uncached, and explains a missing or broken file', async () => {
    const seen: RequestInit[] = [];
    const answer =
      (status: number, body: string): typeof fetch =>
      (_url, init) => {
        seen.push(init ?? {});
        return Promise.resolve(new Response(body, { status }));
      };
    const config = await loadRuntimeConfig('/config.json', answer(200, JSON.stringify(minimal)));
    expect(config.auth.clientId).to.equal('digione-portal');
    expect(seen[0]?.cache).to.equal('no-store');

    const missing = await loadRuntimeConfig('/config.json', answer(404, '')).catch(
      (e: unknown) => e,
    );
    expect(missing).to.be.instanceOf(ConfigError);
    expect((missing as Error).message).to.contain('HTTP 404');

    const broken = await loadRuntimeConfig('/config.json', answer(200, '{ auth: ')).catch(
      (e: unknown) => e,
    );
    expect((broken as Error).message).to.contain('not valid JSON');
  });

  describe('when /config.json is slow or large', () => {
    const failing = (fetchImpl: typeof fetch, limits: { timeoutMs?: number; maxBytes?: number }) =>
      loadRuntimeConfig('/config.json', fetchImpl, limits).then(
        () => {
          throw new Error('the configuration loaded');
        },
        (error: unknown) => error as ConfigError,
      );
    /** A body that starts and then never ends, or streams forever; `cancelled` once cancelled. */
    const stream = (endless: boolean) => {
      let cancel = (): void => undefined;
      const cancelled = new Promise<void>((resolve) => (cancel = resolve));
      let started = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (started && !endless) return new Promise<void>(() => undefined);
          started = true;
          controller.enqueue(new TextEncoder().encode(' '.repeat(16 * 1024)));
          return undefined;
        },
        cancel() {
          cancel();
        },
      });
      return { body, cancelled };
    };

    it('gives up on an answer that never comes, cancelling the request', async () => {
      let signal: AbortSignal | undefined;
      const error = await failing(
        (_url, init) => {
          signal = init?.signal ?? undefined;
          return new Promise<Response>(() => undefined);
        },
        { timeoutMs: 20 },
      );
      expect(error).to.be.instanceOf(ConfigError);
      expect(error.message).to.equal('/config.json $: did not load within 20 ms');
      expect(signal?.aborted).to.equal(true);
    });

    it('gives up on a body that never ends, and stops reading it', async () => {
      const { body, cancelled } = stream(false);
      const error = await failing(() => Promise.resolve(new Response(body)), { timeoutMs: 20 });
      expect(error.message).to.contain('did not load within 20 ms');
      await cancelled;
    });

    it('stops reading past 256 KiB by default, or past a given limit', async () => {
      const endless = stream(true);
      const error = await failing(() => Promise.resolve(new Response(endless.body)), {});
      expect(error.message).to.equal(
        '/config.json $: is larger than 256 KiB, the most the portal reads',
      );
      await endless.cancelled;
      const small = await failing(() => Promise.resolve(new Response(JSON.stringify(minimal))), {
        maxBytes: 16,
      });
      expect(small.message).to.contain('larger than 16 bytes');
    });

    it('fails at once when the announced length is over the limit', async () => {
      const { body, cancelled } = stream(false);
      const error = await failing(
        () => Promise.resolve(new Response(body, { headers: { 'content-length': '262145' } })),
        { timeoutMs: 60_000 },
      );
      expect(error.message).to.contain('larger than 256 KiB');
      await cancelled;
    });
  });

  describe('the apps part', () => {
    it('runs without a registry, with time limits of at most ten seconds by default', () => {
      const config = parseRuntimeConfig(minimal);
      expect(config.registry).to.equal(undefined);
      expect(config.apps.importTimeoutMs).to.be.within(1, 10_000);
      expect(config.apps.lifecycleTimeoutMs).to.be.within(1, 10_000);
    });

    it('takes the registry as a path on the portal or an https URL, and given time limits', () => {
      const config = parseRuntimeConfig({
        ...minimal,
        registry: '/registry.json',
        apps: { importTimeoutMs: 2500, lifecycleTimeoutMs: 1500 },
      });
      expect(config.registry).to.equal('/registry.json');
      expect(config.apps).to.deep.equal({ importTimeoutMs: 2500, lifecycleTimeoutMs: 1500 });
      expect(
        parseRuntimeConfig({ ...minimal, registry: 'https://apps.digione.fi/registry.json' })
          .registry,
      ).to.equal('https://apps.digione.fi/registry.json');
      expect(
        parseRuntimeConfig({ ...minimal, registry: 'http://127.0.0.1:4020/registry.json' })
          .registry,
      ).to.equal('http://127.0.0.1:4020/registry.json');
    });

    it('names the field at fault', () => {
      expect(failure({ ...minimal, registry: '' }).path).to.equal('$.registry');
      expect(failure({ ...minimal, registry: 'registry.json' }).path).to.equal('$.registry');
      expect(failure({ ...minimal, registry: '//evil.example/r.json' }).path).to.equal(
        '$.registry',
      );
      expect(failure({ ...minimal, registry: 'javascript:alert(1)' }).path).to.equal('$.registry');
      expect(failure({ ...minimal, registry: 'http://apps.digione.fi/r.json' }).message).to.contain(
        'https',
      );
      expect(failure({ ...minimal, apps: [] }).path).to.equal('$.apps');
      expect(failure({ ...minimal, apps: { importTimeoutMs: 0 } }).path).to.equal(
        '$.apps.importTimeoutMs',
      );
      expect(failure({ ...minimal, apps: { lifecycleTimeoutMs: 1.5 } }).path).to.equal(
        '$.apps.lifecycleTimeoutMs',
      );
      expect(failure({ ...minimal, apps: { lifecycleTimeoutMs: '5000' } }).message).to.contain(
        'milliseconds',
      );
      expect(failure({ ...minimal, apps: { importTimeoutMs: 10_000_000 } }).path).to.equal(
        '$.apps.importTimeoutMs',
      );
      // Brands compiled into the component library are gone: a provider's brand replaces them.
      expect(failure({ ...minimal, tenants: { '0124610-9': 'vantaa' } }).path).to.equal(
        '$.tenants',
      );
    });
  });
  describe('the education providers and telemetry', () => {
    const colors = { accent: '#005a9c', accentHover: '#00467a', accentSubtle: '#e6f0f8' };
    const espoo = {
      name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
      brand: { logo: '/brands/espoo.svg', colors: { light: colors, dark: colors } },
      apps: ['timetable', { id: 'absences', schools: ['04915'] }],
    };
    const withProviders = (providers: unknown) => ({ ...minimal, providers });

    it('keeps each provider as given, inline or as the URL of its own file', () => {
      const config = parseRuntimeConfig(
        withProviders({ '0101263-6': espoo, '0124610-9': 'https://config.vantaa.fi/digione.json' }),
      );
      expect(config.providers).to.deep.equal({
        '0101263-6': espoo,
        '0124610-9': 'https://config.vantaa.fi/digione.json',
      });
      expect(parseRuntimeConfig(minimal).providers).to.equal(undefined);
    });

    it('takes a provider keyed by the OID MPASSid names it with', () => {
      const oid = '1.2.246.562.10.90008375488';
      expect(parseRuntimeConfig(withProviders({ [oid]: espoo })).providers).to.deep.equal({
        [oid]: espoo,
      });
      // MPASSid's test organisations are in a node class of their own.
      const test = '1.2.246.562.99.00000000092';
      expect(parseRuntimeConfig(withProviders({ [test]: espoo })).providers).to.deep.equal({
        [test]: espoo,
      });
      // Other node classes (people, for one) are not education providers.
      expect(failure(withProviders({ '1.2.246.562.24.1': espoo })).path).to.equal(
        '$.providers["1.2.246.562.24.1"]',
      );
    });

    it('names the provider, app, school or colour at fault', () => {
      expect(failure(withProviders({ '0101263': espoo })).path).to.equal('$.providers["0101263"]');
      expect(failure(withProviders({ '0101263': espoo })).message).to.contain('business id');
      expect(
        failure(withProviders({ '0101263-6': { ...espoo, apps: ['Timetable'] } })).path,
      ).to.equal('$.providers["0101263-6"].apps[0]');
      const school = failure(
        withProviders({ '0101263-6': { ...espoo, apps: [{ id: 'lunch', schools: ['4915'] }] } }),
      );
      expect(school.path).to.equal('$.providers["0101263-6"].apps[0].schools[0]');
      expect(school.message).to.contain('five digits');
      const colour = failure(
        withProviders({
          '0101263-6': {
            ...espoo,
            brand: {
              ...espoo.brand,
              colors: { light: colors, dark: { ...colors, accent: 'blue' } },
            },
          },
        }),
      );
      expect(colour.path).to.equal('$.providers["0101263-6"].brand.colors.dark.accent');
      expect(colour.message).to.contain('#rrggbb');
      expect(
        failure(withProviders({ '0101263-6': { ...espoo, name: { fi: 'Espoo', sv: 'Esbo' } } }))
          .path,
      ).to.equal('$.providers["0101263-6"].name.en');
      const logo = failure(
        withProviders({
          '0101263-6': { ...espoo, brand: { ...espoo.brand, logo: 'javascript:x' } },
        }),
      );
      expect(logo.path).to.equal('$.providers["0101263-6"].brand.logo');
      expect(
        failure(withProviders({ '0124610-9': 'http://config.vantaa.fi/d.json' })).message,
      ).to.contain('https');
    });

    it('refuses an app a provider lists twice', () => {
      const error = failure(
        withProviders({
          '0101263-6': { ...espoo, apps: ['lunch', { id: 'lunch', schools: ['04915'] }] },
        }),
      );
      expect(error.path).to.equal('$.providers["0101263-6"].apps[1]');
      expect(error.message).to.contain('"lunch"');
    });

    it('reports telemetry with every page view unless told a sample rate', () => {
      expect(
        parseRuntimeConfig({ ...minimal, telemetry: { endpoint: '/otlp' } }).telemetry,
      ).to.deep.equal({ endpoint: '/otlp', sampleRate: 1 });
      expect(
        parseRuntimeConfig({
          ...minimal,
          telemetry: { endpoint: 'https://otel.digione.fi', sampleRate: 0.1 },
        }).telemetry,
      ).to.deep.equal({ endpoint: 'https://otel.digione.fi', sampleRate: 0.1 });
      expect(parseRuntimeConfig(minimal).telemetry).to.equal(undefined);
      const rate = failure({ ...minimal, telemetry: { endpoint: '/otlp', sampleRate: 2 } });
      expect(rate.path).to.equal('$.telemetry.sampleRate');
      expect(rate.message).to.contain('from 0 to 1');
      expect(failure({ ...minimal, telemetry: {} }).path).to.equal('$.telemetry.endpoint');
    });

    it('checks a provider’s own file, naming the file', () => {
      expect(parseProviderConfig(espoo, 'https://config.espoo.fi/d.json')).to.deep.equal(espoo);
      let error: unknown;
      try {
        parseProviderConfig({ ...espoo, apps: 'timetable' }, 'https://config.espoo.fi/d.json');
      } catch (thrown) {
        error = thrown;
      }
      expect(error).to.be.instanceOf(ConfigError);
      expect((error as ConfigError).message).to.equal(
        'https://config.espoo.fi/d.json $.apps: must be a list',
      );
    });
  });

  describe('as its JSON Schema says', () => {
    it('refuses a field it does not know, such as a misspelt one', () => {
      const error = failure({ ...minimal, registy: '/registry.json' });
      expect(error.path).to.equal('$.registy');
      expect(error.message).to.contain('spelling');
    });

    it('lists every problem, for the operator’s check', () => {
      const problems = configProblems({
        auth: { authority: 'http://idp.digione.fi', clientId: '' },
        registry: 'registry.json',
      });
      expect(problems.map((p) => p.path)).to.have.members([
        '$.auth.clientId',
        '$.registry',
        '$.auth.authority',
      ]);
      expect(configProblems(minimal)).to.deep.equal([]);
    });

    it('is published as built from schema.ts (run "npx tsx shell/schema/build.ts" if not)', async () => {
      const published = {
        config: CONFIG_SCHEMA,
        provider: PROVIDER_SCHEMA,
        registry: REGISTRY_SCHEMA,
      };
      for (const [name, schema] of Object.entries(published)) {
        const response = await fetch(`/shell/schema/${name}.schema.json`);
        expect(response.ok, name).to.equal(true);
        expect(await response.json(), name).to.deep.equal(JSON.parse(JSON.stringify(schema)));
        expect(schema.$id).to.equal(SCHEMA_IDS[name as keyof typeof published]);
        expect(schema.$id).to.match(/^https:\/\/schemas\.digione\.fi\/portal\/[a-z]+\/\d+\.json$/);
      }
    });
  });
});

describe('the generated configuration validators', () => {
  it('report each error with what the messages read and nothing more', async () => {
    type Validator = ((data: unknown) => boolean) & { errors?: readonly object[] | null };
    const { validateConfig, validateProvider } =
      (await import('./generated/validate-config.js')) as unknown as {
        validateConfig: Validator;
        validateProvider: Validator;
      };
    const keys = new Set<string>();
    expect(validateConfig({ auth: { authority: 7 }, registry: 1 })).to.equal(false);
    expect(validateProvider({ id: 7, brand: 'none' })).to.equal(false);
    for (const validator of [validateConfig, validateProvider]) {
      expect(validator.errors?.length ?? 0).to.be.greaterThan(0);
      for (const error of validator.errors ?? [])
        for (const key of Object.keys(error)) keys.add(key);
    }
    // schema-errors.ts words its messages from these; a schema path in each error is only weight.
    expect([...keys].sort()).to.deep.equal(['instancePath', 'keyword', 'params']);
  });
});
