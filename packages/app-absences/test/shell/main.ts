/**
 * A test portal for the app's end-to-end spec: it frames the app's real page on the app's own
 * origin and bridges it a context, as the portal shell does, with a real access token the spec
 * gives it. What the app asks of the portal is recorded on `window.testPortal` for the spec.
 */
import { createShellHost, type ActingAs, type DigiOneUser, type Locale } from '@digione/sdk';
import { bridgeIframe } from '@digione/sdk/iframe';

export interface FrameOptions {
  readonly appOrigin: string;
  readonly apiUrl: string;
  readonly audience: string;
  readonly token: string;
  readonly user: DigiOneUser;
  readonly actingAs: ActingAs;
  readonly locale?: Locale;
}

export interface TestPortal {
  /** Frames the app (again) for this person; resolves once it has connected. */
  open(options: FrameOptions): Promise<void>;
  setLocale(locale: Locale): void;
  readonly records: {
    notifications: { message: string; heading?: string; variant?: string }[];
    dirty: boolean[];
    titles: string[];
    badges: number[];
    errors: string[];
    tokenRequests: string[];
  };
}

declare global {
  interface Window {
    testPortal: TestPortal;
  }
}

const area = document.getElementById('area');
let end: (() => void) | undefined;
let setLocale: (locale: Locale) => void = () => undefined;
const records: TestPortal['records'] = {
  notifications: [],
  dirty: [],
  titles: [],
  badges: [],
  errors: [],
  tokenRequests: [],
};

window.testPortal = {
  records,
  setLocale: (locale) => {
    setLocale(locale);
  },
  async open(options) {
    end?.();
    const host = createShellHost({
      user: options.user,
      actingAs: options.actingAs,
      locale: options.locale ?? 'fi',
      services: {
        getAccessToken: (_app, audience) => {
          records.tokenRequests.push(audience);
          return Promise.resolve(options.token);
        },
        notify: (_app, notification) => void records.notifications.push(notification),
        confirm: () => Promise.resolve(true),
        setDirty: (_app, dirty) => void records.dirty.push(dirty),
        setTitle: (_app, title) => void records.titles.push(title),
        setBadge: (_app, count) => void records.badges.push(count),
        reportError: (_app, error) => void records.errors.push(String(error)),
      },
    });
    const handle = host.contextFor('absences', {
      userFields: [],
      actingAs: true,
      audience: options.audience,
      apiUrl: options.apiUrl,
    });
    const frame = document.createElement('iframe');
    frame.title = 'Poissaolot';
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms');
    frame.style.width = '100%';
    frame.style.height = '900px';
    frame.src = `${options.appOrigin}/index.html`;
    const bridge = bridgeIframe(frame, handle.context, {
      appOrigin: options.appOrigin,
      handshakeTimeoutMs: 60_000,
    });
    area?.append(frame);
    setLocale = (locale) => {
      host.setLocale(locale);
    };
    end = () => {
      bridge.dispose();
      frame.remove();
      handle.dispose();
      host.dispose();
    };
    await bridge.ready;
  },
};
