import { registerNotifications } from '../notifications/notifier.js';
import { registerLivePublishing } from '../realtime/live-publisher.js';
import { isConversationMember } from '../services/message-service.js';
import type { Services } from '../service-container.js';

/**
 * Every subscriber of the domain events, registered in one place and in this order: notifications are
 * created first (they announce `notification.created`), then changes are published live. Also the
 * channel rule of the features here: `private-conversation-{id}` for the conversation's two members.
 */
export function registerSubscribers(services: Services): void {
  registerNotifications(services);
  registerLivePublishing(services, () => services.realtime);
  services.realtimeRules.register('conversation', (s, who, id) => isConversationMember(s, who.communityId, id, who.memberId));
}
