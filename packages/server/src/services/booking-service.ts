import {
  activeSessionStatuses,
  estimateCost,
  localCalendarDate,
  MentorKitError,
  validationFailed,
  type CreateSessionInput,
} from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import { requireRole } from './authorization.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionRecord } from '../repositories/session-repository.js';
import { claimId, stepsOf } from '../repositories/slot-claim-repository.js';
import { startOnGrid } from './start-on-grid.js';
import { expireInvitations } from './invitation-expiry.js';
import { newId } from '../security/crypto.js';
import type { Services } from '../service-container.js';
import { bookableMentor } from './bookable-mentor.js';
import { openSlotsOf } from './open-slots.js';

const MINUTE = 60_000;
/** A claim this old whose session is gone or inactive was left by a crash and may be taken over. */
export const STALE_CLAIM_MS = 60_000;

const slotUnavailable = () =>
  new MentorKitError('SLOT_UNAVAILABLE', 'That time was just taken (by another booking of the mentor or of the mentee); pick another slot');

type StepOutcome = 'claimed' | 'own' | 'taken' | 'contested';

/**
 * Claims one step, first clearing a stale claim in the way: one left by a booking that crashed between
 * claiming and saving its session, or by a session that ended without releasing (SPEC S5 self-healing).
 * `own`: the same session already holds it (a reschedule overlapping the old time). `contested`: the
 * step is held by another attempt still in flight (its session not saved yet), which may yet lose and
 * release it.
 */
async function claimStep(
  services: Services,
  communityId: string,
  personId: string,
  step: number,
  sessionId: string,
  now: Date,
): Promise<StepOutcome> {
  const take = async (): Promise<StepOutcome> =>
    (await services.slotClaims.tryClaim(communityId, personId, step, sessionId, now)) ? 'claimed' : 'contested';
  if ((await take()) === 'claimed') return 'claimed';
  const blocking = await services.slotClaims.find(communityId, personId, step);
  if (!blocking) return take();
  if (blocking.sessionId === sessionId) return 'own';
  const owner = await services.sessions.findById(communityId, blocking.sessionId);
  if (now.getTime() - blocking.createdAt.getTime() < STALE_CLAIM_MS) return owner ? 'taken' : 'contested';
  if (owner && activeSessionStatuses.includes(owner.status)) return 'taken';
  await services.slotClaims.releaseOne(communityId, blocking.id, blocking.sessionId);
  return take();
}

interface Blocked {
  personId: string;
  step: number;
  outcome: 'taken' | 'contested';
}

/**
 * Claims every step in order. On the first one held elsewhere it deletes the claims this attempt added
 * (claims the session held before stay) and says where; otherwise it returns the ids covering the holds.
 */
async function claimAll(
  services: Services,
  communityId: string,
  sessionId: string,
  holds: { personId: string; start: Date; end: Date }[],
  now: Date,
): Promise<{ blocked: Blocked } | { covering: string[] }> {
  const added: string[] = [];
  const covering: string[] = [];
  for (const hold of holds) {
    for (const step of stepsOf(hold.start, hold.end)) {
      const outcome = await claimStep(services, communityId, hold.personId, step, sessionId, now);
      if (outcome === 'taken' || outcome === 'contested') {
        await services.slotClaims.releaseIds(communityId, sessionId, added);
        return { blocked: { personId: hold.personId, step, outcome } };
      }
      const id = claimId(communityId, hold.personId, step);
      if (outcome === 'claimed') added.push(id);
      covering.push(id);
    }
  }
  return { covering };
}

/**
 * Rounds of "wait for the attempt in the way, then try again" before giving up: in a chain of
 * overlapping requests each loser may only see its way clear after its neighbour lost too.
 */
const MAX_ROUNDS = 20;

/** How long a booking waits at most for a competing attempt to save or give up (polls, not a timer race). */
const SETTLE_POLLS = 40;

/** Waits until the attempt holding `blocked` has saved its session or released the step. */
async function settled(services: Services, communityId: string, blocked: Blocked): Promise<void> {
  for (let i = 0; i < SETTLE_POLLS; i++) {
    const claim = await services.slotClaims.find(communityId, blocked.personId, blocked.step);
    if (!claim || (await services.sessions.findById(communityId, claim.sessionId))) return;
    // A little jitter, so two attempts that blocked each other do not retry in lockstep.
    await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8));
  }
}

/**
 * Claims every 5-minute step of both people for `sessionId`, in order, and returns the ids of all the
 * claims that now cover the holds. A step held by a saved booking ends the attempt with 409 (the claims
 * this attempt added are deleted; those the session held before stay). A step held only by another
 * attempt still in flight is re-checked after that attempt settles (up to `MAX_ROUNDS` times): losing
 * attempts briefly hold time they never get, and refusing because of them would answer "just taken"
 * for time that stays free.
 */
export async function claimTime(
  services: Services,
  communityId: string,
  sessionId: string,
  holds: { personId: string; start: Date; end: Date }[],
  now: Date,
): Promise<string[]> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = await claimAll(services, communityId, sessionId, holds, now);
    if ('covering' in result) return result.covering;
    if (result.blocked.outcome === 'taken') break;
    await settled(services, communityId, result.blocked);
  }
  throw slotUnavailable();
}

/**
 * Takes one of the mentor's `maxSessionsPerDay` numbered seats for the local day of `start` (SPEC A3).
 * Seats are claims like time steps, so when the last seat is contested by concurrent bookings at
 * different times, the unique claim id lets exactly one through; the session's other claims are
 * released with it when it is declined or cancelled. Returns the seat's claim id; claims nothing when
 * every seat is taken (the caller releases what it claimed before).
 */
