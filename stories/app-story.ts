/**
 * The example apps' stories: an app mounted in the SDK's test shell while its story is in the page,
 * with its API answered in the page (`fetch` to the API's origin goes to the story's answer; every
 * other request passes on).
 */
import { createTestShell, type MountOptions, type TestLifecycles } from '@digione/sdk/testing';
import { isLocale, type Locale } from '@digione/components/localization';

/** Answers a request to an app's API in a story. */
export type ApiAnswer = (url: URL, init: RequestInit | undefined) => Promise<Response>;

const answers = new Map<string, { answer: ApiAnswer; users: number }>();
let realFetch: typeof fetch | undefined;

/**
 * Answers `fetch` to `origin` with `answer` until the returned function is called (once is enough;
 * more calls change nothing). Stories of several apps may stub their APIs at once.
 */
export function stubApi(origin: string, answer: ApiAnswer): () => void {
  const stub = answers.get(origin) ?? { answer, users: 0 };
  stub.users++;
  answers.set(origin, stub);
  if (!realFetch) {
    const passOn = globalThis.fetch.bind(globalThis);
    realFetch = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const own = answers.get(url.origin);
      return own ? own.answer(url, init) : passOn(input, init);
    };
  }
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--stub.users === 0) answers.delete(origin);
    if (answers.size === 0 && realFetch) {
      globalThis.fetch = realFetch;
      realFetch = undefined;
    }
  };
}

export interface AppStoryOptions {
  /** The app's lifecycles, for each mount (a new instance where the app needs one). */
  readonly app: () => TestLifecycles;
  /** The API the app calls in its stories, and how it answers. */
  readonly api: { readonly origin: string; readonly answer: ApiAnswer };
  /**
   * The test shell for this story element (read its attributes: person, scenario), in the story's
   * language; `end` runs when the story goes.
   */
  readonly shell: (
    element: HTMLElement,
    locale: Locale,
  ) => { readonly options: MountOptions; readonly end?: () => void };
}

/**
 * Defines `<tag>`: the app in a test shell while the element is in the page (its `locale`
 * attribute the language), unmounted and its API stub removed when the element goes.
 */
export function defineAppStory(tag: string, story: AppStoryOptions): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      #end: (() => void) | undefined;

      connectedCallback(): void {
        const locale: unknown = this.getAttribute('locale');
        const { options, end } = story.shell(this, isLocale(locale) ? locale : 'fi');
        const unstub = stubApi(story.api.origin, story.api.answer);
        const shell = createTestShell(options);
        this.append(shell.container);
        void shell.mount(story.app());
        this.#end = () => {
          void shell.dispose();
          unstub();
          end?.();
        };
      }

      disconnectedCallback(): void {
        this.#end?.();
        this.#end = undefined;
      }
    },
  );
}
