/**
 * What an app's manifest asks of the shared context, as the host takes it: the person's fields it
 * declares (`context.user`), whether it follows acting-as, and its API's audience and address. The
 * portal, the sandbox and the conformance kit all ask the host with this, so an app is given the
 * same context in each.
 */
import type { AppManifest } from '../manifest/types.js';
import type { AppContextRequest } from './shell-host.js';

/** The context request of an app's manifest. */
export function contextRequestOf(
  manifest: Pick<AppManifest, 'context'> & { readonly api?: AppManifest['api'] },
): AppContextRequest {
  // A manifest type-checked by the portal has `api`; one read by the sandbox or a test may not.
  const { api } = manifest;
  return {
    userFields: manifest.context.user ?? [],
    actingAs: manifest.context.actingAs ?? false,
    ...(api?.audience ? { audience: api.audience } : {}),
    ...(api?.url ? { apiUrl: api.url } : {}),
  };
}
