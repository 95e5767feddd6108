import { MentorKitError, validationFailed, type ProposeRescheduleInput } from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionHistoryRecord, SessionRecord } from '../repositories/session-repository.js';
import { startOnGrid } from './start-on-grid.js';
import type { Services } from '../service-container.js';
import { bookableMentor } from './bookable-mentor.js';
import { claimDaySeat, claimTime } from './booking-service.js';
import { expireInvitations } from './invitation-expiry.js';
import { openSlotsOf } from './open-slots.js';
import { ownSession } from './session-service.js';

const MINUTE = 60_000;
const movable = new Set(['pending', 'confirmed']);

function requireMovable(session: SessionRecord): void {
  if (!movable.has(session.status)) {
    throw new MentorKitError('INVALID_TRANSITION', `Only pending or confirmed sessions can be rescheduled, not a ${session.status} one`);
  }
}

const changedMeanwhile = () => new MentorKitError('INVALID_TRANSITION', 'The session changed meanwhile; reload it and try again');

/**
 * Either participant proposes a new start for a pending or confirmed session (SPEC S3); the duration
 * stays. A mentorship session's new start must be one of the mentor's open slots, counting every busy
 * time but this session's own. Nothing is claimed yet: the time is claimed when the other side accepts.
 */
export async function proposeReschedule(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
  input: ProposeRescheduleInput,
): Promise<SessionRecord> {
  const { session } = await ownSession(services, community, auth, sessionId);
  requireMovable(session);
  const now = services.now();
  const start = startOnGrid(input.start);
  if (start.getTime() <= now.getTime()) throw validationFailed('request body', { path: 'start', message: 'Expected a time in the future' });
  if (start.getTime() === session.start.getTime())
    throw validationFailed('request body', { path: 'start', message: "Expected a time other than the session's current start" });
  if (session.kind === 'mentorship') {
    const mentor = await bookableMentor(services, community, session.mentorId);
    const open = await openSlotsOf(services, community.id, session.mentorId, mentor, {
      from: start,
      to: new Date(start.getTime() + MINUTE),
      durationMinutes: session.durationMinutes,
      excludeSessionId: session.id,
    });
    if (!open.some((slot) => slot.getTime() === start.getTime())) {
      throw new MentorKitError('SLOT_UNAVAILABLE', "That start is not one of the mentor's open slots (see listMentorSlots)");
    }
  }
  const proposal = {
    start,
    end: new Date(start.getTime() + session.durationMinutes * MINUTE),
    proposedBy: auth.member.id,
    ...(input.message ? { message: input.message } : {}),
    at: now,
  };
  const updated = await services.sessions.proposeReschedule(
    community.id,
    session.id,
    { status: session.status, start: session.start },
    proposal,
  );
  if (!updated) throw changedMeanwhile();
  await services.events.emit({
    type: 'session.reschedule_proposed',
    community,
    session: updated,
    previous: session,
    actorId: auth.member.id,
    at: now,
  });
  return updated;
}

/**
 * The side that did not propose accepts or declines. On accept the new time is claimed by the same
 * database-enforced mechanism as a booking *before* the old time is released, so at no moment is the
 * session without its time, and at the end it holds only the new one. If the new time was taken
 * meanwhile, the answer is 409 and the session keeps its old time and the proposal.
 */
export async function respondToReschedule(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
  decision: 'accept' | 'decline',
): Promise<SessionRecord> {
  const { session } = await ownSession(services, community, auth, sessionId);
  const proposal = session.reschedule;
  if (!proposal) throw new MentorKitError('INVALID_TRANSITION', 'This session has no open reschedule proposal');
  if (proposal.proposedBy === auth.member.id)
    throw new MentorKitError('FORBIDDEN', 'The other participant answers your proposal; you can propose another time instead');
  const now = services.now();
  if (decision === 'decline') {
    const updated = await services.sessions.clearReschedule(community.id, session.id, proposal.at, now);
    if (!updated) throw changedMeanwhile();
    await services.events.emit({
      type: 'session.reschedule_declined',
      community,
      session: updated,
      previous: session,
      actorId: auth.member.id,
      at: now,
    });
    return updated;
  }
  requireMovable(session);
  const holds = [{ personId: session.menteeId, start: proposal.start, end: proposal.end }];
  let daySeat: Parameters<typeof claimDaySeat>[3] | undefined;
  if (session.kind === 'mentorship') {
    const mentor = await bookableMentor(services, community, session.mentorId);
    const { bufferBeforeMinutes, bufferAfterMinutes, maxSessionsPerDay } = mentor.rules;
    holds.unshift({
      personId: session.mentorId,
      start: new Date(proposal.start.getTime() - bufferBeforeMinutes * MINUTE),
      end: new Date(proposal.end.getTime() + bufferAfterMinutes * MINUTE),
    });
    daySeat = { mentorId: session.mentorId, start: proposal.start, timeZone: mentor.availability.timeZone, maxSessionsPerDay };
  } else {
    holds.unshift({ personId: session.mentorId, start: proposal.start, end: proposal.end });
  }
  // An employer invitation left unanswered past its TTL holds nobody's time (as for a booking).
  await expireInvitations(services, community, [session.mentorId, session.menteeId], now);
  // What the session holds now: on any failure below, everything else it claims is given back.
  const held = await services.slotClaims.idsForSession(community.id, session.id);
  const giveBack = () => services.slotClaims.releaseSessionExcept(community.id, session.id, held);
  // Claims the session already holds count as its own, so an overlapping move claims only the new steps.
  const keep = await claimTime(services, community.id, session.id, holds, now);
  try {
    if (daySeat) keep.push(await claimDaySeat(services, community.id, session.id, daySeat, now));
  } catch (error) {
    await giveBack();
    throw error;
  }
  const entry: SessionHistoryRecord = {
    status: session.status,
    at: now,
    by: auth.member.id,
    rescheduled: { fromStart: session.start, toStart: proposal.start },
  };
  const updated = await services.sessions.acceptReschedule(
    community.id,
    session.id,
    { status: session.status, proposedAt: proposal.at },
    entry,
    proposal,
  );
  if (!updated) {
    // Somebody cancelled or re-proposed meanwhile: give back only what this attempt claimed.
    await giveBack();
    throw changedMeanwhile();
  }
  await services.slotClaims.releaseSessionExcept(community.id, session.id, keep);
  await services.events.emit({
    type: 'session.rescheduled',
    community,
    session: updated,
    previous: session,
    actorId: auth.member.id,
    at: now,
  });
  return updated;
}
