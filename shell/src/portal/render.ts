import { applyBranding } from '@digione/components/tenants';
import type { ShellHost } from '@digione/sdk/host';
import type { AppRuntime } from '../apps/runtime.js';
import type { PortalState } from '../state/state.js';
import type { FrameView } from '../state/view.js';
import type { D1Shell } from './shell-element.js';

/** Where the portal shows what it computed: the frame, the apps' areas, the document, the host. */
export interface RenderTarget {
  readonly doc: Document;
  readonly element: D1Shell;
  readonly runtime: AppRuntime;
  readonly host: ShellHost;
}

/**
 * Shows `view` (computed from `state`); `before` is the view shown last, so the brand's tokens
 * change, and the apps hear of a change of tenant, only when there is one.
 */
export function renderFrame(
  { doc, element, runtime, host }: RenderTarget,
  state: PortalState,
  view: FrameView,
  before: FrameView | undefined,
): void {
  const appId = view.appId;
  runtime.show(appId);
  Object.assign(element, {
    auth: state.auth,
    locale: state.locale,
    choices: state.choices,
    actingAs: state.actingAs,
    themePreference: state.themePreference,
    route: view.route,
    path: state.path,
    currentApp: appId ?? '',
    navItems: view.navItems,
    switcherApps: view.switcherApps,
    tiles: view.tiles,
    widgets: view.widgets,
    appsStatus: view.appsStatus,
    skipped: view.skipped,
    loaded: view.loaded,
    noAccess: view.noAccess,
    notAvailable: view.notAvailable,
    brand: view.brand,
  } satisfies Partial<D1Shell>);
  if (!before || before.brand?.colors !== view.brand?.colors) {
    applyBranding(doc.documentElement, { brand: view.brand?.colors ?? null });
  }
  if (before?.tenant.id !== view.tenant.id || before.tenant.name !== view.tenant.name) {
    host.setTenant(view.tenant);
  }
  // A switch to an app names the page after the app is shown; anything else names it at once.
  nameDocument(doc, view.title, appId === undefined || appId === before?.appId);
}

/** Titles waiting to be set, by document: the latest one wins. */
const pendingTitles = new WeakMap<Document, string>();

/**
 * Names the page in the document's title: at once (`now`), or a task later, after the app the
 * view switched to is shown. Setting a title replaces the `<title>` element's text and tells the browser;
 * measured in Chromium on switches between two loaded apps, it took about 1 ms of a switch of
 * 7–10 ms, before the app could show. The app's title follows in the next task, after the app has
 * rendered, and the frame's live region announces the app by name (`announce` in boot.ts).
 */
function nameDocument(doc: Document, title: string, now: boolean): void {
  if (now) {
    pendingTitles.delete(doc);
    if (doc.title !== title) doc.title = title;
    return;
  }
  const waiting = pendingTitles.has(doc);
  pendingTitles.set(doc, title);
  if (waiting) return;
  (doc.defaultView ?? window).setTimeout(() => {
    const latest = pendingTitles.get(doc);
    pendingTitles.delete(doc);
    if (latest !== undefined && doc.title !== latest) doc.title = latest;
  }, 0);
}
