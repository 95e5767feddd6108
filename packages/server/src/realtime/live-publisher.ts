import { conversationChannel, memberChannel, realtimeEvents } from '@mentorkit/core';
import type { DomainEvent } from '../events/domain-events.js';
import { toConversation, toMessages } from '../services/message-service.js';
import { toMentorships } from '../services/mentorship-service.js';
import { toNotification } from '../services/notification-service.js';
import { toSession } from '../services/session-service.js';
import type { Services } from '../service-container.js';
import type { RealtimePublisher } from './realtime-port.js';

/**
 * Delivers changes to the people they concern (SPEC T1) through the real-time port, as the same API
 * shapes the REST operations answer with. Pusher delivers at most once, so every stream published here
 * can also be re-read `since` a cursor (sessions `changedSince`, messages `since`, notifications `since`).
 *
 * - session.* → `session.updated` (a Session) on both participants' member channels
 * - mentorship.* → `mentorship.updated` (a Mentorship) on both member channels
 * - message.sent → `message.created` `{ message, conversation }` (the conversation as the recipient sees it)
 *   on both member channels and the conversation channel
 * - conversation.read → `conversation.read` `{ conversationId, memberId, readUpTo, unreadCount }`
 *   on both member channels (`unreadCount` is the reader's) and the conversation channel
 * - notification.created / notifications.read → on the member's channel
 */
export async function publishLive(services: Services, publisher: RealtimePublisher, event: DomainEvent): Promise<void> {
  const communityId = event.community.id;
  if ('session' in event) {
    const s = event.session;
    await publisher.publish(
      [memberChannel(s.mentorId), memberChannel(s.menteeId)],
      realtimeEvents.sessionUpdated,
      await toSession(services, communityId, s),
    );
    return;
  }
  if ('mentorship' in event) {
    const m = event.mentorship;
    const [shape] = await toMentorships(services, communityId, [m]);
    await publisher.publish([memberChannel(m.mentorId), memberChannel(m.menteeId)], realtimeEvents.mentorshipUpdated, shape);
    return;
  }
  switch (event.type) {
    case 'message.sent': {
      const [message] = await toMessages(services, communityId, [event.message]);
      const { conversation } = event;
      // Each member gets the conversation as they see it (the other person, their own unread count).
      for (const memberId of conversation.memberIds) {
        const shape = await toConversation(services, communityId, conversation, memberId);
        await publisher.publish([memberChannel(memberId)], realtimeEvents.messageCreated, { message, conversation: shape });
      }
      await publisher.publish([conversationChannel(conversation.id)], realtimeEvents.messageCreated, { message });
      return;
    }
    case 'conversation.read': {
      const { conversation, actorId, readUpTo } = event;
      const mine = await toConversation(services, communityId, conversation, actorId);
      const data = { conversationId: conversation.id, memberId: actorId, readUpTo, unreadCount: mine.unreadCount };
      await publisher.publish(
        [...conversation.memberIds.map(memberChannel), conversationChannel(conversation.id)],
        realtimeEvents.conversationRead,
        data,
      );
      return;
    }
    case 'notification.created': {
      const unreadCount = await services.notifications.countUnread(communityId, event.notification.memberId);
      await publisher.publish([memberChannel(event.notification.memberId)], realtimeEvents.notificationCreated, {
        notification: toNotification(event.notification),
        unreadCount,
      });
      return;
    }
    case 'notifications.read':
      await publisher.publish([memberChannel(event.memberId)], realtimeEvents.notificationsRead, {
        ids: event.ids,
        unreadCount: event.unreadCount,
      });
      return;
    default:
      return;
  }
}

/** Subscribes live publishing to the domain events; `publisher()` is read per event, so it may be swapped. */
export function registerLivePublishing(services: Services, publisher: () => RealtimePublisher): void {
  services.events.on('live-publisher', (event) => publishLive(services, publisher(), event));
}
