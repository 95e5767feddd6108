import {
  activeSessionStatuses,
  MentorKitError,
  type RemoveMemberResult,
  type RotatedSecretKey,
  type SignOutMemberResult,
} from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionHistoryRecord } from '../repositories/session-repository.js';
import { randomToken } from '../security/crypto.js';
import type { Services } from '../service-container.js';

/** Who did it, for session history: the admin member, or `admin` for the community's secret key. */
export type Actor = { memberId?: string };

const DEFAULT_REASON = 'The other participant is no longer a member of this community';

/**
 * Cancels the member's pending and confirmed sessions that have not started, on both sides, freeing
 * the time and announcing `session.cancelled` so the other side is told (SPEC C8).
 */
async function cancelFutureSessions(
  services: Services,
  community: CommunityRecord,
  memberId: string,
  actor: Actor,
  reason: string,
): Promise<number> {
  const now = services.now();
  const sessions = await services.sessions.find(community.id, { memberId, statuses: activeSessionStatuses, startFrom: now });
  let cancelled = 0;
  for (const session of sessions) {
    const by = actor.memberId ?? 'admin';
    const entry: SessionHistoryRecord = { status: 'cancelled', at: now, by, reason };
    const updated = await services.sessions.changeStatus(community.id, session.id, session.status, entry, {
      cancellation: { by, at: now, reason },
    });
    if (!updated) continue; // changed meanwhile (declined, cancelled by a participant): nothing left to do
    cancelled++;
    await services.slotClaims.releaseSession(community.id, session.id);
    await services.events.emit({
      type: 'session.cancelled',
      community,
      session: updated,
      previous: session,
      ...(actor.memberId ? { actorId: actor.memberId } : {}),
      at: now,
    });
  }
  return cancelled;
}

/**
 * Disables (`disable`) or removes (`remove`: also erases name and email) a member: revokes every
 * sign-in, cancels their future sessions with notice and unlists their mentor profile.
 * @throws MentorKitError MEMBER_NOT_FOUND, or FORBIDDEN when an admin tries it on themselves
 */
export async function removeMember(
  services: Services,
  community: CommunityRecord,
  memberId: string,
  input: { mode: 'disable' | 'remove'; reason?: string },
  actor: Actor,
): Promise<RemoveMemberResult> {
  const member = await services.members.findById(community.id, memberId);
  // A removed member is gone for the API; disabling a disabled member again is harmless.
  if (!member || (member.disabledAt && member.email.endsWith('@removed.invalid'))) {
    throw new MentorKitError('MEMBER_NOT_FOUND', `No member ${memberId} in this community`);
  }
  if (actor.memberId === memberId) throw new MentorKitError('FORBIDDEN', 'Admins cannot remove themselves; ask another admin');
  const now = services.now();
  const changed =
    input.mode === 'remove'
      ? await services.members.erase(community.id, memberId, now)
      : await services.members.disable(community.id, memberId, now);
  if (!changed) throw new MentorKitError('MEMBER_NOT_FOUND', `No member ${memberId} in this community`);
  const revokedSignIns = await services.authSessions.revokeAllOf(community.id, memberId, 'member-disabled', now);
  const profile = await services.mentors.findProfile(community.id, memberId);
  if (profile && profile.status !== 'rejected')
    await services.mentors.setStatus(community.id, memberId, 'rejected', 'The member was removed from the community', now);
  const cancelledSessions = await cancelFutureSessions(services, community, memberId, actor, input.reason ?? DEFAULT_REASON);
  services.slotAnswers.invalidate(community.id, memberId);
  return { memberId, mode: input.mode, revokedSignIns, cancelledSessions };
}

/** Revokes every sign-in of one member; their access tokens are refused at once (SPEC C8). */
export async function signOutMemberEverywhere(
  services: Services,
  community: CommunityRecord,
  memberId: string,
): Promise<SignOutMemberResult> {
  const member = await services.members.findById(community.id, memberId);
  if (!member) throw new MentorKitError('MEMBER_NOT_FOUND', `No member ${memberId} in this community`);
  return { memberId, revokedSignIns: await services.authSessions.revokeAllOf(community.id, memberId, 'admin-sign-out', services.now()) };
}

/**
 * Replaces the community's secret key. The previous key keeps working for `graceSeconds` (0: refused
 * at once), so a host site can deploy the new key without downtime.
 */
export async function rotateSecretKey(services: Services, community: CommunityRecord, graceSeconds: number): Promise<RotatedSecretKey> {
  const now = services.now();
  const secretKey = randomToken('sk_', 32);
  const previousKeyValidUntil = graceSeconds > 0 ? new Date(now.getTime() + graceSeconds * 1000) : null;
  await services.communities.rotateSecretKey(community.id, secretKey, previousKeyValidUntil, now);
  return { secretKey, previousKeyValidUntil: previousKeyValidUntil?.toISOString() ?? null };
}
