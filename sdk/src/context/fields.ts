/**
 * The shared context, defined once: every value the DigiOne Portal shares with its apps (`user`,
 * `actingAs`, `locale`, `theme`, `tenant`), each with its default, the host's run-time check and
 * what one app is given of it. The contract's types (`ShellContext`, the host's `ShellState`), the
 * host, the scoping of an app's context, `ContextController` and the iframe protocol all derive
 * from this definition: a field added here reaches module and iframe apps with no other edit.
 */
import { isObservable } from 'rxjs';
import { isLocale } from '@digione/components/localization';
import { THEMES } from '@digione/components/tenants';
import { DigiOneSdkError, describe } from '../app/errors.js';
import type {
  ActingAs,
  ContextValue,
  DigiOneUser,
  Locale,
  ShellServices,
  TenantInfo,
  Theme,
  UserField,
} from './types.js';

/** What an app's manifest asks of the context: the user fields, and whether it sees acting-as. */
export interface FieldRequest {
  readonly userFields: readonly UserField[];
  readonly actingAs: boolean;
}

/**
 * One value of the shared context. `S` is the value the portal holds (the host's state), `A` what
 * an app receives of it.
 */
export interface ContextField<S, A = S> {
  /** The value before the portal sets one. */
  readonly default: S;
  /**
   * The host's check of a value the portal sets: returns it, or throws a DigiOneSdkError
   * (D1-SDK-101) that names `field` and what was expected.
   */
  check(value: unknown, field: string): S;
  /**
   * What one app is given of the value, by what its manifest asks for (the value itself when
   * left out). The host hands each app a frozen copy of the result.
   */
  project?(value: S, request: FieldRequest): A;
}

/** Any field, whatever its types (what a definition is made of). */
export interface AnyContextField {
  readonly default: unknown;
  check(value: unknown, field: string): unknown;
  project?(value: never, request: FieldRequest): unknown;
}

/** A definition of the shared context: its fields by key. */
export type ContextDefinition = Readonly<Record<string, AnyContextField>>;

/** The values the portal holds for a definition, by key. */
export type ContextState<D extends ContextDefinition> = {
  -readonly [K in keyof D]: D[K] extends ContextField<infer S, unknown> ? S : never;
};

/** What an app receives of each value of a definition, by key. */
export type AppContextValues<D extends ContextDefinition> = {
  readonly [K in keyof D]: D[K] extends ContextField<infer S, infer A>
    ? unknown extends A
      ? S
      : A
    : never;
};

/** A definition's values as an app holds them: each an observable that tells its current value. */
export type ContextValues<D extends ContextDefinition> = {
  readonly [K in keyof D]: ContextValue<AppContextValues<D>[K]>;
};

/** A field, with its types inferred from its check and projection. */
export function defineField<S, A = S>(field: ContextField<S, A>): ContextField<S, A> {
  return Object.freeze(field);
}

/** A check for a value that must be one of `values` (strings). */
function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown, field: string): T => {
    if (!(values as readonly unknown[]).includes(value)) {
      throw invalid(field, `one of ${values.map((v) => `"${v}"`).join(', ')}`, value);
    }
    return value as T;
  };
}

/** Throws D1-SDK-101 unless `value` is an object with the string fields `keys` (or null). */
function checkObject(
  value: unknown,
  field: string,
  keys: readonly string[],
  nullable: boolean,
): void {
  if (value === null && nullable) return;
  const record = value as Record<string, unknown> | null;
  if (
    typeof record !== 'object' ||
    record === null ||
    keys.some((key) => typeof record[key] !== 'string')
  ) {
    const shape = `{ ${keys.map((key) => `${key}: string`).join(', ')}, ... }`;
    throw invalid(field, nullable ? `${shape} or null` : shape, value);
  }
}

function invalid(field: string, expected: string, value: unknown): DigiOneSdkError {
  return new DigiOneSdkError(
    'D1-SDK-101',
    `createShellHost: ${field} must be ${expected}; got ${describe(value)}.`,
  );
}

