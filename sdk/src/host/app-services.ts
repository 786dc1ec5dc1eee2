/**
 * The shell's services as one app of the DigiOne Portal is given them: each call checked, scoped
 * to the app (its token audience, its namespace on the bus, one question at a time) and handed to
 * the portal's callbacks. The shared values of the app's context are the host's (shell-host.ts).
 */
import { CONTRACT_VERSION } from '../contract.js';
import {
  USER_FIELDS,
  type Capability,
  type ConfirmOptions,
  type Notification,
  type ShellServices,
} from '../context/types.js';
import { DigiOneSdkError, describe } from '../app/errors.js';
import { portalPath } from '../app/portal-path.js';
import { SHELL_PUBLIC_TOPICS, topicNamespace, type HostEventBus } from './event-bus.js';
import type { AppContextRequest, ShellHostServices } from './shell-host.js';

/** The namespace of the shell's own topics; no app may take it as its id. */
export const SHELL_NAMESPACE = 'shell';

/** What the services of one app are made from. */
export interface AppServicesSetup {
  readonly appId: string;
  /** The audience of the app's API, when its manifest declares one. */
  readonly audience: string | undefined;
  readonly apiUrl: string | undefined;
  readonly services: ShellHostServices;
  readonly capabilities: ReadonlySet<Capability>;
  readonly bus: HostEventBus;
  /** Topics outside its namespace that any app may publish. */
  readonly publicTopics: ReadonlySet<string>;
  /** Whether the app may hear `topic` (of `namespace`). */
  mayHear(topic: string, namespace: string): boolean;
  /** The question each app has open or waiting (one per app, over all its contexts). */
  readonly asking: Map<string, object>;
  /** Aborted when the app's context is disposed: its questions and toasts are withdrawn. */
  readonly gone: AbortSignal;
  readonly report: (error: unknown) => void;
}

/** The app's id and its manifest's request, checked (D1-SDK-102, D1-SDK-103). */
export function checkRequest(appId: unknown, request: unknown): AppContextRequest {
  if (typeof appId !== 'string' || !/^[^\s:]{1,100}$/.test(appId) || appId === SHELL_NAMESPACE) {
    throw new DigiOneSdkError(
      'D1-SDK-102',
      `contextFor: the app id must be the id of the app's manifest (1–100 characters, no spaces or colons, not "shell"); got ${describe(appId)}.`,
    );
  }
  const r = request as Partial<AppContextRequest> | null;
  if (typeof r !== 'object' || r === null || !Array.isArray(r.userFields)) {
    throw new DigiOneSdkError(
      'D1-SDK-103',
      `contextFor("${appId}"): pass { userFields: [...] } with the user fields the app's manifest asks for ([] for none).`,
    );
  }
  for (const field of r.userFields as unknown[]) {
    if (!(USER_FIELDS as readonly unknown[]).includes(field)) {
      throw new DigiOneSdkError(
        'D1-SDK-103',
        `contextFor("${appId}"): unknown user field ${describe(field)}; the fields are ${USER_FIELDS.join(', ')}.`,
      );
    }
  }
  if (r.audience !== undefined && (typeof r.audience !== 'string' || r.audience === '')) {
    throw new DigiOneSdkError(
      'D1-SDK-103',
      `contextFor("${appId}"): audience must be the app's API audience (a non-empty string) or left out; got ${describe(r.audience)}.`,
    );
  }
  if (r.apiUrl !== undefined && (typeof r.apiUrl !== 'string' || !URL.canParse(r.apiUrl))) {
    throw new DigiOneSdkError(
      'D1-SDK-103',
      `contextFor("${appId}"): apiUrl must be the app's API base URL (an absolute URL) or left out; got ${describe(r.apiUrl)}.`,
    );
  }
  return r as AppContextRequest;
}

function unsupported(appId: string, what: string, capability: Capability): DigiOneSdkError {
  return new DigiOneSdkError(
    'D1-SDK-120',
    `App "${appId}" called ${what}, which this shell does not support; check context.isSupported("${capability}") first.`,
  );
}

/** The capabilities of one app: the host's own, those its services give, those it asked for. */
export function capabilitiesOf(
  services: ShellHostServices,
  extra: Iterable<Capability>,
  request: { readonly audience?: string | undefined; readonly actingAs: boolean },
): Set<Capability> {
  const capabilities = new Set<Capability>(extra);
  capabilities.add('events');
  if (services.navigate) capabilities.add('navigate');
  if (services.notify) capabilities.add('notify');
  if (services.confirm) capabilities.add('confirm');
  if (services.setDirty) capabilities.add('dirty-guard');
  if (services.setTitle) capabilities.add('title');
  if (services.getAccessToken && request.audience !== undefined) capabilities.add('access-token');
  if (request.actingAs) capabilities.add('acting-as');
  return capabilities;
}

