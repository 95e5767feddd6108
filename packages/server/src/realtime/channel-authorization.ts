import { MentorKitError, parseRealtimeChannel } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MemberRecord } from '../repositories/member-repository.js';
import type { Services } from '../service-container.js';
import type { ChannelSignature } from './realtime-port.js';

/**
 * Signs `member`'s subscription to a private or presence channel when the channel rules allow it
 * (`services.realtimeRules`); presence channels carry the member's id and name.
 * @throws MentorKitError FORBIDDEN for an unknown channel or one the member may not hear
 */
export async function authorizeChannel(
  services: Services,
  community: CommunityRecord,
  member: MemberRecord,
  socketId: string,
  channel: string,
): Promise<ChannelSignature> {
  const parsed = parseRealtimeChannel(channel);
  const who = { communityId: community.id, memberId: member.id };
  if (!parsed || !(await services.realtimeRules.allows(services, who, parsed.kind, parsed.id))) {
    throw new MentorKitError('FORBIDDEN', `You may not subscribe to ${channel}`);
  }
  const presence = parsed.kind === 'session-presence' ? { userId: member.id, userInfo: { name: member.name } } : undefined;
  return services.realtime.signChannel(socketId, channel, presence);
}
