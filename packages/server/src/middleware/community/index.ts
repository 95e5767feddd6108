import { MentorKitError } from '@mentorkit/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context.js';
import type { CommunityRecord } from '../../repositories/community-repository.js';
import { safeEqual } from '../../security/crypto.js';

/** `http://localhost:*` in a community's allowed origins matches any port on that host. */
export function originAllowed(origin: string, community: CommunityRecord, publicUrl: string): boolean {
  if (origin === new URL(publicUrl).origin) return true;
  return community.allowedOrigins.some((allowed) => {
    if (allowed === origin) return true;
    if (!allowed.endsWith(':*')) return false;
    const prefix = allowed.slice(0, -2);
    return origin === prefix || new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d{1,5}$`).test(origin);
  });
}

const ALLOWED_HEADERS = 'Authorization, Content-Type, X-MentorKit-Key, X-Request-Id';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

/**
 * Resolves `:slug` to the community (404 when unknown) and enforces its allowed origins (SPEC C1):
 * a browser request from an origin the community did not list is refused, preflight included.
 * A publishable key, when sent, must be this community's.
 */
export function communityContext(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const services = c.get('services');
    const slug = c.req.param('slug');
    if (!slug) throw new MentorKitError('COMMUNITY_NOT_FOUND', 'No community in the path');
    const community = await services.communities.getBySlug(slug);
    c.set('community', community);

    const origin = c.req.header('origin');
    if (origin) {
      if (!originAllowed(origin, community, services.config.publicUrl)) {
        throw new MentorKitError(
          'ORIGIN_NOT_ALLOWED',
          `Origin ${origin} is not allowed for community "${slug}"; add it to the community's allowedOrigins`,
        );
      }
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin');
      c.header('Access-Control-Expose-Headers', 'Retry-After, X-Request-Id');
      if (c.req.method === 'OPTIONS') {
        c.header('Access-Control-Allow-Methods', ALLOWED_METHODS);
        c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        c.header('Access-Control-Max-Age', '600');
        return c.body(null, 204);
      }
    }

    const key = c.req.header('x-mentorkit-key');
    if (key !== undefined && !safeEqual(key, community.publishableKey)) {
      throw new MentorKitError('INVALID_TOKEN', `X-MentorKit-Key is not the publishable key of community "${slug}"`);
    }
    await next();
  };
}
