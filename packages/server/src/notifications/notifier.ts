import type { CommunityRecord } from '../repositories/community-repository.js';
import type { NotificationRecord } from '../repositories/notification-repository.js';
import { newId } from '../security/crypto.js';
import type { Services } from '../service-container.js';
import type { DomainEvent } from '../events/domain-events.js';
import { notificationDrafts, type NotificationDraft } from './notification-rules.js';

/**
 * A member who marked a conversation read this recently is taken to be reading it: the open thread
 * of `<mentor-messages>` marks each arriving message read, so no notification is made for it. (Presence
 * on the conversation channel would need a presence channel per conversation; the read position is
 * stored anyway and works the same with hosted Pusher.)
 */
export const READING_WINDOW_MS = 2 * 60_000;

/** Whether a new-message notification would only repeat what the member sees or was already told. */
async function alreadyAware(services: Services, communityId: string, draft: NotificationDraft, now: Date): Promise<boolean> {
  const conversationId = draft.data.conversationId!;
  const read = (await services.conversations.readPositions(communityId, conversationId, [draft.memberId])).get(draft.memberId);
  if (read?.at && now.getTime() - read.at.getTime() <= READING_WINDOW_MS) return true;
  // One unread notification per conversation: a stream of messages does not make fifty.
  return (await services.notifications.findUnreadAbout(communityId, draft.memberId, 'message.received', conversationId)) !== null;
}

/**
 * Creates the in-app notifications an event calls for and announces each (`notification.created`, which
 * the live publisher delivers). Returns what it created. The email issue can call `notificationDrafts`
 * for the same decisions.
 */
export async function createNotifications(
  services: Services,
  community: CommunityRecord,
  event: DomainEvent,
): Promise<NotificationRecord[]> {
  const drafts = notificationDrafts(event);
  if (drafts.length === 0) return [];
  const now = event.at;
  const actorIds = [...new Set(drafts.map((d) => d.actorId).filter((id): id is string => Boolean(id)))];
  const names = new Map((await services.members.findByIds(community.id, actorIds)).map((m) => [m.id, m.name]));
  const created: NotificationRecord[] = [];
  for (const draft of drafts) {
    if (draft.type === 'message.received' && (await alreadyAware(services, community.id, draft, now))) continue;
    const record = await services.notifications.insert({
      id: newId(),
      communityId: community.id,
      memberId: draft.memberId,
      type: draft.type,
      data: { ...draft.data, ...(draft.actorId ? { actor: { id: draft.actorId, name: names.get(draft.actorId) ?? '' } } : {}) },
      readAt: null,
      createdAt: now,
    });
    created.push(record);
    await services.events.emit({ type: 'notification.created', community, notification: record, at: now });
  }
  return created;
}

/** Subscribes the notifier to every event that may concern a member. */
export function registerNotifications(services: Services): void {
  services.events.on('notifications', async (event) => {
    if (event.type === 'notification.created' || event.type === 'notifications.read' || event.type === 'conversation.read') {
      // Reading a conversation also settles its "new message" notification.
      if (event.type === 'conversation.read')
        await settleMessageNotifications(services, event.community, event.actorId, event.conversation.id, event.at);
      return;
    }
    await createNotifications(services, event.community, event);
  });
}

async function settleMessageNotifications(
  services: Services,
  community: CommunityRecord,
  memberId: string,
  conversationId: string,
  now: Date,
): Promise<void> {
  const unread = await services.notifications.findUnreadAbout(community.id, memberId, 'message.received', conversationId);
  if (!unread) return;
  await services.notifications.markRead(community.id, memberId, [unread.id], now);
  const unreadCount = await services.notifications.countUnread(community.id, memberId);
  await services.events.emit({ type: 'notifications.read', community, memberId, ids: [unread.id], unreadCount, at: now });
}
