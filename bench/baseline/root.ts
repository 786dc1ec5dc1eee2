/**
 * The benchmark's baseline: a bare single-spa root config that mounts the benchmark's apps as
 * single-spa's own guides set one up — `registerApplication` for each app in the registry, then
 * `start()` — with the SDK's shell host, because the apps need a context. It has no sign-in, no
 * access control, no error areas and no time limits, so what the portal takes on top of it is the
 * shell's own cost. Its page draws nothing until this module runs, as the portal's does not.
 */
import { navigateToUrl, registerApplication, start, type LifeCycles } from 'single-spa';
import { createShellHost } from '@digione/sdk/host';
import type { AppManifest, Locale } from '@digione/sdk';

const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];
const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  fi: 'suomi',
  sv: 'svenska',
  en: 'English',
};

let locale: Locale = 'fi';

const host = createShellHost({
  locale,
  user: {
    id: 'bench-teacher',
    givenName: 'Mikko',
    familyName: 'Opettaja',
    roles: ['teacher'],
    schools: [
      {
        code: '00001',
        name: 'Keskuskoulu',
        providerId: '0000000-0',
        providerName: 'Esimerkkilä',
      },
    ],
  },
});

const label = (app: AppManifest): string => app.name[locale] ?? app.name.fi;

function routeActive(route: string): boolean {
  const path = location.pathname;
  return path === route || path.startsWith(`${route}/`);
}

async function boot(): Promise<void> {
  const response = await fetch('/registry.json');
  const apps = (await response.json()) as AppManifest[];

  const nav = document.createElement('nav');
  nav.id = 'bench-nav';
  nav.setAttribute('aria-label', 'Palvelut');
  const list = document.createElement('ul');
  const entries = apps.map((app) => {
    const link = document.createElement('a');
    link.href = app.routes[0] ?? '/';
    link.textContent = label(app);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      navigateToUrl(link.href);
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
    return { app, link };
  });
  const languages = LOCALES.map((code) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.lang = code;
    button.textContent = LOCALE_NAMES[code];
    button.addEventListener('click', () => {
      locale = code;
      document.documentElement.lang = code;
      host.setLocale(code);
      for (const { app, link } of entries) link.textContent = label(app);
    });
    return button;
  });
  nav.append(list, ...languages);

  const main = document.createElement('main');
  for (const app of apps) {
    const area = document.createElement('section');
    area.dataset.app = app.id;
    main.append(area);
    const { context } = host.contextFor(app.id, {
      userFields: app.context.user ?? [],
      actingAs: app.context.actingAs ?? false,
    });
    registerApplication({
      name: app.id,
      app: async () => {
        const module = (await import(/* @vite-ignore */ app.entry)) as { default: LifeCycles };
        return module.default;
      },
      activeWhen: () => app.routes.some(routeActive),
      customProps: { domElement: area, context },
    });
  }
  document.body.append(nav, main);
  start();
  performance.measure('bench:baseline:boot', { start: 0, end: performance.now() });
}

void boot();
