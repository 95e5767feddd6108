import {
  isJoinable,
  joinWindow,
  MentorKitError,
  parseMeetingLink,
  sessionTransition,
  validationFailed,
  type ListMySessionsQuery,
  type RateSessionInput,
  type Session,
  type SessionAction,
  type SessionSide,
} from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionCriteria, SessionHistoryRecord, SessionRecord } from '../repositories/session-repository.js';
import type { Services } from '../service-container.js';

/** The API shape of sessions, with participants' names and the join window (SPEC S9). */
export async function toSessions(services: Services, communityId: string, records: SessionRecord[]): Promise<Session[]> {
  const ids = [...new Set(records.flatMap((r) => [r.mentorId, r.menteeId]))];
  const names = new Map((await services.members.findByIds(communityId, ids)).map((m) => [m.id, m.name]));
  const now = services.now();
  return records.map((r) => {
    const window = joinWindow(r.start, r.end);
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      mentor: { id: r.mentorId, name: names.get(r.mentorId) ?? '' },
      mentee: { id: r.menteeId, name: names.get(r.menteeId) ?? '' },
      requestedBy: r.requestedBy,
      start: r.start.toISOString(),
      end: r.end.toISOString(),
      durationMinutes: r.durationMinutes,
      topic: r.topic,
      ...(r.description !== undefined ? { description: r.description } : {}),
      cost: r.cost,
      ...(r.meeting ? { meeting: r.meeting } : {}),
      ...(r.cancellation ? { cancellation: { ...r.cancellation, at: r.cancellation.at.toISOString() } } : {}),
      ...(r.rating ? { rating: r.rating } : {}),
      ...(r.mentorFeedback !== undefined ? { mentorFeedback: r.mentorFeedback } : {}),
      ...(r.reschedule
        ? {
            reschedule: {
              ...r.reschedule,
              start: r.reschedule.start.toISOString(),
              end: r.reschedule.end.toISOString(),
              at: r.reschedule.at.toISOString(),
            },
          }
        : {}),
      history: r.history.map(({ rescheduled, ...h }) => ({
        ...h,
        at: h.at.toISOString(),
        ...(rescheduled
          ? { rescheduled: { fromStart: rescheduled.fromStart.toISOString(), toStart: rescheduled.toStart.toISOString() } }
          : {}),
      })),
      joinable: isJoinable(r, now),
      joinOpensAt: window.opensAt.toISOString(),
      joinClosesAt: window.closesAt.toISOString(),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export async function toSession(services: Services, communityId: string, record: SessionRecord): Promise<Session> {
  return (await toSessions(services, communityId, [record]))[0]!;
}

export function sideOf(session: SessionRecord, memberId: string): SessionSide | null {
  if (session.mentorId === memberId) return 'mentor';
  if (session.menteeId === memberId) return 'mentee';
  return null;
}

/**
 * A session the caller may see: its participants and the community's admins (SPEC S7). Anybody else
 * gets the same 404 as for a session that does not exist.
 */
export async function visibleSession(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
): Promise<SessionRecord> {
  const session = await services.sessions.findById(community.id, sessionId);
  if (!session || (!sideOf(session, auth.member.id) && !auth.roles.isAdmin)) {
    throw new MentorKitError('SESSION_NOT_FOUND', `No session ${sessionId} of yours in this community`);
  }
  return session;
}

/** A session the caller takes part in, with their side; admins who are not participants may only look. */
export async function ownSession(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
): Promise<{ session: SessionRecord; side: SessionSide }> {
  const session = await visibleSession(services, community, auth, sessionId);
  const side = sideOf(session, auth.member.id);
  if (!side) throw new MentorKitError('FORBIDDEN', 'Only the participants can change a session');
  return { session, side };
}

/**
 * Applies a lifecycle action (SPEC S2) with a conditional update on the status read, so of two
 * concurrent changes only one wins. Declined and cancelled sessions free their time; completed ones
 * update the pair's relationship record and the mentor's totals exactly once.
 */
export async function changeSessionStatus(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
  action: SessionAction,
  reason?: string,
): Promise<SessionRecord> {
  const { session, side } = await ownSession(services, community, auth, sessionId);
  const now = services.now();
  const result = sessionTransition({
    kind: session.kind,
    status: session.status,
    action,
    side,
    started: now.getTime() >= session.start.getTime(),
    hasReason: Boolean(reason),
  });
  if (!result.ok) {
    const code =
      result.reason === 'wrong_role' ? 'FORBIDDEN' : result.reason === 'reason_required' ? 'VALIDATION_FAILED' : 'INVALID_TRANSITION';
    throw new MentorKitError(code, result.message);
  }
  const entry: SessionHistoryRecord = { status: result.to, at: now, by: auth.member.id, ...(reason ? { reason } : {}) };
  const cancellation = result.to === 'cancelled' ? { by: auth.member.id, at: now, ...(reason ? { reason } : {}) } : undefined;
  const updated = await services.sessions.changeStatus(
    community.id,
    session.id,
    session.status,
    entry,
    cancellation ? { cancellation } : {},
  );
  if (!updated) throw new MentorKitError('INVALID_TRANSITION', 'The session changed meanwhile; reload it and try again');
  if (result.to !== 'confirmed') await services.slotClaims.releaseSession(community.id, session.id);
  if (result.to === 'completed') {
    const counted = await services.relationships.recordCompletion(community.id, updated, now);
    if (counted && updated.kind === 'mentorship') {
      await services.mentors.recordCompletedSession(community.id, updated.mentorId, updated.durationMinutes);
    }
  }
  // No action leads back to pending; the check narrows the type.
  if (result.to !== 'pending')
    await services.events.emit({
      type: `session.${result.to}`,
      community,
      session: updated,
      previous: session,
      actorId: auth.member.id,
      at: now,
    });
  return updated;
}

/** Sets or changes the external meeting link (SPEC S4): the mentor, on a confirmed session, https only. */
export async function setMeetingLink(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
  url: string,
): Promise<SessionRecord> {
  const { session, side } = await ownSession(services, community, auth, sessionId);
  if (side !== 'mentor') throw new MentorKitError('FORBIDDEN', 'Only the mentor can set the meeting link');
  const parsed = parseMeetingLink(url);
  if (!parsed.ok) {
    throw validationFailed('request body', { path: 'url', message: parsed.message });
  }
  if (session.status !== 'confirmed')
    throw new MentorKitError('INVALID_TRANSITION', `A meeting link can only be set on a confirmed session, not a ${session.status} one`);
  const now = services.now();
  const updated = await services.sessions.setMeeting(community.id, session.id, parsed.link, now);
  if (!updated) throw new MentorKitError('INVALID_TRANSITION', 'The session is no longer confirmed');
  await services.events.emit({
    type: 'session.meeting_changed',
    community,
    session: updated,
    previous: session,
    actorId: auth.member.id,
    at: now,
  });
  return updated;
}

/** The mentee rates a completed session once (SPEC S6); the mentor's aggregates follow. */
export async function rateSession(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
  input: RateSessionInput,
): Promise<SessionRecord> {
  const { session, side } = await ownSession(services, community, auth, sessionId);
  if (side !== 'mentee') throw new MentorKitError('FORBIDDEN', 'Only the mentee can rate a session');
  if (session.status !== 'completed')
    throw new MentorKitError('INVALID_TRANSITION', `Only completed sessions can be rated, not a ${session.status} one`);
  const now = services.now();
  const added = await services.sessions.addFeedback(
    session,
    {
      kind: 'rating',
      authorName: auth.member.name,
      ...(input.showFullName ? { showFullName: true } : {}),
      rating: input.rating,
      ...(input.review ? { text: input.review } : {}),
    },
    now,
  );
  if (!added) throw new MentorKitError('ALREADY_EXISTS', 'This session has already been rated');
  if (session.kind === 'mentorship') await services.mentors.recordRating(community.id, session.mentorId, input.rating);
  return (await services.sessions.findById(community.id, session.id))!;
}

/** The mentor leaves feedback for the mentee of a completed session, once (SPEC S6). */
export async function addMentorFeedback(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
  feedback: string,
): Promise<SessionRecord> {
  const { session, side } = await ownSession(services, community, auth, sessionId);
  if (side !== 'mentor') throw new MentorKitError('FORBIDDEN', 'Only the mentor can leave feedback for the mentee');
  if (session.status !== 'completed')
    throw new MentorKitError('INVALID_TRANSITION', `Feedback needs a completed session, not a ${session.status} one`);
  const added = await services.sessions.addFeedback(
    session,
    { kind: 'mentor-feedback', authorName: auth.member.name, text: feedback },
    services.now(),
  );
  if (!added) throw new MentorKitError('ALREADY_EXISTS', 'Feedback for this session has already been given');
  return (await services.sessions.findById(community.id, session.id))!;
}

/**
 * The caller's sessions (SPEC S7) as mentor, mentee or both; `upcoming` (not yet ended, soonest first)
 * or `past` (ended, newest first); cursor paging.
 */
export async function listMySessions(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  query: ListMySessionsQuery,
): Promise<{ items: Session[]; nextCursor: string | null }> {
  const now = services.now();
  const criteria: SessionCriteria = { memberId: auth.member.id, role: query.role, ...(query.status ? { statuses: query.status } : {}) };
  if (query.time === 'upcoming') criteria.endAfter = now;
  if (query.time === 'past') criteria.endAtOrBefore = now;
  if (query.changedSince) criteria.updatedAfter = new Date(query.changedSince);
  const page = await services.sessions.page(community.id, criteria, {
    sort: query.time === 'upcoming' ? 1 : -1,
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
  return { items: await toSessions(services, community.id, page.items), nextCursor: page.nextCursor };
}
