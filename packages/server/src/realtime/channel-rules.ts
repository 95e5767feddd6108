import type { RealtimeChannelKind } from '@mentorkit/core';
import type { Services } from '../service-container.js';

/** Who is asking: a signed-in member of one community. */
export interface ChannelRequester {
  communityId: string;
  memberId: string;
}

/** Decides whether `who` may subscribe to the channel of kind `kind` with id `id`. */
export type ChannelRule = (services: Services, who: ChannelRequester, id: string) => Promise<boolean>;

/** Both participants of a session of the requester's community — nobody else. */
const sessionParticipant: ChannelRule = async (services, who, id) => {
  const session = await services.sessions.findById(who.communityId, id);
  return !!session && (session.mentorId === who.memberId || session.menteeId === who.memberId);
};

/**
 * The channel authorization rules, one per channel kind (`@mentorkit/core` realtime-channels). A kind
 * without a rule is refused, so a feature that adds a kind registers its rule here
 * (`services.realtimeRules.register('conversation', rule)`), in one place in `createServices`.
 */
export class RealtimeChannelRules {
  private readonly rules = new Map<RealtimeChannelKind, ChannelRule>([
    ['member', async (_services, who, id) => id === who.memberId],
    ['session', sessionParticipant],
    ['session-presence', sessionParticipant],
  ]);

  register(kind: RealtimeChannelKind, rule: ChannelRule): void {
    this.rules.set(kind, rule);
  }

  async allows(services: Services, who: ChannelRequester, kind: RealtimeChannelKind, id: string): Promise<boolean> {
    const rule = this.rules.get(kind);
    return rule ? rule(services, who, id) : false;
  }
}
