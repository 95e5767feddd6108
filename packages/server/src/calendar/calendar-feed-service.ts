import type { CalendarFeed } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionRecord } from '../repositories/session-repository.js';
import { sha256 } from '../security/crypto.js';
import type { Services } from '../service-container.js';
import { hubLink, senderAddress } from '../notifications/notification-links.js';
import { recipientOf } from '../notifications/recipients.js';
import { sessionCalendar, type SessionCalendarEvent } from './session-ics.js';

/** How far back the feed reaches ("recent" sessions); upcoming ones are all listed. */
export const FEED_PAST_DAYS = 30;
const FEED_MAX_EVENTS = 500;

/** Where a token's feed is served: outside the JSON API, unguessable, ending in `.ics` for calendar apps. */
export function calendarFeedUrl(services: Pick<Services, 'config'>, token: string): string {
  return `${services.config.publicUrl}/calendar/${token}.ics`;
}

function toFeed(services: Services, record: { token: string; createdAt: Date } | null): CalendarFeed {
  return record
    ? { url: calendarFeedUrl(services, record.token), createdAt: record.createdAt.toISOString() }
    : { url: null, createdAt: null };
}

export async function getCalendarFeed(services: Services, community: CommunityRecord, memberId: string): Promise<CalendarFeed> {
  return toFeed(services, await services.calendarFeeds.find(services.secret, community.id, memberId));
}

export async function rotateCalendarFeed(services: Services, community: CommunityRecord, memberId: string): Promise<CalendarFeed> {
  return toFeed(services, await services.calendarFeeds.rotate(services.secret, community.id, memberId, services.now()));
}

export async function revokeCalendarFeed(services: Services, community: CommunityRecord, memberId: string): Promise<CalendarFeed> {
  await services.calendarFeeds.revoke(community.id, memberId);
  return toFeed(services, null);
}

const statusOf: Record<SessionRecord['status'], SessionCalendarEvent['status'] | null> = {
  pending: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  completed: 'CONFIRMED',
  no_show: 'CONFIRMED',
  cancelled: 'CANCELLED',
  declined: null, // a declined request never held time
};

/**
 * The ICS document a feed token opens, with an ETag of its bytes; null for a token that opens nothing.
 * Lists the member's sessions from 30 days back onwards with the same UIDs and SEQUENCEs as the emails.
 */
export async function renderCalendarFeed(services: Services, token: string): Promise<{ body: string; etag: string } | null> {
  if (!/^cal_[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const feed = await services.calendarFeeds.findByToken(token);
  if (!feed) return null;
  const community = await services.communities.findById(feed.communityId);
  const recipient = community && (await recipientOf(services, community, feed.memberId));
  if (!community || !recipient) return null;
  const since = new Date(services.now().getTime() - FEED_PAST_DAYS * 86_400_000);
  const sessions = (
    await services.sessions.find(community.id, { memberId: feed.memberId, endAfter: since }, { sort: 1, limit: FEED_MAX_EVENTS })
  ).filter((s) => statusOf[s.status]);
  const people = new Map(
    (await services.members.findByIds(community.id, [...new Set(sessions.flatMap((s) => [s.mentorId, s.menteeId]))])).map((m) => [m.id, m]),
  );
  const organizer = { name: community.name, email: senderAddress(services.config.mailFrom) };
  const events = sessions.map((s): SessionCalendarEvent => {
    const otherId = s.mentorId === feed.memberId ? s.menteeId : s.mentorId;
    const otherName = people.get(otherId)?.name ?? '';
    const joinUrl = s.meeting?.url ?? hubLink(services, community, { session: s.id, action: 'join' });
    return {
      sessionId: s.id,
      sequence: s.calendarSequence ?? 0,
      start: s.start,
      end: s.end,
      status: statusOf[s.status]!,
      summary: `${s.topic} · ${otherName}`,
      description: `${community.name}: ${s.topic}\n${joinUrl}`,
      joinUrl,
      organizer,
      attendees: [s.mentorId, s.menteeId].flatMap((id) => {
        const m = people.get(id);
        return m ? [{ name: m.name, email: m.email }] : [];
      }),
      updatedAt: s.updatedAt,
    };
  });
  const body = sessionCalendar({ timeZone: recipient.timeZone, name: community.name, events, now: services.now() });
  return { body, etag: `"${sha256(body).slice(0, 32)}"` };
}
