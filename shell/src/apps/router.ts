/**
 * The shell's routing: which path the page shows, links that route without a reload, and the
 * unsaved-changes guard on every way of leaving an app.
 *
 * The shell follows the address at once (a native `popstate` listener, added before single-spa
 * patches the History API), so its own frame never waits behind an app that is slow to load or
 * mount. Leaving an app with unsaved changes asks first: before the shell's own navigations, and
 * for the others (the browser's back and forward, an app's own `history.pushState`) through
 * single-spa's `before-routing-event` and its `cancelNavigation`.
 */
import { navigateToUrl } from 'single-spa';
import type { DirtyGuard } from './dirty-guard.js';
import { normalizePath } from './routes.js';

/** What single-spa's routing events carry (the part the shell reads). */
interface RoutingDetail {
  readonly oldUrl: string;
  readonly newUrl: string;
  cancelNavigation?: (cancel: boolean | Promise<boolean>) => void;
}

export interface ShellRouterOptions {
  readonly win: Window;
  readonly guard: DirtyGuard;
  /** The registered app whose routes hold `path` (undefined: a portal page). */
  readonly appAt: (path: string) => string | undefined;
  /** The page should now show `path`. */
  readonly onRoute: (path: string) => void;
}

/** Whether a click on a link should be left to the browser. */
function leaveToBrowser(event: MouseEvent, anchor: HTMLAnchorElement, win: Window): boolean {
  if (event.defaultPrevented || event.button !== 0) return true;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return true;
  const target = anchor.getAttribute('target');
  if ((target && target !== '_self') || anchor.hasAttribute('download')) return true;
  if ((anchor.getAttribute('rel') ?? '').split(/\s+/).includes('external')) return true;
  let url: URL;
  try {
    url = new URL(anchor.href, win.location.href);
  } catch {
    return true;
  }
  if (url.origin !== win.location.origin) return true;
  // A file (a document to download, the registry) is no page of the portal.
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return true;
  // A jump within the page (a hash on the same path) is the browser's.
  const here = win.location;
  return url.pathname === here.pathname && url.search === here.search && url.hash !== '';
}

/** The nearest link on the event's path (through shadow roots), if any. */
function linkOf(event: Event): HTMLAnchorElement | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) return node;
  }
  return undefined;
}

export class ShellRouter {
  readonly #options: ShellRouterOptions;
  #path: string;
  #started = false;

  constructor(options: ShellRouterOptions) {
    this.#options = options;
    this.#path = normalizePath(options.win.location.pathname);
  }

  /** The path the page shows now. */
  get path(): string {
    return this.#path;
  }

  /**
   * Starts listening. Call before single-spa's `start()`: single-spa holds back `popstate`
   * listeners added after it, until apps have mounted.
   */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    const { win } = this.#options;
    win.addEventListener('popstate', this.#onPopState);
    win.addEventListener('single-spa:before-routing-event', this.#onBeforeRouting);
    win.addEventListener('beforeunload', this.#options.guard.onBeforeUnload);
    win.document.addEventListener('click', this.#onClick);
  }

  dispose(): void {
    const { win } = this.#options;
    win.removeEventListener('popstate', this.#onPopState);
    win.removeEventListener('single-spa:before-routing-event', this.#onBeforeRouting);
    win.removeEventListener('beforeunload', this.#options.guard.onBeforeUnload);
    win.document.removeEventListener('click', this.#onClick);
    this.#started = false;
  }

  /**
   * Goes to `url` (a path on the portal, with query and hash) without a reload, after asking
   * about unsaved changes. Resolves false when the person chose to stay, and when `url` is not on
   * the portal: the router never leaves the portal (links to other sites are the browser's, see
   * `leaveToBrowser`), whoever asks.
   */
  async navigate(url: string): Promise<boolean> {
    const { win, guard, appAt } = this.#options;
    const target = URL.canParse(url, win.location.href)
      ? new URL(url, win.location.href)
      : undefined;
    // A path that starts with "//" would be read as another host by single-spa's navigateToUrl.
    if (target?.origin !== win.location.origin || target.pathname.startsWith('//')) {
      console.warn(
        `[DigiOne] The portal does not leave for ${JSON.stringify(url)}: not a portal path.`,
      );
      return false;
    }
    const path = normalizePath(target.pathname);
    if (!(await guard.mayLeave(appAt(this.#path), appAt(path)))) return false;
    navigateToUrl(target.pathname + target.search + target.hash);
    // Before single-spa starts, pushState fires no popstate: follow the address here too.
    this.sync();
    return true;
  }

  /**
   * Follows the address bar. `quiet`: the page is being set up (sign-in put the deep link back
   * in the address bar), which is no route change to announce; the caller renders it.
   */
  sync(quiet = false): void {
    const path = normalizePath(this.#options.win.location.pathname);
    if (quiet) this.#path = path;
    else this.#apply(path);
  }

  #apply(path: string): void {
    if (path === this.#path) return;
    this.#path = path;
    this.#options.onRoute(path);
  }

  readonly #onPopState = (): void => {
    const { win, guard, appAt } = this.#options;
    const path = normalizePath(win.location.pathname);
    // Leaving unsaved changes: the page stays until the person answers (before-routing-event).
    if (guard.leaving(appAt(this.#path), appAt(path)) !== undefined) return;
    this.#apply(path);
  };

  readonly #onBeforeRouting = (event: Event): void => {
    const detail = (event as CustomEvent<RoutingDetail | undefined>).detail;
    if (!detail?.cancelNavigation) return;
    const { guard, appAt } = this.#options;
    const from = appAt(normalizePath(new URL(detail.oldUrl).pathname));
    const path = normalizePath(new URL(detail.newUrl).pathname);
    if (guard.leaving(from, appAt(path)) === undefined) return;
    detail.cancelNavigation(
      guard.mayLeave(from, appAt(path)).then((leave) => {
        if (leave) this.#apply(path);
        // true cancels: single-spa puts the old address back.
        return !leave;
      }),
    );
  };

  readonly #onClick = (event: MouseEvent): void => {
    const anchor = linkOf(event);
    if (!anchor || leaveToBrowser(event, anchor, this.#options.win)) return;
    event.preventDefault();
    const url = new URL(anchor.href, this.#options.win.location.href);
    void this.navigate(url.pathname + url.search + url.hash);
  };
}
