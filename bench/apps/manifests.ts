/**
 * The benchmark's app registry: its three apps, and generated ones that fill a registry to 5, 50 or
 * 500 apps for the scale measurements (they run the timetable app's code under their own ids).
 */
import type { AppManifest, Locale } from '@digione/sdk';
// The roles from the SDK's source: the benchmark runs in Node without the SDK's build.
import { ROLES } from '../../sdk/src/context/types.js';

/** One of the benchmark's own apps. */
export interface BenchApp {
  readonly id: string;
  /** Its folder under bench/apps/. */
  readonly folder: string;
  readonly route: string;
  readonly name: Readonly<Record<Locale, string>>;
  readonly icon: AppManifest['icon'];
}

/** A benchmark app in bench/apps/<folder>: id `bench-<folder>`, route `/<folder>`. */
function benchApp(
  folder: string,
  name: Readonly<Record<Locale, string>>,
  icon: AppManifest['icon'],
): BenchApp {
  return { id: `bench-${folder}`, folder, route: `/${folder}`, name, icon };
}

/** The timetable (plain DOM): the first app of every boot, and the code of generated apps. */
export const TIMETABLE = benchApp(
  'lukujarjestys',
  { fi: 'Lukujärjestys', sv: 'Schema', en: 'Timetable' },
  'calendar',
);

/** Messages (a Lit element). */
export const MESSAGES = benchApp(
  'viestit',
  { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
  'mail',
);

/** The lunch menu (a Lit element). */
export const LUNCH_MENU = benchApp(
  'ruokalista',
  { fi: 'Ruokalista', sv: 'Matsedel', en: 'Lunch menu' },
  'book',
);

export const BENCH_APPS: readonly BenchApp[] = [TIMETABLE, MESSAGES, LUNCH_MENU];

/** Where an app's built code is served (by the portal and by the baseline alike). */
export function entryOf(folder: string): string {
  return `/apps/${folder}/index.js`;
}

function manifest(
  id: string,
  route: string,
  name: Readonly<Record<Locale, string>>,
  icon: AppManifest['icon'],
  entry: string,
): AppManifest {
  return {
    id,
    name,
    description: name,
    icon,
    vendor: { name: 'DigiOne' },
    entry,
    isolation: 'module',
    routes: [route],
    nav: [{ path: route, label: name }],
    roles: ROLES,
    context: { user: ['givenName'] },
    api: { audience: `urn:digione:api:${id}` },
    contract: '^1.0.0',
    locales: ['fi', 'sv', 'en'],
  };
}

/** The manifests of the benchmark's own apps. */
export function benchManifests(): AppManifest[] {
  return BENCH_APPS.map((app) =>
    manifest(app.id, app.route, app.name, app.icon, entryOf(app.folder)),
  );
}

/** Services of a school day, for names of generated apps: "Kerhot 17", "Klubbar 17", "Clubs 17". */
const SERVICES: readonly Readonly<Record<Locale, string>>[] = [
  { fi: 'Kerhot', sv: 'Klubbar', en: 'Clubs' },
  { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' },
  { fi: 'Kokeet', sv: 'Prov', en: 'Exams' },
  { fi: 'Kurssitarjotin', sv: 'Kursutbud', en: 'Course offering' },
  { fi: 'Poissaolot', sv: 'Frånvaro', en: 'Absences' },
  { fi: 'Tukiopetus', sv: 'Stödundervisning', en: 'Remedial teaching' },
  { fi: 'Valinnaiset aineet', sv: 'Valfria ämnen', en: 'Elective subjects' },
  { fi: 'Hyvinvointikysely', sv: 'Välmåendeenkät', en: 'Well-being survey' },
];

/**
 * A registry of `total` apps: the benchmark's own three, then generated ones (each with its own
 * id, route and navigation entry, running the timetable app's code) up to `total`.
 */
export function scaledManifests(total: number): AppManifest[] {
  const own = benchManifests();
  const generated: AppManifest[] = [];
  for (let i = own.length + 1; i <= total; i++) {
    const service = SERVICES[i % SERVICES.length];
    const name = { fi: `${service.fi} ${i}`, sv: `${service.sv} ${i}`, en: `${service.en} ${i}` };
    const number = String(i).padStart(3, '0');
    generated.push(
      manifest(
        `bench-sovellus-${number}`,
        `/sovellus-${number}`,
        name,
        'apps',
        entryOf(TIMETABLE.folder),
      ),
    );
  }
  return [...own, ...generated];
}
