/**
 * An app's area in the portal's main region: a `<section slot="app">` named by the app, holding
 * its status (`<d1-shell-app-status>`: loading, failed with a retry, or the page's heading) and,
 * while it runs, the element it renders in.
 */
import type { AppState } from './app-state.js';

/** The area element's tag of the status it shows (`<d1-shell-app-status>`). */
interface StatusElement extends HTMLElement {
  state: AppState;
  appName: string;
}

/** What a new area shows. */
export interface AreaOptions {
  readonly id: string;
  /** The app's name in the person's language. */
  readonly name: string;
  readonly state: AppState;
  readonly hidden: boolean;
  /** The person asked to try the failed app again. */
  readonly onRetry: () => void;
}

/** A new area for an app (not yet placed in the page). */
export function createArea(doc: Document, options: AreaOptions): HTMLElement {
  const area = doc.createElement('section');
  area.className = 'd1-app-area';
  area.slot = 'app';
  area.dataset.d1App = options.id;
  area.tabIndex = -1;
  area.hidden = options.hidden;
  const status = doc.createElement('d1-shell-app-status') as StatusElement;
  status.appName = options.name;
  status.state = options.state;
  area.append(status);
  area.addEventListener('d1-retry', (event) => {
    event.stopPropagation();
    options.onRetry();
  });
  return area;
}

function statusOf(area: HTMLElement): StatusElement | null {
  return area.querySelector<StatusElement>(':scope > d1-shell-app-status');
}

/** Shows the app's new state in its area. */
export function showState(area: HTMLElement, state: AppState): void {
  const status = statusOf(area);
  if (status) status.state = state;
}

/** Names the area's status and frame again (the language changed). */
export function labelArea(area: HTMLElement, name: string): void {
  const status = statusOf(area);
  if (status) status.appName = name;
  const frame = area.querySelector('iframe');
  if (frame) frame.title = name;
}
