/**
 * The example apps' stories: an app mounted in the conformance kit's shell (the same host and
 * scoping as the portal) while its story is in the page, for the app's manifest and a person of
 * the local identity provider, with its API answered in the page (`fetch` to the API's origin goes
 * to the story's answer; every other request passes on).
 */
import type { Meta } from '@storybook/web-components-vite';
import type { ActingAs, DigiOneUser } from '@digione/sdk';
import { actingAsChoices } from '@digione/sdk/host';
import {
  createTestShell,
  testPerson,
  type MountManifest,
  type MountedApp,
  type TestLifecycles,
} from '@digione/sdk/testing';
import { isLocale } from '@digione/components/localization';

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

/** A person in a story, and where they act (null: nowhere chosen yet). */
export interface StoryPerson {
  readonly user: DigiOneUser;
  readonly actingAs: ActingAs | null;
}

/**
 * A test person of the local identity provider ("pupil", "teacher", "principal", "guardian"), as
 * the portal signs them in, acting in the portal's `choice`-th choice for them (null: none yet).
 */
export function storyPerson(username: string, choice: number | null = 0): StoryPerson {
  const { user } = testPerson(username);
  if (choice === null) return { user, actingAs: null };
  const actingAs = actingAsChoices(user).at(choice);
  if (!actingAs) throw new TypeError(`storyPerson: ${username} has no choice ${String(choice)}.`);
  return { user, actingAs };
}

/** A story's arguments: each one of a few named choices. */
type StoryArgs<Args> = { [K in keyof Args]: string };

export interface AppStory<Args extends StoryArgs<Args>> {
  /** The story element's tag, e.g. "lunch-story". */
  readonly tag: string;
  /** What the docs page says of the app's stories. */
  readonly description?: string;
  /** Each argument's choices; the first is the default. */
  readonly choices: { readonly [K in keyof Args]: readonly Args[K][] };
  /** The app's manifest (its manifest.json): the kit gives the app what the portal would. */
  readonly manifest: object;
  /** Who looks at the app in a story, and where they act. */
  readonly person: (args: Args) => StoryPerson;
  /**
   * The API the app calls in its stories, and how it answers; `path` gives a story's own API
   * address under the origin (so each story's answers stay its own).
   */
  readonly api: {
    readonly origin: string;
    readonly answer: ApiAnswer;
    readonly path: (args: Args) => string;
  };
  /** The app's lifecycles for a story (a new instance where the app needs one). */
  readonly app: (args: Args) => TestLifecycles;
  /** Runs when a story starts (e.g. to set up its data); what it returns, when the story goes. */
  readonly started?: (args: Args, apiUrl: string) => () => void;
  /** Runs once the app is mounted (e.g. to open one of its pages). */
  readonly mounted?: (app: MountedApp, args: Args) => void;
}

/** The arguments a story element was given, each checked against its choices. */
function argsOf<Args extends StoryArgs<Args>>(element: HTMLElement, story: AppStory<Args>): Args {
  const args: Record<string, string> = {};
  for (const [name, choices] of Object.entries<readonly string[]>(story.choices)) {
    const value = element.getAttribute(name) ?? '';
    args[name] = choices.includes(value) ? value : (choices[0] ?? '');
  }
  return args as unknown as Args;
}

/** The story's manifest, checked for what the kit reads of it. */
function manifestOf(tag: string, json: object): MountManifest {
  const manifest = json as Partial<MountManifest>;
  if (
    typeof manifest.id !== 'string' ||
    !Array.isArray(manifest.roles) ||
    typeof manifest.context !== 'object'
  ) {
    throw new TypeError(
      `The story ${tag} needs its app's manifest (an id, roles and context); got ${JSON.stringify(json).slice(0, 80)}.`,
    );
  }
  return manifest as MountManifest;
}

/**
 * Defines `<tag>`: the app in the kit's shell while the element is in the page (its `locale`
 * attribute the language), unmounted and its API stub removed when the element goes. The shell
 * answers `navigate` as the portal does: it tells the app the new path (`shell:navigated`).
 */
function defineStoryElement<Args extends StoryArgs<Args>>(story: AppStory<Args>): void {
  if (customElements.get(story.tag)) return;
  customElements.define(
    story.tag,
    class extends HTMLElement {
      #end: (() => void) | undefined;

      connectedCallback(): void {
        const locale: unknown = this.getAttribute('locale');
        const args = argsOf(this, story);
        const apiUrl = `${story.api.origin}/${story.api.path(args)}`;
        const end = story.started?.(args, apiUrl);
        const unstub = stubApi(story.api.origin, story.api.answer);
        const shell = createTestShell({
          manifest: manifestOf(story.tag, story.manifest),
          ...story.person(args),
          locale: isLocale(locale) ? locale : 'fi',
          apiUrl,
          services: {
            navigate: (_appId, path) => {
              shell.host.events.publish('shell:navigated', { path });
            },
          },
        });
        this.append(shell.container);
        void shell.mount(story.app(args)).then((app) => story.mounted?.(app, args));
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

/**
 * The Storybook meta of an example app's stories but its title (which Storybook reads from the
 * file itself: `export default { title: 'Apps/Lunch', ...appStory({ … }) }`): one control per
 * argument, and each story a new element (so a new shell and a fresh mount) for its arguments and
 * the toolbar's language.
 */
export function appStory<Args extends StoryArgs<Args>>(
  story: AppStory<Args>,
): Omit<Meta<Args>, 'title'> {
  defineStoryElement(story);
  const entries = Object.entries<readonly string[]>(story.choices);
  return {
    args: Object.fromEntries(entries.map(([name, choices]) => [name, choices[0]])) as Args,
    argTypes: Object.fromEntries(
      entries.map(([name, choices]) => [name, { control: 'select', options: [...choices] }]),
    ) as unknown as NonNullable<Meta<Args>['argTypes']>,
    parameters: {
      layout: 'padded',
      ...(story.description ? { docs: { description: { component: story.description } } } : {}),
    },
    render: (args, context) => {
      const locale: unknown = context.globals.locale;
      const element = document.createElement(story.tag);
      for (const [name, value] of Object.entries(args)) {
        if (typeof value === 'string') element.setAttribute(name, value);
      }
      element.setAttribute('locale', isLocale(locale) ? locale : 'fi');
      return element;
    },
  };
}
