import {
  USER_FIELDS,
  type ActingAs,
  type ConfirmOptions,
  type DigiOneUser,
  type Locale,
  type Notification,
  type ShellContext,
  type TenantInfo,
  type Theme,
  type UserField,
} from '../context/types.js';
import * as singleSpa from 'single-spa';
import type { AppProps, Parcel } from 'single-spa';
import type { DigiOneAppProps } from '../app/define-micro-app.js';
import type { AppManifest } from '../manifest/types.js';
import {
  createShellHost,
  type AppContextHandle,
  type AppContextRequest,
  type ShellHost,
  type ShellHostServices,
} from '../host/shell-host.js';
import { contextRequestOf } from '../host/context-request.js';
import { countingContext } from './counting-context.js';
import { actingAsOf, defaultPersonFor } from './people.js';
import { recordingServices } from './records.js';

/**
 * What the test shell passes an app's lifecycles, as the portal does: DigiOne's props (`name`,
 * `domElement`, `context`) and what single-spa itself passes every app (`singleSpa`, and
 * `mountParcel`, whose parcels are unmounted before the app is).
 */
export type TestAppProps = DigiOneAppProps & Pick<AppProps, 'singleSpa' | 'mountParcel'>;

/** One single-spa lifecycle function (or several, run in order, as single-spa allows). */
export type TestLifecycle = (props: TestAppProps) => Promise<unknown>;

/**
 * What the kit mounts: `defineMicroApp(...)`, `defineWidget(...)`, hand-written lifecycles, or the
 * module namespace of an app that exports `bootstrap`, `mount` and `unmount` by name, as
 * single-spa's helpers make them (`import * as app from './index.js'`).
 */
export interface TestLifecycles {
  bootstrap?: TestLifecycle | readonly TestLifecycle[];
  mount: TestLifecycle | readonly TestLifecycle[];
  unmount: TestLifecycle | readonly TestLifecycle[];
}

/** What the kit reads of an app's manifest: as much as the portal reads to give it a context. */
export type MountManifest = Pick<AppManifest, 'id' | 'roles' | 'context'> & {
  readonly api?: AppManifest['api'];
};

/** The shell state and services a test mounts an app with. */
export interface MountOptions {
  /**
   * The app's manifest. Given, the kit mounts the app as the portal would: for the first test
   * person of the local identity provider with a role the manifest declares, acting where the
   * portal starts them, with the user fields, acting-as, API audience and URL the manifest asks
   * for. Each option below overrides what the manifest gives.
   */
  readonly manifest?: MountManifest;
  /** The app's id, as in its manifest (default the manifest's, else "test-app"). */
  readonly appId?: string;
  /**
   * The person signed in; null for nobody. Default: with a manifest, the test person who fits it
   * (see `defaultPersonFor`); without, a teacher, Aino Virtanen (`TEST_USER`).
   */
  readonly user?: DigiOneUser | null;
  /**
   * Where the person acts; null for nowhere. Default: with a manifest, where the portal starts
   * the person (with `user`, their first choice in a role the manifest declares); without, null.
   */
  readonly actingAs?: ActingAs | null;
  /** Default "fi". */
  readonly locale?: Locale;
  readonly theme?: Theme;
  readonly tenant?: TenantInfo;
  /** The user fields the app receives (default the manifest's `context.user`, else all of them). */
  readonly userFields?: readonly UserField[];
  /**
   * Whether the app receives the acting-as choice (default the manifest's `context.actingAs`;
   * without a manifest, whether `actingAs` is given).
   */
  readonly followsActingAs?: boolean;
  /** The app's API audience (default the manifest's); without it `getAccessToken()` rejects. */
  readonly audience?: string;
  /** The app's API base URL, as `context.apiUrl` (default the manifest's `api.url`). */
  readonly apiUrl?: string;
  /** Services of your own; each is called after the kit records the call. */
  readonly services?: ShellHostServices;
  /** The token `getAccessToken()` resolves to (default `test-token:<audience>`). */
  readonly accessToken?: (audience: string) => string | Promise<string>;
  /** What `confirm()` resolves to (default true). */
  readonly confirmResult?: boolean;
}

