/**
 * What the frame shows of the person's apps — navigation links, the app switcher's tiles, the home
 * page's tiles and widgets — computed from the manifests, in the person's language. Pure functions
 * of their inputs.
 */
import type { AppSwitcherApp } from '@digione/components/app-switcher';
import type { Locale } from '@digione/components/localization';
import type { AppManifest, LocalizedText } from '@digione/sdk';
import type { HomeTile, HomeWidget } from './home.js';
import type { NavItem } from './nav.js';

/** A text in the person's language, or (when an app lacks it) in Finnish, with that language. */
export function localized(
  text: LocalizedText,
  locale: Locale,
): { readonly text: string; readonly lang?: string } {
  const own = text[locale];
  if (own) return { text: own };
  return { text: text.fi, lang: 'fi' };
}

/** The longest title an app may give its page, in characters: the portal's own name stays in view. */
export const APP_TITLE_MAX = 80;

/**
 * An app's own title for its page (`context.setTitle`), as the tab shows it: one line, white space
 * folded, at most `APP_TITLE_MAX` characters (cut with an ellipsis). The app's name and the
 * portal's always follow it, so an app can neither hide whose page it is nor pose as the portal.
 */
export function appTitle(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  // Counted in what a reader sees as characters (grapheme clusters), never split inside one.
  const chars = Array.from(new Intl.Segmenter().segment(line), (part) => part.segment);
  return chars.length <= APP_TITLE_MAX ? line : `${chars.slice(0, APP_TITLE_MAX - 1).join('')}…`;
}

/** Where an app opens: its first navigation entry, else its first route. */
export function appHref(app: AppManifest): string {
  return app.nav.at(0)?.path ?? app.routes.at(0) ?? '/';
}

const collators = new Map<Locale, Intl.Collator>();

/**
 * The collator of `locale`, made once: `localeCompare` with a locale looks one up on every call,
 * which with hundreds of apps took tens of milliseconds of each boot.
 */
function collator(locale: Locale): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    found = new Intl.Collator(locale);
    collators.set(locale, found);
  }
  return found;
}

/**
 * The navigation's links after the home link (which the caller adds): every entry of every app,
 * ordered by `order` (entries without one last), then by label.
 */
export function navEntries(
  apps: readonly AppManifest[],
  locale: Locale,
  badges: ReadonlyMap<string, number> = new Map(),
): NavItem[] {
  const entries = apps.flatMap((app) =>
    app.nav.map((entry, index) => {
      const label = localized(entry.label, locale);
      // An app's count goes on its first entry: one badge per app, however many entries it has.
      const badge = index === 0 ? badges.get(app.id) : undefined;
      const item: NavItem = {
        href: entry.path,
        label: label.text,
        ...(label.lang ? { lang: label.lang } : {}),
        ...(entry.icon ? { icon: entry.icon } : {}),
        ...(badge ? { badge } : {}),
      };
      return { item, order: entry.order ?? Number.POSITIVE_INFINITY };
    }),
  );
  const { compare } = collator(locale);
  entries.sort((a, b) => a.order - b.order || compare(a.item.label, b.item.label));
  return entries.map((e) => e.item);
}

/** The app switcher's apps. */
export function switcherApps(apps: readonly AppManifest[], locale: Locale): AppSwitcherApp[] {
  return apps.map((app) => ({
    id: app.id,
    name: localized(app.name, locale).text,
    icon: app.icon,
    href: appHref(app),
    description: localized(app.description, locale).text,
  }));
}

/** The home page's tiles. */
export function homeTiles(apps: readonly AppManifest[], locale: Locale): HomeTile[] {
  return apps.map((app) => {
    const name = localized(app.name, locale);
    return {
      id: app.id,
      href: appHref(app),
      name: name.text,
      description: localized(app.description, locale).text,
      ...(name.lang ? { lang: name.lang } : {}),
    };
  });
}

/** The widgets the apps contribute to a slot (module apps only: a frame's code stays in it). */
export function slotWidgets(
  apps: readonly AppManifest[],
  slot: string,
  locale: Locale,
): HomeWidget[] {
  return apps
    .filter((app) => app.isolation === 'module')
    .flatMap((app) =>
      (app.widgets ?? [])
        .filter((widget) => widget.slot === slot)
        .map((widget) => ({
          appId: app.id,
          widget,
          name: localized(widget.name, locale).text,
        })),
    );
}
