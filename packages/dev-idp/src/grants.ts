/**
 * Grants for first-party clients: the portal and the sandbox get what they ask for (openid,
 * profile, the requested APIs' scopes) without a consent page.
 */
import type Provider from 'oidc-provider';
import { errors, type KoaContextWithOIDC } from 'oidc-provider';

type Grant = InstanceType<Provider['Grant']>;
type InteractionDetails = Awaited<ReturnType<Provider['interactionDetails']>>;

/** `loadExistingGrant`: the session's grant, completed with what a first-party client asks. */
export function firstPartyGrants(
  firstParty: ReadonlySet<string>,
): (ctx: KoaContextWithOIDC) => Promise<Grant | undefined> {
  return async (ctx) => {
    const { client, account, session } = ctx.oidc;
    if (!client || !account || !session) return undefined;
    const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
    if (!firstParty.has(client.clientId)) return existing;
    const grant =
      existing?.accountId === account.accountId
        ? existing
        : new ctx.oidc.provider.Grant({
            clientId: client.clientId,
            accountId: account.accountId,
          });
    grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
    for (const [indicator, resourceServer] of Object.entries(ctx.oidc.resourceServers ?? {})) {
      grant.addResourceScope(indicator, resourceServer.scope);
    }
    await grant.save();
    return grant;
  };
}

/** When only consent remains: the grant with what the interaction still misses, saved; its id. */
export async function grantMissing(
  provider: Provider,
  details: InteractionDetails,
): Promise<string> {
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({
        accountId: details.session?.accountId,
        clientId: String(details.params.client_id),
      });
  if (!grant) throw new errors.SessionNotFound('grant not found');
  const prompt = details.prompt.details;
  if (Array.isArray(prompt.missingOIDCScope)) {
    grant.addOIDCScope((prompt.missingOIDCScope as string[]).join(' '));
  }
  if (Array.isArray(prompt.missingOIDCClaims)) {
    grant.addOIDCClaims(prompt.missingOIDCClaims as string[]);
  }
  const missingResourceScopes = (prompt.missingResourceScopes ?? {}) as Record<string, string[]>;
  for (const [indicator, scopes] of Object.entries(missingResourceScopes)) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  return grant.save();
}
