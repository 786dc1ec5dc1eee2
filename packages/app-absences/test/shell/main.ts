/**
 * A test portal for the app's end-to-end spec: the conformance kit's shell frames the app's real
 * page on the app's own origin with the SDK's `frameApp`, as the portal shell does, and bridges it
 * the context of the manifest, with a real access token the spec gives it. What the app asks of
 * the portal is recorded on `window.testPortal` for the spec.
 */
import type { ActingAs, AppManifest, DigiOneUser, Locale } from '@digione/sdk';
import { frameApp } from '@digione/sdk/host';
import { createTestShell, type TestShell } from '@digione/sdk/testing';
import manifestJson from '../../manifest.json' with { type: 'json' };

/** The app's own manifest: the kit gives the app what the portal would give it. */
const manifest = manifestJson as AppManifest;

export interface FrameOptions {
  readonly appOrigin: string;
  readonly apiUrl: string;
  readonly token: string;
  readonly user: DigiOneUser;
  readonly actingAs: ActingAs;
  readonly locale?: Locale;
}

/** What the app asked of the portal, as plain data for the spec. */
export interface PortalRecords {
  notifications: { message: string; heading?: string; variant?: string }[];
  dirty: boolean[];
  titles: string[];
  badges: number[];
  errors: string[];
  tokenRequests: string[];
}

export interface TestPortal {
  /** Frames the app (again) for this person; resolves once it has connected. */
  open(options: FrameOptions): Promise<void>;
  setLocale(locale: Locale): void;
  readonly records: PortalRecords;
}

declare global {
  interface Window {
    testPortal: TestPortal;
  }
}

const area = document.getElementById('area');
let shell: TestShell | undefined;
const empty: PortalRecords = {
  notifications: [],
  dirty: [],
  titles: [],
  badges: [],
  errors: [],
  tokenRequests: [],
};

window.testPortal = {
  get records(): PortalRecords {
    if (!shell) return empty;
    const { records } = shell;
    return {
      notifications: [...records.notifications],
      dirty: [...records.dirtyChanges],
      titles: [...records.titles],
      badges: [...records.badges],
      errors: records.errors.map(String),
      tokenRequests: [...records.tokenRequests],
    };
  },
  setLocale: (locale) => {
    shell?.host.setLocale(locale);
  },
  async open(options) {
    await shell?.dispose();
    shell = createTestShell({
      manifest: { ...manifest, api: { ...manifest.api, url: options.apiUrl } },
      user: options.user,
      actingAs: options.actingAs,
      locale: options.locale ?? 'fi',
      accessToken: () => options.token,
    });
    area?.append(shell.container);
    await shell.mount(
      frameApp({
        appId: manifest.id,
        url: `${options.appOrigin}/index.html`,
        origin: options.appOrigin,
        title: (locale) => manifest.name[locale] ?? manifest.name.fi,
        handshakeTimeoutMs: 60_000,
      }),
    );
  },
};
