import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionHistoryRecord, SessionRecord } from '../repositories/session-repository.js';
import type { Services } from '../service-container.js';

/** How long an employer's invitation (interview, project) holds the invitee's time unanswered. */
export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;
export const INVITATION_EXPIRED_REASON = 'The invitation expired unanswered after 72 hours';

/** True for an employer invitation still pending after `INVITATION_TTL_MS`: it no longer holds anybody's time. */
export function isExpiredInvitation(session: Pick<SessionRecord, 'kind' | 'status' | 'createdAt'>, now: Date): boolean {
  return session.kind !== 'mentorship' && session.status === 'pending' && now.getTime() - session.createdAt.getTime() >= INVITATION_TTL_MS;
}

/**
 * Declines the expired invitations these people take part in, releasing the time they held and
 * announcing `session.declined` (the employer is told). Runs before a booking claims their time, so
 * an unanswered invitation never blocks anyone for longer than the TTL. Expiry is applied lazily,
 * with no timer: conditional updates make it safe when two requests do it at once.
 */
export async function expireInvitations(services: Services, community: CommunityRecord, memberIds: string[], now: Date): Promise<void> {
  for (const memberId of memberIds) {
    const pending = await services.sessions.find(community.id, { memberId, statuses: ['pending'] });
    for (const session of pending.filter((s) => isExpiredInvitation(s, now))) {
      const entry: SessionHistoryRecord = { status: 'declined', at: now, by: 'system', reason: INVITATION_EXPIRED_REASON };
      const updated = await services.sessions.changeStatus(community.id, session.id, 'pending', entry);
      if (!updated) continue;
      await services.slotClaims.releaseSession(community.id, session.id);
      await services.events.emit({ type: 'session.declined', community, session: updated, previous: session, at: now });
    }
  }
}