/** What the app asked of the shell, in order. */
export interface AppRecords {
  readonly notifications: Notification[];
  readonly navigations: string[];
  /** The app's unsaved-changes flag now. */
  readonly dirty: boolean;
  /** Every `setDirty` call. */
  readonly dirtyChanges: boolean[];
  readonly titles: string[];
  /** Every count the app published on `shell:badge`. */
  readonly badges: number[];
  /** Errors the app (or the SDK for it) passed to `context.reportError`. */
  readonly errors: unknown[];
  /** The audiences of every `getAccessToken()` call. */
  readonly tokenRequests: string[];
  readonly confirms: ConfirmOptions[];
}

/** A test shell: one host, one container, records of what apps called. */
export interface TestShell {
  readonly host: ShellHost;
  /** The element apps render in (in document.body). */
  readonly container: HTMLElement;
  readonly records: AppRecords;
  /** Bootstraps (once per lifecycles object) and mounts the app with a fresh context. */
  mount(lifecycles: TestLifecycles): Promise<MountedApp>;
  /** Unmounts the mounted app, removes the container and ends the host. */
  dispose(): Promise<void>;
}

/** A mounted app and the means to drive and inspect it. */
export interface MountedApp {
  readonly container: HTMLElement;
  /** The context given to the app. */
  readonly context: ShellContext;
  /** Change the shell's state: `host.setLocale('sv')`, `host.setUser(...)`. */
  readonly host: ShellHost;
  readonly records: AppRecords;
  readonly props: TestAppProps;
  /**
   * The app's live subscriptions through its context, by what it subscribed to (e.g.
   * `{ 'context.locale': 1 }`). After unmount: those still live when the app's unmount finished,
   * before the shell ended its context (an app should leave none).
   */
  liveSubscriptions(): Record<string, number>;
  /** Unmounts the app (its context ends); the shell stays for another mount. */
  unmount(): Promise<void>;
}

/** The user a test mounts an app with unless it says otherwise. */
export const TEST_USER: DigiOneUser = Object.freeze<DigiOneUser>({
  id: 'test-user-1',
  givenName: 'Aino',
  familyName: 'Virtanen',
  roles: ['teacher'],
  schools: [
    { code: '00001', name: 'Testikoulu', providerId: 'test-provider', providerName: 'Testikunta' },
  ],
  group: '7B',
});

function steps(lifecycle: TestLifecycle | readonly TestLifecycle[] | undefined): TestLifecycle[] {
  if (lifecycle === undefined) return [];
  return typeof lifecycle === 'function' ? [lifecycle] : [...lifecycle];
}

async function run(
  lifecycle: TestLifecycle | readonly TestLifecycle[] | undefined,
  props: TestAppProps,
): Promise<void> {
  for (const step of steps(lifecycle)) await step(props);
}

/** single-spa bootstraps an app once, whatever number of times it mounts it. */
const bootstrapped = new WeakMap<object, Promise<void>>();

/** The person the test shell signs in, and where they act. */
function personFor(options: MountOptions): { user: DigiOneUser | null; actingAs: ActingAs | null } {
  const { manifest } = options;
  if (!manifest) {
    return {
      user: options.user === undefined ? TEST_USER : options.user,
      actingAs: options.actingAs ?? null,
    };
  }
  const fitting = defaultPersonFor(manifest);
  if (options.user === undefined) {
    return { user: fitting.user, actingAs: options.actingAs ?? fitting.actingAs };
  }
  if (options.user === null || options.actingAs !== undefined) {
    return { user: options.user, actingAs: options.actingAs ?? null };
  }
  const user = options.user;
  const role = manifest.roles.find((r) => user.roles.includes(r));
  return { user, actingAs: role === undefined ? null : actingAsOf(user, role) };
}

/**
 * What the app receives, as the portal asks its host for it: the manifest's user fields and
 * acting-as, its API's audience and URL (each overridden by the option of the same job).
 */
function contextRequestFor(options: MountOptions): AppContextRequest {
  const { manifest } = options;
  const request = manifest
    ? contextRequestOf(manifest)
    : { userFields: USER_FIELDS, actingAs: options.actingAs !== undefined };
  const audience = options.audience ?? request.audience;
  const apiUrl = options.apiUrl ?? request.apiUrl;
  return {
    userFields: options.userFields ?? request.userFields,
    actingAs: options.followsActingAs ?? request.actingAs ?? false,
    ...(audience !== undefined ? { audience } : {}),
    ...(apiUrl !== undefined ? { apiUrl } : {}),
  };
}

