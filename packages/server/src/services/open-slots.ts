import { activeSessionStatuses, computeOpenSlots, defaultDurationMinutes, type BookingRules, type BusyInterval } from '@mentorkit/core';
import { isExpiredInvitation } from './invitation-expiry.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { Services } from '../service-container.js';
import { bookableMentor, type BookableMentor } from './bookable-mentor.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * A mentor's held time around `[from, to)`: their pending and confirmed sessions as mentor and as mentee,
 * each widened by the mentor's buffers. Only sessions where they are the mentor count toward the daily
 * limit. One day either side is read so per-day limits and late-night sessions see everything.
 */
export async function mentorBusyIntervals(
  services: Services,
  communityId: string,
  mentorId: string,
  rules: BookingRules,
  from: Date,
  to: Date,
  /** A session whose own time does not count (a reschedule may overlap the time it leaves). */
  excludeSessionId?: string,
): Promise<BusyInterval[]> {
  const sessions = await services.sessions.find(communityId, {
    memberId: mentorId,
    statuses: activeSessionStatuses,
    overlaps: { from: new Date(from.getTime() - DAY), to: new Date(to.getTime() + DAY) },
  });
  const now = services.now();
  // An invitation left unanswered past its TTL holds no time, even before a booking declines it.
  return sessions
    .filter((s) => s.id !== excludeSessionId && !isExpiredInvitation(s, now))
    .map((s) => ({
      start: new Date(s.start.getTime() - rules.bufferBeforeMinutes * MINUTE),
      end: new Date(s.end.getTime() + rules.bufferAfterMinutes * MINUTE),
      countsTowardDailyLimit: s.mentorId === mentorId,
    }));
}

/** Like `openSlots`, for a mentor already loaded with `bookableMentor`. */
export async function openSlotsOf(
  services: Services,
  communityId: string,
  mentorId: string,
  mentor: Pick<BookableMentor, 'availability' | 'rules'>,
  query: { from: Date; to: Date; durationMinutes?: number; excludeSessionId?: string },
): Promise<Date[]> {
  const { availability, rules } = mentor;
  const durationMinutes = query.durationMinutes ?? defaultDurationMinutes(rules);
  const busy = await mentorBusyIntervals(services, communityId, mentorId, rules, query.from, query.to, query.excludeSessionId);
  return computeOpenSlots({
    availability,
    rules,
    busy,
    range: { start: query.from, end: query.to },
    durationMinutes,
    now: services.now(),
  });
}

/**
 * Open start instants (UTC) of a bookable mentor in `[from, to)` (SPEC A4): availability and booking
 * rules minus their pending and confirmed sessions (as mentor and as mentee) with buffers, notice and
 * horizon, never in the past. The default duration is the shortest the mentor allows.
 *
 * @throws MentorKitError MENTOR_NOT_FOUND unless the mentor is approved and enabled
 * @example const slots = await openSlots(services, community, mentorId, { from, to: addDays(from, 7) })
 */
export async function openSlots(
  services: Services,
  community: CommunityRecord,
  mentorId: string,
  query: { from: Date; to: Date; durationMinutes?: number },
): Promise<Date[]> {
  const mentor = await bookableMentor(services, community, mentorId);
  return openSlotsOf(services, community.id, mentorId, mentor, query);
}
