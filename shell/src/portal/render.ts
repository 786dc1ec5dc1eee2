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
  doc.title = view.title;
}