/**
 * A shell for tests: a host with the state you give it, services that record what the app asks,
 * and a container in document.body. Use `mountApp` for the common case.
 */
export function createTestShell(options: MountOptions = {}): TestShell {
  const appId = options.appId ?? options.manifest?.id ?? 'test-app';
  const { records, services } = recordingServices(options);
  const person = personFor(options);
  const request = contextRequestFor(options);
  const host = createShellHost({
    user: person.user,
    actingAs: person.actingAs,
    locale: options.locale ?? 'fi',
    theme: options.theme ?? 'light',
    ...(options.tenant ? { tenant: options.tenant } : {}),
    services,
  });
  const container = document.createElement('div');
  container.dataset.d1TestShell = appId;
  document.body.append(container);
  let current: MountedApp | undefined;

  async function mount(lifecycles: TestLifecycles): Promise<MountedApp> {
    if (current) await current.unmount();
    const handle: AppContextHandle = host.contextFor(appId, request);
    const counting = countingContext(handle.context);
    // Parcels the app mounts, unmounted before the app is, as single-spa unmounts an app's own.
    const parcels: Parcel[] = [];
    const props: TestAppProps = {
      name: appId,
      domElement: container,
      context: counting.context,
      singleSpa,
      mountParcel(config, customProps) {
        const parcel = singleSpa.mountRootParcel(config, customProps);
        parcels.push(parcel);
        return parcel;
      },
    };
    let mounted = true;
    let leftAtUnmount: Record<string, number> | undefined;
    const app: MountedApp = {
      container,
      context: counting.context,
      host,
      records,
      props,
      liveSubscriptions: () => leftAtUnmount ?? counting.live(),
      async unmount() {
        if (!mounted) return;
        mounted = false;
        if (current === app) current = undefined;
        try {
          await Promise.all(
            parcels
              .splice(0)
              .filter((parcel) => parcel.getStatus() === 'MOUNTED')
              .map((parcel) => parcel.unmount()),
          );
          await run(lifecycles.unmount, props);
        } finally {
          leftAtUnmount = counting.live();
          handle.dispose();
        }
      },
    };
    try {
      let boot = bootstrapped.get(lifecycles);
      if (!boot) {
        boot = run(lifecycles.bootstrap, props);
        bootstrapped.set(lifecycles, boot);
        // A failed bootstrap is tried again on the next mount, as single-spa does after an error.
        boot.catch(() => bootstrapped.delete(lifecycles));
      }
      await boot;
      await run(lifecycles.mount, props);
    } catch (error) {
      mounted = false;
      handle.dispose();
      throw error;
    }
    current = app;
    return app;
  }

  return {
    host,
    container,
    records,
    mount,
    async dispose() {
      try {
        await current?.unmount();
      } finally {
        container.remove();
        host.dispose();
      }
    },
  };
}

/**
 * Mounts an app (its single-spa lifecycles, e.g. from `defineMicroApp`) in a test shell with the
 * state you give it; no single-spa root is needed. `unmount()` on the result ends the shell too.
 *
 *   const app = await mountApp(lifecycles, { locale: 'sv' });
 *   app.host.setLocale('en');
 *   expect(app.records.notifications).to.have.length(1);
 *   await app.unmount();
 */
export async function mountApp(
  lifecycles: TestLifecycles,
  options: MountOptions = {},
): Promise<MountedApp> {
  const shell = createTestShell(options);
  let app: MountedApp;
  try {
    app = await shell.mount(lifecycles);
  } catch (error) {
    await shell.dispose();
    throw error;
  }
  return {
    ...app,
    async unmount() {
      try {
        await app.unmount();
      } finally {
        await shell.dispose();
      }
    },
  };
}

/** The text a person sees in `node`, open shadow roots included (styles and scripts left out). */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
    return '';
  }
  if (node instanceof Element && (node.localName === 'style' || node.localName === 'script')) {
    return '';
  }
  let text = '';
  if (node instanceof Element && node.shadowRoot) text += deepText(node.shadowRoot);
  for (const child of node.childNodes) text += deepText(child);
  return text;
}
