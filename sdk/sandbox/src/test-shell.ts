/**
 * The test shell the sandbox runs an app in, given what it reads of the app's manifest (valid or
 * not): the host the portal uses, scoping the app's context by the manifest as the portal does.
 */
import { EXAMPLE_BRANDS } from '@digione/components/example-brands';
import type { BrandPalette, Theme } from '@digione/components/tenants';
import type { ActingAs, DigiOneUser, Locale, TenantInfo, UserField } from '@digione/sdk';
import { contextRequestOf, type AppContextRequest } from '@digione/sdk/host';
import { createTestShell, type TestShell } from '@digione/sdk/testing';

/** What the sandbox's test shell needs of the manifest: the app's id and its context request. */
export interface ManifestRequest extends AppContextRequest {
  readonly id: string;
}

/**
 * The manifest's fields as far as they can be read (a stand-in id when it has none), a field of
 * the wrong type read as absent; what they ask of the context is read as the portal reads it.
 */
export function manifestRequest(manifest: unknown): ManifestRequest {
  const m = (manifest ?? {}) as Partial<{
    id: unknown;
    context: { user?: unknown; actingAs?: unknown };
    api: { audience?: unknown; url?: unknown };
  }>;
  const id = typeof m.id === 'string' && /^[^\s:]{1,100}$/.test(m.id) ? m.id : 'sandbox-app';
  const user = m.context?.user;
  const audience = m.api?.audience;
  const url = m.api?.url;
  return {
    id,
    ...contextRequestOf({
      context: {
        // Unknown fields are passed on for the host to refuse, with its message.
        user: Array.isArray(user) ? user.filter((f): f is UserField => typeof f === 'string') : [],
        actingAs: m.context?.actingAs === true,
      },
      api: {
        audience: typeof audience === 'string' ? audience : '',
        ...(typeof url === 'string' && URL.canParse(url) ? { url } : {}),
      },
    }),
  };
}

/** A tenant the sandbox shows an app in: DigiOne, or an example education provider's brand. */
export interface SandboxTenant {
  readonly id: string;
  readonly name: Readonly<Record<Locale, string>>;
  /** The brand's colours; DigiOne's own accent when null. */
  readonly colors: BrandPalette | null;
}

/** DigiOne's own first, then the example brands (as a portal's configuration gives them). */
export const SANDBOX_TENANTS: readonly [SandboxTenant, ...SandboxTenant[]] = [
  { id: 'digione', name: { fi: 'DigiOne', sv: 'DigiOne', en: 'DigiOne' }, colors: null },
  ...Object.entries(EXAMPLE_BRANDS).map(([id, brand]) => ({
    id,
    name: brand.name,
    colors: brand.colors,
  })),
];

/** The tenant of `id`, or DigiOne's own. */
export function tenantById(id: string): SandboxTenant {
  return SANDBOX_TENANTS.find((t) => t.id === id) ?? SANDBOX_TENANTS[0];
}

/** The tenant as the app sees it (`context.tenant`), in `locale`. */
export function tenantInfo(tenant: SandboxTenant, locale: Locale): TenantInfo {
  return {
    id: tenant.id,
    name: tenant.name[locale],
    ...(tenant.colors ? { colors: tenant.colors } : {}),
  };
}

/** The state the sandbox starts an app in. */
export interface SandboxState {
  readonly request: ManifestRequest;
  readonly user: DigiOneUser | undefined;
  readonly actingAs: ActingAs | null;
  readonly locale: Locale;
  readonly theme: Theme;
  readonly tenantId: string;
  /** The app's access token for an audience. */
  token(audience: string): Promise<string> | string;
  /** Called after the app asks something of the shell (the panels show it). */
  readonly changed: () => void;
}

/** A test shell for the app in `state`; throws (a coded error) when the state is refused. */
export function sandboxShell(state: SandboxState): TestShell {
  const { request, changed } = state;
  const tenant = tenantById(state.tenantId);
  return createTestShell({
    appId: request.id,
    user: state.user ?? null,
    // The app gets acting-as only when its manifest asks for it.
    ...(request.actingAs ? { actingAs: state.actingAs } : {}),
    locale: state.locale,
    theme: state.theme,
    tenant: tenantInfo(tenant, state.locale),
    userFields: request.userFields,
    ...(request.audience ? { audience: request.audience } : {}),
    ...(request.apiUrl ? { apiUrl: request.apiUrl } : {}),
    accessToken: (audience) => state.token(audience),
    services: {
      navigate: changed,
      notify: changed,
      setDirty: changed,
      setTitle: changed,
      reportError: changed,
    },
  });
}
