/**
 * The benchmark's instruments inside the page (the portal's or the baseline's), installed before
 * any of the page's own scripts run: the time of the last click, the apps' render marks, a watch
 * for "every part of the page shows this language", and a driver for long runs of app switches.
 * Read from Node as `window.__d1bench`. It keeps no references to the page's elements between
 * calls, so it adds nothing to what the leak measurements count.
 */

/** A render of an app, as its mark tells: when (ms since the page's start) and in which language. */
interface Render {
  readonly at: number;
  readonly locale: string | undefined;
}

/** The page's timing at start: paint entries, and the end of a boot measure. */
interface BootTimes {
  readonly firstPaint: number | undefined;
  readonly firstContentfulPaint: number | undefined;
  readonly boot: number | undefined;
  readonly appRendered: number | undefined;
}

/** What "the page shows `locale`" means: the navigation's text and every app's own label. */
interface LanguageSpec {
  readonly locale: string;
  /** A selector for the navigation, found through shadow roots. */
  readonly nav: string;
  /** Texts the navigation shows in that language (the apps' names). */
  readonly labels: readonly string[];
}

/** A switch target of the driver: an app's id and the path its navigation link points to. */
interface Target {
  readonly id: string;
  readonly href: string;
}

const markName = (appId: string): string => `bench:render:${appId}`;

let lastClick = Number.NaN;
addEventListener(
  'click',
  (event) => {
    lastClick = event.timeStamp;
  },
  { capture: true },
);

/** The first element matching `selector` in `root` or any shadow root inside it. */
function deepQuery(root: ParentNode, selector: string): Element | null {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = deepQuery(element.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

/** Every open shadow root in `root`, nested ones included. */
function shadowRoots(root: ParentNode, into: ShadowRoot[] = []): ShadowRoot[] {
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      into.push(element.shadowRoot);
      shadowRoots(element.shadowRoot, into);
    }
  }
  return into;
}

/** The text a person sees in `node`, through shadow roots (slotted text counted where it lives). */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  let text = '';
  if (node instanceof Element && node.shadowRoot) text += deepText(node.shadowRoot);
  for (const child of node.childNodes) text += deepText(child);
  return text;
}

function renders(appId: string): Render[] {
  return performance.getEntriesByName(markName(appId), 'mark').map((entry) => ({
    at: entry.startTime,
    locale: ((entry as PerformanceMark).detail as { locale?: string } | null)?.locale,
  }));
}

