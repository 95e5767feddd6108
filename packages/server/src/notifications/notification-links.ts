import type { CommunityRecord } from '../repositories/community-repository.js';
import type { Services } from '../service-container.js';
import { signUnsubscribeToken, type UnsubscribeScope } from './unsubscribe-token.js';

/**
 * The community page that hosts `<mentor-hub>`: the `siteUrl` setting, else `signInUrl` (many sites put
 * sign-in and the hub on one page), else the example site's members page on this service.
 */
export function communitySiteUrl(services: Pick<Services, 'config'>, community: CommunityRecord): string {
  return community.settings.siteUrl ?? community.settings.signInUrl ?? `${services.config.publicUrl}/members.html`;
}

/**
 * A link into the hub. Parameters ride in the fragment (never sent to the host site's server), in the
 * same `#community=…` form the magic sign-in link uses.
 */
export function hubLink(services: Pick<Services, 'config'>, community: CommunityRecord, params: Record<string, string>): string {
  return `${communitySiteUrl(services, community)}#${new URLSearchParams({ community: community.slug, ...params }).toString()}`;
}

/** The one-click link that switches one kind of email off for one member, without signing in. */
export function unsubscribeUrl(
  services: Pick<Services, 'config' | 'secret'>,
  community: CommunityRecord,
  memberId: string,
  scope: UnsubscribeScope,
): string {
  const token = signUnsubscribeToken(services.secret, { communityId: community.id, memberId, scope });
  return `${services.config.publicUrl}/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** The address of MAIL_FROM (without its display name): the ORGANIZER of invitations. */
export function senderAddress(mailFrom: string): string {
  return mailFrom.match(/<([^>]+)>\s*$/)?.[1] ?? mailFrom.trim();
}
