import type { ShellContext } from '../context/types.js';

/** What the shell passes to an app's (or a widget's) lifecycles. */
export interface DigiOneAppProps {
  /** The app's single-spa name (its manifest id). */
  readonly name: string;
  /** Where the app renders; the shell owns it. */
  readonly domElement: HTMLElement;
  /** The app's context, minimised to what its manifest asks for. */
  readonly context: ShellContext;
}

/** single-spa lifecycles of a DigiOne app; each returns a promise, as single-spa expects. */
export interface DigiOneLifecycles {
  bootstrap(props: DigiOneAppProps): Promise<void>;
  mount(props: DigiOneAppProps): Promise<void>;
  unmount(props: DigiOneAppProps): Promise<void>;
  update(props: DigiOneAppProps): Promise<void>;
}

/** What the shell passes to a widget's parcel: single-spa adds the parcel's name itself. */
export type DigiOneWidgetProps = Omit<DigiOneAppProps, 'name'> & { readonly name?: string };

/** A widget: single-spa parcel config whose lifecycles take DigiOne props. */
export interface DigiOneParcelConfig {
  readonly name: string;
  bootstrap(props: DigiOneWidgetProps): Promise<void>;
  mount(props: DigiOneWidgetProps): Promise<void>;
  unmount(props: DigiOneWidgetProps): Promise<void>;
  update(props: DigiOneWidgetProps): Promise<void>;
}

/** An element that receives the context: `element.context` is set before it is connected. */
export interface DigiOneContextElement extends HTMLElement {
  context?: ShellContext | undefined;
}

/** A custom element app: its tag name, or its class (registered, or defined under `tagName`). */
export interface ElementAppOptions {
  readonly element: string | CustomElementConstructor;
  /** The tag to define `element` under when it is a class not yet registered. */
  readonly tagName?: string;
  /** Milliseconds bootstrap waits for a tag name to be defined (default 5000). */
  readonly defineTimeout?: number;
}

/** The framework-neutral form, for React, Vue, Angular or plain DOM apps. */
export interface FrameworkAppOptions {
  /** Render into `container` (a fresh element inside the shell's area, removed on unmount). */
  mount(container: HTMLElement, context: ShellContext): void | Promise<void>;
  /** Tear down everything mount made: render roots, timers, listeners. */
  unmount(): void | Promise<void>;
  /** Optional one-time setup before the first mount. */
  bootstrap?(): void | Promise<void>;
}

export type MicroAppOptions = ElementAppOptions | FrameworkAppOptions;

/** A widget: a small custom element the shell places in a named slot (e.g. "home"). */
export interface WidgetOptions extends ElementAppOptions {
  /** The parcel's name (shown in single-spa's errors and the sandbox); defaults to the tag. */
  readonly name?: string;
}
