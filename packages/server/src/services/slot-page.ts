import { computeOpenSlots, defaultDurationMinutes, localDateTime, validationFailed, type MentorSlots } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import { TtlCache } from '../repositories/ttl-cache.js';
import type { Services } from '../service-container.js';
import { bookableMentor, type BookableMentor } from './bookable-mentor.js';
import { mentorBusyIntervals } from './open-slots.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A whole week at 15-minute steps (672) fits in one answer; past that the answer is paged. */
export const MAX_SLOTS_PER_ANSWER = 700;
/** The longest range one call may ask for. */
export const MAX_RANGE_DAYS = 92;
/** The range when none is asked for. */
const DEFAULT_RANGE_DAYS = 14;
/** Slots are computed a week at a time and computing stops once the answer is full. */
const CHUNK = 7 * DAY;
/** Long enough to absorb a burst of identical questions, short enough that another instance's booking shows soon. */
const ANSWER_TTL_MS = 10_000;

/**
 * Which answers may be reused. The key carries the mentor's profile stamp and a per-mentor counter that
 * this instance bumps on every session change and availability write, so a booking made here shows at
 * once; one made on another instance shows within `ANSWER_TTL_MS` (booking itself always re-checks).
 */
export class SlotAnswerCache {
  private readonly answers = new TtlCache<MentorSlots>(ANSWER_TTL_MS, 2_000);
  private readonly versions = new Map<string, number>();

  version(communityId: string, mentorId: string): number {
    return this.versions.get(`${communityId}:${mentorId}`) ?? 0;
  }

  /** Forgets every cached answer about this person (as mentor; their mentee sessions hold their time too). */
  invalidate(communityId: string, memberId: string): void {
    const key = `${communityId}:${memberId}`;
    if (this.versions.size > 100_000) this.versions.clear();
    this.versions.set(key, (this.versions.get(key) ?? 0) + 1);
  }

  get(key: string, load: () => Promise<MentorSlots>): Promise<MentorSlots> {
    return this.answers.get(key, load);
  }
}

/**
 * The first `limit` open starts of a mentor in `[from, to)`, computed a week at a time so a dense
 * calendar costs a week's work, not the whole range's.
 */
export async function firstOpenSlots(
  services: Services,
  communityId: string,
  mentorId: string,
  mentor: Pick<BookableMentor, 'availability' | 'rules'>,
  query: { from: Date; to: Date; durationMinutes: number; limit: number },
): Promise<Date[]> {
  const busy = await mentorBusyIntervals(services, communityId, mentorId, mentor.rules, query.from, query.to);
  return openStartsUpTo(mentor, busy, query, query.limit, services.now());
}

function openStartsUpTo(
  mentor: Pick<BookableMentor, 'availability' | 'rules'>,
  busy: Awaited<ReturnType<typeof mentorBusyIntervals>>,
  range: { from: Date; to: Date; durationMinutes: number },
  limit: number,
  now: Date,
): Date[] {
  const starts: Date[] = [];
  let cursor = range.from.getTime();
  while (cursor < range.to.getTime() && starts.length < limit) {
    const end = Math.min(cursor + CHUNK, range.to.getTime());
    starts.push(
      ...computeOpenSlots({
        availability: mentor.availability,
        rules: mentor.rules,
        busy,
        range: { start: new Date(cursor), end: new Date(end) },
        durationMinutes: range.durationMinutes,
        now,
      }),
    );
    cursor = end;
  }
  return starts.slice(0, limit);
}

export interface SlotPageQuery {
  from?: string;
  to?: string;
  duration?: number;
  timeZone: string;
}

/** `[from, to)` of a slot question: from now (to the minute) for 14 days unless asked, at most `MAX_RANGE_DAYS`. */
function rangeOf(query: SlotPageQuery, now: Date): { from: Date; to: Date } {
  // "From now" is taken to the minute so that repeated default questions share a cached answer.
  const from = query.from ? new Date(query.from) : new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + DEFAULT_RANGE_DAYS * DAY);
  if (!(from < to)) throw validationFailed('request query', { path: 'to', message: 'Expected a time after from' });
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
    throw validationFailed('request query', { path: 'to', message: `Expected a range of at most ${MAX_RANGE_DAYS} days after from` });
  }
  return { from, to };
}

/**
 * One answer of `listMentorSlots`: at most `MAX_SLOTS_PER_ANSWER` open starts in `[from, to)`, rendered
 * on the viewer's clock, with `nextFrom` when more remain. Identical questions within seconds share one
 * computation.
 * @throws MentorKitError VALIDATION_FAILED for a range that is empty or too long; MENTOR_NOT_FOUND unless the mentor is bookable
 */
export async function slotPage(
  services: Services,
  community: CommunityRecord,
  mentorId: string,
  query: SlotPageQuery,
): Promise<MentorSlots> {
  const now = services.now();
  const range = rangeOf(query, now);
  const mentor = await bookableMentor(services, community, mentorId);
  const durationMinutes = query.duration ?? defaultDurationMinutes(mentor.rules);
  const key = [
    community.id,
    mentorId,
    mentor.profile.updatedAt.getTime(),
    services.slotAnswers.version(community.id, mentorId),
    range.from.getTime(),
    range.to.getTime(),
    query.timeZone,
    durationMinutes,
    Math.floor(now.getTime() / MINUTE),
  ].join('|');
  return services.slotAnswers.get(key, async () => {
    const busy = await mentorBusyIntervals(services, community.id, mentorId, mentor.rules, range.from, range.to);
    // One more than fits tells whether a next page exists.
    const starts = openStartsUpTo(mentor, busy, { ...range, durationMinutes }, MAX_SLOTS_PER_ANSWER + 1, now);
    const page = starts.slice(0, MAX_SLOTS_PER_ANSWER);
    const answer: MentorSlots = {
      mentorId,
      durationMinutes,
      timeZone: query.timeZone,
      slots: page.map((slot) => ({ start: slot.toISOString(), ...localDateTime(slot, query.timeZone) })),
    };
    // The next page starts just after the last start shown, so nothing is skipped or repeated.
    if (starts.length > MAX_SLOTS_PER_ANSWER) answer.nextFrom = new Date(page.at(-1)!.getTime() + 1000).toISOString();
    return answer;
  });
}
