import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';

/**
 * Signs a host identity token the way a community's backend does (SPEC C4; docs/embedding.md): HS256
 * with the community secret key, `aud` = the community slug, a fresh `jti`, at most 10 minutes of life.
 * @example await signIdentityToken(server.secretKey, 'demo', { email, name })
 */
export function signIdentityToken(
  secretKey: string,
  community: string,
  claims: Record<string, unknown>,
  options: { nowSeconds?: number; lifetimeSeconds?: number } = {},
): Promise<string> {
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(community)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + (options.lifetimeSeconds ?? 300))
    .sign(new TextEncoder().encode(secretKey));
}
