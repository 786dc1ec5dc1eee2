/** What the sandbox records of an app: each lifecycle call, timed, and each event it publishes. */
import type { ShellContext } from '@digione/sdk';
import type { TestAppProps, TestLifecycle, TestLifecycles } from '@digione/sdk/testing';
import { describeError } from './labels.js';

export type Phase = 'bootstrap' | 'mount' | 'unmount';

/** One call of a lifecycle, timed. */
export interface LifecycleTiming {
  readonly phase: Phase;
  readonly ms: number;
  readonly ok: boolean;
}

/** An event the app published. */
export interface PublishedEvent {
  readonly topic: string;
  readonly payload: unknown;
  /** Set when the shell refused it (e.g. a topic outside the app's namespace). */
  readonly error?: string;
}

/** Where the records go; `changed` is called after each. */
export interface Records {
  readonly timings: LifecycleTiming[];
  readonly events: PublishedEvent[];
  changed(): void;
}

function steps(lifecycle: TestLifecycle | readonly TestLifecycle[] | undefined): TestLifecycle[] {
  if (lifecycle === undefined) return [];
  return typeof lifecycle === 'function' ? [lifecycle] : [...lifecycle];
}

/** The app's props with a context whose `events.publish` is recorded. */
function recording(props: TestAppProps, records: Records): TestAppProps {
  const context = props.context;
  const events: ShellContext['events'] = {
    publish: (topic, payload) => {
      try {
        context.events.publish(topic, payload);
        records.events.push({ topic, payload });
      } catch (error) {
        records.events.push({ topic, payload, error: describeError(error) });
        throw error;
      } finally {
        records.changed();
      }
    },
    subscribe: (topic, listener) => context.events.subscribe(topic, listener),
  };
  return { ...props, context: Object.freeze({ ...context, events }) };
}

/** The app's lifecycles, each timed, with what the app publishes recorded. */
export function recorded(app: TestLifecycles, records: Records): TestLifecycles {
  const timed =
    (phase: Phase, lifecycle: TestLifecycle | readonly TestLifecycle[] | undefined) =>
    async (props: TestAppProps): Promise<void> => {
      const start = performance.now();
      let ok = false;
      try {
        for (const step of steps(lifecycle)) await step(recording(props, records));
        ok = true;
      } finally {
        records.timings.push({ phase, ms: performance.now() - start, ok });
        records.changed();
      }
    };
  return {
    bootstrap: timed('bootstrap', app.bootstrap),
    mount: timed('mount', app.mount),
    unmount: timed('unmount', app.unmount),
  };
}
