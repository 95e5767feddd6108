import { MentorKitError, type ListMyMentorshipsQuery, type Mentorship, type MentorshipStatus } from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import { requireRole } from './authorization.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MentorshipRecord } from '../repositories/mentorship-repository.js';
import { newId } from '../security/crypto.js';
import type { Services } from '../service-container.js';
import { bookableMentor } from './bookable-mentor.js';

/** "My students" (role mentor) or "my mentors" (role mentee), newest first, each with the pair's record (SPEC R3). */
export async function listMyMentorships(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  query: ListMyMentorshipsQuery,
): Promise<Mentorship[]> {
  const records = await services.mentorships.list(community.id, {
    memberId: auth.member.id,
    role: query.role,
    ...(query.status ? { status: query.status } : {}),
  });
  return toMentorships(services, community.id, records);
}

/** API shape with names and the pair's relationship record (SPEC R2). */
export async function toMentorships(services: Services, communityId: string, records: MentorshipRecord[]): Promise<Mentorship[]> {
  const ids = [...new Set(records.flatMap((r) => [r.mentorId, r.menteeId]))];
  const names = new Map((await services.members.findByIds(communityId, ids)).map((m) => [m.id, m.name]));
  return Promise.all(
    records.map(async (r) => {
      const pair = await services.relationships.find(communityId, r.mentorId, r.menteeId);
      return {
        id: r.id,
        status: r.status,
        mentor: { id: r.mentorId, name: names.get(r.mentorId) ?? '' },
        mentee: { id: r.menteeId, name: names.get(r.menteeId) ?? '' },
        ...(r.message !== undefined ? { message: r.message } : {}),
        startedAt: r.startedAt?.toISOString() ?? null,
        endedAt: r.endedAt?.toISOString() ?? null,
        ...(r.endedBy !== undefined ? { endedBy: r.endedBy } : {}),
        ...(r.endReason !== undefined ? { endReason: r.endReason } : {}),
        stats: {
          completedSessions: pair?.completedSessions ?? 0,
          totalHours: Math.round(((pair?.totalMinutes ?? 0) / 60) * 100) / 100,
          lastSessionAt: pair?.lastSessionAt?.toISOString() ?? null,
          topics: pair?.topics ?? [],
        },
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    }),
  );
}

/** A mentee asks a bookable mentor to connect, with a message (SPEC R1); one open request per pair. */
export async function requestMentorship(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  input: { mentorId: string; message?: string },
): Promise<MentorshipRecord> {
  requireRole(auth, 'isMentee', 'request a mentorship');
  if (input.mentorId === auth.member.id) throw new MentorKitError('CANNOT_BOOK_SELF', 'You cannot be your own mentor');
  await bookableMentor(services, community, input.mentorId);
  const now = services.now();
  const created = await services.mentorships.create({
    id: newId(),
    communityId: community.id,
    mentorId: input.mentorId,
    menteeId: auth.member.id,
    ...(input.message ? { message: input.message } : {}),
    createdAt: now,
    updatedAt: now,
  });
  if (!created) throw new MentorKitError('ALREADY_EXISTS', 'You already have a pending or accepted mentorship with this mentor');
  await services.events.emit({ type: 'mentorship.requested', community, mentorship: created, actorId: auth.member.id, at: now });
  return created;
}

async function ownMentorship(services: Services, community: CommunityRecord, auth: AuthContext, id: string): Promise<MentorshipRecord> {
  const found = await services.mentorships.findById(community.id, id);
  if (!found || (found.mentorId !== auth.member.id && found.menteeId !== auth.member.id)) {
    throw new MentorKitError('MENTORSHIP_NOT_FOUND', `No mentorship ${id} of yours in this community`);
  }
  return found;
}

/** The mentor accepts or declines a pending request. */
export async function respondToMentorship(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  id: string,
  decision: 'accept' | 'decline',
): Promise<MentorshipRecord> {
  const found = await ownMentorship(services, community, auth, id);
  if (found.mentorId !== auth.member.id) throw new MentorKitError('FORBIDDEN', 'Only the mentor can answer a mentorship request');
  if (found.status !== 'pending') throw new MentorKitError('INVALID_TRANSITION', `This mentorship is already ${found.status}`);
  const now = services.now();
  const to: MentorshipStatus = decision === 'accept' ? 'accepted' : 'declined';
  const updated = await services.mentorships.changeStatus(
    community.id,
    id,
    'pending',
    to,
    now,
    to === 'declined' ? { endedBy: auth.member.id } : {},
  );
  if (!updated) throw new MentorKitError('INVALID_TRANSITION', 'The mentorship changed meanwhile; reload it');
  if (to === 'accepted') await services.relationships.setStatus(community.id, updated.mentorId, updated.menteeId, 'active', now);
  await services.events.emit({ type: `mentorship.${to}`, community, mentorship: updated, actorId: auth.member.id, at: now });
  return updated;
}

/** Either side ends an accepted mentorship; the mentee may also withdraw a pending request. */
export async function endMentorship(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  id: string,
  reason?: string,
): Promise<MentorshipRecord> {
  const found = await ownMentorship(services, community, auth, id);
  const allowed = found.status === 'accepted' || (found.status === 'pending' && found.menteeId === auth.member.id);
  if (!allowed)
    throw new MentorKitError(
      'INVALID_TRANSITION',
      `A ${found.status} mentorship cannot be ended${found.status === 'pending' ? ' by the mentor (decline it instead)' : ''}`,
    );
  const now = services.now();
  const updated = await services.mentorships.changeStatus(community.id, id, found.status, 'ended', now, {
    endedBy: auth.member.id,
    ...(reason ? { endReason: reason } : {}),
  });
  if (!updated) throw new MentorKitError('INVALID_TRANSITION', 'The mentorship changed meanwhile; reload it');
  if (found.status === 'accepted') await services.relationships.setStatus(community.id, updated.mentorId, updated.menteeId, 'ended', now);
  await services.events.emit({ type: 'mentorship.ended', community, mentorship: updated, actorId: auth.member.id, at: now });
  return updated;
}