/** DigiOne's shared context: what every app on the portal, module or iframe, is given. */
export const DIGIONE_CONTEXT = Object.freeze({
  /** The person signed in: only the fields the app's manifest asks for (`context.user`). */
  user: defineField<DigiOneUser | null, Partial<DigiOneUser>>({
    default: null,
    check(value, field) {
      checkObject(value, field, ['id'], true);
      return value as DigiOneUser | null;
    },
    project(user, { userFields }) {
      const picked: Record<string, unknown> = {};
      if (user) for (const key of userFields) if (user[key] !== undefined) picked[key] = user[key];
      return picked;
    },
  }),
  /** Where the person acts now; null for an app whose manifest does not ask for it. */
  actingAs: defineField<ActingAs | null>({
    default: null,
    check(value, field) {
      checkObject(value, field, ['kind', 'id', 'label', 'role'], true);
      return value as ActingAs | null;
    },
    project: (actingAs, request) => (request.actingAs ? actingAs : null),
  }),
  /** The person's language. */
  locale: defineField<Locale>({
    default: 'fi',
    check: (value, field) => {
      if (!isLocale(value)) throw invalid(field, 'one of "fi", "sv", "en"', value);
      return value;
    },
  }),
  /** The portal's colour theme. */
  theme: defineField<Theme>({ default: 'light', check: oneOf(THEMES) }),
  /** The tenant whose portal this is. */
  tenant: defineField<TenantInfo>({
    default: Object.freeze({ id: 'digione', name: 'DigiOne' }),
    check(value, field) {
      checkObject(value, field, ['id', 'name'], false);
      return value as TenantInfo;
    },
  }),
});

/** The type of DigiOne's context definition. */
export type DigiOneContextDefinition = typeof DIGIONE_CONTEXT;

/** An app's context for a definition: its values and the shell's services. */
export type AppContext<D extends ContextDefinition = DigiOneContextDefinition> = ContextValues<D> &
  ShellServices;

/** The names the rest of an app's context uses (a record keeps it complete); no field takes one. */
const SERVICES: Readonly<Record<keyof ShellServices, true>> = {
  appId: true,
  apiUrl: true,
  version: true,
  events: true,
  getAccessToken: true,
  navigate: true,
  notify: true,
  confirm: true,
  setDirty: true,
  setTitle: true,
  reportError: true,
  isSupported: true,
};
const RESERVED = new Set(Object.keys(SERVICES));

/** Whether `value` can name a field of a context definition (a short camelCase name). */
export function isFieldKey(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z][A-Za-z0-9]{0,49}$/.test(value);
}

/**
 * The keys of a definition, after checking it: each field has a check, and no key is one the
 * rest of the context uses. Throws D1-SDK-105 otherwise.
 */
export function contextKeys<D extends ContextDefinition>(definition: D): (keyof D & string)[] {
  if (typeof definition !== 'object' || (definition as unknown) === null) {
    throw new DigiOneSdkError(
      'D1-SDK-105',
      `The context definition must be an object of fields; got ${describe(definition)}.`,
    );
  }
  const keys = Object.keys(definition);
  for (const key of keys) {
    const field = definition[key] as Partial<ContextField<unknown>> | undefined;
    if (!isFieldKey(key) || RESERVED.has(key)) {
      throw new DigiOneSdkError(
        'D1-SDK-105',
        `The context definition's field "${key}" needs a camelCase name that is not one of the context's own (${[...RESERVED].join(', ')}).`,
      );
    }
    if (typeof field?.check !== 'function' || !('default' in field)) {
      throw new DigiOneSdkError(
        'D1-SDK-105',
        `The context definition's field "${key}" needs a default and a check(value, field) function.`,
      );
    }
  }
  return keys;
}

/** Whether `value` is a context value: an observable that also tells its current value. */
function isContextValue(value: unknown): value is ContextValue<unknown> {
  return isObservable(value) && 'value' in value;
}

/**
 * The values of a context, by key: each of its own properties that is a context value. An app's
 * context has one for every field of the portal's definition, so what carries a context (its
 * scoping, `ContextController`, the iframe bridge) follows the definition without naming a key.
 */
export function valuesOf(context: object): [string, ContextValue<unknown>][] {
  const values: [string, ContextValue<unknown>][] = [];
  for (const [key, value] of Object.entries(context)) {
    if (!RESERVED.has(key) && isContextValue(value)) values.push([key, value]);
  }
  return values;
}
