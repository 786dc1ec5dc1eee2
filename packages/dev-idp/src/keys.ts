/**
 * The identity provider's secrets: the JSON Web Key Set it signs tokens with (RS256 and ES256) and
 * the keys of its signed cookies. Generated on first start; with a key file they are written there
 * (readable by the owner only, kept out of git) and reused, so tokens and sessions survive restarts.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/** What the key file holds: a private JWKS (the `keys` member) plus the cookie keys. */
export interface KeyMaterial {
  readonly keys: readonly JWK[];
  readonly cookieKeys: readonly string[];
}

async function signingKey(alg: 'RS256' | 'ES256'): Promise<JWK> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, alg, use: 'sig', kid: await calculateJwkThumbprint(jwk) };
}

/** Fresh keys: RS256 first (the default algorithm of ID and access tokens), then ES256. */
export async function generateKeyMaterial(): Promise<KeyMaterial> {
  return {
    keys: [await signingKey('RS256'), await signingKey('ES256')],
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
}

function isKeyMaterial(value: unknown): value is KeyMaterial {
  if (typeof value !== 'object' || value === null) return false;
  const { keys, cookieKeys } = value as Partial<Record<keyof KeyMaterial, unknown>>;
  return (
    Array.isArray(keys) &&
    keys.length > 0 &&
    keys.every((key) => typeof key === 'object' && key !== null && 'd' in key) &&
    Array.isArray(cookieKeys) &&
    cookieKeys.length > 0 &&
    cookieKeys.every((key) => typeof key === 'string' && key.length >= 32)
  );
}

/**
 * The keys in `keyFile`, created there when the file does not exist yet; fresh in-memory keys
 * when no file is given. A file that exists but holds no usable keys is an error, never overwritten.
 */
export async function loadOrCreateKeys(
  keyFile?: string,
): Promise<{ readonly material: KeyMaterial; readonly created: boolean }> {
  if (!keyFile) return { material: await generateKeyMaterial(), created: true };
  let text: string | undefined;
  try {
    text = await readFile(keyFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text !== undefined) {
    const parsed: unknown = JSON.parse(text);
    if (!isKeyMaterial(parsed)) {
      throw new Error(
        `${keyFile} holds no DigiOne identity provider keys. Delete it to generate new ones.`,
      );
    }
    return { material: parsed, created: false };
  }
  const material = await generateKeyMaterial();
  await mkdir(dirname(keyFile), { recursive: true, mode: 0o700 });
  // `wx`: never replace a file another process wrote in the meantime.
  await writeFile(keyFile, `${JSON.stringify(material, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return { material, created: true };
}