/** Asks the portal's question for the app, withdrawn (answered false) when the app goes. */
function ask(setup: AppServicesSetup, confirmOptions: ConfirmOptions): Promise<boolean> {
  const { appId, services, asking, gone: signal } = setup;
  const o = confirmOptions as Partial<ConfirmOptions> | null;
  if (typeof o !== 'object' || typeof o?.heading !== 'string' || typeof o.message !== 'string') {
    return Promise.reject(
      new DigiOneSdkError(
        'D1-SDK-123',
        `confirm(options): pass { heading: string, message: string, ... }; got ${describe(confirmOptions)}.`,
      ),
    );
  }
  if (!services.confirm) return Promise.reject(unsupported(appId, 'confirm()', 'confirm'));
  if (asking.has(appId)) {
    return Promise.reject(
      new DigiOneSdkError(
        'D1-SDK-126',
        `App "${appId}" called confirm() while its previous question is still open; wait for its answer before asking again.`,
      ),
    );
  }
  const question = {};
  asking.set(appId, question);
  let answer: Promise<boolean>;
  try {
    answer = services.confirm(appId, confirmOptions, signal);
  } catch (error) {
    answer = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return new Promise<boolean>((resolve, reject) => {
    let settled = false;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      signal.removeEventListener('abort', withdraw);
      if (asking.get(appId) === question) asking.delete(appId);
      return true;
    };
    // The app went: it hears "no", and the shell closes the question (through `signal`).
    const withdraw = (): void => {
      if (settle()) resolve(false);
    };
    signal.addEventListener('abort', withdraw);
    answer.then(
      (yes) => {
        if (settle()) resolve(yes);
      },
      (error: unknown) => {
        if (settle()) reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The event bus as one app sees it: its own namespace, and the topics it may hear. */
function appEvents(setup: AppServicesSetup): ShellServices['events'] {
  const { appId, services, bus, publicTopics, report } = setup;
  return {
    publish(topic, payload) {
      if (topic === 'shell:badge' && services.setBadge) {
        const count = (payload as { count?: unknown } | null)?.count;
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
          throw new DigiOneSdkError(
            'D1-SDK-112',
            `events.publish("shell:badge", { count }): count must be a whole number, 0 or more; got ${describe(count)}.`,
          );
        }
        services.setBadge(appId, count);
        return;
      }
      const namespace = topicNamespace(topic);
      if (namespace !== appId && !publicTopics.has(topic)) {
        throw new DigiOneSdkError(
          'D1-SDK-111',
          `App "${appId}" may publish only under its own namespace ("${appId}:<name>") or to a topic the shell allows; "${topic}" is neither.`,
        );
      }
      bus.publish(topic, payload);
    },
    subscribe(topic, listener) {
      const namespace = topicNamespace(topic);
      if (!setup.mayHear(topic, namespace)) {
        const shellTopics = [...SHELL_PUBLIC_TOPICS].map((t) => `"${t}"`).join(', ');
        const remedy =
          namespace === SHELL_NAMESPACE
            ? 'The shell does not publish it for apps.'
            : `The app "${namespace}" can make it public with "events": { "public": ["${topic.slice(namespace.length + 1)}"] } in its manifest.`;
        throw new DigiOneSdkError(
          'D1-SDK-114',
          `App "${appId}" may subscribe only to its own topics ("${appId}:<name>"), the shell's (${shellTopics}) and topics another app's manifest makes public; "${topic}" is none of these. ${remedy}`,
        );
      }
      return bus.subscribe(topic, listener as (payload: unknown) => void, report);
    },
  };
}

/** The services of one app's context (everything but the shared values). */
export function appServices(setup: AppServicesSetup): ShellServices {
  const { appId, audience, apiUrl, services, capabilities, report, gone } = setup;
  return {
    appId,
    apiUrl,
    getAccessToken(options) {
      if (audience === undefined) {
        return Promise.reject(
          new DigiOneSdkError(
            'D1-SDK-121',
            `App "${appId}" asked for an access token but its manifest declares no API audience; add "audience" to the manifest.`,
          ),
        );
      }
      if (!services.getAccessToken) {
        return Promise.reject(unsupported(appId, 'getAccessToken()', 'access-token'));
      }
      return services.getAccessToken(appId, audience, options);
    },
    navigate(path) {
      if (typeof path !== 'string') {
        throw new DigiOneSdkError(
          'D1-SDK-123',
          `navigate(path): path must be a string; got ${describe(path)}.`,
        );
      }
      if (!services.navigate) throw unsupported(appId, 'navigate()', 'navigate');
      // Only a page of the portal, checked against the page the host runs in (the portal's).
      services.navigate(appId, portalPath(appId, path, location.origin));
    },
    notify(notification) {
      if (typeof (notification as Partial<Notification> | null)?.message !== 'string') {
        throw new DigiOneSdkError(
          'D1-SDK-123',
          `notify(notification): pass { message: string, ... }; got ${describe(notification)}.`,
        );
      }
      if (!services.notify) throw unsupported(appId, 'notify()', 'notify');
      services.notify(appId, notification, gone);
    },
    confirm: (confirmOptions) => ask(setup, confirmOptions),
    setDirty(dirty) {
      if (typeof dirty !== 'boolean') {
        throw new DigiOneSdkError(
          'D1-SDK-123',
          `setDirty(dirty): dirty must be true or false; got ${describe(dirty)}.`,
        );
      }
      if (!services.setDirty) throw unsupported(appId, 'setDirty()', 'dirty-guard');
      services.setDirty(appId, dirty);
    },
    setTitle(title) {
      if (typeof title !== 'string') {
        throw new DigiOneSdkError(
          'D1-SDK-123',
          `setTitle(title): title must be a string; got ${describe(title)}.`,
        );
      }
      if (!services.setTitle) throw unsupported(appId, 'setTitle()', 'title');
      services.setTitle(appId, title);
    },
    reportError: report,
    events: appEvents(setup),
    version: CONTRACT_VERSION,
    isSupported: (capability) => capabilities.has(capability),
  };
}