export async function claimDaySeat(
  services: Services,
  communityId: string,
  sessionId: string,
  seat: { mentorId: string; start: Date; timeZone: string; maxSessionsPerDay: number },
  now: Date,
): Promise<string> {
  const holder = `${seat.mentorId}~day~${localCalendarDate(seat.start, seat.timeZone)}`;
  for (let number = 0; number < seat.maxSessionsPerDay; number++) {
    const outcome = await claimStep(services, communityId, holder, number, sessionId, now);
    if (outcome === 'claimed' || outcome === 'own') return claimId(communityId, holder, number);
  }
  throw new MentorKitError('SLOT_UNAVAILABLE', 'The mentor has no more sessions free that day; pick another day');
}

/**
 * Books a session (SPEC S1, S5, S8). Mentorship: a mentee picks one of a mentor's open slots; the cost is
 * estimated from the mentor's rate. Interview/project: an employer invites a member, who accepts or
 * declines. Both people's time (the mentor's with buffers) is claimed step by step in the database before
 * the session is saved as `pending`, so concurrent requests can never both hold overlapping time.
 *
 * @throws MentorKitError RATE_LIMITED (429), CANNOT_BOOK_SELF, MENTOR_NOT_FOUND, MENTORSHIP_REQUIRED, SLOT_UNAVAILABLE (409)
 */
export async function createSession(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  input: CreateSessionInput,
): Promise<SessionRecord> {
  const employer = input.kind !== 'mentorship';
  if (employer) requireRole(auth, 'isEmployer', 'invite a member to an interview or project session');
  else requireRole(auth, 'isMentee', 'book a mentoring session');
  const start = startOnGrid(input.start);
  const now = services.now();
  await services.rateLimiter.hit(
    community.id,
    { key: `booking:${auth.member.id}`, limit: community.settings.bookingRateLimitPerHour, windowSeconds: 3600 },
    now,
    'Too many booking requests',
  );
  const me = auth.member.id;
  const otherId = (employer ? input.memberId : input.mentorId)!;
  if (otherId === me) throw new MentorKitError('CANNOT_BOOK_SELF', 'You cannot book a session with yourself');
  const end = new Date(start.getTime() + input.durationMinutes * MINUTE);
  const sessionId = newId();

  let mentorId: string;
  let menteeId: string;
  let cost;
  let holds: { personId: string; start: Date; end: Date }[];
  let daySeat: Parameters<typeof claimDaySeat>[3] | undefined;
  if (employer) {
    const invitee = await services.members.findById(community.id, otherId);
    if (!invitee) throw new MentorKitError('MEMBER_NOT_FOUND', `No member ${otherId} in this community`);
    if (start.getTime() <= now.getTime())
      throw validationFailed('request body', { path: 'start', message: 'Expected a time in the future' });
    [mentorId, menteeId] = [me, otherId];
    cost = { amount: 0, currency: 'USD', free: true };
    holds = [
      { personId: mentorId, start, end },
      { personId: menteeId, start, end },
    ];
  } else {
    const mentor = await bookableMentor(services, community, otherId);
    if (community.settings.requireMentorshipForBooking) {
      const mentorship = await services.mentorships.findOpen(community.id, otherId, me);
      if (mentorship?.status !== 'accepted') {
        throw new MentorKitError(
          'MENTORSHIP_REQUIRED',
          'This community asks for an accepted mentorship before booking: send a mentorship request first',
        );
      }
    }
    if (!mentor.rules.durations.includes(input.durationMinutes)) {
      throw validationFailed('request body', {
        path: 'durationMinutes',
        message: `Expected one of ${mentor.rules.durations.join(', ')}: the session lengths this mentor offers`,
      });
    }
    const open = await openSlotsOf(services, community.id, otherId, mentor, {
      from: start,
      to: new Date(start.getTime() + MINUTE),
      durationMinutes: input.durationMinutes,
    });
    if (!open.some((slot) => slot.getTime() === start.getTime())) {
      throw new MentorKitError('SLOT_UNAVAILABLE', "That start is not one of the mentor's open slots (see listMentorSlots)");
    }
    [mentorId, menteeId] = [otherId, me];
    cost = estimateCost(mentor.profile.hourlyRate, mentor.profile.currency, input.durationMinutes);
    const { bufferBeforeMinutes, bufferAfterMinutes, maxSessionsPerDay } = mentor.rules;
    daySeat = { mentorId, start, timeZone: mentor.availability.timeZone, maxSessionsPerDay };
    holds = [
      {
        personId: mentorId,
        start: new Date(start.getTime() - bufferBeforeMinutes * MINUTE),
        end: new Date(end.getTime() + bufferAfterMinutes * MINUTE),
      },
      { personId: menteeId, start, end },
    ];
  }

  await expireInvitations(services, community, [mentorId, menteeId], now);
  await claimTime(services, community.id, sessionId, holds, now);
  if (daySeat) {
    try {
      await claimDaySeat(services, community.id, sessionId, daySeat, now);
    } catch (error) {
      await services.slotClaims.releaseSession(community.id, sessionId);
      throw error;
    }
  }
  const record: SessionRecord = {
    id: sessionId,
    communityId: community.id,
    kind: input.kind,
    status: 'pending',
    mentorId,
    menteeId,
    requestedBy: me,
    start,
    end,
    durationMinutes: input.durationMinutes,
    topic: input.topic,
    ...(input.description ? { description: input.description } : {}),
    cost,
    history: [{ status: 'pending', at: now, by: me }],
    createdAt: now,
    updatedAt: now,
  };
  let inserted: SessionRecord;
  try {
    inserted = await services.sessions.insert(record);
  } catch (error) {
    await services.slotClaims.releaseSession(community.id, sessionId);
    throw error;
  }
  await services.events.emit({ type: 'session.requested', community, session: inserted, actorId: me, at: now });
  return inserted;
}
