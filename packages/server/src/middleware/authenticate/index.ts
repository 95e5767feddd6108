import { MentorKitError } from '@mentorkit/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, AuthContext } from '../../context.js';
import { acceptedSecretKeys } from '../../repositories/community-repository.js';
import { verifyAccessToken } from '../../security/access-token.js';
import { safeEqual } from '../../security/crypto.js';

function bearer(c: Context<AppEnv>): string | undefined {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/** Resolves an access token to the signed-in member of this community, or throws 401. */
async function resolveMember(c: Context<AppEnv>, token: string): Promise<AuthContext> {
  const services = c.get('services');
  const community = c.get('community');
  const now = services.now();
  const claims = await verifyAccessToken(services.secret, token, community.id, now);
  if (!(await services.authSessions.isActive(community.id, claims.sessionId, now))) {
    throw new MentorKitError('INVALID_TOKEN', 'This session was signed out; sign in again');
  }
  const member = await services.members.findById(community.id, claims.memberId);
  if (!member) throw new MentorKitError('INVALID_TOKEN', 'The member of this token no longer exists');
  if (member.disabledAt) throw new MentorKitError('INVALID_TOKEN', 'This member was removed from the community');
  return { member, roles: member.roles, sessionId: claims.sessionId };
}

/**
 * Requires a signed-in member of the path's community (`Authorization: Bearer <accessToken>`).
 * Must run after `communityContext()`.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(c);
    if (!token) throw new MentorKitError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <accessToken>');
    c.set('auth', await resolveMember(c, token));
    await next();
  };
}

/**
 * Requires a community administrator: the community's secret key (server-to-server) or the access
 * token of a member flagged admin.
 */
export function requireCommunityAdmin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(c);
    if (!token) {
      throw new MentorKitError('UNAUTHENTICATED', 'Send Authorization: Bearer <community secret key> or an admin access token');
    }
    if (token.startsWith('sk_')) {
      const keys = acceptedSecretKeys(c.get('community'), c.get('services').now());
      // Every accepted key is compared, so the time taken does not tell which one matched.
      if (!keys.map((key) => safeEqual(token, key)).includes(true)) {
        throw new MentorKitError('INVALID_SECRET_KEY', "That is not this community's secret key");
      }
      c.set('secretKeyAuth', true);
      return next();
    }
    const auth = await resolveMember(c, token);
    if (!auth.roles.isAdmin) throw new MentorKitError('ROLE_REQUIRED', 'Only community admins may do this');
    c.set('auth', auth);
    c.set('secretKeyAuth', false);
    await next();
  };
}

/**
 * Platform operators only (creating communities over the API): `Authorization: Bearer
 * <MENTORKIT_ADMIN_TOKEN>`, compared in constant time. Without that setting the door is closed (403).
 */
export function requirePlatformOperator(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const adminToken = c.get('services').config.adminToken;
    if (!adminToken) {
      throw new MentorKitError(
        'FORBIDDEN',
        'Creating communities over the API is disabled: set MENTORKIT_ADMIN_TOKEN, or run `mentorkit community create`',
      );
    }
    const token = bearer(c);
    if (!token || !safeEqual(token, adminToken))
      throw new MentorKitError('UNAUTHENTICATED', 'Send Authorization: Bearer <MENTORKIT_ADMIN_TOKEN>');
    await next();
  };
}
