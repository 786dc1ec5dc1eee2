/**
 * Example manifests: a small valid one, and a complete one that uses every field. The tests start
 * from them; the README can show them to vendors.
 */
import type { AppManifest } from './types.js';

/** A minimal valid manifest: only the required fields. */
export const MINIMAL_MANIFEST = {
  id: 'timetable',
  name: { fi: 'Lukujärjestys', sv: 'Schema' },
  description: { fi: 'Viikon oppitunnit.', sv: 'Veckans lektioner.' },
  icon: 'calendar',
  vendor: { name: 'Esimerkki Oy' },
  entry: 'https://cdn.example.fi/timetable/app.js',
  isolation: 'module',
  routes: ['/timetable'],
  nav: [],
  roles: ['learner'],
  context: {},
  api: { audience: 'https://api.timetable.example.fi' },
  contract: '^1.0.0',
  locales: ['fi'],
} as const satisfies AppManifest;

/**
 * A manifest that uses every field the schema knows but `integrity`: an iframe app, so it has an
 * origin, and no integrity (only a module app's entry can be pinned by a hash).
 */
export const COMPLETE_MANIFEST = {
  $schema: '../node_modules/@digione/sdk/schema/app-manifest.schema.json',
  id: 'messages',
  name: { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
  description: {
    fi: 'Koulun ja kodin viestit.',
    sv: 'Meddelanden mellan skola och hem.',
    en: 'Messages between school and home.',
  },
  icon: 'mail',
  vendor: { name: 'Esimerkki Oy', url: 'https://example.fi', email: 'tuki@example.fi' },
  entry: 'https://messages.example.fi/app/index.html',
  isolation: 'iframe',
  origin: 'https://messages.example.fi',
  routes: ['/messages', '/notices'],
  nav: [
    {
      path: '/messages',
      label: { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
      order: 20,
      icon: 'mail',
    },
    { path: '/notices/today', label: { fi: 'Tiedotteet', sv: 'Meddelanden' }, order: 21 },
  ],
  roles: ['learner', 'teacher', 'guardian'],
  context: { user: ['id', 'givenName', 'familyName', 'children'], actingAs: true },
  api: { audience: 'https://api.messages.example.fi' },
  version: '3.1.0-rc.1+build.42',
  contract: '>=1.0.0 <2.0.0',
  locales: ['fi', 'sv', 'en'],
  widgets: [
    {
      id: 'unread',
      element: 'messages-unread',
      slot: 'home',
      name: { fi: 'Lukemattomat', sv: 'Olästa', en: 'Unread' },
    },
  ],
  events: { public: ['unread-count'] },
} as const satisfies Required<Omit<AppManifest, 'integrity'>>;

/** A module app loaded from another origin than the portal, pinned by its integrity hash. */
export const SIGNED_MODULE_MANIFEST = {
  ...MINIMAL_MANIFEST,
  entry: 'https://cdn.example.fi/timetable/app.js',
  integrity: 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC',
} as const satisfies AppManifest;
