// What an app left behind when it was unmounted, and the conformance kit's words for it.
import type { Budget } from './checks.js';
import { withinLimit } from './checks.js';
import type { MountedApp, TestShell } from './mount.js';
import {
  describeNode,
  errorText,
  leftovers,
  mountedReactRoots,
  plural,
} from './page-inspection.js';

export interface Leftovers {
  readonly dom: readonly string[];
  readonly reactRoots: readonly string[];
  readonly subscriptions: readonly string[];
  /** Why unmount failed: its error, or its time limit. */
  readonly unmountProblem?: string;
}

/** Unmounts (within the unmount limit) and lists what the app left: nodes, and subscriptions. */
export async function unmountAndInspect(
  app: MountedApp,
  shell: TestShell,
  bodyBefore: ReadonlySet<Element>,
  budget: Budget,
): Promise<Leftovers> {
  const rendered = [shell.container, ...shell.container.querySelectorAll('*')];
  const { ms, byTotal } = budget.limit('unmount');
  const result = await withinLimit(() => app.unmount(), ms);
  // Those still live when the app's unmount finished, before the shell ended its context.
  const live = app.liveSubscriptions();
  const dom = leftovers(shell.container).map(describeNode);
  for (const el of document.body.children) {
    if (!bodyBefore.has(el) && el !== shell.container) dom.push(`${describeNode(el)} in <body>`);
  }
  const reactRoots = mountedReactRoots(rendered).map(describeNode);
  const subscriptions = Object.entries(live).map(([what, n]) => `${what} (${n})`);
  if (result.done) return { dom, reactRoots, subscriptions };
  const unmountProblem = result.timedOut
    ? `did not finish: ${budget.explain('unmount', byTotal)}`
    : `failed: ${errorText(result.error)}`;
  return { dom, reactRoots, subscriptions, unmountProblem };
}

/** The verdict on what unmount left: DOM and React roots, or context subscriptions. */
export function judgeUnmount(
  left: Leftovers,
  check: 'no-dom-left' | 'no-subscriptions-left',
): { ok: boolean; message: string } {
  if (check === 'no-subscriptions-left') {
    return left.subscriptions.length
      ? {
          ok: false,
          message: `After unmount the app was still subscribed to ${left.subscriptions.join(', ')}. Unsubscribe in unmount (defineMicroApp and ContextController do it for you).`,
        }
      : { ok: true, message: 'Unmount ended every subscription to the context.' };
  }
  if (left.unmountProblem !== undefined) {
    return {
      ok: false,
      message: `Unmounting the app ${left.unmountProblem}. unmount must tear down without throwing, at once.`,
    };
  }
  const problems: string[] = [];
  if (left.dom.length) {
    problems.push(
      `After unmount the app left ${plural(left.dom.length, 'node', 'nodes')} in the page: ${left.dom.join(', ')}. Remove everything mount added (defineMicroApp does this for you).`,
    );
  }
  if (left.reactRoots.length) {
    problems.push(
      `After unmount a React root was still mounted on ${left.reactRoots.join(', ')}. Call root.unmount() in your unmount: otherwise React keeps the app's components, and their effects (listeners, timers, subscriptions), running after the shell removed them.`,
    );
  }
  return problems.length
    ? { ok: false, message: problems.join(' ') }
    : { ok: true, message: 'Unmount left no DOM behind.' };
}

/** The verdict on the window and document listeners left after unmount, as a message. */
export function listenersMessage(left: readonly string[]): string {
  if (!left.length) return 'Unmount removed every listener it added to window and document.';
  const counts = new Map<string, number>();
  for (const l of left) counts.set(l, (counts.get(l) ?? 0) + 1);
  const list = [...counts].map(([what, n]) => (n > 1 ? `${what} ×${n}` : what));
  return `After unmount the app left ${plural(left.length, 'event listener', 'event listeners')} on ${list.join(', ')}. Remove in unmount every listener mount added to window or document (removeEventListener, or an AbortController); a framework app also ends its render root (React: root.unmount()), so its effects clean up.`;
}
