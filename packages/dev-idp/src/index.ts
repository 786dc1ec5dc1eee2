/**
 * `@digione/dev-idp`: DigiOne's local identity provider for development, tests and the vendor
 * sandbox, with MPASSid- and Suomi.fi-shaped test users, and the access-token checks an app's API
 * uses. Node only.
 */
export {
  DEFAULT_PORTAL_ORIGINS,
  DEFAULT_SANDBOX_ORIGINS,
  PORTAL_CLIENT_ID,
  SANDBOX_CLIENT_ID,
  portalClient,
  sandboxClient,
  shellClient,
  type PortalClient,
} from './clients.js';
export type { ApiResource } from './resources.js';
export {
  startIdentityProvider,
  startProviderForPortal,
  claimShapeFromEnvironment,
  type IdentityProviderOptions,
  type RunningIdentityProvider,
} from './provider.js';
export {
  createTokenVerifier,
  TokenVerificationError,
  type TokenErrorKind,
  type TokenVerifier,
  type TokenVerifierOptions,
  type VerifiedToken,
} from './verifier.js';
export {
  startProtectedApi,
  ApiError,
  type ApiMethod,
  type ApiRequest,
  type ApiResponse,
  type ApiRoute,
  type MeResponse,
  type ProtectedApiOptions,
  type RunningProtectedApi,
} from './protected-api.js';
export { manifestAudience, startAppApi, type AppApiOptions } from './app-api.js';
export {
  DOORS,
  TEST_PASSWORD,
  TEST_SCHOOLS,
  TEST_USERS,
  userBySub,
  userByUsername,
  type Affiliation,
  type ChildClaim,
  type Door,
  type SchoolClaim,
  type SchoolRole,
  type TestRole,
  type TestUser,
} from './users.js';
export {
  accessTokenClaims,
  CLAIM_SHAPES,
  claimsIn,
  claimsOf,
  mpassidClaimsOf,
  PROFILE_CLAIMS,
  PROVIDER_OIDS,
  type AffiliationClaim,
  type ClaimShape,
  type DigiOneClaims,
  type MpassidClaims,
} from './claims.js';
export { affiliationsOf, hasRoleAt, schoolsWhere } from './roles.js';
export { CATALOGUES, DEFAULT_LOCALE, LOCALES, type Catalogue, type Locale } from './i18n.js';
