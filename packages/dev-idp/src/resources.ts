/**
 * Resource indicators (RFC 8707): every app's API gets JWT access tokens for its own audience only,
 * asked for one at a time with the portal's refresh token.
 */
import {
  errors,
  type Configuration,
  type KoaContextWithOIDC,
  type ResourceServer,
} from 'oidc-provider';

/** An API that apps call with access tokens for its audience (a resource indicator, RFC 8707). */
export interface ApiResource {
  /** Absolute URI, e.g. `https://api.digione.test/timetable` or `urn:digione:api:timetable`. */
  readonly audience: string;
  /** Space-separated scopes of the API, granted to the portal when requested. */
  readonly scope?: string;
}

/** Throws a TypeError naming the first audience that is not an absolute URI without fragment. */
export function checkResources(resources: readonly ApiResource[]): void {
  for (const resource of resources) {
    if (!URL.canParse(resource.audience) || resource.audience.includes('#')) {
      throw new TypeError(`API audience ${resource.audience} is not an absolute URI`);
    }
  }
}

/**
 * Always rotate. A refresh request for a resource the token cannot get is refused here, before
 * the library consumes the old token: otherwise one misconfigured app audience would burn the
 * portal's refresh token, and the retry would revoke the whole sign-in as a replay.
 */
export function refreshTokenRotation(
  resources: readonly ApiResource[],
): (ctx: KoaContextWithOIDC) => boolean {
  return (ctx) => {
    const requested = ctx.oidc.params?.resource;
    if (requested === undefined) return true;
    const list: unknown[] = Array.isArray(requested) ? requested : [requested];
    const [resource] = list;
    if (list.length !== 1 || typeof resource !== 'string') {
      throw new errors.InvalidTarget('only one resource indicator may be requested');
    }
    if (!resources.some((each) => each.audience === resource)) {
      throw new errors.InvalidTarget(`unknown resource ${resource}`);
    }
    if (!ctx.oidc.entities.RefreshToken?.resourceIndicators.has(resource)) {
      throw new errors.InvalidTarget('resource was not requested at sign-in');
    }
    return true;
  };
}

type ResourceIndicatorsFeature = NonNullable<
  NonNullable<Configuration['features']>['resourceIndicators']
>;

/** The resourceIndicators feature: known audiences only, RS256 JWT access tokens of this TTL. */
export function resourceIndicators(
  resources: readonly ApiResource[],
  accessTokenTtl: number,
): ResourceIndicatorsFeature {
  return {
    enabled: true,
    // An authorization request may name many APIs; a token request must name one at most.
    defaultResource: (_ctx, _client, oneOf) => oneOf,
    useGrantedResource: () => false,
    getResourceServerInfo(_ctx, indicator): ResourceServer {
      const resource = resources.find((each) => each.audience === indicator);
      if (!resource) throw new errors.InvalidTarget(`unknown resource ${indicator}`);
      return {
        scope: resource.scope ?? '',
        audience: resource.audience,
        accessTokenFormat: 'jwt',
        accessTokenTTL: accessTokenTtl,
        jwt: { sign: { alg: 'RS256' } },
      };
    },
  };
}
