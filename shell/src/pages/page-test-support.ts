/**
 * What the unit tests of the shell's own pages share: the pages defined and the shell's
 * translations added, rendering a page by its tag, reading its headings, links and text, and the
 * lists the diagnostics page shows.
 */
import { fixture } from '@open-wc/testing';
import '@digione/components/define';
import { localization } from '@digione/components/localization';
import { addShellTranslations } from '../localization/translations.js';
import { defineShellPages } from './define.js';
import type { DiagnosticsLoadedApp, DiagnosticsSkippedApp } from './diagnostics.js';

defineShellPages();
addShellTranslations();

/** Markup a hostile registry or address could carry: it must stay text. */
export const HOSTILE = '<img src="x" onerror="window.__d1Pwned = true">';

/** Every page, as the shell renders it by tag name. */
export const PAGES = [
  'd1-shell-accessibility-statement',
  'd1-shell-feedback',
  'd1-shell-not-found',
  'd1-shell-no-access',
  'd1-shell-not-available',
  'd1-shell-diagnostics',
] as const;

export type PageTag = (typeof PAGES)[number];

export async function page<T extends PageTag>(tag: T): Promise<HTMLElementTagNameMap[T]> {
  const el = await fixture<HTMLElementTagNameMap[T]>(document.createElement(tag));
  await el.updateComplete;
  return el;
}

/** The page's shadow root (every page renders in one). */
export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root.`);
  return el.shadowRoot;
}
export const text = (node: Node | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim();
export const h1 = (el: Element) => text(root(el).querySelector('h1'));

/** The page's headings in document order, as levels and text. */
export function headings(el: Element): { level: number; text: string }[] {
  return [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
    level: Number(h.tagName.slice(1)),
    text: text(h) ?? '',
  }));
}

export const links = (el: Element) =>
  [...root(el).querySelectorAll('a')].map((a) => ({
    href: a.getAttribute('href'),
    text: text(a),
  }));

/** Back to Finnish after a test that switched the language. */
export async function resetLocale(): Promise<void> {
  await localization().setLocale('fi');
}

export const LOADED: readonly DiagnosticsLoadedApp[] = [
  { id: 'timetable', name: 'Lukujärjestys', version: '2.3.1', isolation: 'module' },
  { id: 'well-being', name: `Hyvinvointi ${HOSTILE}`, isolation: 'iframe' },
];

export const SKIPPED: readonly DiagnosticsSkippedApp[] = [
  {
    id: 'messages',
    index: 1,
    errors: [
      { path: '[1].nav[0].label.sv', message: 'Give the nav label in Swedish (sv).' },
      { path: '[1].entry', message: 'Give the entry as an https URL or a path starting with "/".' },
    ],
  },
  { index: 3, errors: [{ path: '[3]', message: HOSTILE }] },
];
