/**
 * Education providers for the scale measurement of the portal's configuration: a national
 * platform's 70 providers with about 1 000 schools and a registry of 500 apps, against one provider
 * with 5 apps. Generated deterministically (the same every run). Each provider is its own file, as
 * an operator serves them from a CDN; `/config.json` names only their addresses.
 */
import type { AppManifest } from '@digione/sdk';
import { BENCH_APPS, scaledManifests } from './manifests.js';

/** The benchmark's teacher acts at Lumikorven koulu (09231) of Vantaa (0124610-9). */
export const HOME_PROVIDER = '0124610-9';
export const HOME_SCHOOL = '09231';

/** A provider's file, as `/config.json`'s `providers` or a provider's own file holds one. */
export interface BenchProvider {
  readonly name: { readonly fi: string; readonly sv: string; readonly en: string };
  readonly apps: readonly (string | { readonly id: string; readonly schools: readonly string[] })[];
}

/** A configuration to boot with: the registry, `/config.json`'s `providers`, the CDN's files. */
export interface ProviderSetup {
  readonly label: string;
  readonly providers: number;
  readonly schools: number;
  readonly apps: number;
  readonly registry: readonly AppManifest[];
  /** The providers' files by their path on the CDN. */
  readonly files: Readonly<Record<string, BenchProvider>>;
  /** `/config.json`'s `providers` for a CDN at `origin`. */
  config(origin: string): Record<string, string>;
}

/**
 * A Finnish business id (Y-tunnus) from seven digits, with its check digit (weights 7, 9, 10, 5, 8,
 * 4, 2; modulo 11); undefined for the numbers that have none (remainder 1).
 */
function businessId(n: number): string | undefined {
  const digits = String(n).padStart(7, '0');
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + Number(digits.charAt(i)) * weight, 0);
  const rest = sum % 11;
  if (rest === 1) return undefined;
  return `${digits}-${rest === 0 ? 0 : 11 - rest}`;
}

const pathOf = (id: string): string => `/providers/${id}.json`;

function setup(
  label: string,
  registry: readonly AppManifest[],
  providers: readonly [string, BenchProvider, number][],
): ProviderSetup {
  const files = Object.fromEntries(providers.map(([id, file]) => [pathOf(id), file]));
  return {
    label,
    providers: providers.length,
    schools: providers.reduce((total, [, , schools]) => total + schools, 0),
    apps: registry.length,
    registry,
    files,
    config: (origin) => Object.fromEntries(providers.map(([id]) => [id, `${origin}${pathOf(id)}`])),
  };
}

/** One provider (Vantaa) with the registry's 5 apps in every school. */
export function oneProvider(): ProviderSetup {
  const registry = scaledManifests(5);
  const vantaa: BenchProvider = {
    name: { fi: 'Vantaan kaupunki', sv: 'Vanda stad', en: 'City of Vantaa' },
    apps: registry.map((app) => app.id),
  };
  return setup('1 provider, 5 apps', registry, [[HOME_PROVIDER, vantaa, 2]]);
}

/** How many apps each generated provider has procured (besides the benchmark's own three). */
const APPS_PER_PROVIDER = 45;
const SCHOOLS_PER_PROVIDER = 14;

/**
 * 70 providers (Vantaa first) of 14 schools each (980 in all), each with the benchmark's three apps
 * and 45 of the 500 apps of the registry: about a third of them in only some of its schools.
 */
export function nationalScale(providers = 70, apps = 500): ProviderSetup {
  const registry = scaledManifests(apps);
  const generated = registry.slice(BENCH_APPS.length).map((app) => app.id);
  const ids = [HOME_PROVIDER];
  for (let n = 200_000; ids.length < providers; n += 7_919) {
    const id = businessId(n);
    if (id && !ids.includes(id)) ids.push(id);
  }
  const list = ids.map((id, p): [string, BenchProvider, number] => {
    const schools = Array.from({ length: SCHOOLS_PER_PROVIDER }, (_, s) =>
      p === 0 && s === 0 ? HOME_SCHOOL : String(10_000 + p * 100 + s).padStart(5, '0'),
    );
    const own = Array.from({ length: APPS_PER_PROVIDER }, (_, k) => {
      const id = generated[(p * 37 + k * 11) % generated.length] ?? '';
      // Every third app only in some of the provider's schools.
      return k % 3 === 0 ? { id, schools: schools.filter((_, s) => (s + k) % 4 === 0) } : id;
    });
    const number = String(p + 1).padStart(2, '0');
    return [
      id,
      {
        name: { fi: `Kunta ${number}`, sv: `Kommun ${number}`, en: `Municipality ${number}` },
        apps: [...BENCH_APPS.map((app) => `bench-${app.folder}`), ...own],
      },
      schools.length,
    ];
  });
  return setup(`${providers} providers, ${apps} apps`, registry, list);
}
