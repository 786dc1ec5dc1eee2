/**
 * The registry check behind `validateRegistry`: each app checked as `validateManifest` does, then
 * what must hold across apps (unique ids, API audiences and widget elements, routes that do not
 * overlap), keeping the earlier of two clashing apps.
 */
import { checkManifest } from './check.js';
import { MAX_NODES } from './input.js';
import { isRecord, ROOT_PATH } from './paths.js';
import type {
  AppManifest,
  ManifestError,
  RegistryValidationResult,
  ValidateOptions,
} from './types.js';
import { describe } from './values.js';

/** Checks a registry as `validateRegistry` documents. Never throws. */
export function checkRegistry(
  input: unknown,
  options: ValidateOptions = {},
): RegistryValidationResult {
  try {
    if (!Array.isArray(input)) {
      return {
        ok: false,
        apps: [],
        errors: [
          {
            path: ROOT_PATH,
            code: 'type',
            message: `Give the registry as an array of app manifests; got ${describe(input)}.`,
          },
        ],
      };
    }
    const length = input.length;
    if (length > MAX_NODES) {
      return {
        ok: false,
        apps: [],
        errors: [
          {
            path: ROOT_PATH,
            code: 'too-many',
            message: `Shrink the registry: it lists ${length} entries, more than the ${MAX_NODES} a registry may hold.`,
          },
        ],
      };
    }
    const apps: AppManifest[] = [];
    const errors: ManifestError[] = [];
    /** Accepted apps by id; accepted routes, and every proper prefix of them, by owner. */
    const ids = new Map<string, number>();
    const routeOwners = new Map<string, RouteOwner>();
    const prefixOwners = new Map<string, RouteOwner>();
    const elements = new Map<string, { app: AppManifest; index: number; widget: number }>();
    /** Accepted apps by API audience (as `audienceKey` compares them). */
    const audiences = new Map<string, { app: AppManifest; index: number }>();

    for (let index = 0; index < length; index++) {
      const item: unknown = input[index];
      const prefix = `[${index}]`;
      const result = checkManifest(item, prefix, options);
      if (!result.ok) {
        const appId = knownId(item);
        for (const error of result.errors) errors.push(withApp(error, appId));
        continue;
      }
      const app = result.manifest;
      const clashes: ManifestError[] = [];
      const first = ids.get(app.id);
      if (first !== undefined) {
        clashes.push({
          path: `${prefix}.id`,
          code: 'duplicate-id',
          message: `Give the app at ${prefix} an id of its own (${prefix}.id): ${JSON.stringify(app.id)} is already the id of the app at [${first}], and every app id is unique.`,
        });
      }
      // Tokens are issued and cached per audience: a second app with the same audience would be
      // handed the first app's tokens.
      const audienceOwner = audiences.get(audienceKey(app.api.audience));
      if (audienceOwner) {
        const other = JSON.stringify(audienceOwner.app.id);
        clashes.push({
          path: `${prefix}.api.audience`,
          code: 'duplicate-audience',
          message: `Give the app at ${prefix} an API audience of its own (${prefix}.api.audience): ${JSON.stringify(app.api.audience)} is already the audience of app ${other} ([${audienceOwner.index}].api.audience), and the shell would give this app the access tokens of ${other}.`,
        });
      }
      app.routes.forEach((route, routeIndex) => {
        const owner =
          routeOwners.get(route) ?? prefixOwners.get(route) ?? ancestorOwner(routeOwners, route);
        if (owner) {
          clashes.push({
            path: `${prefix}.routes[${routeIndex}]`,
            code: 'route-collision',
            message: `Change the route ${JSON.stringify(route)} (${prefix}.routes[${routeIndex}]): it overlaps ${JSON.stringify(owner.route)} of app ${JSON.stringify(owner.app.id)} ([${owner.index}].routes[${owner.routeIndex}]), and two apps cannot share a path.`,
          });
        }
      });
      (app.widgets ?? []).forEach((widget, w) => {
        const owner = elements.get(widget.element);
        if (owner) {
          clashes.push({
            path: `${prefix}.widgets[${w}].element`,
            code: 'not-unique',
            message: `Rename the widget element ${JSON.stringify(widget.element)} (${prefix}.widgets[${w}].element): app ${JSON.stringify(owner.app.id)} already defines it ([${owner.index}].widgets[${owner.widget}].element), and a page can define a tag only once.`,
          });
        }
      });
      if (clashes.length > 0) {
        for (const error of clashes) errors.push(withApp(error, app.id));
        continue;
      }
      apps.push(app);
      ids.set(app.id, index);
      audiences.set(audienceKey(app.api.audience), { app, index });
      app.routes.forEach((route, routeIndex) => {
        const owner: RouteOwner = { app, index, route, routeIndex };
        routeOwners.set(route, owner);
        for (let cut = route.lastIndexOf('/'); cut > 0; cut = route.lastIndexOf('/', cut - 1)) {
          prefixOwners.set(route.slice(0, cut), owner);
        }
      });
      (app.widgets ?? []).forEach((widget, w) => {
        elements.set(widget.element, { app, index, widget: w });
      });
    }
    return { ok: errors.length === 0, apps, errors };
  } catch (error) {
    return {
      ok: false,
      apps: [],
      errors: [
        {
          path: ROOT_PATH,
          code: 'not-json',
          message: `Give the registry as plain JSON data: reading it failed (${safeText(error)}).`,
        },
      ],
    };
  }
}

/** An accepted app's route: which app (and its position in the input) owns it. */
interface RouteOwner {
  readonly app: AppManifest;
  readonly index: number;
  readonly route: string;
  readonly routeIndex: number;
}

/**
 * An audience in a form where two spellings of one http(s) URL are equal (scheme and host in
 * lowercase, no default port, "/" for an empty path): an identity provider may well take them for
 * one audience, so the registry does too. Anything else is compared as it is.
 */
function audienceKey(audience: string): string {
  if (!/^https?:\/\//i.test(audience)) return audience;
  try {
    return new URL(audience).href;
  } catch {
    return audience;
  }
}

function ancestorOwner<T>(owners: Map<string, T>, route: string): T | undefined {
  for (let cut = route.lastIndexOf('/'); cut > 0; cut = route.lastIndexOf('/', cut - 1)) {
    const owner = owners.get(route.slice(0, cut));
    if (owner) return owner;
  }
  return undefined;
}

function knownId(item: unknown): string | undefined {
  try {
    if (!isRecord(item) || !Object.hasOwn(item, 'id')) return undefined;
    const id = item.id;
    return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
  } catch {
    return undefined;
  }
}

function withApp(error: ManifestError, appId: string | undefined): ManifestError {
  return appId === undefined
    ? error
    : { ...error, appId, message: `App ${JSON.stringify(appId)}: ${error.message}` };
}

function safeText(error: unknown): string {
  try {
    return String(error).slice(0, 200);
  } catch {
    return 'unknown error';
  }
}
