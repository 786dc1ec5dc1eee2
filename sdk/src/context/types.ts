import type { Observable } from 'rxjs';
import type { Locale } from '@digione/components/localization';
import type { BrandPalette, Theme } from '@digione/components/tenants';
import type { ContextValues, DigiOneContextDefinition } from './fields.js';

export type { Locale, Theme };

/** A value of the shared context: an rxjs Observable that also tells its current value. */
export type ContextValue<T> = Observable<T> & { readonly value: T };

/** Stops a subscription. */
export type Unsubscribe = () => void;

/** Roles of the MPASSid data model, plus the guardian (Suomi.fi) and the platform administrator. */
export const ROLES = [
  'learner',
  'teacher',
  'principal',
  'staff',
  'substitute',
  'guardian',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * The roles a person holds at a school (MPASSid's role attribute gives each with its school); the
 * others — guardian (Suomi.fi) and the platform administrator — belong to the person.
 */
export const SCHOOL_ROLES = ['learner', 'teacher', 'principal', 'staff', 'substitute'] as const;
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

/** A school a person belongs to, as MPASSid codes it. */
export interface School {
  /** The school's official code (oppilaitosnumero). */
  readonly code: string;
  readonly name: string;
  /** The education provider (municipality) the school belongs to. */
  readonly providerId: string;
  readonly providerName: string;
}

/** A guardian's child, as the guardian acts on their behalf. */
export interface Child {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly school: School;
  readonly grade?: string;
}

/**
 * One role a person holds at one school, as one value of MPASSid's role attribute
 * (`urn:mpass.id:role`: education provider, school code, group, role) gives it. A teacher at one
 * school who is the principal of another has two; a principal who also teaches has two at one school.
 */
export interface Affiliation {
  readonly role: SchoolRole;
  readonly school: School;
  /** The class or teaching group the role is held in, e.g. "7B" for a pupil. */
  readonly group?: string;
}

/** The person signed in, mapped from either identity provider to one model. */
export interface DigiOneUser {
  /** A stable, pseudonymous id. */
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  /** Every role the person holds somewhere: a summary of `affiliations`, with guardian and admin. */
  readonly roles: readonly Role[];
  /** Every school the person holds a role at: a summary of `affiliations`. */
  readonly schools: readonly School[];
  /**
   * The roles the person holds, each at its school. The portal always sets it; a user without it
   * (one written by hand, in a test) holds each of its school roles at each of its schools.
   */
  readonly affiliations?: readonly Affiliation[];
  /** Class or teaching group, e.g. "7B". */
  readonly group?: string;
  /** Grade (vuosiluokka), for pupils. */
  readonly grade?: string;
  /** A guardian's children. */
  readonly children?: readonly Child[];
}

/** The fields of `DigiOneUser` an app may ask for in its manifest (`context.user`). */
export type UserField = keyof DigiOneUser;

/**
 * Where the person acts now: one role at one school (a teacher at two schools, a teacher at one and
 * principal at another, chooses), a child (guardian), or a role (the platform administrator). An
 * app serves the person in `role`, at `school`.
 */
export interface ActingAs {
  readonly kind: 'school' | 'child' | 'role';
  /**
   * Stable while the person keeps the choice: `school:<code>` (with `:<role>` added when the
   * person holds more than one role at that school), `child:<id>` or `role:<role>`.
   */
  readonly id: string;
  /** The school's name, the child's name, or "DigiOne"; the portal shows the role beside it. */
  readonly label: string;
  /** The role the person acts in here: what an app serves them as. */
  readonly role: Role;
  readonly school?: School;
  readonly child?: Child;
}

/** The tenant whose portal this is (a municipality or education provider). */
export interface TenantInfo {
  /** The education provider's business id; `digione` for the platform's own. */
  readonly id: string;
  readonly name: string;
  /**
   * The brand's accent colours, which the portal wears: an app with a document of its own (an
   * iframe app) applies them with `applyBranding` of `@digione/components/tenants`. Absent: DigiOne's.
   */
  readonly colors?: BrandPalette;
}

/** A toast the shell shows for an app. */
export interface Notification {
  readonly message: string;
  readonly heading?: string;
  readonly variant?: 'info' | 'success' | 'warning' | 'danger';
  /**
   * Milliseconds before it goes. The portal holds an app's toast 4 000 to 10 000 ms, whatever is
   * asked (no app toast stays until closed), and closes it when the app unmounts.
   */
  readonly duration?: number;
}

/** A confirmation the shell draws as a modal dialog; resolves true when confirmed. */
export interface ConfirmOptions {
  readonly heading: string;
  readonly message: string;
  readonly confirmLabel?: string;
  readonly cancelLabel?: string;
  /** Marks a destructive action (the confirm button is drawn as danger). */
  readonly danger?: boolean;
}

/**
 * Topics apps publish and subscribe to. Apps extend it by declaration merging, under a namespace
 * of their own id:
 *
 *   declare module '@digione/sdk' {
 *     interface DigiOneEvents { 'messages:unread-count': { count: number } }
 *   }
 */
export interface DigiOneEvents {
  /** Published by the shell after every route change. */
  'shell:navigated': { readonly path: string };
  /**
   * Published by an app: the count the shell shows on the app's navigation item (unread messages,
   * tasks waiting); 0 hides it. The shell takes it as the publishing app's own; no other app sees it.
   */
  'shell:badge': { readonly count: number };
}

/** Typed publish/subscribe between apps; every subscription of an app ends when it unmounts. */
export interface EventBus {
  publish<K extends keyof DigiOneEvents>(topic: K, payload: DigiOneEvents[K]): void;
  subscribe<K extends keyof DigiOneEvents>(
    topic: K,
    listener: (payload: DigiOneEvents[K]) => void,
  ): Unsubscribe;
}

/** Capabilities an app can ask the shell about before using them. */
export type Capability =
  | 'navigate'
  | 'notify'
  | 'confirm'
  | 'dirty-guard'
  | 'title'
  | 'events'
  | 'access-token'
  | 'acting-as'
  | 'widgets'
  | 'iframe';

/** Options of `ShellContext.getAccessToken()`. */
export interface AccessTokenOptions {
  /** Skip the portal's cached token and ask for a new one. */
  readonly fresh?: boolean;
}

/**
 * The shell's services and the app's own facts: everything of a `ShellContext` but the shared
 * values, which come from the context's definition (`DIGIONE_CONTEXT`).
 */
export interface ShellServices {
  /** The app's id, as in its manifest. */
  readonly appId: string;
  /** The base URL of the app's own API (its manifest's `api.url`), or undefined when not given. */
  readonly apiUrl: string | undefined;
  /**
   * An access token for this app's own API audience (never the shell's, never another app's). The
   * portal caches tokens until shortly before they expire; `{ fresh: true }` asks for a new one
   * (after the API refused the cached one with 401).
   */
  getAccessToken(options?: AccessTokenOptions): Promise<string>;
  /**
   * Navigates the portal: a path that starts with a single `/`, inside the app's own routes or
   * another portal route (a query and a hash may follow). Anything that could lead off the portal
   * — another origin, `//host`, a script URL, a file — throws D1-SDK-125 and goes nowhere.
   */
  navigate(path: string): void;
  /** Shows a toast in the portal, with the app's name on it (see `Notification.duration`). */
  notify(notification: Notification): void;
  /**
   * Asks the person in the portal's dialog, with the app's name on it. One question per app at a
   * time: another while one is open rejects with D1-SDK-126. Answered false when the app unmounts.
   */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** Marks unsaved changes: leaving the app then asks the person first. */
  setDirty(dirty: boolean): void;
  setTitle(title: string): void;
  /** Reports an error to the shell (shown in the app's area and logged for the operator). */
  reportError(error: unknown): void;
  readonly events: EventBus;
  /** The contract version of the shell the app runs in. */
  readonly version: string;
  isSupported(capability: Capability): boolean;
}

/**
 * What an app receives at mount: the shared context (only the user fields its manifest asks for)
 * and the shell's services. The same API whether the app runs in the page or in an iframe. Its
 * shared values are the fields of `DIGIONE_CONTEXT`, each a `ContextValue`.
 */
export interface ShellContext extends ContextValues<DigiOneContextDefinition>, ShellServices {}

/** Every field of `DigiOneUser`, for checks at run time (a manifest asks for some of them). */
export const USER_FIELDS: readonly UserField[] = Object.freeze(
  Object.keys({
    id: true,
    givenName: true,
    familyName: true,
    roles: true,
    schools: true,
    affiliations: true,
    group: true,
    grade: true,
    children: true,
  } satisfies Record<UserField, true>) as UserField[],
);
