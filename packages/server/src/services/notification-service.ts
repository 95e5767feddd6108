import type { ListNotificationsQuery, MarkNotificationsReadInput, Notification, NotificationPage } from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import { notificationCursor, type NotificationRecord } from '../repositories/notification-repository.js';
import type { Services } from '../service-container.js';

export function toNotification(record: NotificationRecord): Notification {
  return {
    id: record.id,
    type: record.type,
    data: record.data,
    readAt: record.readAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
  };
}

/** The caller's notifications (SPEC T5): newest first with paging, or `since` a cursor for catch-up; with the unread count. */
export async function listNotifications(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  query: ListNotificationsQuery,
): Promise<NotificationPage> {
  const memberId = auth.member.id;
  const [page, newest, unreadCount] = await Promise.all([
    services.notifications.page(community.id, memberId, {
      limit: query.limit,
      unreadOnly: query.unreadOnly === 'true',
      ...(query.cursor ? { cursor: query.cursor } : {}),
      ...(query.since ? { since: query.since } : {}),
    }),
    services.notifications.newest(community.id, memberId),
    services.notifications.countUnread(community.id, memberId),
  ]);
  return {
    items: page.items.map(toNotification),
    nextCursor: page.nextCursor,
    latestCursor: newest ? notificationCursor(newest) : (query.since ?? null),
    unreadCount,
  };
}

/** Marks some (by id) or all of the caller's notifications read; other members' ids are ignored. */
export async function markNotificationsRead(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  input: MarkNotificationsReadInput,
): Promise<{ marked: number; unreadCount: number }> {
  const now = services.now();
  const ids = 'ids' in input ? input.ids : 'all';
  const marked = await services.notifications.markRead(community.id, auth.member.id, ids, now);
  const unreadCount = await services.notifications.countUnread(community.id, auth.member.id);
  if (marked > 0)
    await services.events.emit({ type: 'notifications.read', community, memberId: auth.member.id, ids, unreadCount, at: now });
  return { marked, unreadCount };
}