/** Resolves with the time of the first render of `appId` after `after` (ms since the page's start). */
function waitRender(appId: string, after: number, timeoutMs = 30_000): Promise<number> {
  const seen = renders(appId).find((r) => r.at > after);
  if (seen) return Promise.resolve(seen.at);
  return new Promise((resolve, reject) => {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName(markName(appId))) {
        if (entry.startTime > after) {
          observer.disconnect();
          clearTimeout(timer);
          resolve(entry.startTime);
          return;
        }
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${appId} did not render within ${timeoutMs} ms`));
    }, timeoutMs);
    observer.observe({ type: 'mark' });
  });
}

function shows(spec: LanguageSpec): boolean {
  if (document.documentElement.lang !== spec.locale) return false;
  const nav = deepQuery(document, spec.nav);
  if (!nav) return false;
  const text = deepText(nav);
  if (!spec.labels.every((label) => text.includes(label))) return false;
  const apps = document.querySelectorAll<HTMLElement>('[data-bench-app]');
  if (apps.length === 0) return false;
  for (const app of apps) if (app.dataset.locale !== spec.locale) return false;
  return true;
}

let languageWatch: Promise<number> | undefined;

/**
 * Starts watching for the page to show `spec.locale` everywhere: checked on every change of the
 * document and of every shadow root (as the change happens, in a microtask) and on every frame.
 */
function armLanguage(spec: LanguageSpec, timeoutMs = 10_000): void {
  languageWatch = new Promise((resolve, reject) => {
    const observer = new MutationObserver(check);
    let frame = 0;
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`The page did not show "${spec.locale}" within ${timeoutMs} ms`));
    }, timeoutMs);
    function finish(): void {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    }
    function check(): void {
      if (!shows(spec)) return;
      const at = performance.now();
      finish();
      resolve(at);
    }
    function onFrame(): void {
      check();
      frame = requestAnimationFrame(onFrame);
    }
    const options = { subtree: true, childList: true, characterData: true, attributes: true };
    observer.observe(document, options);
    for (const root of shadowRoots(document)) observer.observe(root, options);
    frame = requestAnimationFrame(onFrame);
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}

/**
 * Switches between `targets` (at least two) in turn `count` times by clicking their navigation links (found in
 * `nav` through shadow roots), each time waiting for the app's render and a frame. Render marks
 * are cleared as they are read, so the page's timeline grows only by what the page itself records.
 */
async function switchApps(nav: string, targets: readonly Target[], count: number): Promise<number> {
  if (targets.length < 2) throw new Error('Switching needs two apps or more');
  // Starts after the app shown now, so every click goes to another app.
  let next = targets.findIndex((t) => t.href === location.pathname) + 1;
  for (let i = 0; i < count; i++) {
    const target = targets[next++ % targets.length];
    const link = findLink(nav, target.href);
    if (!(link instanceof HTMLElement)) throw new Error(`No link to ${target.href} in ${nav}`);
    const before = performance.now();
    link.click();
    await waitRender(target.id, before);
    performance.clearMarks(markName(target.id));
    await nextFrame();
  }
  return count;
}

/** The link to `href` in the navigation `nav` names: in its shadow root, or else its children. */
function findLink(nav: string, href: string): Element | null {
  const host = deepQuery(document, nav);
  if (!host) return null;
  const selector = `a[href="${href}"]`;
  return (host.shadowRoot && deepQuery(host.shadowRoot, selector)) ?? deepQuery(host, selector);
}

function bootTimes(appId: string, bootMeasure: string): BootTimes {
  const paint = (name: string): number | undefined =>
    performance.getEntriesByName(name, 'paint').at(0)?.startTime;
  const measure = performance.getEntriesByName(bootMeasure, 'measure').at(0);
  return {
    firstPaint: paint('first-paint'),
    firstContentfulPaint: paint('first-contentful-paint'),
    boot: measure ? measure.startTime + measure.duration : undefined,
    appRendered: renders(appId).at(0)?.at,
  };
}

/**
 * JavaScript the page had received by `time` (ms since its start): files and bytes as they came
 * over the wire (compressed), by resource timing.
 */
function scriptsBefore(time: number): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of performance.getEntriesByType('resource')) {
    if (!new URL(entry.name).pathname.endsWith('.js') || entry.responseEnd > time) continue;
    files++;
    bytes += entry.encodedBodySize;
  }
  return { files, bytes };
}

/** Durations of the measures named `name` (the shell's `digione:app:<id>:mount` and the like). */
function measures(name: string): number[] {
  return performance.getEntriesByName(name, 'measure').map((entry) => entry.duration);
}

const api = {
  lastClick: (): number => lastClick,
  renders,
  waitRender,
  clearRenders(appIds: readonly string[]): void {
    for (const id of appIds) performance.clearMarks(markName(id));
  },
  armLanguage,
  languageShown: (): Promise<number> =>
    languageWatch ?? Promise.reject(new Error('No language watch is armed')),
  switchApps,
  bootTimes,
  scriptsBefore,
  measures,
  /** How many marks and measures the page's performance timeline holds. */
  userTimings: (): number =>
    performance.getEntriesByType('mark').length + performance.getEntriesByType('measure').length,
  now: (): number => performance.now(),
};

export type BenchProbe = typeof api;

declare global {
  interface Window {
    __d1bench?: BenchProbe;
  }
}

window.__d1bench = api;
